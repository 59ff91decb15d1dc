// The map's imports, ring, layer list and settings end to end (app.inject), on SQLite and PostgreSQL.
//
// Ring distances by hand (haversine, R = 6,371,008.8 m, centre (113.600, 23.600)):
//   (113.600, 23.603): R·Δφ = 6,371,008.8 × 0.003 × π/180                                 = 333.585 m
//   (113.603, 23.602): 2R·asin√(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2))                     = 378.020 m
//   (113.604, 23.600): 2R·asin(cos 23.6° · sin(0.002° in rad)) = 2R·asin(0.916363 × 3.49066e-5) = 407.580 m
//   (113.600, 23.606): 2 × 333.585                                                         = 667.170 m (outside 500 m)
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDistrictBoundary } from '@hazgov/app/map/seed-district-boundary';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { insertSensitiveTarget, squarePolygon } from './map.test-support.js';

let s: TestServer;
let admin: Session;
let wenquan: Session;
let liangkou: Session;
const PATH_A = `/440117/${TOWN_A}/`;

beforeAll(async () => {
  s = await startTestServer();
  await seedDistrictBoundary(s.ctx);
  await insertSensitiveTarget(s.database.db, { id: 'st-1', name: '温泉中学', path: '/440117/', territoryId: null, lng: 113.6, lat: 23.603, population: 1200 });
  await insertSensitiveTarget(s.database.db, { id: 'st-2', name: '温泉卫生院', path: '/440117/', territoryId: null, lng: 113.604, lat: 23.6, population: 80, category: 'hospital' });
  await insertSensitiveTarget(s.database.db, { id: 'st-3', name: '温泉幼儿园', path: '/440117/', territoryId: null, lng: 113.603, lat: 23.602, population: 150, category: 'kindergarten' });
  await insertSensitiveTarget(s.database.db, { id: 'st-4', name: '远处小区', path: '/440117/', territoryId: null, lng: 113.6, lat: 23.606, population: 3000, category: 'dense_housing' });
  ({ admin, wenquan, liangkou } = await withRoleUsers(s, ['admin', 'wenquan', 'liangkou']));
});
afterAll(async () => { await s?.close(); });

function upload(who: Session, url: string, file: Buffer | string, fileName: string, crs = 'wgs84'): Promise<LightMyRequestResponse> {
  const b = '----hazgovmap';
  const body = Buffer.concat([
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="crs"\r\n\r\n${crs}\r\n`),
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(file) ? file : Buffer.from(file), Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return s.app.inject({ method: 'POST', url, payload: body, headers: { ...who.headers, 'content-type': `multipart/form-data; boundary=${b}` } });
}
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const feat = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const count = async (table: 'map_areas' | 'map_features' | 'audit_log') => Number((await s.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const bowtie = { type: 'Polygon', coordinates: [[[113.5, 23.5], [113.6, 23.6], [113.6, 23.5], [113.5, 23.6], [113.5, 23.5]]] };
const metres = { type: 'Polygon', coordinates: [[[12640000, 2700000], [12650000, 2700000], [12650000, 2710000], [12640000, 2710000], [12640000, 2700000]]] };
const townA = squarePolygon(113.55, 23.55, 113.7, 23.7);
const townB = squarePolygon(113.7, 23.7, 113.85, 23.85);

describe('POST /api/map/areas/import', () => {
  it('previews a bad file naming row and field for each problem, and writes nothing', async () => {
    const before = { areas: await count('map_areas'), audit: await count('audit_log') };
    const res = await upload(admin, '/api/map/areas/import?dryRun=1', fc([
      feat({ code: TOWN_A, population: 42000 }, townA), feat({ code: TOWN_B }, bowtie), feat({ name: '不存在镇' }, metres),
    ]), 'towns.geojson');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [2, 'geometry.coordinates', 'GEOJSON_SELF_INTERSECTION'],
      [3, 'geometry.coordinates[0][0]', 'GEOJSON_WRONG_CRS'],
      [3, 'properties.name', 'MAP_AREA_ORGANISATION_UNKNOWN'],
    ]);
    expect(r.errors[0].message).toContain('113.55'); // the crossing point of the bow-tie's edges (113.55, 23.55)
    expect(r.features[0]).toMatchObject({ index: 0, organisation: { id: TOWN_A, name: '温泉镇', kind: 'territory' }, ok: true, problems: [] });
    expect(r.features[0].area_km2).toBeGreaterThan(200); // 0.15° × 0.15° at 23.6° N ≈ 16.7 km × 15.3 km ≈ 255 km²
    expect(r.features[0].area_km2).toBeLessThan(300);
    expect(r.features[1].ok).toBe(false);
    expect(r.preview.type).toBe('FeatureCollection');
    expect(r.preview.features).toHaveLength(1);
    const write = await upload(admin, '/api/map/areas/import', fc([feat({ code: TOWN_A }, townA), feat({ code: TOWN_B }, bowtie)]), 'towns.geojson');
    expect(write.statusCode).toBe(400);
    expect(write.json().error.code).toBe('MAP_IMPORT_INVALID');
    expect(write.json().error.details[0]).toMatchObject({ row: 2, field: 'geometry.coordinates', code: 'GEOJSON_SELF_INTERSECTION' });
    expect({ areas: await count('map_areas'), audit: await count('audit_log') }).toEqual(before);
  });

  it('refuses a file in a projected CRS (crs member) as a whole', async () => {
    const res = await upload(admin, '/api/map/areas/import?dryRun=1', fc([feat({ code: TOWN_A }, townA)], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }), 'towns.geojson');
    expect(res.json().errors).toEqual([{ row: 0, field: 'crs', code: 'GEOJSON_WRONG_CRS', message: expect.stringContaining('WGS-84') }]);
    const json = await upload(admin, '/api/map/areas/import?dryRun=1', '{"type": "FeatureCollection",', 'broken.geojson');
    expect(json.json().errors[0]).toMatchObject({ row: 0, field: 'file', code: 'GEOJSON_INVALID' });
  });

  it('is for the district admin only', async () => {
    const res = await upload(wenquan, '/api/map/areas/import?dryRun=1', fc([feat({ code: TOWN_A }, townA)]), 'towns.geojson');
    expect(res.statusCode).toBe(403);
  });

  it('imports valid polygons (by code and by name), re-places the features inside and draws the areas layer', async () => {
    const res = await upload(admin, '/api/map/areas/import', fc([feat({ code: TOWN_A, population: 42000 }, townA), feat({ name: '良口镇' }, townB)]), 'towns.geojson');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    const placed = await s.database.db.selectFrom('map_features').select(['id', 'path', 'territory_id']).orderBy('id').execute();
    expect(placed.filter((f) => f.territory_id === TOWN_A).map((f) => f.path)).toEqual([PATH_A, PATH_A, PATH_A, PATH_A]);
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'map_area').orderBy('seq').execute();
    expect(audit).toEqual([{ action: 'map_area.imported', entity_id: TOWN_A }, { action: 'map_area.imported', entity_id: TOWN_B }]);
    const layer = await s.app.inject({ method: 'GET', url: '/api/map/features?bbox=113.2,23.3,114.1,24&layers=areas', headers: wenquan.headers });
    const areas = layer.json().features;
    expect(areas).toHaveLength(1);
    expect(areas[0].properties).toMatchObject({ layer: 'areas', id: TOWN_A, name: '温泉镇', kind: 'territory' });
    expect(areas[0].properties.level).toMatch(/^(red|orange|yellow|blue)$/); // area risk recomputed in the same transaction
    const area = await s.database.db.selectFrom('map_areas').selectAll().where('organisation_id', '=', TOWN_A).executeTakeFirstOrThrow();
    expect(area).toMatchObject({ kind: 'territory', path: PATH_A, population: 42000, source: 'towns.geojson', coord_input: 'wgs84', min_lng: 113.55, max_lat: 23.7 });
  });
});

describe('GET /api/map/ring', () => {
  it('lists the sensitive targets within the radius, nearest first, with their distances and the population', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/map/ring?lng=113.6&lat=23.6&radius=500', headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.centre).toEqual([113.6, 23.6]);
    expect(r.targets.map((t: { id: string }) => t.id)).toEqual(['st-1', 'st-3', 'st-2']);
    // PostgreSQL keeps lng/lat as 4-byte reals (≈ 0.2 m at 23.6°), hence one-metre precision
    expect(r.targets[0].distance).toBeCloseTo(333.6, 0);
    expect(r.targets[1].distance).toBeCloseTo(378.0, 0);
    expect(r.targets[2].distance).toBeCloseTo(407.6, 0);
    expect(r.population).toBe(1200 + 150 + 80);
    const wide = await s.app.inject({ method: 'GET', url: '/api/map/ring?lng=113.6&lat=23.6&radius=700', headers: admin.headers });
    expect(wide.json().targets).toHaveLength(4);
  });

  it('is scoped, checks the radius and asks for a centre', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/map/ring?lng=113.6&lat=23.6&radius=700', headers: liangkou.headers })).json().targets).toEqual([]);
    expect((await s.app.inject({ method: 'GET', url: '/api/map/ring?lng=113.6&lat=23.6&radius=20', headers: admin.headers })).statusCode).toBe(400);
    expect((await s.app.inject({ method: 'GET', url: '/api/map/ring', headers: admin.headers })).json().error.code).toBe('MAP_RING_CENTRE_REQUIRED');
    expect((await s.app.inject({ method: 'GET', url: '/api/map/ring?unitId=nope', headers: admin.headers })).statusCode).toBe(404);
  });
});

async function filledTemplate(rows: unknown[][]): Promise<Buffer> {
  const res = await s.app.inject({ method: 'GET', url: '/api/map/layers/template.xlsx', headers: admin.headers });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '敏感目标']);
  const ws = wb.getWorksheet('敏感目标')!;
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('POST /api/map/layers/import (sensitive targets from .xlsx)', () => {
  it('previews a bad row naming row and column, refuses the write, then imports the fixed file', async () => {
    const before = await count('map_features');
    const bad = await filledTemplate([
      ['温泉二小', '学校', 113.62, 23.62, 900, 'WGS84'],
      ['远方医院', '医院', 113.0, 23.0, 50, 'WGS84'], // outside the district
      ['某处', '工厂', 113.63, 23.63, 'many', ''], // unknown category, bad population
    ]);
    const dry = await upload(admin, '/api/map/layers/import?layer=sensitive_target&dryRun=1', bad, 'targets.xlsx');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [4, '经度', 'MAP_POINT_OUTSIDE_DISTRICT'],
      [5, '类别', 'MAP_CATEGORY_UNKNOWN'],
      [5, '人数', 'MAP_POPULATION_INVALID'],
    ]);
    expect(dry.json().features[0]).toMatchObject({ ok: true, organisation: { id: TOWN_A } });
    const write = await upload(admin, '/api/map/layers/import?layer=sensitive_target', bad, 'targets.xlsx');
    expect(write.statusCode).toBe(400);
    expect(await count('map_features')).toBe(before);

    const good = await filledTemplate([['温泉二小', '学校', 113.62, 23.62, 900, 'WGS84'], ['良口敬老院', '养老院', 113.75, 23.75, 60, 'GCJ02']]);
    const ok = await upload(admin, '/api/map/layers/import?layer=sensitive_target', good, 'targets.xlsx');
    expect(ok.json()).toEqual({ imported: 2 });
    const rows = await s.database.db.selectFrom('map_features').select(['name', 'category', 'path', 'territory_id', 'coord_input', 'lng', 'population']).where('source', '=', 'targets.xlsx').orderBy('name').execute();
    expect(rows.map((r) => [r.name, r.category, r.territory_id, r.coord_input, r.population])).toEqual([
      ['温泉二小', 'school', TOWN_A, 'wgs84', 900], ['良口敬老院', 'elderly_home', TOWN_B, 'gcj02', 60],
    ]);
    expect(rows[1]!.lng).toBeLessThan(113.75); // GCJ-02 → WGS-84 moves Guangdong points ~500 m west
  });

  it('imports pipelines from GeoJSON, lists them and deletes one (admin only)', async () => {
    const res = await upload(admin, '/api/map/layers/import?layer=pipeline', fc([feat({ name: '天然气管线', medium: '天然气' }, { type: 'LineString', coordinates: [[113.6, 23.6], [113.65, 23.62], [113.68, 23.65]] })]), 'pipes.geojson');
    expect(res.json()).toEqual({ imported: 1 });
    const list = await s.app.inject({ method: 'GET', url: '/api/map/layers?layer=pipeline', headers: wenquan.headers });
    expect(list.json()).toMatchObject({ total: 1, items: [{ layer: 'pipeline', name: '天然气管线', category: '天然气', territory: { id: TOWN_A, name: '温泉镇' }, source: 'pipes.geojson' }] });
    const id = list.json().items[0].id;
    expect((await s.app.inject({ method: 'GET', url: '/api/map/layers?layer=pipeline', headers: liangkou.headers })).json().total).toBe(0);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/map/layers/${id}`, headers: liangkou.headers })).statusCode).toBe(404);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/map/layers/${id}`, headers: wenquan.headers })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/map/layers/${id}`, headers: admin.headers })).statusCode).toBe(204);
    expect((await s.app.inject({ method: 'GET', url: '/api/map/layers?layer=pipeline', headers: admin.headers })).json().total).toBe(0);
  });
});

describe('/api/map/settings', () => {
  it('has tiles off by default; the admin switches on a checked URL template', async () => {
    const get = () => s.app.inject({ method: 'GET', url: '/api/map/settings', headers: wenquan.headers });
    expect((await get()).json()).toEqual({ tiles: { enabled: false, urlTemplate: '', attribution: '', subdomains: '', coordSystem: 'wgs84' } });
    const put = (who: Session, tiles: Record<string, unknown>) => s.app.inject({ method: 'PUT', url: '/api/map/settings', headers: who.headers, payload: { tiles: { enabled: true, attribution: '天地图', subdomains: '0,1,2', coordSystem: 'wgs84', ...tiles } } });
    expect((await put(admin, { urlTemplate: 'ftp://t{s}.example/{z}/{x}/{y}' })).json().error.details[0]).toMatchObject({ field: 'tiles.urlTemplate', code: 'MAP_TILES_URL_INVALID' });
    expect((await put(admin, { urlTemplate: 'https://t{s}.example/{z}/{x}.png' })).json().error.details[0]).toMatchObject({ code: 'MAP_TILES_URL_PLACEHOLDERS' });
    expect((await put(wenquan, { urlTemplate: 'https://t{s}.example/{z}/{x}/{y}' })).statusCode).toBe(403);
    const ok = await put(admin, { urlTemplate: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await get()).json().tiles).toMatchObject({ enabled: true, subdomains: '0,1,2', attribution: '天地图' });
  });
});

describe('an imported district boundary (last: it replaces the seeded one)', () => {
  it('replaces the boundary when a feature names the district, converting GCJ-02 vertices', async () => {
    const square = squarePolygon(113.2, 23.3, 114.1, 24.0);
    const res = await upload(admin, '/api/map/areas/import', fc([feat({ name: '从化区' }, square)]), 'official-boundary.geojson', 'gcj02');
    expect(res.json()).toEqual({ imported: 1 });
    const b = (await s.app.inject({ method: 'GET', url: '/api/map/boundary', headers: wenquan.headers })).json();
    expect(b.properties).toMatchObject({ id: '440117', name: '从化区', source: 'official-boundary.geojson', licence: '', coordInput: 'gcj02' });
    const [lng, lat] = b.geometry.coordinates[0][0];
    // GCJ-02 → WGS-84 in Guangdong: ≈ 0.0053° west and 0.0026° north (GCJ-02 shifts points east and south)
    expect(lng).toBeLessThan(113.2);
    expect(lat).toBeGreaterThan(23.3);
    expect(await count('map_areas')).toBe(3); // the district, 温泉镇, 良口镇: the seeded boundary was replaced, not doubled
  });
});
