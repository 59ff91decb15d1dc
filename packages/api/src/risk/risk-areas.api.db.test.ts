// Risk settings, area risk and the dashboard end to end (app.inject) — SQLite, and PostgreSQL through pg-throwaway.
// Today is 2026-03-02 (China). Records are written straight into the tables (risk point writes are tested by H1's
// suite); the area recompute a point write triggers is called as the write does: recomputeAreasOf in a transaction.
//
// Hand calculation (default area rule, docs/risk-area-rule.md):
//   温泉镇 A: enterprise ea (unit grade 3); points pA1 LS l3 s4 R12 (yellow by the default LS bands 9–12), pA2 public
//     blue; 42,000 residents. Score = 10 (grade 3) + 0 (yellow, blue) + 2.1 (4.2 × 0.5) = 12.1 → yellow (≥10), 6 months.
//   Add pA3 red: + 10 = 22.1 → still yellow by score, but the red-point floor lifts it to orange (3 months).
//   良口镇 B: public point pB1 orange out of control: 0.5 → blue by score, lifted to orange by the out-of-control floor.
//   LS bands saved as red ≥16, orange ≥12, yellow ≥6, blue ≥0: pA1's R = 12 turns orange; pOv (R 12, overridden to
//   blue by a regulator) gets computed_level orange but keeps level blue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { recomputeAreasOf } from '@hazgov/app/risk/recompute-areas';
import { takeRiskSnapshot } from '@hazgov/app/risk/take-risk-snapshot';
import { inTransaction } from '@hazgov/app/shared/transaction';
import { seedAreaPolygon, seedEnterpriseWithUnits, seedPoint } from '@hazgov/db/risk/area-risk.test-support';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import type { RiskBands } from '@hazgov/domain/risk/types';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';

let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let inspector: Session;
let entA: Session;

const GRID_A = `${TOWN_A}-g1`;
type Area = { organisation: { id: string; kind: string }; level: string; score: number; reasons: string[]; supervisionMonths: number; factors: Record<string, unknown>; hasPolygon: boolean };

beforeAll(async () => {
  s = await startTestServer();
  const db = s.database.db;
  await seedEnterpriseWithUnits(db, { id: 'ea', territoryId: TOWN_A, industry: '危险化学品经营', grades: [3] });
  await seedPoint(db, { id: 'pA1', territoryId: TOWN_A, enterpriseId: 'ea', level: 'yellow', method: 'ls', inputs: { l: 3, s: 4 }, score: 12 });
  await seedPoint(db, { id: 'pOv', territoryId: TOWN_A, enterpriseId: 'ea', level: 'blue', computedLevel: 'yellow', overrideLevel: 'blue', method: 'ls', inputs: { l: 4, s: 3 }, score: 12 });
  await seedPoint(db, { id: 'pA2', territoryId: TOWN_A, level: 'blue', method: 'ls', inputs: { l: 1, s: 2 }, score: 2 });
  await seedPoint(db, { id: 'pB1', territoryId: TOWN_B, level: 'orange', status: 'out_of_control', method: 'ls', inputs: { l: 3, s: 5 }, score: 15 });
  await seedAreaPolygon(db, { orgId: TOWN_A, kind: 'territory', population: 42_000 });
  // seedEnterpriseWithUnits names the enterprise's organisation org-<id>.
  ({ admin, ajj, wenquan, liangkou, inspector, enta: entA } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'inspector', 'enta'], {
    change: { admin: { displayName: '区管理员' }, enta: { organisationId: 'org-ea' } },
  }));
});
afterAll(async () => s?.close());

const get = (who: Session, url: string, lang = 'zh-CN') => s.app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': lang } });
const put = (who: Session, url: string, payload: unknown, lang = 'zh-CN') => s.app.inject({ method: 'PUT', url, payload: payload as object, headers: { ...who.headers, 'accept-language': lang } });
const post = (who: Session, url: string) => s.app.inject({ method: 'POST', url, headers: who.headers });
const areas = async (who: Session, query = ''): Promise<Area[]> => (await get(who, `/api/risk/areas${query}`)).json<{ items: Area[] }>().items;
const lsBands: RiskBands = { ...defaultBands, ls: [{ level: 'red', min: 16 }, { level: 'orange', min: 12 }, { level: 'yellow', min: 6 }, { level: 'blue', min: 0 }], basis: '区定：LS R≥16 重大' };

describe('risk settings', () => {
  it('answers the defaults to every signed-in user', async () => {
    const res = await get(entA, '/api/risk/settings');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ bands: RiskBands; supervisionFrequency: unknown; defaults: { bands: RiskBands }; updatedAt: null }>();
    expect(body.bands.ls).toEqual(defaultBands.ls);
    expect(body.supervisionFrequency).toEqual({ red: 1, orange: 3, yellow: 6, blue: 12 });
    expect(body.defaults.bands).toEqual(defaultBands);
    expect(body.updatedAt).toBeNull();
  });

  it('refuses a save by anyone but the district admin (403), and changes nothing', async () => {
    for (const who of [ajj, wenquan, inspector, entA]) expect((await put(who, '/api/risk/settings', { bands: lsBands })).statusCode).toBe(403);
    expect((await s.database.db.selectFrom('risk_settings').selectAll().execute()).length).toBe(0);
  });

  it('refuses bands that do not descend, naming the field in Chinese and English', async () => {
    const bad = { bands: { ...defaultBands, ls: [{ level: 'red', min: 20 }, { level: 'orange', min: 20 }, { level: 'yellow', min: 9 }, { level: 'blue', min: 0 }] } };
    const zh = await put(admin, '/api/risk/settings', bad);
    expect(zh.statusCode).toBe(400);
    const zhBody = zh.json<{ error: { code: string; details: { field: string; code: string; message: string }[] } }>().error;
    expect(zhBody.code).toBe('RISK_BANDS_INVALID');
    expect(zhBody.details).toEqual([{ field: 'bands.ls.1.min', code: 'RISK_BANDS_NOT_DESCENDING', message: 'LS 分级第 2 档的下限 20（bands.ls.1.min）须小于上一档的下限 20' }]);
    const en = (await put(admin, '/api/risk/settings', bad, 'en')).json<{ error: { message: string; details: { message: string }[] } }>().error;
    expect(en.message).toMatch(/risk bands/);
    expect(en.details[0]!.message).toBe('The minimum 20 of LS band 2 (bands.ls.1.min) must be below the band above it (20).');
    // thresholds and frequencies are checked the same way
    const rule = (await get(admin, '/api/risk/settings')).json<{ areaRule: { thresholds: object } }>().areaRule;
    const r2 = await put(admin, '/api/risk/settings', { areaRule: { ...rule, thresholds: { red: 10, orange: 30, yellow: 5 } } });
    expect(r2.json<{ error: { code: string; details: { field: string }[] } }>().error).toMatchObject({ code: 'RISK_AREA_RULE_INVALID', details: [{ field: 'areaRule.thresholds.red' }] });
    const r3 = await put(admin, '/api/risk/settings', { supervisionFrequency: { red: 1, orange: 3, yellow: 6, blue: 36 } });
    expect(r3.json<{ error: { code: string; details: { field: string }[] } }>().error).toMatchObject({ code: 'RISK_FREQUENCY_INVALID', details: [{ field: 'supervisionFrequency.blue' }] });
    expect((await s.database.db.selectFrom('risk_settings').selectAll().execute()).length).toBe(0);
  });

  it('admin saves LS bands: a point turns orange, an overridden point keeps its grade, areas are recomputed, audited', async () => {
    // a point whose stored inputs fit no scale (L 7) keeps its level instead of blocking the save
    await seedPoint(s.database.db, { id: 'pBad', territoryId: TOWN_B, level: 'yellow', method: 'ls', inputs: { l: 7, s: 3 }, score: 21 });
    const res = await put(admin, '/api/risk/settings', { bands: lsBands });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ bands: { ls: lsBands.ls, basis: '区定：LS R≥16 重大' }, updatedBy: '区管理员' });
    const points = await s.database.db.selectFrom('risk_points').select(['id', 'computed_level', 'level']).orderBy('id').execute();
    expect(points).toEqual([
      { id: 'pA1', computed_level: 'orange', level: 'orange' }, // R 12 ≥ 12
      { id: 'pA2', computed_level: 'blue', level: 'blue' }, // R 2
      { id: 'pB1', computed_level: 'orange', level: 'orange' }, // R 15: orange under both
      { id: 'pBad', computed_level: 'yellow', level: 'yellow' }, // not re-graded
      { id: 'pOv', computed_level: 'orange', level: 'blue' }, // the regulator's blue stands
    ]);
    await s.database.db.deleteFrom('risk_points').where('id', '=', 'pBad').execute();
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'entity', 'after_json']).where('entity', '=', 'risk_settings').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ regradedPoints: 2 });
    // every area got a row in the same transaction
    expect((await areas(admin)).length).toBe(6); // fixture: 3 territories, 3 grid cells
    // back to the defaults for the tests below
    expect((await put(admin, '/api/risk/settings', { bands: defaultBands })).statusCode).toBe(200);
    expect((await s.database.db.selectFrom('risk_points').select('level').where('id', '=', 'pA1').executeTakeFirstOrThrow()).level).toBe('yellow');
  });
});

describe('area risk', () => {
  it('lists areas with factors and the rules that fired; a red point lifts the town to orange', async () => {
    expect((await post(admin, '/api/risk/areas/recompute')).json()).toEqual({ count: 6 });
    const before = (await areas(admin, '?kind=territory')).find((a) => a.organisation.id === TOWN_A)!;
    // 10 (grade 3) + 0 (pA1 yellow; pA2 blue, pOv overridden to blue) + 2.1 (42,000 residents) = 12.1
    expect(before).toMatchObject({ level: 'yellow', score: 12.1, reasons: ['threshold.yellow'], supervisionMonths: 6, hasPolygon: true });
    expect(before.factors).toEqual({ majorHazards: { 1: 0, 2: 0, 3: 1, 4: 0 }, riskPoints: { red: 0, orange: 0, yellow: 1, blue: 2 }, outOfControl: 0, sensitiveTargets: 0, population: 42_000 });

    await seedPoint(s.database.db, { id: 'pA3', territoryId: TOWN_A, gridId: GRID_A, level: 'red', method: 'ls', inputs: { l: 5, s: 5 }, score: 25 });
    await inTransaction(s.ctx, (trx) => recomputeAreasOf(trx, s.ctx, [TOWN_A, GRID_A]));
    const after = await areas(wenquan);
    const town = after.find((a) => a.organisation.id === TOWN_A)!;
    expect(town).toMatchObject({ level: 'orange', score: 22.1, reasons: ['threshold.yellow', 'floor.redRiskPoint'], supervisionMonths: 3 });
    // the grid cell: 10 → yellow by score, red-point floor → orange; no polygon, residents unknown
    expect(after.find((a) => a.organisation.id === GRID_A)).toMatchObject({ level: 'orange', score: 10, reasons: ['threshold.yellow', 'floor.redRiskPoint', 'population.unknown'], hasPolygon: false });
    // the territory user sees only its town and grid cells
    expect(after.map((a) => a.organisation.id).sort()).toEqual([TOWN_A, `${TOWN_A}-g1`, `${TOWN_A}-g2`].sort());
    expect((await areas(liangkou, '?level=orange')).map((a) => a.organisation.id)).toEqual([TOWN_B]); // out-of-control floor
    expect((await get(liangkou, `/api/risk/areas?territoryId=${TOWN_A}`)).statusCode).toBe(404);
  });

  it('only the district admin recomputes by hand', async () => {
    for (const who of [ajj, wenquan, entA]) expect((await post(who, '/api/risk/areas/recompute')).statusCode).toBe(403);
  });
});

describe('risk dashboard', () => {
  it('counts for a territory user cover only its territory; the admin sees both', async () => {
    await takeRiskSnapshot(s.ctx, '2026-03-02');
    const mine = (await get(wenquan, '/api/risk/dashboard')).json<Record<string, unknown>>();
    expect(mine).toMatchObject({
      byLevel: { red: 1, orange: 0, yellow: 1, blue: 2 }, // pA3 · — · pA1 · pA2, pOv
      byStatus: { controlled: 4, attention: 0, out_of_control: 0 },
      reviewLate: 0,
      byTerritory: [{ id: TOWN_A, name: '温泉镇', red: 1, orange: 0, yellow: 1, blue: 2 }],
      trend: [{ month: '2026-03', red: 1, orange: 0, yellow: 1, blue: 2 }],
      attention: [],
    });
    // two points each: the bucket with a red point first
    expect(mine.byIndustry).toEqual([
      { industry: 'public_place', red: 1, orange: 0, yellow: 0, blue: 1 },
      { industry: '危险化学品经营', red: 0, orange: 0, yellow: 1, blue: 1 },
    ]);
    const all = (await get(admin, '/api/risk/dashboard')).json<{ byLevel: object; byTerritory: { id: string }[]; attention: { id: string; territory: { id: string } }[]; areas: object }>();
    expect(all.byLevel).toEqual({ red: 1, orange: 1, yellow: 1, blue: 2 });
    expect(all.byTerritory.map((t) => t.id)).toEqual(expect.arrayContaining([TOWN_A, TOWN_B]));
    expect(all.attention.map((a) => a.id)).toEqual(['pB1']); // orange out of control; pA3 red but controlled and on time
    const narrowed = (await get(admin, `/api/risk/dashboard?territoryId=${TOWN_B}`)).json<{ byLevel: object }>();
    expect(narrowed.byLevel).toEqual({ red: 0, orange: 1, yellow: 0, blue: 0 });
    expect((await get(liangkou, `/api/risk/dashboard?territoryId=${TOWN_A}`)).statusCode).toBe(404);
    expect((await get(liangkou, '/api/risk/dashboard')).json()).toMatchObject({ byLevel: { red: 0, orange: 1, yellow: 0, blue: 0 }, attention: [{ id: 'pB1' }] });
  });
});
