// A planner publishes its plan: fixed from then on (edits refused), draws may follow.
import { findPlanInScope, updatePlan } from '@hazgov/db/inspections/inspection-plans.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { planToWrite } from './plan-access.js';
import { planView, type PlanView } from './plan-view.js';

export async function publishPlan(ctx: AppContext, opts: { actor: Actor; planId: string }): Promise<PlanView> {
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const plan = await planToWrite(trx, opts.actor, opts.planId);
    if (plan.status !== 'draft') throw new AppError('INSPECTION_PLAN_NOT_DRAFT', 'conflict', { status: plan.status });
    await updatePlan(trx, plan.id, { status: 'published', published_at: at, updated_at: at });
    await recordAudit(trx, { actor: opts.actor, action: 'inspection_plan.published', entity: 'inspection_plan', entityId: plan.id, before: { status: 'draft' }, after: { status: 'published' }, at });
    return planView(trx, (await findPlanInScope(trx, plan.id, enterpriseScopeOf(opts.actor)))!);
  });
}
