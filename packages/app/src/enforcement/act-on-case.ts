// One step of a case's workflow (domain/enforcement/case-workflow.ts) with a stale-version check. A decision needs its
// decision number (文书号), its date (not in the future) and, for a fine, the amount; closing records the day.
import { updateCaseAtVersion } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { caseActions, mayActOnCase, nextCaseStatus, type CaseAction } from '@hazgov/domain/enforcement/case-workflow';
import type { CaseKind, CaseStatus } from '@hazgov/domain/enforcement/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { auditedCase, requireCaseInScope } from './case-access.js';
import { checkAmount, checkDate, checkPenaltyKinds, checkText } from './case-input.js';

export type CaseActionInput = {
  action: string; version: number; decisionNo?: string | null | undefined; decidedOn?: string | null | undefined; amount?: string | null | undefined;
  penaltyKinds?: string[] | null | undefined;
};

export async function actOnCase(ctx: AppContext, opts: { actor: Actor; caseId: string; input: CaseActionInput }): Promise<void> {
  const { actor, input } = opts;
  const at = ctx.now().toISOString();
  const today = chinaDateOf(ctx.now());
  await inTransaction(ctx, async (trx) => {
    const c = await requireCaseInScope(trx, actor, opts.caseId);
    if (!(caseActions as readonly string[]).includes(input.action)) throw invalid('CASE_ACTION_UNKNOWN', [{ field: 'action', code: 'CASE_ACTION_UNKNOWN', params: { value: input.action } }], { value: input.action });
    const action = input.action as CaseAction;
    if (!mayActOnCase(actor.role, action)) throw forbidden();
    const to = nextCaseStatus(c.kind as CaseKind, c.status as CaseStatus, action);
    if (!to) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', 'conflict', { status: c.status, action });
    if (c.version !== input.version) throw new AppError('CASE_VERSION_CONFLICT', 'conflict', { version: c.version });

    const changes: Record<string, unknown> = { status: to, updated_at: at };
    if (action === 'decide') {
      const details: ErrorDetail[] = [];
      const decisionNo = checkText(details, input.decisionNo, 'decisionNo', 'CASE_DECISION_NO_REQUIRED');
      const decidedOn = input.decidedOn ?? today;
      if (checkDate(details, decidedOn, 'decidedOn') && decidedOn > today) details.push({ field: 'decidedOn', code: 'CASE_DECIDED_ON_FUTURE', params: { value: decidedOn } });
      const kinds = input.penaltyKinds ? checkPenaltyKinds(details, input.penaltyKinds) : (JSON.parse(c.penalty_kinds_json) as string[]);
      if (kinds.length === 0) details.push({ field: 'penaltyKinds', code: 'CASE_PENALTY_KINDS_REQUIRED' });
      const amount = input.amount !== undefined ? checkAmount(details, input.amount) : c.amount;
      if (kinds.includes('fine') && !amount && !details.some((d) => d.field === 'amount')) details.push({ field: 'amount', code: 'CASE_AMOUNT_REQUIRED' });
      if (details.length) throw invalid(details[0]!.code, details, details[0]!.params ?? {});
      Object.assign(changes, { decision_no: decisionNo, decided_on: decidedOn, penalty_kinds_json: JSON.stringify(kinds), amount });
    } else if (input.decisionNo && c.kind === 'rectification_order' && !c.decision_no) {
      changes.decision_no = input.decisionNo.trim(); // an order's 文书号 may be recorded at any step
    }
    if (to === 'closed') changes.closed_on = today;
    if (!(await updateCaseAtVersion(trx, c.id, c.version, changes))) throw new AppError('CASE_VERSION_CONFLICT', 'conflict', { version: c.version });
    await recordAudit(trx, {
      actor, action: `enforcement_case.${action}`, entity: 'enforcement_case', entityId: c.id, at,
      before: auditedCase(c), after: auditedCase({ ...c, ...changes, version: c.version + 1 } as typeof c),
    });
  });
}
