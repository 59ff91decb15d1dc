// The district office sets the assessment weights of a plan. Keys are the criteria the platform can count.
import crypto from 'node:crypto';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { defaultAssessmentCriteria } from '@hazgov/domain/plans/assessment-score';
import { listCriteria, replaceCriteria } from '@hazgov/db/plans/assessment-criteria.repository';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireDistrictAdmin, requireVisiblePlan } from './plan-access.js';

export const ASSESSMENT_KEYS = defaultAssessmentCriteria.map((c) => c.key);
export type CriterionInput = { key: string; label: string; weight: number };

export async function updateAssessmentCriteria(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; planId: string; criteria: readonly CriterionInput[] },
): Promise<CriterionInput[]> {
  requireDistrictAdmin(opts.actor);
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  opts.criteria.forEach((c, i) => {
    if (!ASSESSMENT_KEYS.includes(c.key)) problems.push({ row: i + 1, field: 'key', code: 'ASSESSMENT_CRITERION_UNKNOWN', params: { key: c.key } });
    if (seen.has(c.key)) problems.push({ row: i + 1, field: 'key', code: 'ASSESSMENT_CRITERION_DUPLICATE', params: { key: c.key } });
    seen.add(c.key);
    if (!Number.isInteger(c.weight) || c.weight <= 0 || c.weight > 100) problems.push({ row: i + 1, field: 'weight', code: 'ASSESSMENT_WEIGHT_INVALID', params: { key: c.key } });
    if (!c.label.trim()) problems.push({ row: i + 1, field: 'label', code: 'ASSESSMENT_LABEL_REQUIRED', params: { key: c.key } });
  });
  if (opts.criteria.length === 0) problems.push({ field: 'criteria', code: 'ASSESSMENT_CRITERIA_REQUIRED' });
  if (problems.length) throw invalid('ASSESSMENT_CRITERIA_INVALID', problems);
  return inTransaction(ctx, async (trx) => {
    const plan = await requireVisiblePlan(trx, opts.planId, opts.actor, opts.scope);
    return replacePlanCriteria(trx, plan.id, opts.criteria, opts.actor, ctx.now().toISOString());
  });
}

/** Inside a transaction: replace the rows and audit the change (also used by the demo seed). */
export async function replacePlanCriteria(
  trx: Parameters<typeof listCriteria>[0], planId: string, criteria: readonly CriterionInput[], actor: Actor | AuditActor, at: string,
): Promise<CriterionInput[]> {
  const before = await listCriteria(trx, planId);
  const rows = criteria.map((c) => ({ id: crypto.randomUUID(), plan_id: planId, key: c.key, label: c.label.trim(), weight: c.weight }));
  await replaceCriteria(trx, planId, rows);
  await recordAudit(trx, { actor, action: 'assessment.criteria', entity: 'plan', entityId: planId, before, after: rows, at });
  return rows.map((r) => ({ key: r.key, label: r.label, weight: r.weight }));
}
