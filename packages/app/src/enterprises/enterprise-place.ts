// Where an enterprise sits: a territory (town, street, park) and optionally one of its grid cells. Its organisation
// row hangs under the grid cell when given, else under the territory, and that parent must lie in the actor's
// enterprise scope — a town cannot register an enterprise in another town. Each problem names its field.
import type { Db } from '@hazgov/db/database';
import { findOrganisationById, type OrganisationRow } from '@hazgov/db/orgs/organisations.repository';
import { enterpriseScopeOf, inScope, type Actor } from '@hazgov/domain/orgs/scope';
import { invalid } from '@hazgov/domain/shared/app-error';

export type EnterprisePlace = { territory: OrganisationRow; grid: OrganisationRow | null; parent: OrganisationRow };

export async function resolvePlace(db: Db, actor: Actor, territoryId: string, gridId: string | null): Promise<EnterprisePlace> {
  const territory = await findOrganisationById(db, territoryId);
  if (!territory || territory.kind !== 'territory') {
    throw invalid('ENTERPRISE_TERRITORY_INVALID', [{ field: 'territoryId', code: 'ENTERPRISE_TERRITORY_INVALID', params: { id: territoryId } }], { id: territoryId });
  }
  let grid: OrganisationRow | null = null;
  if (gridId !== null) {
    const found = await findOrganisationById(db, gridId);
    if (!found || found.kind !== 'grid' || found.parent_id !== territory.id) {
      const params = { id: gridId, territory: territory.name };
      throw invalid('ENTERPRISE_GRID_NOT_IN_TERRITORY', [{ field: 'gridId', code: 'ENTERPRISE_GRID_NOT_IN_TERRITORY', params }], params);
    }
    grid = found;
  }
  const parent = grid ?? territory;
  if (!inScope(enterpriseScopeOf(actor), parent.path)) {
    const field = grid ? 'gridId' : 'territoryId';
    throw invalid('ENTERPRISE_PLACE_NOT_IN_SCOPE', [{ field, code: 'ENTERPRISE_PLACE_NOT_IN_SCOPE', params: { name: parent.name } }], { name: parent.name });
  }
  return { territory, grid, parent };
}
