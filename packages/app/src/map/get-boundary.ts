// GET /api/map/boundary: the district boundary as one GeoJSON Feature, with where it came from and how exact it is.
// Public geography: any signed-in user may draw it. The seeded boundary keeps its provenance as JSON in `source`.
import type { Feature, Geometry } from 'geojson';
import { findDistrictArea } from '@hazgov/db/map/areas.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';

export type Provenance = { source: string; licence: string; precisionNote: string };

/** `source` holds either a plain file name (an admin's import) or the JSON provenance the seed writes. */
export function provenanceOf(source: string): Provenance {
  if (source.startsWith('{')) {
    try {
      const p = JSON.parse(source) as Partial<Provenance>;
      return { source: String(p.source ?? ''), licence: String(p.licence ?? ''), precisionNote: String(p.precisionNote ?? '') };
    } catch { /* a file name that happens to start with { */ }
  }
  return { source, licence: '', precisionNote: '' };
}

export async function getBoundary(ctx: AppContext): Promise<Feature> {
  const db = ctx.database.db;
  const area = await findDistrictArea(db);
  if (!area) throw new AppError('MAP_NO_BOUNDARY', 'not_found');
  const org = await findOrganisationById(db, area.organisation_id);
  const p = provenanceOf(area.source);
  return {
    type: 'Feature',
    geometry: JSON.parse(area.geometry_json) as Geometry,
    bbox: [area.min_lng, area.min_lat, area.max_lng, area.max_lat],
    properties: { id: area.organisation_id, name: org?.name ?? '', source: p.source, licence: p.licence, coordInput: area.coord_input, precisionNote: p.precisionNote },
  };
}
