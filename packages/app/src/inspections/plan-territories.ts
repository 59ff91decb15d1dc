// The territories a plan names must be territories its organisation may plan for: inside its scope (a town: itself).
import type { Db } from '@hazgov/db/database';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { AppError, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { inScope, type Scope } from '@hazgov/domain/orgs/scope';

export async function checkPlanTerritories(db: Db, scope: Scope, territoryIds: readonly string[]): Promise<void> {
  const details: ErrorDetail[] = [];
  for (const [i, id] of territoryIds.entries()) {
    const org = await findOrganisationById(db, id);
    if (!org || org.kind !== 'territory' || !inScope(scope, org.path)) {
      details.push({ field: `territoryIds.${i}`, code: 'PLAN_TERRITORY_UNKNOWN', params: { field: `territoryIds.${i}`, value: id } });
    }
  }
  if (details.length) throw new AppError('INSPECTION_PLAN_INVALID', 'input', {}, details);
}
