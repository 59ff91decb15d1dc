// Blacklist entries in my enterprise scope, with their notices; one entry; the listed enterprises of my district (the badge).
import { listEntries as listEntryRows, listNoticesOfEntries, type EntryView, type NoticeView } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { listedEnterpriseIdsIn } from '@hazgov/db/blacklist/listed.repository';
import { findCasesInScope, type CaseRow } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { districtPathOf, enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requireEntryInScope, visibleStatusesFor } from './entry-access.js';

export type EntryWithParts = { entry: EntryView; notices: NoticeView[]; cases: CaseRow[] };

async function withParts(ctx: AppContext, actor: Actor, entries: EntryView[]): Promise<EntryWithParts[]> {
  const db = ctx.database.db;
  const notices = await listNoticesOfEntries(db, entries.map((e) => e.id));
  const caseIds = [...new Set(entries.flatMap((e) => JSON.parse(e.case_ids_json) as string[]))];
  const cases = new Map((await findCasesInScope(db, caseIds, enterpriseScopeOf(actor))).map((c) => [c.id, c]));
  return entries.map((entry) => ({
    entry,
    notices: notices.filter((n) => n.entry_id === entry.id),
    cases: (JSON.parse(entry.case_ids_json) as string[]).flatMap((id) => (cases.has(id) ? [cases.get(id)!] : [])),
  }));
}

export async function listEntries(ctx: AppContext, opts: { actor: Actor; status?: string | undefined; partyKind?: string | undefined; q?: string | undefined }): Promise<EntryWithParts[]> {
  const rows = await listEntryRows(ctx.database.db, { scope: enterpriseScopeOf(opts.actor), status: opts.status, partyKind: opts.partyKind, q: opts.q, limit: 1000, statuses: visibleStatusesFor(opts.actor) });
  return withParts(ctx, opts.actor, rows);
}

export async function getEntry(ctx: AppContext, opts: { actor: Actor; entryId: string }): Promise<EntryWithParts> {
  const entry = await requireEntryInScope(ctx.database.db, opts.actor, opts.entryId);
  return (await withParts(ctx, opts.actor, [entry]))[0]!;
}

/** The badge: a listed party is marked wherever it appears, also to users who cannot open the entry (a town, another
 * enterprise), so this is the whole district's list — enterprise ids only, nothing of the entry. */
export async function listListedEnterprises(ctx: AppContext, opts: { actor: Actor }): Promise<string[]> {
  const district = opts.actor.role === 'district_admin' ? { paths: ['/'], all: true } : { paths: [districtPathOf(opts.actor.organisationPath)], all: false };
  return listedEnterpriseIdsIn(ctx.database.db, district);
}
