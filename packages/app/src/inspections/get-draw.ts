// One draw (404 outside the actor's scope: a draw carries its plan's path).
import type { Db } from '@hazgov/db/database';
import { findDrawInScope, type InspectionDrawRow } from '@hazgov/db/inspections/inspection-plans.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { mayReadPlans } from './plan-access.js';
import { drawView, type DrawView } from './draw-view.js';

export async function drawToRead(db: Db, actor: Actor, drawId: string): Promise<InspectionDrawRow> {
  if (!mayReadPlans(actor)) throw forbidden();
  const d = await findDrawInScope(db, drawId, enterpriseScopeOf(actor));
  if (!d) throw notFound('inspection_draw');
  return d;
}

export async function getDraw(ctx: AppContext, opts: { actor: Actor; drawId: string }): Promise<DrawView> {
  const db = ctx.database.db;
  return drawView(db, await drawToRead(db, opts.actor, opts.drawId));
}
