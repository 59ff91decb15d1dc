// Risk points through HTTP (app.inject) on a real database: an enterprise records a point on its own unit, the
// district's department overrides its grade, scope and roles are enforced, bad input names its field in both
// languages and writes nothing — SQLite here, PostgreSQL with `bash scripts/pg-throwaway.sh run -- …`.
//
// Hand calculations (bands: data/standards/risk-grading-methods.json, defaults in domain/risk/assessment.ts):
//   LEC L6 (相当可能) × E6 (每天工作时间内暴露) × C15 (非常严重，一人死亡) = 540 ≥ 320 → red (重大)
//   LEC L3 × E6 × C7 = 126: 70 ≤ 126 < 160 → yellow (一般)
//   LS  L4 × S5 = 20 ≥ 20 → red
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { runRiskReviewCheck } from '@hazgov/app/risk/run-risk-review-check';
import { gcj02ToWgs84 } from '@hazgov/domain/shared/gcj02';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { ENTERPRISE_A, ENTERPRISE_B, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let entA: Session;
let entB: Session;

beforeAll(async () => {
  s = await startTestServer();
  await seedEnterprise(s, { ...ENTERPRISE_A, units: [{ id: 'u1', name: '1号储罐区', population: 120, lines: [] }] });
  await seedEnterprise(s, { ...ENTERPRISE_B, units: [{ id: 'u4', name: '液氯罐区', population: 10, lines: [] }] });
  ({ admin, ajj, wenquan, liangkou, enta: entA, entb: entB } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'enta', 'entb'], {
    change: { ajj: { displayName: '区安监局检查员' } },
  }));
});
afterAll(async () => s?.close());
/** Moves the clock (sessions expire after 30 idle minutes, so sign in again at the new time). */
async function moveClock(iso: string): Promise<void> {
  s.clock.set(iso);
  admin = await s.login('admin');
  entA = await s.login('enta');
  wenquan = await s.login('wenquan');
  ajj = await s.login('ajj');
}

type Res = Awaited<ReturnType<TestServer['app']['inject']>>;
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', who: Session, url: string, payload?: unknown, lang = 'zh-CN'): Promise<Res> =>
  s.app.inject({ method, url, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });
const get = (who: Session, url: string, lang?: string) => call('GET', who, url, undefined, lang);
const post = (who: Session, url: string, payload: unknown, lang?: string) => call('POST', who, url, payload, lang);
const put = (who: Session, url: string, payload: unknown, lang?: string) => call('PUT', who, url, payload, lang);
const del = (who: Session, url: string, payload?: unknown) => call('DELETE', who, url, payload);
const count = async (table: 'risk_points' | 'audit_log' | 'risk_comments' | 'risk_confirmations' | 'notifications') =>
  Number((await s.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const unitPoint = (extra: Record<string, unknown> = {}) => ({
  kind: 'unit', enterpriseId: 'ea', unitId: 'u1', name: '1号储罐区 甲醇储罐', location: '罐区东侧', posts: ['罐区操作工', '装卸工'],
  hazardFactors: ['甲醇泄漏', '静电'], accidentTypes: ['火灾', '爆炸', '中毒和窒息'], assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 } },
  controlLevel: 'company', responsibleDepartment: '安全环保部', responsiblePerson: '张三', responsiblePhone: '13800138000',
  measures: { engineering: ['可燃气体报警'], management: ['巡检制度'], training: [], ppe: ['防静电服'], emergency: ['泄漏应急处置卡'] },
  emergencyText: '发现泄漏立即关闭进料阀', status: 'controlled', reviewIntervalDays: 90, ...extra,
});

const publicPoint = (extra: Record<string, unknown> = {}) => ({
  ...unitPoint(), kind: 'filling_station', enterpriseId: null, unitId: null, territoryId: TOWN_A, name: '温泉加油站 卸油区',
  assessment: { method: 'ls', inputs: { l: 3, s: 3 } }, ...extra, // LS 3×3 = 9 → yellow (9–12)
});
const errorOf = (res: Res) => res.json().error as { code: string; message: string; details?: { field?: string; code: string; message: string }[] };
const fieldsOf = (res: Res) => (errorOf(res).details ?? []).map((d) => d.field);

describe('risk points', () => {
  let pointId = '';
  let version = 1;

  it('an enterprise user records a LEC point on its own unit and sees it red (6×6×15 = 540 ≥ 320)', async () => {
    const res = await post(entA, '/api/risk/points', unitPoint());
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    pointId = p.id;
    expect(p).toMatchObject({
      kind: 'unit', enterprise: { id: 'ea', name: '温泉化工有限公司' }, unitId: 'u1', territory: { id: TOWN_A, name: '温泉镇' }, grid: null,
      assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 }, score: 540, level: 'red', band: { level: 'red', min: 320, max: null } },
      computedLevel: 'red', level: 'red', override: null, canEdit: true, canOverride: false, version: 1, reviewLate: false,
      lastReviewedOn: null, nextReviewOn: '2026-05-31', // created 2026-03-02 + 90 days: 29 left in March + 30 + 31 → 05-31
      measures: { engineering: ['可燃气体报警'], training: [] }, posts: ['罐区操作工', '装卸工'], coordinates: null,
    });
    const row = await s.database.db.selectFrom('risk_points').select(['path', 'territory_id']).where('id', '=', pointId).executeTakeFirstOrThrow();
    expect(row).toEqual({ path: `/440117/${TOWN_A}/ent-a/`, territory_id: TOWN_A });
    expect((await get(entA, `/api/risk/points/${pointId}`)).json().id).toBe(pointId);
    const list = (await get(wenquan, '/api/risk/points?level=red,orange')).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items[0]).not.toHaveProperty('measures');
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'entity']).where('entity_id', '=', pointId).execute();
    expect(audit).toEqual([{ action: 'risk_point.created', entity: 'risk_point' }]);
  });

  it('a department user cannot edit it, but overrides it to orange with a reason; the enterprise is told', async () => {
    const seen = (await get(ajj, `/api/risk/points/${pointId}`)).json();
    expect(seen).toMatchObject({ canEdit: false, canOverride: true });
    expect((await put(ajj, `/api/risk/points/${pointId}`, { ...unitPoint(), version: 1 })).statusCode).toBe(403);
    expect((await post(entA, `/api/risk/points/${pointId}/override`, { level: 'blue', reason: '自己降级试试' })).statusCode).toBe(403);
    const short = await post(ajj, `/api/risk/points/${pointId}/override`, { level: 'orange', reason: '太短' }, 'en');
    expect(short.statusCode).toBe(400);
    expect(errorOf(short)).toMatchObject({ code: 'RISK_OVERRIDE_REASON_REQUIRED', details: [{ field: 'reason' }] });
    expect(errorOf(short).message).toContain('at least 4 characters');

    const res = await post(ajj, `/api/risk/points/${pointId}/override`, { level: 'orange', reason: '已加装紧急切断阀，现场核查后降为较大风险' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ level: 'orange', computedLevel: 'red', override: { level: 'orange', reason: '已加装紧急切断阀，现场核查后降为较大风险', by: '区安监局检查员' } });
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'actor_name']).where('entity_id', '=', pointId).where('action', '=', 'risk_point.overridden').execute();
    expect(audit).toEqual([{ action: 'risk_point.overridden', actor_name: '区安监局检查员' }]);
    const told = await s.database.db.selectFrom('notifications').select(['organisation_id', 'path', 'title']).where('kind', '=', 'risk_override').execute();
    expect(told).toEqual([{ organisation_id: 'ent-a', path: `/440117/${TOWN_A}/ent-a/`, title: expect.stringContaining('较大风险') }]);
    expect((await get(wenquan, '/api/risk/points?level=orange')).json().total).toBe(1);
    expect((await get(wenquan, '/api/risk/points?level=red')).json().total).toBe(0);
  });

  it('another territory or enterprise gets 404 for the point and its parts, and lists nothing of it', async () => {
    for (const who of [liangkou, entB]) {
      expect((await get(who, `/api/risk/points/${pointId}`)).statusCode).toBe(404);
      expect((await get(who, `/api/risk/points/${pointId}/comments`)).statusCode).toBe(404);
      expect((await get(who, `/api/risk/points/${pointId}/history`)).statusCode).toBe(404);
      expect((await post(who, `/api/risk/points/${pointId}/override`, { level: 'blue', reason: '越权调整测试' })).statusCode).toBe(404);
      expect((await del(who, `/api/risk/points/${pointId}`)).statusCode).toBe(404);
      expect((await get(who, '/api/risk/points')).json().total).toBe(0);
    }
    expect((await post(entA, '/api/risk/points', unitPoint({ unitId: 'u4' }))).json().error.code).toBe('RISK_POINT_UNIT_NOT_OF_ENTERPRISE');
    expect((await post(entA, '/api/risk/points', unitPoint({ enterpriseId: 'eb', unitId: 'u4' }))).json().error.code).toBe('RISK_POINT_ENTERPRISE_UNKNOWN');
    expect((await post(entB, '/api/risk/points', unitPoint())).json().error.code).toBe('RISK_POINT_ENTERPRISE_UNKNOWN');
    expect((await post(wenquan, '/api/risk/points', unitPoint())).statusCode).toBe(403); // a town reads enterprise points but does not write them
  });

  it('off-scale inputs are refused naming each field, in Chinese and English, and nothing is written', async () => {
    const before = [await count('risk_points'), await count('audit_log')];
    const zh = await post(entA, '/api/risk/points', unitPoint({ assessment: { method: 'lec', inputs: { l: 5, e: 4, c: 15 } }, hazardFactors: [' '], measures: { engineering: [], management: [], training: [], ppe: [], emergency: [] } }));
    expect(zh.statusCode).toBe(400);
    expect(errorOf(zh).code).toBe('RISK_INPUT_OFF_SCALE');
    expect(fieldsOf(zh)).toEqual(['assessment.inputs.l', 'assessment.inputs.e', 'hazardFactors', 'measures']);
    expect(errorOf(zh).details?.[1]?.message).toBe('取值“4”不在评价标准的分值表内（可选：10 / 6 / 3 / 2 / 1 / 0.5）');
    const en = await post(entA, '/api/risk/assess', { method: 'lec', inputs: { l: 6, e: 4, c: 15 } }, 'en');
    expect(en.statusCode).toBe(400);
    expect(errorOf(en).details).toEqual([{ field: 'inputs.e', code: 'RISK_INPUT_OFF_SCALE', message: 'The value “4” is not on the scale (allowed: 10 / 6 / 3 / 2 / 1 / 0.5).' }]);
    const ls = await post(entA, '/api/risk/assess', { method: 'ls', inputs: { l: 4, s: 5 } }); // 4×5 = 20 ≥ 20 → red
    expect(ls.json()).toMatchObject({ method: 'ls', score: 20, level: 'red', band: { level: 'red', min: 20, max: null } });
    const matrix = await post(entA, '/api/risk/assess', { method: 'matrix', inputs: { l: 3, s: 3 } }); // row L3, column S3 of the default table
    expect(matrix.json()).toMatchObject({ score: 9, level: 'orange', band: null });
    expect([await count('risk_points'), await count('audit_log')]).toEqual(before);
  });

  it('a stale version is refused with 409 and the newer save stays', async () => {
    const first = await put(entA, `/api/risk/points/${pointId}`, { ...unitPoint({ assessment: { method: 'lec', inputs: { l: 3, e: 6, c: 7 } } }), version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    // 3×6×7 = 126 → yellow computed, but the department's orange override stays in force
    expect(first.json()).toMatchObject({ version: 2, computedLevel: 'yellow', level: 'orange', assessment: { score: 126, band: { level: 'yellow', min: 70, max: 160 } } });
    const stale = await put(entA, `/api/risk/points/${pointId}`, { ...unitPoint({ name: '旧版本' }), version: 1 }, 'en');
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('RISK_POINT_VERSION_CONFLICT');
    expect((await get(entA, `/api/risk/points/${pointId}`)).json()).toMatchObject({ name: '1号储罐区 甲醇储罐', version: 2 });
    version = 2;
    const cleared = await call('DELETE', ajj, `/api/risk/points/${pointId}/override`, { reason: '企业整改后重新评估' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ level: 'yellow', override: null });
  });

  it('GCJ-02 coordinates are stored as WGS-84 and remembered as typed', async () => {
    const typed = { lng: 113.586, lat: 23.548 };
    const res = await put(entA, `/api/risk/points/${pointId}`, { ...unitPoint({ coordinates: { ...typed, crs: 'gcj02' } }), version });
    expect(res.statusCode, res.body).toBe(200);
    version += 1;
    const wgs = gcj02ToWgs84(typed);
    const c = res.json().coordinates;
    expect(c).toMatchObject({ crs: 'wgs84', input: 'gcj02' });
    expect(c.lng).toBeCloseTo(wgs.lng, 4); // PostgreSQL keeps `real` (float4): about 1e-5° at 113°
    expect(c.lat).toBeCloseTo(wgs.lat, 4);
    expect(Math.abs(c.lng - typed.lng)).toBeGreaterThan(0.003); // the offset in 从化 is about 0.005° east
  });

  it('with the district boundary loaded, a point outside it is refused on `coordinates` and nothing is written', async () => {
    const feature = JSON.parse(fs.readFileSync(path.resolve('data/geo/conghua-boundary.geojson'), 'utf8')) as { geometry: { coordinates: number[][][] | number[][][][] } };
    const flat = JSON.stringify(feature.geometry.coordinates).match(/-?\d+\.?\d*/g)!.map(Number);
    const lngs = flat.filter((_, k) => k % 2 === 0);
    const lats = flat.filter((_, k) => k % 2 === 1);
    await s.database.db.insertInto('map_areas').values({
      organisation_id: '440117', path: '/440117/', kind: 'district', geometry_json: JSON.stringify(feature.geometry),
      min_lng: Math.min(...lngs), min_lat: Math.min(...lats), max_lng: Math.max(...lngs), max_lat: Math.max(...lats),
      population: null, source: 'test', coord_input: 'gcj02', imported_at: s.clock.now().toISOString(), imported_by: null,
    }).execute();
    const before = [await count('risk_points'), await count('audit_log')];
    const outside = await post(entA, '/api/risk/points', unitPoint({ coordinates: { lng: 113.264, lat: 23.129, crs: 'wgs84' } }), 'en'); // 越秀区, central Guangzhou
    expect(outside.statusCode).toBe(400);
    expect(errorOf(outside)).toMatchObject({ code: 'MAP_POINT_OUTSIDE_DISTRICT', details: [{ field: 'coordinates', code: 'MAP_POINT_OUTSIDE_DISTRICT' }] });
    expect([await count('risk_points'), await count('audit_log')]).toEqual(before);
    const inside = await post(wenquan, '/api/risk/points', publicPoint({ gridId: `${TOWN_A}-g1`, coordinates: { lng: 113.586, lat: 23.548, crs: 'wgs84' } }));
    expect(inside.statusCode, inside.body).toBe(201);
    expect(inside.json()).toMatchObject({ kind: 'filling_station', enterprise: null, grid: { id: `${TOWN_A}-g1`, name: '温泉镇第一网格' }, level: 'yellow', assessment: { score: 9 }, canEdit: true });
    const row = await s.database.db.selectFrom('risk_points').select('path').where('id', '=', inside.json().id).executeTakeFirstOrThrow();
    expect(row.path).toBe(`/440117/${TOWN_A}/${TOWN_A}-g1/`);
  });

  it('public places: written by towns in their own territory, not by enterprises or other towns', async () => {
    expect((await post(entA, '/api/risk/points', publicPoint())).statusCode).toBe(403);
    const other = await post(liangkou, '/api/risk/points', publicPoint());
    expect(other.statusCode).toBe(400);
    expect(errorOf(other)).toMatchObject({ code: 'RISK_POINT_PLACE_NOT_IN_SCOPE', details: [{ field: 'territoryId' }] });
    const bad = await post(wenquan, '/api/risk/points', publicPoint({ enterpriseId: 'ea', gridId: `${TOWN_B}-g1` }));
    expect(fieldsOf(bad)).toEqual(['enterpriseId']);
    const pub = (await get(admin, '/api/risk/points?publicOnly=1')).json();
    expect(pub.items.map((i: { kind: string }) => i.kind)).toEqual(['filling_station']);
    // worst first: the enterprise's point (back to 6×6×15 = 540, red) before the station (LS 9, yellow)
    expect((await get(admin, '/api/risk/points')).json().items.map((i: { level: string }) => i.level)).toEqual(['red', 'yellow']);
  });

  it('comments go to the other side; confirmations name one of the point’s posts', async () => {
    const c = await post(ajj, `/api/risk/points/${pointId}/comments`, { body: '请补充静电接地检测记录' });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json()).toMatchObject({ authorName: '区安监局检查员', authorOrganisation: '区安全监管局', body: '请补充静电接地检测记录' });
    s.clock.advanceMinutes(1);
    expect((await post(entA, `/api/risk/points/${pointId}/comments`, { body: '已补充，见附件' })).statusCode).toBe(201);
    expect((await post(entB, `/api/risk/points/${pointId}/comments`, { body: '越权' })).statusCode).toBe(404);
    const comments = (await get(wenquan, `/api/risk/points/${pointId}/comments`)).json().items;
    expect(comments.map((x: { body: string }) => x.body)).toEqual(['请补充静电接地检测记录', '已补充，见附件']);
    const told = await s.database.db.selectFrom('notifications').select('organisation_id').where('kind', '=', 'risk_comment').orderBy('created_at').execute();
    expect(told.map((t) => t.organisation_id).sort()).toEqual([TOWN_A, 'ent-a']);

    const ok = await post(entA, `/api/risk/points/${pointId}/confirmations`, { post: '装卸工', personName: '李四', confirmedOn: '2026-03-01' });
    expect(ok.statusCode, ok.body).toBe(201);
    const wrong = await post(entA, `/api/risk/points/${pointId}/confirmations`, { post: '司机', personName: '王五', confirmedOn: '2026-03-05' }, 'en');
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toEqual(['post', 'confirmedOn']); // 03-05 is after today (2026-03-02)
    expect(errorOf(wrong).details?.[0]?.message).toContain('罐区操作工、装卸工');
    expect((await post(ajj, `/api/risk/points/${pointId}/confirmations`, { post: '装卸工', personName: '李四', confirmedOn: '2026-03-01' })).statusCode).toBe(403);
    expect((await get(ajj, `/api/risk/points/${pointId}/confirmations`)).json().items).toMatchObject([{ post: '装卸工', personName: '李四', confirmedOn: '2026-03-01' }]);
  });

  it('a late review shows, warns the enterprise and the territory once per due date, and a review clears it', async () => {
    await moveClock('2026-06-01T02:00:00.000Z'); // next review 2026-05-31 has passed
    expect((await get(entA, `/api/risk/points/${pointId}`)).json().reviewLate).toBe(true);
    expect((await get(admin, '/api/risk/points?reviewLate=1')).json().total).toBe(2); // the filling station too (created the same day)
    expect(await runRiskReviewCheck(s.ctx, '2026-06-01')).toEqual({ warned: 2 });
    expect(await runRiskReviewCheck(s.ctx, '2026-06-02')).toEqual({ warned: 0 });
    const warned = await s.database.db.selectFrom('notifications').select('organisation_id').where('kind', '=', 'risk_review_late').execute();
    expect(warned.map((w) => w.organisation_id).sort()).toEqual([TOWN_A, TOWN_A, 'ent-a']); // the enterprise and its town; the station's town once

    const res = await post(entA, `/api/risk/points/${pointId}/review`, { reviewedOn: '2026-06-01', status: 'attention', note: '阀门老化' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ lastReviewedOn: '2026-06-01', nextReviewOn: '2026-08-30', reviewLate: false, status: 'attention' }); // +90: 29 + 31 + 30
    expect((await post(entA, `/api/risk/points/${pointId}/review`, { reviewedOn: '2026-06-09', status: 'controlled' })).json().error.code).toBe('RISK_REVIEW_DATE_FUTURE');
    await moveClock('2026-08-31T02:00:00.000Z');
    expect(await runRiskReviewCheck(s.ctx, '2026-08-31')).toEqual({ warned: 1 }); // the reviewed point's new due date; the station was warned for its own already
    await moveClock('2026-03-02T02:00:00.000Z');
  });

  it('the history tells what happened; deleting removes comments and confirmations too but keeps the history', async () => {
    const history = (await get(wenquan, `/api/risk/points/${pointId}/history`)).json().items as { action: string; entity: string }[];
    expect(history.map((h) => h.action).reverse()).toEqual([
      'risk_point.created', 'risk_point.overridden', 'risk_point.updated', 'risk_point.override_cleared', 'risk_point.updated',
      'risk_comment.added', 'risk_comment.added', 'risk_confirmation.added', 'risk_point.reviewed',
    ]);
    expect((await del(ajj, `/api/risk/points/${pointId}`)).statusCode).toBe(403);
    expect((await del(entA, `/api/risk/points/${pointId}`)).statusCode).toBe(204);
    expect((await get(entA, `/api/risk/points/${pointId}`)).statusCode).toBe(404);
    expect([await count('risk_comments'), await count('risk_confirmations')]).toEqual([0, 0]);
    const audit = await s.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', pointId).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.action).toBe('risk_point.deleted');
  });
});
