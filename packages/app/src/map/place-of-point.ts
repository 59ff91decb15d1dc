// The map-feature path rule: a feature belongs to the smallest area whose polygon holds its representative point — a
// grid cell when grid polygons exist there, else a territory — and to the district (path of the district, no
// territory) when it lies in none. Polygons are loaded once per import, candidates picked by bbox.
import type { Geometry, Position } from 'geojson';
import { listOrganisationsOfKinds } from '@hazgov/db/orgs/organisations.repository';
import type { Db } from '@hazgov/db/database';
import { listSubAreas, type MapAreaRow } from '@hazgov/db/map/areas.repository';
import { pointInGeometry } from '@hazgov/domain/map/geometry';

export type Place = { path: string; territoryId: string | null };
type LoadedArea = { row: MapAreaRow; geometry: Geometry; size: number };

export async function districtPath(db: Db): Promise<string> {
  return (await listOrganisationsOfKinds(db, ['district']))[0]?.path ?? '/';
}

export async function loadPlacer(db: Db): Promise<(p: { lng: number; lat: number }) => Place> {
  const fallback: Place = { path: await districtPath(db), territoryId: null };
  const areas: LoadedArea[] = (await listSubAreas(db)).map((row) => ({
    row, geometry: JSON.parse(row.geometry_json) as Geometry, size: (row.max_lng - row.min_lng) * (row.max_lat - row.min_lat),
  }));
  // grid cells first, then the smallest box: the first polygon that holds the point is the answer
  areas.sort((a, b) => (a.row.kind === 'grid' ? 0 : 1) - (b.row.kind === 'grid' ? 0 : 1) || a.size - b.size);
  return (p) => {
    for (const a of areas) {
      const r = a.row;
      if (p.lng < r.min_lng || p.lng > r.max_lng || p.lat < r.min_lat || p.lat > r.max_lat) continue;
      if (pointInGeometry([p.lng, p.lat], a.geometry)) return { path: r.path, territoryId: r.organisation_id };
    }
    return fallback;
  };
}

/** A feature's representative point: the point itself, the middle vertex of a line, the vertex mean of a polygon's outer ring. */
export function representativePoint(g: Geometry): { lng: number; lat: number } {
  const at = (p: Position) => ({ lng: p[0]!, lat: p[1]! });
  switch (g.type) {
    case 'Point': return at(g.coordinates);
    case 'MultiPoint': return at(g.coordinates[0]!);
    case 'LineString': return at(g.coordinates[Math.floor(g.coordinates.length / 2)]!);
    case 'MultiLineString': { const l = g.coordinates[0]!; return at(l[Math.floor(l.length / 2)]!); }
    case 'Polygon': return ringMean(g.coordinates[0]!);
    case 'MultiPolygon': return ringMean(g.coordinates[0]![0]!);
    default: return { lng: 0, lat: 0 };
  }
}

function ringMean(ring: Position[]): { lng: number; lat: number } {
  const pts = ring.slice(0, -1); // the closing vertex repeats the first
  const lng = pts.reduce((s, p) => s + p[0]!, 0) / pts.length;
  const lat = pts.reduce((s, p) => s + p[1]!, 0) / pts.length;
  return { lng, lat };
}
