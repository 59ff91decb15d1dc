// Guards shared by the plan use cases: a plan is visible when it was issued inside the actor's scope or by one of
// its ancestors; a unit owes a task when it is named on it (or, for a grid cell, when its town was named through
// the territorial group 各镇（街、场、园区）).
import type { Db } from '@hazgov/db/database';
import { findVisiblePlan, type PlanRow } from '@hazgov/db/plans/plans.repository';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { ancestorPathsOf } from './china-date.js';
import type { OwedCell } from './plan-snapshot.js';

export async function requireVisiblePlan(db: Db, planId: string, actor: Actor, scope: Scope): Promise<PlanRow> {
  const plan = await findVisiblePlan(db, planId, { scope, ancestorPaths: ancestorPathsOf(actor.organisationPath) });
  if (!plan) throw new AppError('PLAN_NOT_FOUND', 'not_found', { planId });
  return plan;
}

/** The cell through which the actor's unit owes the task, or undefined. */
export function owingCellFor(actor: Pick<Actor, 'organisationId' | 'organisationPath'>, cells: readonly OwedCell[]): OwedCell | undefined {
  const own = cells.find((c) => c.unitId === actor.organisationId);
  if (own) return own;
  const ancestors = new Set(ancestorPathsOf(actor.organisationPath));
  return cells.find((c) => c.viaTerritoryGroup && ancestors.has(c.unitPath) && c.unitPath !== actor.organisationPath);
}

export function requireDistrictAdmin(actor: Actor): void {
  if (actor.role !== 'district_admin') throw new AppError('FORBIDDEN', 'forbidden');
}
