// Opens an enforcement case: an order to rectify within a deadline (status issued) or a penalty case (filed), against an
// enterprise in the enforcer's scope, citing its hidden-danger findings and inspection if any. The enterprise is told.
import crypto from 'node:crypto';
import { findEnterpriseInScope } from '@hazgov/db/enterprises/enterprises.repository';
import { findingIdsOfEnterprise, inspectionOfEnterprise, insertCase } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { CASE_WRITERS, initialCaseStatus } from '@hazgov/domain/enforcement/case-workflow';
import { caseKinds, type CaseKind } from '@hazgov/domain/enforcement/types';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { notify } from '../notifications/notify.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { auditedCase } from './case-access.js';
import { checkAmount, checkDate, checkPenaltyKinds, checkText } from './case-input.js';

export type CaseInput = {
  kind: string; enterpriseId: string; findingIds?: string[] | null | undefined; inspectionId?: string | null | undefined; facts: string; legalBasis: string;
  penaltyKinds?: string[] | null | undefined; amount?: string | null | undefined; deadline?: string | null | undefined;
};

export async function createCase(ctx: AppContext, opts: { actor: Actor; input: CaseInput }): Promise<string> {
  const { actor, input } = opts;
  if (!CASE_WRITERS.includes(actor.role)) throw forbidden();
  const at = ctx.now().toISOString();
  const today = chinaDateOf(ctx.now());
  const scope = enterpriseScopeOf(actor);
  return inTransaction(ctx, async (trx) => {
    const details: ErrorDetail[] = [];
    if (!(caseKinds as readonly string[]).includes(input.kind)) throw invalid('CASE_KIND_UNKNOWN', [{ field: 'kind', code: 'CASE_KIND_UNKNOWN', params: { value: input.kind } }], { value: input.kind });
    const kind = input.kind as CaseKind;
    const enterprise = await findEnterpriseInScope(trx, input.enterpriseId, scope);
    if (!enterprise) throw invalid('CASE_ENTERPRISE_UNKNOWN', [{ field: 'enterpriseId', code: 'CASE_ENTERPRISE_UNKNOWN' }]);
    const facts = checkText(details, input.facts, 'facts', 'CASE_FACTS_REQUIRED');
    const legalBasis = checkText(details, input.legalBasis, 'legalBasis', 'CASE_LEGAL_BASIS_REQUIRED');
    const kinds = checkPenaltyKinds(details, input.penaltyKinds);
    const amount = checkAmount(details, input.amount);
    let deadline: string | null = null;
    if (kind === 'rectification_order') {
      if (!input.deadline) details.push({ field: 'deadline', code: 'CASE_DEADLINE_REQUIRED' });
      else if (checkDate(details, input.deadline, 'deadline')) {
        if (input.deadline < today) details.push({ field: 'deadline', code: 'CASE_DEADLINE_PAST', params: { value: input.deadline, today } });
        else deadline = input.deadline;
      }
    }
    const findingIds = [...new Set(input.findingIds ?? [])];
    const known = await findingIdsOfEnterprise(trx, findingIds, enterprise.id, scope);
    findingIds.forEach((id, i) => { if (!known.has(id)) details.push({ field: `findingIds[${i}]`, code: 'CASE_FINDING_UNKNOWN' }); });
    if (input.inspectionId && !(await inspectionOfEnterprise(trx, input.inspectionId, enterprise.id, scope))) {
      details.push({ field: 'inspectionId', code: 'CASE_INSPECTION_UNKNOWN' });
    }
    if (details.length) throw invalid(details[0]!.code, details, details[0]!.params ?? {});

    const id = crypto.randomUUID();
    const row = {
      id, path: enterprise.path, enterprise_id: enterprise.id, organisation_id: actor.organisationId, inspection_id: input.inspectionId ?? null,
      hazard_finding_ids_json: JSON.stringify(findingIds), kind, status: initialCaseStatus(kind), decision_no: null, facts, legal_basis: legalBasis,
      penalty_kinds_json: JSON.stringify(kinds), amount, deadline, decided_on: null, closed_on: null, published_at: null,
      created_by: actor.userId, created_at: at, updated_at: at,
    };
    await insertCase(trx, row);
    await recordAudit(trx, { actor, action: 'enforcement_case.created', entity: 'enforcement_case', entityId: id, after: auditedCase({ ...row, version: 1 }), at });
    const title = kind === 'rectification_order' ? `责令限期整改：${enterprise.name}，期限 ${deadline}` : `行政处罚立案：${enterprise.name}`;
    await notify(trx, [{
      organisationId: enterprise.organisation_id, path: enterprise.path, kind: 'enforcement_case', title, body: facts.slice(0, 200),
      link: `/enforcement/${id}`, dedupeKey: `enforcement-case:${id}:created`,
    }], at);
    return id;
  });
}
