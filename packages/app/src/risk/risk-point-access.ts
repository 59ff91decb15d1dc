// Who may read and write which risk point (docs/api-contract.md § Risk points): everyone reads what lies in their
// enterprise scope (outside it: 404). An enterprise's points are written by that enterprise's users and the district
// admin; public-place points by the district admin, departments and the territory users whose scope holds them.
// Overrides and comments are the regulators' (district admin, department, inspector, territory); post
// confirmations are recorded by the enterprise's users (and the admin).
import type { Db } from '@hazgov/db/database';
import { findRiskPointInScope, type RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import type { Role } from '@hazgov/domain/orgs/roles';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';

export const RISK_REGULATORS: readonly Role[] = ['district_admin', 'department', 'inspector', 'territory'];
/** Who may create and edit public-place points (in their scope). */
export const PUBLIC_PLACE_WRITERS: readonly Role[] = ['district_admin', 'department', 'territory'];

type PointOwner = Pick<RiskPointView, 'enterprise_id' | 'enterprise_organisation_id'>;

const isOwnEnterprise = (actor: Actor, p: PointOwner): boolean =>
  actor.role === 'enterprise' && p.enterprise_id !== null && p.enterprise_organisation_id === actor.organisationId;

/** May change the record itself (edit, delete, review). The point is already known to be in scope. */
export function mayEditPoint(actor: Actor, p: PointOwner): boolean {
  if (actor.role === 'district_admin') return true;
  if (p.enterprise_id !== null) return isOwnEnterprise(actor, p);
  return PUBLIC_PLACE_WRITERS.includes(actor.role);
}

export const mayOverride = (actor: Actor): boolean => RISK_REGULATORS.includes(actor.role);
/** Regulators remark; the point's owner may answer in the same thread. */
export const mayComment = (actor: Actor, p: PointOwner): boolean => mayOverride(actor) || isOwnEnterprise(actor, p);
export const mayConfirm = (actor: Actor, p: PointOwner): boolean => actor.role === 'district_admin' || isOwnEnterprise(actor, p);

export async function requirePointInScope(db: Db, actor: Actor, id: string): Promise<RiskPointView> {
  const point = await findRiskPointInScope(db, id, enterpriseScopeOf(actor));
  if (!point) throw notFound('risk_point');
  return point;
}

export async function requireEditablePoint(db: Db, actor: Actor, id: string): Promise<RiskPointView> {
  const point = await requirePointInScope(db, actor, id);
  if (!mayEditPoint(actor, point)) throw forbidden();
  return point;
}
