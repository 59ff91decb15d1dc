// A planner writes a yearly inspection plan for its own organisation (draft until published). One transaction, audited.
import crypto from 'node:crypto';
import { findPlanInScope, insertPlan } from '@hazgov/db/inspections/inspection-plans.repository';
import { checkPlanInput, type PlanInput } from '@hazgov/domain/inspections/plan-input';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { recordAudit } from '../audit/audit-chain.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { candidateScopeOf, requirePlanner } from './plan-access.js';
import { checkPlanTerritories } from './plan-territories.js';
import { planView, type PlanView } from './plan-view.js';

export async function createPlan(ctx: AppContext, opts: { actor: Actor; input: PlanInput }): Promise<PlanView> {
  requirePlanner(opts.actor);
  const now = ctx.now();
  const plan = checkPlanInput(opts.input, Number(chinaDateOf(now).slice(0, 4)));
  const id = crypto.randomUUID();
  const at = now.toISOString();
  return inTransaction(ctx, async (trx) => {
    const a = opts.actor;
    const row = {
      id, path: a.organisationPath, organisation_id: a.organisationId, year: plan.year, title: plan.title, kind: plan.kind,
      territory_ids_json: JSON.stringify(plan.territoryIds), sample_size: plan.sampleSize, inspectors_per_enterprise: plan.inspectorsPerEnterprise,
      weights_json: JSON.stringify(plan.weights), status: 'draft', note: plan.note, created_by: a.userId, created_at: at, updated_at: at, published_at: null,
    };
    await insertPlan(trx, row);
    const saved = (await findPlanInScope(trx, id, enterpriseScopeOf(a)))!;
    await checkPlanTerritories(trx, await candidateScopeOf(trx, saved), plan.territoryIds);
    await recordAudit(trx, { actor: a, action: 'inspection_plan.created', entity: 'inspection_plan', entityId: id, after: plan, at });
    return planView(trx, saved);
  });
}
