// The demo's territory and grid polygons (data/demo/areas.geojson, INVENTED by scripts/make-demo-areas.ts) as
// map_areas rows, and the look-up every demo feature uses for its path: the smallest area holding its point (a grid
// cell, else a territory, else the district).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Insertable } from 'kysely';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Db } from '@hazgov/db/database';
import type { DB } from '@hazgov/db/schema';
import { bboxOf, pointInGeometry } from '@hazgov/domain/map/geometry';

export const DEMO_AREAS_FILE = fileURLToPath(new URL('../../../../data/demo/areas.geojson', import.meta.url));
export const DISTRICT_PATH = '/440117/';

type AreaProps = { code: string; name: string; kind: 'territory' | 'grid'; parentCode?: string; population: number };
export type DemoArea = { id: string; path: string; name: string; kind: 'territory' | 'grid'; territoryId: string; population: number; geometry: Polygon | MultiPolygon };
export type AreaHit = { territory: DemoArea; grid: DemoArea | null };

export type DemoAreas = {
  areas: DemoArea[];
  /** The territory (and grid cell) whose polygon holds the point, or null outside every territory. */
  at: (lng: number, lat: number) => AreaHit | null;
  byId: Map<string, DemoArea>;
};

export async function loadDemoAreas(db: Db): Promise<DemoAreas> {
  const fc = JSON.parse(fs.readFileSync(DEMO_AREAS_FILE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, AreaProps>;
  const codes = fc.features.map((f) => f.properties.code);
  const orgs = new Map((await db.selectFrom('organisations').select(['id', 'path', 'name']).where('id', 'in', codes).execute()).map((o) => [o.id, o]));
  const areas = fc.features.flatMap((f: Feature<Polygon | MultiPolygon, AreaProps>): DemoArea[] => {
    const org = orgs.get(f.properties.code);
    if (!org) return []; // an organisation the directory no longer has: no polygon for it
    return [{ id: org.id, path: org.path, name: org.name, kind: f.properties.kind, territoryId: f.properties.parentCode ?? org.id, population: f.properties.population, geometry: f.geometry }];
  });
  const byId = new Map(areas.map((a) => [a.id, a]));
  const territories = areas.filter((a) => a.kind === 'territory');
  const grids = areas.filter((a) => a.kind === 'grid');
  const boxes = new Map(areas.map((a) => [a.id, bboxOf(a.geometry)]));
  const holds = (a: DemoArea, lng: number, lat: number): boolean => {
    const b = boxes.get(a.id)!;
    return lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat && pointInGeometry([lng, lat], a.geometry);
  };
  const at = (lng: number, lat: number): AreaHit | null => {
    const territory = territories.find((t) => holds(t, lng, lat));
    if (!territory) return null;
    return { territory, grid: grids.find((g) => g.territoryId === territory.id && holds(g, lng, lat)) ?? null };
  };
  return { areas, at, byId };
}

export function mapAreaRows(areas: readonly DemoArea[], at: string): Insertable<DB['map_areas']>[] {
  return areas.map((a) => {
    const b = bboxOf(a.geometry);
    return {
      organisation_id: a.id, path: a.path, kind: a.kind, geometry_json: JSON.stringify(a.geometry), min_lng: b.minLng, min_lat: b.minLat, max_lng: b.maxLng, max_lat: b.maxLat,
      population: a.population, source: 'demo', coord_input: 'wgs84', is_demo: 1, imported_at: at, imported_by: null,
    };
  });
}
