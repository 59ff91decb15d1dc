// For map tests: rows written straight into the tables the map reads (the use cases that create them are tested
// elsewhere), positioned deterministically so counts in a box can be computed by hand.
import type { Db } from '@hazgov/db/database';

const AT = '2026-03-01T00:00:00.000Z';

/** n risk points of a territory on a regular grid of `cols` columns starting at (lng0, lat0), step `step` degrees. */
export async function insertRiskPoints(db: Db, o: { prefix: string; n: number; territoryId: string; path: string; lng0: number; lat0: number; step: number; cols: number; level?: (i: number) => string }): Promise<void> {
  const rows = Array.from({ length: o.n }, (_, i) => ({
    id: `${o.prefix}-${i}`, path: o.path, enterprise_id: null, site_id: null, unit_id: null, territory_id: o.territoryId, grid_id: null,
    kind: 'filling_station', name: `${o.prefix} 加油站 ${i}`, location: null, lng: o.lng0 + (i % o.cols) * o.step, lat: o.lat0 + Math.floor(i / o.cols) * o.step,
    coord_input: 'wgs84', posts_json: '[]', hazard_factors_json: '["油气"]', accident_types_json: '["火灾"]', method: 'lec', inputs_json: '{"l":3,"e":6,"c":7}',
    score: 126, computed_level: 'yellow', override_level: null, override_reason: null, override_by: null, override_at: null,
    level: o.level ? o.level(i) : 'yellow', control_level: 'team', responsible_department: '站务', responsible_person: '站长', responsible_phone: null,
    measures_json: '{"engineering":["x"],"management":[],"training":[],"ppe":[],"emergency":[]}', emergency_text: null, status: 'controlled',
    review_interval_days: 365, last_reviewed_on: '2026-01-01', next_review_on: '2027-01-01', review_warned_for: null, created_at: AT, updated_at: AT,
  }));
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('risk_points').values(rows.slice(i, i + 200)).execute();
}

export async function insertSensitiveTarget(db: Db, o: { id: string; name: string; path: string; territoryId: string | null; lng: number; lat: number; population: number; category?: string }): Promise<void> {
  await db.insertInto('map_features').values({
    id: o.id, path: o.path, territory_id: o.territoryId, layer: 'sensitive_target', category: o.category ?? 'school', name: o.name,
    geometry_json: JSON.stringify({ type: 'Point', coordinates: [o.lng, o.lat] }), lng: o.lng, lat: o.lat, min_lng: o.lng, min_lat: o.lat, max_lng: o.lng, max_lat: o.lat,
    population: o.population, properties_json: '{}', source: 'test.geojson', coord_input: 'wgs84', created_at: AT, created_by: null,
  }).execute();
}

export function squarePolygon(minLng: number, minLat: number, maxLng: number, maxLat: number) {
  return { type: 'Polygon' as const, coordinates: [[[minLng, minLat], [maxLng, minLat], [maxLng, maxLat], [minLng, maxLat], [minLng, minLat]]] };
}

export async function insertArea(db: Db, o: { id: string; path: string; kind: string; box: [number, number, number, number]; population?: number }): Promise<void> {
  const [a, b, c, d] = o.box;
  await db.insertInto('map_areas').values({
    organisation_id: o.id, path: o.path, kind: o.kind, geometry_json: JSON.stringify(squarePolygon(a, b, c, d)), min_lng: a, min_lat: b, max_lng: c, max_lat: d,
    population: o.population ?? null, source: 'test.geojson', coord_input: 'wgs84', imported_at: AT, imported_by: null,
  }).execute();
}
