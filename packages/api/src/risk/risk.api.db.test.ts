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
import { OFFICE, TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { gcj02ToWgs84 } from '@hazgov/domain/shared/gcj02';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let entA: Session;
let entB: Session;

beforeAll(async () => {
  s = await startTestServer();
  await seedEnterprise(s, { id: 'ea', orgId: 'ent-a', territoryId: TOWN_A, name: '温泉化工有限公司', uscc: '91440117MA59C1XP3U', units: [{ id: 'u1', name: '1号储罐区', population: 120, lines: [] }] });
  await seedEnterprise(s, { id: 'eb', orgId: 'ent-b', territoryId: TOWN_B, name: '良口气体有限公司', uscc: '91440117MA5ABC002N', units: [{ id: 'u4', name: '液氯罐区', population: 10, lines: [] }] });
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: OFFICE });
  await s.addUser({ username: 'ajj', role: 'department', organisationId: 'org-safety-bureau', displayName: '区安监局检查员' });
  await s.addUser({ username: 'wenquan', role: 'territory', organisationId: TOWN_A });
  await s.addUser({ username: 'liangkou', role: 'territory', organisationId: TOWN_B });
  await s.addUser({ username: 'enta', role: 'enterprise', organisationId: 'ent-a' });
  await s.addUser({ username: 'entb', role: 'enterprise', organisationId: 'ent-b' });
  [admin, ajj, wenquan, liangkou, entA, entB] = await Promise.all(['admin', 'ajj', 'wenquan', 'liangkou', 'enta', 'entb'].map((u) => s.login(u)));
});
afterAll(async () => s?.close());

type Res = Awaited<ReturnType<TestServer['app']['inject']>>;
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', who: Session, url: string, payload?: unknown, lang = 'zh-CN'): Promise<Res> =>
  s.app.inject({ method, url, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });
const get = (who: Session, url: string, lang?: string) => call('GET', who, url, undefined, lang);
const post = (who: Session, url: string, payload: unknown, lang?: string) => call('POST', who, url, payload, lang);
const put = (who: Session, url: string, payload: unknown, lang?: string) => call('PUT', who, url, payload, lang);
const del = (who: Session, url: string, payload?: unknown) => call('DELETE', who, url, payload);
const count = async (table: 'risk_points' | 'audit_log' | 'risk_comments' | 'risk_confirmations' | 'notifications') =>
  Number((await s.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

export const unitPoint = (extra: Record<string, unknown> = {}) => ({
  kind: 'unit', enterpriseId: 'ea', unitId: 'u1', name: '1号储罐区 甲醇储罐', location: '罐区东侧', posts: ['罐区操作工', '装卸工'],
  hazardFactors: ['甲醇泄漏', '静电'], accidentTypes: ['火灾', '爆炸', '中毒和窒息'], assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 } },
  controlLevel: 'company', responsibleDepartment: '安全环保部', responsiblePerson: '张三', responsiblePhone: '13800138000',
  measures: { engineering: ['可燃气体报警'], management: ['巡检制度'], training: [], ppe: ['防静电服'], emergency: ['泄漏应急处置卡'] },
  emergencyText: '发现泄漏立即关闭进料阀', status: 'controlled', reviewIntervalDays: 90, ...extra,
});

describe('risk points', () => {
  let pointId = '';

  it('an enterprise user records a LEC point on its own unit and sees it red (6×6×15 = 540 ≥ 320)', async () => {
    const res = await post(entA, '/api/risk/points', unitPoint());
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    pointId = p.id;
    expect(p).toMatchObject({
      kind: 'unit', enterprise: { id: 'ea', name: '温泉化工有限公司' }, unitId: 'u1', territory: { id: TOWN_A, name: '温泉镇' }, grid: null,
      assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 }, score: 540, level: 'red', band: { level: 'red', min: 320, max: null } },
      computedLevel: 'red', level: 'red', override: null, canEdit: true, canOverride: false, version: 1, reviewLate: false,
      lastReviewedOn: null, nextReviewOn: '2026-05-31', // created 2026-03-02 + 90 days = 03-31 (29) + 04-30 (30) + 05-31 (31)
      measures: { engineering: ['可燃气体报警'], training: [] }, posts: ['罐区操作工', '装卸工'],
    });
    const row = await s.database.db.selectFrom('risk_points').select(['path', 'territory_id']).where('id', '=', pointId).executeTakeFirstOrThrow();
    expect(row).toEqual({ path: `/440117/${TOWN_A}/ent-a/`, territory_id: TOWN_A });
    expect((await get(entA, `/api/risk/points/${pointId}`)).json().id).toBe(pointId);
    const list = (await get(wenquan, '/api/risk/points?level=red')).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items[0]).not.toHaveProperty('measures');
  });
});
