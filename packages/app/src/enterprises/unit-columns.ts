// Checked unit fields as columns; the site, when named, must be one of the same enterprise's sites.
import type { Db } from '@hazgov/db/database';
import { listSites } from '@hazgov/db/enterprises/enterprise-parts.repository';
import type { UnitFields } from '@hazgov/domain/enterprises/part-inputs';
import { invalid } from '@hazgov/domain/shared/app-error';

export async function unitColumns(db: Db, enterpriseId: string, f: UnitFields) {
  if (f.siteId !== null && !(await listSites(db, enterpriseId)).some((s) => s.id === f.siteId)) {
    throw invalid('UNIT_SITE_UNKNOWN', [{ field: 'siteId', code: 'UNIT_SITE_UNKNOWN', params: { id: f.siteId } }], { id: f.siteId });
  }
  return {
    name: f.name, kind: f.kind, facility: f.facility, site_id: f.siteId, lng: f.location?.lng ?? null, lat: f.location?.lat ?? null,
    population_500m: f.population500m, population_source: f.population500m === null ? null : 'entered',
  };
}
