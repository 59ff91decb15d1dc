// The demo's risk points and map data on a fresh database (through seedDemo, as `npm start` seeds): the same rows on a
// second database, nothing written by a second run, every point inside the district boundary, every colour, method
// and status present, scores as the domain computes them, the enterprise user's own company complete, valid demo
// polygons with every map row's path that of the smallest demo area holding it, and a year of snapshots.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import kinks from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import { assess, defaultBands } from '@hazgov/domain/risk/assessment';
import { pointInGeometry } from '@hazgov/domain/map/geometry';
import type { AssessmentInputs, AssessmentMethod } from '@hazgov/domain/risk/types';
import { loadDemoAreas } from './demo-risk-areas.js';
import { monthlyDates } from './demo-risk-history.js';
import { seedDemo } from './seed-demo.js';
import { OWN_ENTERPRISE_ID, seedDemoRisk } from './seed-risk.js';

const NOW = new Date('2026-03-02T02:00:00.000Z'); // today in China: 2026-03-02
const TODAY = '2026-03-02';
const BOUNDARY = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../../../data/geo/conghua-boundary.geojson', import.meta.url)), 'utf8')) as Feature<Polygon>;

let a: Database;
let b: Database;
let seedMs = 0;

async function seedInto(database: Database): Promise<void> {
  const t = performance.now();
  await seedDemo({ database, now: () => NOW });
  seedMs = performance.now() - t;
}
const rowsOf = async (database: Database, table: 'risk_points' | 'map_features' | 'risk_comments' | 'risk_confirmations'): Promise<unknown[]> =>
  (await database.db.selectFrom(table).selectAll().orderBy('id').execute()).map((r) =>
    // user ids are random UUIDs (createUser): the person is compared by name instead
    Object.fromEntries(Object.entries(r as object).filter(([k]) => k !== 'author_id' && k !== 'recorded_by').map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v])));

beforeAll(async () => {
  a = await createTestDb();
  b = await createTestDb();
  await seedInto(a);
  console.log(`seedDemo (plans, enterprises, risk and map): ${seedMs.toFixed(0)} ms`);
  await seedInto(b);
}, 180_000);
afterAll(async () => { await a.close(); await b.close(); });

describe('seedDemoRisk', () => {
  it('writes a fixed number of rows, the same on a second database, and nothing on a second run', async () => {
    const count = async (database: Database, table: 'risk_points' | 'map_features' | 'map_areas' | 'risk_comments' | 'risk_confirmations' | 'risk_snapshots'): Promise<number> =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo' as never, '=', 1 as never).executeTakeFirstOrThrow()).n);
    const snapshots = Number((await a.db.selectFrom('risk_snapshots').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect({ points: await count(a, 'risk_points'), features: await count(a, 'map_features'), areas: await count(a, 'map_areas'), snapshots })
      .toEqual({ points: 1201, features: 156, areas: 41, snapshots: 132 });
    for (const t of ['risk_points', 'map_features', 'risk_comments', 'risk_confirmations'] as const) expect(await rowsOf(b, t), t).toEqual(await rowsOf(a, t));
    const again = await seedDemoRisk({ database: a, now: () => NOW });
    expect(again).toEqual({ alreadySeeded: true, counts: {} });
    expect(await count(a, 'risk_points')).toBe(1201);
  });

  it('puts every point and feature inside the district boundary', async () => {
    const points = await a.db.selectFrom('risk_points').select(['id', 'lng', 'lat']).execute();
    const features = await a.db.selectFrom('map_features').select(['id', 'lng', 'lat', 'geometry_json', 'layer']).where('is_demo', '=', 1).execute();
    const outside = [...points.filter((p) => p.lng !== null), ...features].filter((p) => !pointInGeometry([p.lng!, p.lat!], BOUNDARY.geometry)).map((p) => p.id);
    expect(outside).toEqual([]);
    expect(points.filter((p) => p.lng === null)).toEqual([]);
    for (const f of features.filter((x) => x.layer !== 'sensitive_target')) {
      const g = JSON.parse(f.geometry_json) as { type: string; coordinates: number[][] | number[][][] };
      const vertices = (g.type === 'Polygon' ? (g.coordinates as number[][][]).flat() : g.coordinates) as number[][];
      expect(vertices.filter((v) => !pointInGeometry(v, BOUNDARY.geometry)), f.id).toEqual([]);
    }
  });

  it('has every colour (few red, most yellow or blue), method and status; scores are the domain\'s', async () => {
    const rows = await a.db.selectFrom('risk_points').selectAll().execute();
    const by = (k: (r: (typeof rows)[number]) => string): Record<string, number> => rows.reduce<Record<string, number>>((m, r) => ({ ...m, [k(r)]: (m[k(r)] ?? 0) + 1 }), {});
    const levels = by((r) => r.level);
    expect(Object.keys(levels).sort()).toEqual(['blue', 'orange', 'red', 'yellow']);
    expect(levels.red!).toBeLessThan(levels.orange!);
    expect(levels.orange!).toBeLessThan(levels.yellow! + levels.blue!);
    expect(Object.keys(by((r) => r.method)).sort()).toEqual(['lec', 'ls', 'matrix']);
    expect(by((r) => r.method).lec!).toBeGreaterThan(rows.length / 2);
    expect(Object.keys(by((r) => r.status)).sort()).toEqual(['attention', 'controlled', 'out_of_control']);
    expect(by((r) => r.kind)).toMatchObject({ unit: expect.any(Number), site: expect.any(Number), enterprise: expect.any(Number), filling_station: 10, station: 8, warehouse_area: 5, pipeline_segment: 7 });
    const late = rows.filter((r) => r.next_review_on < TODAY).length;
    expect(late).toBeGreaterThan(rows.length / 20);
    expect(late).toBeLessThan(rows.length / 5);
    for (const r of rows) {
      const result = assess({ method: r.method as AssessmentMethod, inputs: JSON.parse(r.inputs_json) as AssessmentInputs }, defaultBands);
      expect([r.score, r.computed_level]).toEqual([result.score, result.level]);
      expect(r.level).toBe(r.override_level ?? r.computed_level);
      if (r.override_level) expect(r.override_reason!.length).toBeGreaterThanOrEqual(4);
      expect(JSON.parse(r.hazard_factors_json).length).toBeGreaterThan(0);
      expect(Object.values(JSON.parse(r.measures_json) as Record<string, string[]>).flat().length).toBeGreaterThan(0);
      expect(r.is_demo).toBe(1);
    }
    expect(rows.filter((r) => r.override_level).length).toBeGreaterThanOrEqual(5);
  });

  it('follows the path rule: an enterprise\'s points its path; a public place its grid cell\'s (else territory\'s)', async () => {
    const db = a.db;
    const ents = new Map((await db.selectFrom('enterprises').select(['id', 'path', 'territory_id']).execute()).map((e) => [e.id, e]));
    const orgs = new Map((await db.selectFrom('organisations').select(['id', 'path', 'parent_id']).execute()).map((o) => [o.id, o]));
    const perEnterprise = new Map<string, number>();
    for (const r of await db.selectFrom('risk_points').selectAll().execute()) {
      if (r.enterprise_id) {
        expect(r.path).toBe(ents.get(r.enterprise_id)!.path);
        expect(r.territory_id).toBe(ents.get(r.enterprise_id)!.territory_id);
        perEnterprise.set(r.enterprise_id, (perEnterprise.get(r.enterprise_id) ?? 0) + 1);
      } else {
        expect(r.path).toBe(orgs.get(r.grid_id ?? r.territory_id)!.path);
        expect(r.name.endsWith('（演示）')).toBe(true);
        if (r.grid_id) expect(orgs.get(r.grid_id)!.parent_id).toBe(r.territory_id);
      }
    }
    expect(perEnterprise.size).toBe(300);
    expect(Math.min(...perEnterprise.values())).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perEnterprise.values())).toBeLessThanOrEqual(6);
  });

  it('gives the enterprise user\'s own company a full set: a red point, posts, an override, comments and confirmations', async () => {
    const db = a.db;
    const own = await db.selectFrom('risk_points').selectAll().where('enterprise_id', '=', OWN_ENTERPRISE_ID).orderBy('id').execute();
    expect(own.map((r) => [r.name, r.level])).toEqual([
      ['甲醇储罐区', 'red'], ['甲醛生产装置', 'orange'], ['危险化学品装卸区', 'orange'], ['污水处理站', 'yellow'], ['变配电室', 'blue'], ['动火作业', 'yellow'],
    ]);
    expect(own.find((r) => r.override_level)?.computed_level).toBe('yellow');
    expect(new Set(own.flatMap((r) => JSON.parse(r.posts_json) as string[])).size).toBeGreaterThanOrEqual(5);
    expect(own.filter((r) => r.next_review_on < TODAY).map((r) => r.name)).toEqual(['动火作业']);
    const ids = own.map((r) => r.id);
    const comments = await db.selectFrom('risk_comments').selectAll().where('risk_point_id', 'in', ids).execute();
    expect(comments.filter((c) => c.author_name === '区安全监管局联络员').length).toBeGreaterThanOrEqual(2);
    expect(comments.some((c) => c.author_name === '企业安全管理员')).toBe(true);
    const ajj = await db.selectFrom('users').select('id').where('username', '=', 'ajj').executeTakeFirstOrThrow();
    expect(comments.find((c) => c.author_name === '区安全监管局联络员')?.author_id).toBe(ajj.id);
    const confirmations = await db.selectFrom('risk_confirmations').selectAll().where('risk_point_id', 'in', ids).execute();
    for (const r of own) {
      const posts = JSON.parse(r.posts_json) as string[];
      const confirmed = confirmations.filter((c) => c.risk_point_id === r.id);
      expect(new Set(confirmed.map((c) => c.post))).toEqual(new Set(posts));
      for (const c of confirmed) expect(c.confirmed_on <= TODAY && c.path === r.path).toBe(true);
    }
  });

  it('loads valid demo polygons and puts each map row in the smallest demo area holding it', async () => {
    const db = a.db;
    const areas = await db.selectFrom('map_areas').selectAll().where('is_demo', '=', 1).execute();
    expect(areas.filter((x) => x.kind === 'territory')).toHaveLength(11);
    expect(areas.every((x) => x.source === 'demo')).toBe(true);
    for (const x of areas) {
      const g = JSON.parse(x.geometry_json) as Polygon | MultiPolygon;
      expect(kinks({ type: 'Feature', properties: {}, geometry: g } as Feature<Polygon>).features, x.organisation_id).toEqual([]);
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      for (const r of rings) { expect(r.length).toBeGreaterThanOrEqual(4); expect(r[0]).toEqual(r.at(-1)); }
    }
    const look = await loadDemoAreas(db);
    for (const f of await db.selectFrom('map_features').selectAll().where('is_demo', '=', 1).execute()) {
      const hit = look.at(f.lng, f.lat);
      expect(f.path, f.name).toBe(hit ? (hit.grid ?? hit.territory).path : '/440117/');
      expect(f.name.endsWith('（演示）')).toBe(true);
    }
    // the ring around a major hazard finds something for most of the worst hazards
    const targets = await db.selectFrom('map_features').select(['lng', 'lat']).where('layer', '=', 'sensitive_target').execute();
    const hazards = await db.selectFrom('enterprise_units').select(['lng', 'lat']).where('is_major_hazard', '=', 1).where('grade', '<=', 2).execute();
    const near = hazards.filter((h) => targets.some((t) => Math.hypot((t.lng - h.lng!) * 102_000, (t.lat - h.lat!) * 111_320) <= 500));
    expect(near.length).toBeGreaterThan(hazards.length / 2);
  });

  it('writes twelve monthly snapshots per territory ending today with today\'s counts', async () => {
    const db = a.db;
    const snaps = await db.selectFrom('risk_snapshots').selectAll().orderBy('territory_id').orderBy('taken_on').execute();
    const territories = new Set(snaps.map((s) => s.territory_id));
    expect(territories.size).toBe(11);
    expect([...new Set(snaps.map((s) => s.taken_on))].sort()).toEqual(monthlyDates(TODAY));
    expect(monthlyDates(TODAY)[0]).toBe('2025-04-02');
    for (const t of territories) {
      const today = snaps.find((s) => s.territory_id === t && s.taken_on === TODAY)!;
      const points = await db.selectFrom('risk_points').select(['level', 'status', 'next_review_on']).where('territory_id', '=', t).execute();
      expect([today.red, today.orange, today.yellow, today.blue]).toEqual(['red', 'orange', 'yellow', 'blue'].map((l) => points.filter((p) => p.level === l).length));
      expect(today.out_of_control).toBe(points.filter((p) => p.status === 'out_of_control').length);
    }
  });
});
