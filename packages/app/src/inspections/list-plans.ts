// The inspection plans the actor can see (enterpriseScopeOf over the plan's path), newest year first.
import { listPlansInScope } from '@hazgov/db/inspections/inspection-plans.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { mayReadPlans } from './plan-access.js';
import { planViews, type PlanView } from './plan-view.js';

export async function listPlans(ctx: AppContext, opts: { actor: Actor; year?: number | undefined }): Promise<PlanView[]> {
  if (!mayReadPlans(opts.actor)) throw forbidden();
  const db = ctx.database.db;
  return planViews(db, await listPlansInScope(db, enterpriseScopeOf(opts.actor), { year: opts.year }));
}
