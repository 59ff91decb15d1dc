// Who may read and act on which finding (docs/api-contract.md § Hidden dangers): everyone reads what lies in their
// enterprise scope (outside it: 404). The side an actor takes in the workflow comes from the domain (sidesOf): the
// finding's own enterprise rectifies, regulators verify, the district admin may do both.
import type { Db } from '@hazgov/db/database';
import { findFindingInScope, type FindingView } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { sidesOf, type FindingSide } from '@hazgov/domain/hidden-dangers/finding-workflow';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';

export async function requireFindingInScope(db: Db, actor: Actor, id: string): Promise<FindingView> {
  const finding = await findFindingInScope(db, id, enterpriseScopeOf(actor));
  if (!finding) throw notFound('hazard_finding');
  return finding;
}

export const sidesOn = (actor: Actor, f: Pick<FindingView, 'enterprise_organisation_id'>): FindingSide[] =>
  sidesOf(actor.role, actor.role === 'enterprise' && f.enterprise_organisation_id === actor.organisationId);

/** 挂牌督办 is decided by the district admin and the departments. */
export const maySupervise = (actor: Actor): boolean => actor.role === 'district_admin' || actor.role === 'department';
