// Who may read and write an enterprise record (docs/api-contract.md § Enterprises): everyone reads what lies in
// their enterprise scope (outside it: 404); the district admin, departments and territories write what is in scope;
// an enterprise user writes only its own record, and not while its declaration is submitted (the regulator reviews
// a record that holds still); inspectors and agencies write nothing (403).
import type { Db } from '@hazgov/db/database';
import { findEnterpriseInScope, type EnterpriseRow } from '@hazgov/db/enterprises/enterprises.repository';
import { enterpriseMayEdit } from '@hazgov/domain/enterprises/declaration-state';
import type { EnterpriseDeclarationStatus } from '@hazgov/domain/enterprises/enterprise-values';
import type { Role } from '@hazgov/domain/orgs/roles';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, notFound } from '@hazgov/domain/shared/app-error';

/** Roles that create and edit enterprises in their jurisdiction (the regulators and the towns). */
export const REGULATOR_ROLES: readonly Role[] = ['district_admin', 'department', 'territory'];
export const isRegulator = (actor: Actor): boolean => REGULATOR_ROLES.includes(actor.role);

export async function requireEnterpriseInScope(db: Db, actor: Actor, enterpriseId: string): Promise<EnterpriseRow> {
  const enterprise = await findEnterpriseInScope(db, enterpriseId, enterpriseScopeOf(actor));
  if (!enterprise) throw notFound('enterprise');
  return enterprise;
}

/** Throws unless the actor may change this (already scope-checked) enterprise's record now. */
export function requireMayEdit(actor: Actor, enterprise: EnterpriseRow): void {
  if (isRegulator(actor)) return;
  if (actor.role !== 'enterprise' || actor.organisationId !== enterprise.organisation_id) throw forbidden();
  if (!enterpriseMayEdit(enterprise.declaration_status as EnterpriseDeclarationStatus)) {
    throw new AppError('ENTERPRISE_DECLARATION_SUBMITTED', 'forbidden');
  }
}

/** The enterprise itself or a regulator of it: who may start and submit its self-declaration. */
export function requireMayDeclare(actor: Actor, enterprise: EnterpriseRow): void {
  if (isRegulator(actor)) return;
  if (actor.role !== 'enterprise' || actor.organisationId !== enterprise.organisation_id) throw forbidden();
}

export async function requireEditableEnterprise(db: Db, actor: Actor, enterpriseId: string): Promise<EnterpriseRow> {
  const enterprise = await requireEnterpriseInScope(db, actor, enterpriseId);
  requireMayEdit(actor, enterprise);
  return enterprise;
}
