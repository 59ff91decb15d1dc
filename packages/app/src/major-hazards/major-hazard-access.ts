// Who may see and edit a unit's major-hazard record. Reading follows the enterprise scope (outside it: 404). The
// register (filing, responsible persons) is edited by the district admin, the departments, and the enterprise itself
// for its own units; territories, inspectors and agencies read only (403).
import type { Db } from '@hazgov/db/database';
import { findUnitInScope, type MajorHazardUnitRow } from '@hazgov/db/major-hazards/register.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';

export async function requireUnitInScope(db: Db, actor: Actor, unitId: string): Promise<MajorHazardUnitRow> {
  const unit = await findUnitInScope(db, unitId, enterpriseScopeOf(actor));
  if (!unit) throw notFound('enterprise_unit');
  return unit;
}

export function mayEditRegister(actor: Actor, unit: Pick<MajorHazardUnitRow, 'enterprise_organisation_id'>): boolean {
  if (actor.role === 'district_admin' || actor.role === 'department') return true;
  return actor.role === 'enterprise' && actor.organisationId === unit.enterprise_organisation_id;
}

export function requireMayEditRegister(actor: Actor, unit: Pick<MajorHazardUnitRow, 'enterprise_organisation_id'>): void {
  if (!mayEditRegister(actor, unit)) throw forbidden();
}
