// One inspection plan with its draws (404 outside the actor's scope).
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { planToRead } from './plan-access.js';
import { planView, type PlanView } from './plan-view.js';

export async function getPlan(ctx: AppContext, opts: { actor: Actor; planId: string }): Promise<PlanView> {
  const db = ctx.database.db;
  return planView(db, await planToRead(db, opts.actor, opts.planId));
}
