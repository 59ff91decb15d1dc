// Who may do what with inspection plans. Reads: through enterpriseScopeOf over the plan's path (a department sees the
// district's plans, a town its own). Writes: the owning organisation's planners (department, territory), or the
// district admin. The candidates of a draw: a territory's plan draws inside the territory, any other inside the district.
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { findPlanInScope, type InspectionPlanRow } from '@hazgov/db/inspections/inspection-plans.repository';
import type { Db } from '@hazgov/db/database';
import { districtPathOf, enterpriseScopeOf, type Actor, type Scope } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';

export const PLANNER_ROLES = ['district_admin', 'department', 'territory'] as const;
export const isPlanner = (actor: Actor): boolean => (PLANNER_ROLES as readonly string[]).includes(actor.role);
export const mayReadPlans = (actor: Actor): boolean => actor.role !== 'enterprise' && actor.role !== 'agency';

export function requirePlanner(actor: Actor): void {
  if (!isPlanner(actor)) throw forbidden();
}

/** The plan if the actor can see it (else 404), and may write it (else 403). */
export async function planToWrite(db: Db, actor: Actor, planId: string): Promise<InspectionPlanRow> {
  requirePlanner(actor);
  const plan = await findPlanInScope(db, planId, enterpriseScopeOf(actor));
  if (!plan) throw notFound('inspection_plan');
  if (actor.role !== 'district_admin' && plan.organisation_id !== actor.organisationId) throw forbidden();
  return plan;
}

export async function planToRead(db: Db, actor: Actor, planId: string): Promise<InspectionPlanRow> {
  if (!mayReadPlans(actor)) throw forbidden();
  const plan = await findPlanInScope(db, planId, enterpriseScopeOf(actor));
  if (!plan) throw notFound('inspection_plan');
  return plan;
}

export async function candidateScopeOf(db: Db, plan: InspectionPlanRow): Promise<Scope> {
  const org = await findOrganisationById(db, plan.organisation_id);
  if (org && (org.kind === 'territory' || org.kind === 'grid')) return { paths: [plan.path], all: false };
  return { paths: [districtPathOf(plan.path)], all: false };
}
