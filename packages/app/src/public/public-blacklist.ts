// The public blacklist (no login): entries currently listed (published, or in credit repair), each cut by publicView to
// the fields the policy marks public. The JSON feed, the RSS feed and the portal page all read this one list.
import { listPublishedEntries, type EntryView } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { findCasesInScope } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { publicView } from '@hazgov/domain/blacklist/public-view';
import { SYSTEM_SCOPE } from '@hazgov/domain/orgs/scope';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';
import type { AppContext } from '../shared/context.js';

export const PUBLIC_LIMIT = 1000;

/** Every candidate field under the policy's names; publicView keeps the public ones. */
export type PublicEntryRecord = {
  id: string; partyKind: string; partyName: string; creditCode: string | null; personRole: string | null; idNumber: string | null;
  criteria: { key: string; text: string }[]; reason: string; decisionNo: string | null; listedFrom: string | null; listedUntil: string | null;
  territory: string | null; cases: { decisionNo: string | null }[];
};

export async function listPublicBlacklist(ctx: AppContext): Promise<{ generatedAt: string; items: Record<string, unknown>[] }> {
  const db = ctx.database.db;
  const settings = await loadInspectionSettings(db);
  const criteria = new Map(settings.blacklistCriteria.map((c) => [c.key, c.text]));
  const rows = await listPublishedEntries(db, PUBLIC_LIMIT);
  const caseIds = [...new Set(rows.flatMap((r) => JSON.parse(r.case_ids_json) as string[]))];
  const cases = new Map((await findCasesInScope(db, caseIds, SYSTEM_SCOPE)).map((c) => [c.id, c]));
  const record = (e: EntryView): PublicEntryRecord => ({
    id: e.id, partyKind: e.party_kind, partyName: e.party_name, creditCode: e.credit_code, personRole: e.person_role, idNumber: e.id_number,
    criteria: (JSON.parse(e.criteria_json) as string[]).map((key) => ({ key, text: criteria.get(key) ?? key })), reason: e.reason,
    decisionNo: e.decision_no, listedFrom: e.listed_from, listedUntil: e.listed_until, territory: e.territory_name,
    cases: (JSON.parse(e.case_ids_json) as string[]).flatMap((id) => (cases.has(id) ? [{ decisionNo: cases.get(id)!.decision_no }] : [])),
  });
  return {
    generatedAt: ctx.now().toISOString(),
    items: rows.map((e) => publicView(settings.publicFields, 'blacklist', record(e), ['id', 'partyKind'])),
  };
}
