// The map's bounding-box reads on both databases: counts, scope, filters, major hazards at the unit's position or
// the enterprise's, worst grade / level of an enterprise, bbox overlap of shapes, areas with their risk, and
// clustering whose cell counts add up to the layer's total.
//
// Hand layout: T1 holds 3,000 risk points on a 100 × 30 grid from (113.500, 23.500), step 0.001° (every 10th red,
// the rest blue); T2 holds 5 points from (113.800, 23.800). Enterprises: e1 in T1 at (113.51, 23.51) with a grade-2
// unit at its own position (113.52, 23.52) and a grade-1 unit without one; e2 in T2 at (113.81, 23.81), no position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDb } from '../test-db.js';
import * as repo from './features.repository.js';

let database: Database;
const AT = '2026-03-02T02:00:00.000Z';
const all = { paths: ['/'], all: true };
const t1 = { paths: ['/D/T1/'], all: false };
const BOX = { minLng: 113, minLat: 23, maxLng: 114.5, maxLat: 24.5 };
const q = (over: Partial<repo.LayerQuery> = {}): repo.LayerQuery => ({ scope: all, bbox: BOX, filters: {}, today: '2026-03-02', ...over });

beforeAll(async () => {
  database = await createTestDb();
  const db = database.db;
  const org = (id: string, parent: string | null, kind: string, path: string) => ({ id, parent_id: parent, kind, code: null, name: `名-${id}`, name_en: null, path, sort: 0, created_at: AT });
  await db.insertInto('organisations').values([
    org('D', null, 'district', '/D/'), org('T1', 'D', 'territory', '/D/T1/'), org('T2', 'D', 'territory', '/D/T2/'),
    org('o-e1', 'T1', 'enterprise', '/D/T1/o-e1/'), org('o-e2', 'T2', 'enterprise', '/D/T2/o-e2/'),
  ]).execute();
  const ent = (id: string, t: string, lng: number | null, lat: number | null) => ({
    id, organisation_id: `o-${id}`, path: `/D/${t}/o-${id}/`, territory_id: t, grid_id: null, name: `企业-${id}`, uscc: `U-${id}`, legal_representative: null, address: null,
    lng, lat, coord_input: 'wgs84', industry: null, activities: '["storage"]', status: 'operating', contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: AT, updated_at: AT,
  });
  await db.insertInto('enterprises').values([ent('e1', 'T1', 113.51, 23.51), ent('e2', 'T2', null, null)]).execute();
  const unit = (id: string, e: string, t: string, grade: number, lng: number | null, lat: number | null) => ({
    id, enterprise_id: e, site_id: null, path: `/D/${t}/o-${e}/`, name: `单元-${id}`, kind: 'storage', facility: null, lng, lat, population_500m: null, population_source: null,
    is_major_hazard: 1, grade, s_exact: null, s_value: null, r_exact: null, r_value: grade * 10, ident_json: null, identified_at: null,
  });
  await db.insertInto('enterprise_units').values([unit('u1', 'e1', 'T1', 2, 113.52, 23.52), unit('u2', 'e1', 'T1', 1, null, null), unit('u3', 'e2', 'T2', 3, null, null)]).execute();
  const point = (id: string, t: string, lng: number, lat: number, level: string, enterprise: string | null = null) => ({
    id, path: enterprise ? `/D/${t}/o-${enterprise}/` : `/D/${t}/`, enterprise_id: enterprise, site_id: null, unit_id: null, territory_id: t, grid_id: null, kind: enterprise ? 'enterprise' : 'station',
    name: id, location: null, lng, lat, coord_input: 'wgs84', posts_json: '[]', hazard_factors_json: '[]', accident_types_json: '[]', method: 'lec', inputs_json: '{}', score: 1,
    computed_level: level, override_level: null, override_reason: null, override_by: null, override_at: null, level, control_level: 'post', responsible_department: 'x',
    responsible_person: 'x', responsible_phone: null, measures_json: '{}', emergency_text: null, status: level === 'red' ? 'attention' : 'controlled', review_interval_days: 30,
    last_reviewed_on: null, next_review_on: id === 'p-0' ? '2026-01-01' : '2027-01-01', review_warned_for: null, created_at: AT, updated_at: AT,
  });
  const rows = Array.from({ length: 3000 }, (_, i) => point(`p-${i}`, 'T1', 113.5 + (i % 100) * 0.001, 23.5 + Math.floor(i / 100) * 0.001, i % 10 === 0 ? 'red' : 'blue'));
  rows.push(...Array.from({ length: 5 }, (_, i) => point(`q-${i}`, 'T2', 113.8 + i * 0.001, 23.8, 'orange')));
  rows.push(point('pe1', 'T1', 113.51, 23.511, 'orange', 'e1'));
  for (let i = 0; i < rows.length; i += 300) await db.insertInto('risk_points').values(rows.slice(i, i + 300)).execute();
  const feature = (id: string, t: string, layer: string, geometry: { type: string; coordinates: unknown }, box: [number, number, number, number], category: string | null) => ({
    id, path: `/D/${t}/`, territory_id: t, layer, category, name: id, geometry_json: JSON.stringify(geometry), lng: box[0], lat: box[1], min_lng: box[0], min_lat: box[1],
    max_lng: box[2], max_lat: box[3], population: 10, properties_json: '{}', source: 't', coord_input: 'wgs84', created_at: AT, created_by: null,
  });
  await db.insertInto('map_features').values([
    feature('s1', 'T1', 'sensitive_target', { type: 'Point', coordinates: [113.55, 23.55] }, [113.55, 23.55, 113.55, 23.55], 'school'),
    feature('s2', 'T2', 'sensitive_target', { type: 'Point', coordinates: [113.85, 23.85] }, [113.85, 23.85, 113.85, 23.85], 'hospital'),
    // a pipeline crossing a small view whose vertices all lie outside it: found by bbox overlap
    feature('l1', 'T1', 'pipeline', { type: 'LineString', coordinates: [[113.4, 23.4], [113.7, 23.7]] }, [113.4, 23.4, 113.7, 23.7], '天然气'),
  ]).execute();
  const square = (a: number, b: number, c: number, d: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[a, b], [c, b], [c, d], [a, d], [a, b]]] });
  await db.insertInto('map_areas').values([
    { organisation_id: 'T1', path: '/D/T1/', kind: 'territory', geometry_json: square(113.4, 23.4, 113.7, 23.7), min_lng: 113.4, min_lat: 23.4, max_lng: 113.7, max_lat: 23.7, population: 1000, source: 't', coord_input: 'wgs84', imported_at: AT, imported_by: null },
    { organisation_id: 'D', path: '/D/', kind: 'district', geometry_json: square(113, 23, 114.5, 24.5), min_lng: 113, min_lat: 23, max_lng: 114.5, max_lat: 24.5, population: null, source: 't', coord_input: 'gcj02', imported_at: AT, imported_by: null },
  ]).execute();
  await db.insertInto('area_risk').values({ organisation_id: 'T1', path: '/D/T1/', kind: 'territory', level: 'red', score: 12, factors_json: '{}', supervision_months: 1, computed_at: AT }).execute();
});
afterAll(async () => { await database?.close(); });

describe('risk points', () => {
  it('counts in the box, by scope and filters', async () => {
    const db = database.db;
    expect(await repo.countRiskPoints(db, q())).toBe(3006);
    expect(await repo.countRiskPoints(db, q({ scope: t1 }))).toBe(3001);
    expect(await repo.countRiskPoints(db, q({ filters: { levels: ['red'] } }))).toBe(300);
    expect(await repo.countRiskPoints(db, q({ filters: { riskStatus: 'attention' } }))).toBe(300);
    expect(await repo.countRiskPoints(db, q({ filters: { underPath: '/D/T2/' } }))).toBe(5);
    // 0.0095° from the corner: columns 0–9 and rows 0–9 = 100 points, plus pe1 at (113.51, 23.511)? no: 113.51 > 113.5095
    expect(await repo.countRiskPoints(db, q({ bbox: { minLng: 113.5, minLat: 23.5, maxLng: 113.5095, maxLat: 23.5095 } }))).toBe(100);
  });

  it('clusters into cells whose counts add up to the total, with the worst level of each', async () => {
    const cell = 0.0103; // zoom 13
    const clusters = await repo.riskPointClusters(database.db, q({ scope: t1 }), cell);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(3001);
    // Cells from the box corner (113, 23), 0.0103° wide: columns floor(0.500/0.0103) = 48 … floor(0.599/0.0103) = 58 (11),
    // rows floor(0.500/0.0103) = 48 … floor(0.529/0.0103) = 51 (4) → 44 cells. Red columns lie at 113.50, 113.51 … 113.59,
    // in cell columns 48, 49 … 57: only column 58 (113.5974–113.6077) holds no red point → 4 cells blue (rank 4), 40 red.
    expect(clusters).toHaveLength(44);
    expect(clusters.filter((c) => c.worst === 1)).toHaveLength(40);
    expect(clusters.filter((c) => c.worst === 4)).toHaveLength(4);
    for (const c of clusters) {
      expect(c.lng).toBeGreaterThanOrEqual(113.5);
      expect(c.lng).toBeLessThanOrEqual(113.6);
    }
  });

  it('answers rows with the enterprise and the late review', async () => {
    // (not exactly on the edge: PostgreSQL keeps lng/lat as 4-byte reals, 113.51 reads back as 113.5100021)
    const rows = await repo.riskPointPoints(database.db, q({ bbox: { minLng: 113.5, minLat: 23.5, maxLng: 113.5105, maxLat: 23.5115 } }));
    expect(rows.find((r) => r.id === 'pe1')).toMatchObject({ enterprise_id: 'e1', enterprise_name: '企业-e1', level: 'orange', review_late: false });
    expect(rows.find((r) => r.id === 'p-0')).toMatchObject({ review_late: true, enterprise_id: null });
  });
});

describe('enterprises and major hazards', () => {
  it('gives an enterprise its worst grade and worst risk level; one without a position is not on the map', async () => {
    expect(await repo.countEnterprises(database.db, q())).toBe(1);
    const [e] = await repo.enterprisePoints(database.db, q());
    expect(e).toMatchObject({ id: 'e1', territory_name: '名-T1', worst_grade: 1, worst_level_rank: 2, lng: 113.51, lat: 23.51 });
    expect(await repo.countEnterprises(database.db, q({ filters: { grades: [3] } }))).toBe(0);
    const c = await repo.enterpriseClusters(database.db, q(), 1);
    expect(c.map((x) => [x.count, x.worst])).toEqual([[1, 1]]); // e1's worst unit is grade 1
  });

  it('places a major hazard at its unit, else at its enterprise', async () => {
    const rows = await repo.majorHazardPoints(database.db, q());
    expect(rows.map((r) => [r.id, r.lng, r.lat, r.grade])).toEqual([['u1', 113.52, 23.52, 2], ['u2', 113.51, 23.51, 1]]);
    expect(await repo.countMajorHazards(database.db, q({ filters: { grades: [2] } }))).toBe(1);
    const clusters = await repo.majorHazardClusters(database.db, q(), 1);
    expect(clusters).toEqual([{ count: 2, lng: expect.closeTo(113.515, 5), lat: expect.closeTo(23.515, 5), worst: 1 }]);
  });
});

describe('features and areas', () => {
  it('finds shapes by bbox overlap and points in the box, by layer, scope and category', async () => {
    const small = { minLng: 113.6, minLat: 23.6, maxLng: 113.61, maxLat: 23.61 }; // no vertex of l1 inside
    expect((await repo.featureRows(database.db, 'pipeline', q({ bbox: small }))).map((r) => r.id)).toEqual(['l1']);
    expect(await repo.countFeatures(database.db, 'sensitive_target', q())).toBe(2);
    expect(await repo.countFeatures(database.db, 'sensitive_target', q({ scope: t1 }))).toBe(1);
    expect(await repo.countFeatures(database.db, 'sensitive_target', q({ filters: { category: 'hospital' } }))).toBe(1);
    const c = await repo.featureClusters(database.db, 'sensitive_target', q(), 1);
    expect(c.reduce((n, x) => n + x.count, 0)).toBe(2);
  });

  it('answers territory polygons with their area risk (the district boundary is not an area)', async () => {
    const rows = await repo.areaRows(database.db, q());
    expect(rows.map((r) => [r.id, r.name, r.kind, r.level, r.score, r.supervision_months])).toEqual([['T1', '名-T1', 'territory', 'red', 12, 1]]);
    expect(await repo.countAreas(database.db, q())).toBe(1);
    expect(await repo.areaRows(database.db, q({ scope: { paths: ['/D/T2/'], all: false } }))).toEqual([]);
  });
});
