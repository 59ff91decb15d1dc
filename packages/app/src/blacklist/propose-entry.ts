// Proposes a listing (纳入失信联合惩戒对象名单的建议): an enterprise, or a person who answered for it, meeting at least one
// listing criterion, with the reason and the enforcement cases behind it. A person's ID number must pass the GB 11643
// check. The listing period defaults to the longest of the criteria met (the decision may change it).
import crypto from 'node:crypto';
import { insertEntry } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { findCasesInScope } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { findEnterpriseInScope } from '@hazgov/db/enterprises/enterprises.repository';
import { ENTRY_PROPOSERS } from '@hazgov/domain/blacklist/entry-workflow';
import { idNumberProblem, normaliseIdNumber } from '@hazgov/domain/blacklist/id-number';
import { partyKinds, type PartyKind } from '@hazgov/domain/blacklist/types';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadBlacklistCriteria } from './blacklist-settings.js';
import { auditedEntry } from './entry-access.js';

export type EntryInput = {
  partyKind: string; enterpriseId: string; personName?: string | null | undefined; idNumber?: string | null | undefined; personRole?: string | null | undefined;
  criteria: string[]; reason: string; caseIds?: string[] | null | undefined;
};

const TEXT_MAX = 4000;

export async function proposeEntry(ctx: AppContext, opts: { actor: Actor; input: EntryInput }): Promise<string> {
  const { actor, input } = opts;
  if (!ENTRY_PROPOSERS.includes(actor.role)) throw forbidden();
  const at = ctx.now().toISOString();
  const scope = enterpriseScopeOf(actor);
  return inTransaction(ctx, async (trx) => {
    if (!(partyKinds as readonly string[]).includes(input.partyKind)) {
      throw invalid('BLACKLIST_PARTY_KIND_UNKNOWN', [{ field: 'partyKind', code: 'BLACKLIST_PARTY_KIND_UNKNOWN', params: { value: input.partyKind } }], { value: input.partyKind });
    }
    const partyKind = input.partyKind as PartyKind;
    const enterprise = await findEnterpriseInScope(trx, input.enterpriseId, scope);
    if (!enterprise) throw invalid('BLACKLIST_ENTERPRISE_UNKNOWN', [{ field: 'enterpriseId', code: 'BLACKLIST_ENTERPRISE_UNKNOWN' }]);
    const details: ErrorDetail[] = [];
    let personName: string | null = null;
    let idNumber: string | null = null;
    if (partyKind === 'person') {
      personName = (input.personName ?? '').trim();
      if (!personName) details.push({ field: 'personName', code: 'BLACKLIST_PERSON_NAME_REQUIRED' });
      const raw = (input.idNumber ?? '').trim();
      if (!raw) details.push({ field: 'idNumber', code: 'BLACKLIST_ID_NUMBER_REQUIRED' });
      else {
        const problem = idNumberProblem(raw, chinaDateOf(ctx.now()));
        if (problem) details.push({ field: 'idNumber', code: 'BLACKLIST_ID_NUMBER_INVALID', params: { problem } });
        else idNumber = normaliseIdNumber(raw);
      }
    }
    const known = new Map((await loadBlacklistCriteria(trx)).map((c) => [c.key, c]));
    const criteria = [...new Set(input.criteria)];
    if (criteria.length === 0) details.push({ field: 'criteria', code: 'BLACKLIST_CRITERIA_REQUIRED' });
    criteria.forEach((k, i) => { if (!known.has(k)) details.push({ field: `criteria[${i}]`, code: 'BLACKLIST_CRITERION_UNKNOWN', params: { value: k } }); });
    const reason = (input.reason ?? '').trim();
    if (!reason) details.push({ field: 'reason', code: 'BLACKLIST_REASON_REQUIRED' });
    else if (reason.length > TEXT_MAX) details.push({ field: 'reason', code: 'BLACKLIST_TEXT_TOO_LONG', params: { max: TEXT_MAX } });
    const caseIds = [...new Set(input.caseIds ?? [])];
    const cases = new Map((await findCasesInScope(trx, caseIds, scope)).filter((c) => c.enterprise_id === enterprise.id).map((c) => [c.id, c]));
    caseIds.forEach((id, i) => { if (!cases.has(id)) details.push({ field: `caseIds[${i}]`, code: 'BLACKLIST_CASE_UNKNOWN' }); });
    if (details.length) throw invalid(details[0]!.code, details, details[0]!.params ?? {});

    const durationMonths = Math.max(...criteria.map((k) => known.get(k)!.durationMonths));
    const id = crypto.randomUUID();
    const row = {
      id, path: enterprise.path, party_kind: partyKind, enterprise_id: enterprise.id, party_name: partyKind === 'person' ? personName! : enterprise.name,
      credit_code: partyKind === 'enterprise' ? enterprise.uscc : null, id_number: idNumber, person_role: partyKind === 'person' ? (input.personRole?.trim() || null) : null,
      criteria_json: JSON.stringify(criteria), reason, case_ids_json: JSON.stringify(caseIds), status: 'proposed', proposed_by: actor.userId, proposed_at: at,
      reviewed_by: null, reviewed_at: null, review_comment: null, decided_by: null, decided_at: null, decision_no: null, published_at: null, listed_from: null,
      listed_until: null, duration_months: durationMonths, repair_applied_at: null, repair_note: null, removed_at: null, removed_reason: null, updated_at: at,
    };
    await insertEntry(trx, row);
    await recordAudit(trx, { actor, action: 'blacklist_entry.proposed', entity: 'blacklist_entry', entityId: id, at, after: auditedEntry({ ...row, version: 1 }) });
    return id;
  });
}
