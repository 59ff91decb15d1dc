// The plans the actor may see: those issued inside its jurisdiction and those of its ancestors.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { listPlans as listPlanRows, type PlanListRow } from '@hazgov/db/plans/plans.repository';
import type { AppContext } from '../shared/context.js';
import { ancestorPathsOf } from './china-date.js';

export async function listPlans(ctx: AppContext, opts: { actor: Actor; scope: Scope }): Promise<PlanListRow[]> {
  return listPlanRows(ctx.database.db, { scope: opts.scope, ancestorPaths: ancestorPathsOf(opts.actor.organisationPath) });
}
