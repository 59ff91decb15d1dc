// A planner edits its draft plan (a published plan is fixed: its draws were made against it).
import { findPlanInScope, updatePlan as updatePlanRow } from '@hazgov/db/inspections/inspection-plans.repository';
import { checkPlanInput, type PlanInput } from '@hazgov/domain/inspections/plan-input';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { candidateScopeOf, planToWrite } from './plan-access.js';
import { checkPlanTerritories } from './plan-territories.js';
import { planView, type PlanView } from './plan-view.js';

export async function updatePlan(ctx: AppContext, opts: { actor: Actor; planId: string; input: PlanInput }): Promise<PlanView> {
  const now = ctx.now();
  const plan = checkPlanInput(opts.input, Number(chinaDateOf(now).slice(0, 4)));
  const at = now.toISOString();
  return inTransaction(ctx, async (trx) => {
    const before = await planToWrite(trx, opts.actor, opts.planId);
    if (before.status !== 'draft') throw new AppError('INSPECTION_PLAN_NOT_DRAFT', 'conflict', { status: before.status });
    await checkPlanTerritories(trx, await candidateScopeOf(trx, before), plan.territoryIds);
    await updatePlanRow(trx, before.id, {
      year: plan.year, title: plan.title, kind: plan.kind, territory_ids_json: JSON.stringify(plan.territoryIds), sample_size: plan.sampleSize,
      inspectors_per_enterprise: plan.inspectorsPerEnterprise, weights_json: JSON.stringify(plan.weights), note: plan.note, updated_at: at,
    });
    await recordAudit(trx, { actor: opts.actor, action: 'inspection_plan.updated', entity: 'inspection_plan', entityId: before.id, before, after: plan, at });
    return planView(trx, (await findPlanInScope(trx, before.id, enterpriseScopeOf(opts.actor)))!);
  });
}
