// Generates the map benchmark's data straight into a migrated, empty database (SQLite or PostgreSQL): the Conghua
// organisation tree, the district boundary, the demo territory and grid polygons (data/demo/areas.geojson), two
// users, N/5 enterprises and N risk points (N = 100,000 at scale 1). Enterprises lie all over the district — 60 %
// anywhere inside the boundary, 40 % around the town centres where the demo enterprises cluster — each in the
// territory and grid cell whose demo polygon holds it; each has 5 risk points 30–400 m from it (inside the boundary),
// coloured about 2 % red, 13 % orange, 45 % yellow, 40 % blue. Rows come from the demo seed's builders
// (buildEnterprise, riskPointRow: the same data rules, assessments scored by the domain) and are written directly
// in chunks, secondary indexes rebuilt after the load. Deterministic: a seeded PRNG and counter ids.
//
//   npx tsx bench/map/generate-map.ts --scale 0.01 [--data-dir DIR | --database-url postgres://…]
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Feature, Polygon } from 'geojson';
import type { Database } from '@hazgov/db/database';
import { insertInChunks } from '@hazgov/db/plans/bulk-insert';
import { buildEnterprise, type BuiltEnterprise, type Place } from '@hazgov/app/demo/demo-enterprise-build';
import { demoPlaces } from '@hazgov/app/demo/demo-enterprise-names';
import { drawLevel } from '@hazgov/app/demo/demo-risk-assess';
import { loadDemoAreas, mapAreaRows, type DemoAreas } from '@hazgov/app/demo/demo-risk-areas';
import { ENTERPRISE_TEMPLATES, SITE_TEMPLATES, UNIT_TEMPLATES } from '@hazgov/app/demo/demo-risk-catalog';
import { offsetMetres } from '@hazgov/app/demo/demo-risk-features';
import { riskPointRow, type RiskPointRow } from '@hazgov/app/demo/demo-risk-points';
import { seededRng, type Rng } from '@hazgov/app/demo/prng';
import { loadDemoPlaces, pickProfile } from '@hazgov/app/demo/seed-enterprises';
import { seedDistrictBoundary } from '@hazgov/app/map/seed-district-boundary';
import { loadBands } from '@hazgov/app/risk/risk-settings';
import { BENCH_PASSWORD } from '../generate-province.js';
import { dropSecondaryIndexes } from '../enterprises/lib/bulk-write.js';
import { isEntryPoint } from '../lib/bench-run.js';
import { checkScale, finishLoad, generatorCli, lap, pickWeighted, startGeneration, writeBuiltEnterprises } from '../lib/generate-common.js';

export const MAP_GENERATOR_VERSION = 1;
export const FULL_POINTS = 100_000;
export const POINTS_PER_ENTERPRISE = 5;
export const MAP_ADMIN = 'bench-map-admin';
export const MAP_TOWN = 'bench-map-town';
const CHUNK = 2_000; // enterprises per transaction
const BOUNDARY_FILE = new URL('../../data/geo/conghua-boundary.geojson', import.meta.url);

export type MapShape = { scale: number; points: number; enterprises: number; seed: number };
export const mapShapeOf = (scale: number): MapShape => {
  checkScale(scale);
  const enterprises = Math.max(2, Math.round((FULL_POINTS * scale) / POINTS_PER_ENTERPRISE));
  return { scale, points: enterprises * POINTS_PER_ENTERPRISE, enterprises, seed: 20190601 };
};
export const mapShapeKey = (s: MapShape): string => `p${s.points}-e${s.enterprises}-s${s.seed}`;

export type MapGeneration = {
  generatorVersion: number; dbKind: string; shape: MapShape;
  users: { admin: string; town: string; password: string; townId: string };
  districtBbox: { minLng: number; minLat: number; maxLng: number; maxLat: number };
  rows: Record<string, number>; levels: Record<string, number>; seconds: Record<string, number>;
};

/** A point inside the district: anywhere (60 %) or round a town centre weighted by its demo enterprise count. */
function drawPlace(rng: Rng, areas: DemoAreas, box: MapGeneration['districtBbox'], places: readonly Place[], weights: readonly number[]): { lng: number; lat: number } {
  const total = weights.reduce((a, b) => a + b, 0);
  for (;;) {
    let p: { lng: number; lat: number };
    if (rng.chance(0.6)) {
      p = { lng: box.minLng + rng.next() * (box.maxLng - box.minLng), lat: box.minLat + rng.next() * (box.maxLat - box.minLat) };
    } else {
      const place = pickWeighted(rng, places, weights, total);
      const spread = place.spreadDeg * 2.5;
      // the mean of two uniforms: denser near the centre
      p = { lng: place.centre[0] + (rng.next() + rng.next() - 1) * spread, lat: place.centre[1] + (rng.next() + rng.next() - 1) * spread };
    }
    p = { lng: Number(p.lng.toFixed(6)), lat: Number(p.lat.toFixed(6)) };
    if (areas.at(p.lng, p.lat)) return p;
  }
}

export async function generateMap(database: Database, opts: { shape: MapShape; log?: (line: string) => void }): Promise<MapGeneration> {
  const log = opts.log ?? (() => {});
  const { shape } = opts;
  const db = database.db;
  const seconds: Record<string, number> = {};
  const { t0, ctx, at, today, townId } = await startGeneration(database, 'risk_points', 'generate-map', { admin: { username: MAP_ADMIN, displayName: '区安委办（地图基准）' }, town: { username: MAP_TOWN, displayName: '温泉镇安监办（地图基准）' } });
  await seedDistrictBoundary(ctx);
  const areas = await loadDemoAreas(db);
  await insertInChunks(db, 'map_areas', mapAreaRows(areas.areas, at));
  const places = await loadDemoPlaces(db);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const weights = places.map((p) => demoPlaces.territories.find((t) => t.key === p.key)?.count ?? 1);
  const bands = await loadBands(db);
  const boundary = JSON.parse(fs.readFileSync(BOUNDARY_FILE, 'utf8')) as Feature<Polygon>;
  const ring = boundary.geometry.coordinates[0]!;
  const box = {
    minLng: Math.min(...ring.map((p) => p[0]!)), minLat: Math.min(...ring.map((p) => p[1]!)),
    maxLng: Math.max(...ring.map((p) => p[0]!)), maxLat: Math.max(...ring.map((p) => p[1]!)),
  };
  seconds.setup = lap(t0);

  const deferred = [...(await dropSecondaryIndexes(database, 'risk_points')), ...(await dropSecondaryIndexes(database, 'enterprises'))];
  const rng = seededRng(shape.seed);
  const templates = [...Object.values(UNIT_TEMPLATES), ...SITE_TEMPLATES, ...ENTERPRISE_TEMPLATES];
  const rows: Record<string, number> = { organisations: 0, enterprises: 0, enterprise_sites: 0, enterprise_licences: 0, risk_points: 0 };
  const levels: Record<string, number> = {};
  let buildMs = 0;
  let lastLog = performance.now();
  const tLoad = performance.now();
  for (let start = 0; start < shape.enterprises; start += CHUNK) {
    const tb = performance.now();
    const built: BuiltEnterprise[] = [];
    const points: RiskPointRow[] = [];
    for (let i = start; i < Math.min(shape.enterprises, start + CHUNK); i += 1) {
      const p = drawPlace(rng, areas, box, places, weights);
      const hit = areas.at(p.lng, p.lat)!;
      const place = placeById.get(hit.territory.id) ?? places[0]!;
      const n = String(i + 1).padStart(6, '0');
      const gridIndex = hit.grid ? place.grids.findIndex((g) => g.id === hit.grid!.id) : -1;
      const b = buildEnterprise(rng, {
        orgId: `ent-map-${n}`, enterpriseId: `map-ent-${n}`, place, profile: pickProfile(rng, place), gridIndex: gridIndex >= 0 ? gridIndex : null,
        today, at, isDemo: false, nameSuffix: '', units: 0, linesPerUnit: 0, usccCounter: i,
      });
      b.enterprise.lng = p.lng;
      b.enterprise.lat = p.lat;
      for (const s of b.sites) { s.lng = p.lng; s.lat = p.lat; }
      built.push(b);
      const e = b.enterprise;
      for (let k = 0; k < POINTS_PER_ENTERPRISE; k += 1) {
        const q = offsetMetres(p, rng.int(30, 400), rng.next() * 2 * Math.PI);
        const point = areas.at(q.lng, q.lat) ? q : p;
        const template = rng.pick(templates);
        const row = riskPointRow({ rng, bands, today, at }, `map-rp-${String(i * POINTS_PER_ENTERPRISE + k + 1).padStart(7, '0')}`, {
          kind: 'enterprise', name: template.name || '储存区', template, level: drawLevel(rng, [2, 13, 45, 40]),
          enterprise: { id: e.id, name: e.name, path: e.path, territory_id: e.territory_id, grid_id: e.grid_id ?? null, industry: e.industry ?? null, lng: p.lng, lat: p.lat, units: [], sites: [] },
          siteId: null, unitId: null, territoryId: e.territory_id, gridId: e.grid_id ?? null, path: e.path, point,
        });
        row.is_demo = 0;
        levels[row.level] = (levels[row.level] ?? 0) + 1;
        points.push(row);
      }
    }
    buildMs += performance.now() - tb;
    await db.transaction().execute(async (trx) => {
      await writeBuiltEnterprises(trx, database.kind, built, rows);
      rows.risk_points! += await insertInChunks(trx, 'risk_points', points);
    });
    if (performance.now() - lastLog > 5000 || start + CHUNK >= shape.enterprises) {
      lastLog = performance.now();
      log(`  ${Math.min(shape.enterprises, start + CHUNK).toLocaleString('en')} enterprises, ${rows.risk_points!.toLocaleString('en')} risk points, ${((lastLog - tLoad) / 1000).toFixed(0)} s (building rows ${(buildMs / 1000).toFixed(0)} s)`);
    }
  }
  await finishLoad(database, deferred, log, { seconds, t0, tLoad, buildMs });
  log(`done in ${seconds.total} s: ${JSON.stringify(rows)}; levels ${JSON.stringify(levels)}`);
  return {
    generatorVersion: MAP_GENERATOR_VERSION, dbKind: database.kind, shape, users: { admin: MAP_ADMIN, town: MAP_TOWN, password: BENCH_PASSWORD, townId },
    districtBbox: box, rows, levels, seconds,
  };
}

if (isEntryPoint(import.meta.url)) {
  generatorCli('map', mapShapeOf, generateMap).catch((e: unknown) => { console.error(e); process.exit(1); });
}
