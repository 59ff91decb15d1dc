// The major-hazards API end to end (app.inject): register list and counts, a unit's record, register edits by
// role, the report PDF, monitoring requirements, statistics and the calculator — SQLite, and PostgreSQL in npm test.
//
// Hand calculation (GB 18218-2018):
//   温泉镇 ent A  u1 1号储罐区  甲醇 1,000 t (Table 1 row 65, Q 500 → q/Q 2; W5.1 β 1.5 → 3), 120 people (α 2) → S 2, R 6 → 四级 (R<10)
//                 u2 2号仓库    甲醇 100 t → S 0.2 → below the threshold
//                 u3 液氯库     液氯 10 t (row 12 氯, Q 5) → S 2; population not known → needs_population
//   良口镇 ent B  u4 液氯罐区   液氯 50 t → q/Q 10, β 4 (Table 3 氯) → 40; 10 people (α 1, "1～29人") → R 40 → 三级 (50>R≥10)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { readPdf } from '@hazgov/app/major-hazards/pdf-test-support';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { seedEnterprise } from './major-hazards.test-support.js';

let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let entA: Session;
let entB: Session;

beforeAll(async () => {
  s = await startTestServer();
  await seedEnterprise(s, {
    id: 'ea', orgId: 'ent-a', territoryId: TOWN_A, name: '温泉化工有限公司', uscc: '91440117MA59C1XP3U', units: [
      { id: 'u1', name: '1号储罐区', population: 120, lines: [{ name: '甲醇', quantity: '1000', symbols: 'W5.1' }] },
      { id: 'u2', name: '2号仓库', population: 5, lines: [{ name: '甲醇', quantity: '100' }] },
      { id: 'u3', name: '液氯库', population: null, lines: [{ name: '液氯', quantity: '10' }] },
    ],
  });
  await seedEnterprise(s, {
    id: 'eb', orgId: 'ent-b', territoryId: TOWN_B, name: '良口气体有限公司', uscc: '91440117MA5ABC002N', units: [
      { id: 'u4', name: '液氯罐区', population: 10, lines: [{ name: '液氯', quantity: '50' }] },
    ],
  });
  ({ admin, ajj, wenquan, liangkou, enta: entA, entb: entB } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'enta', 'entb']));
});
afterAll(async () => s?.close());

const get = (who: Session, url: string, lang = 'zh-CN') => s.app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': lang } });
const put = (who: Session, url: string, payload: unknown, lang = 'zh-CN') => s.app.inject({ method: 'PUT', url, headers: { ...who.headers, 'accept-language': lang }, payload: payload as object });
const post = (who: Session, url: string, payload: unknown, lang = 'zh-CN') => s.app.inject({ method: 'POST', url, headers: { ...who.headers, 'accept-language': lang }, payload: payload as object });

describe('major hazard register', () => {
  it('lists the major hazards in scope, most serious first, with counts by grade', async () => {
    const all = (await get(admin, '/api/major-hazards')).json();
    expect(all.items.map((i: { unitId: string }) => i.unitId)).toEqual(['u4', 'u1', 'u3']); // 三级, 四级, then ungraded
    expect(all.countsByGrade).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, needsPopulation: 1, incomplete: 0 });
    expect(all.items[1]).toMatchObject({
      unitName: '1号储罐区', enterprise: { id: 'ea', name: '温泉化工有限公司' }, territory: { id: TOWN_A, name: '温泉镇' }, status: 'graded', grade: 4,
      S: { exact: '2', display: '2', value: 2 }, R: { exact: '6', display: '6', value: 6 }, filingStatus: 'not_filed',
    });
    const mine = (await get(wenquan, '/api/major-hazards')).json();
    expect(mine.items.map((i: { unitId: string }) => i.unitId)).toEqual(['u1', 'u3']);
    expect(mine.countsByGrade).toMatchObject({ 3: 0, 4: 1, needsPopulation: 1 });
    expect((await get(entB, '/api/major-hazards')).json().items.map((i: { unitId: string }) => i.unitId)).toEqual(['u4']);
    expect((await get(admin, '/api/major-hazards?grade=3')).json().total).toBe(1);
    expect((await get(admin, `/api/major-hazards?territoryId=${TOWN_A}&status=needs_population`)).json().items.map((i: { unitId: string }) => i.unitId)).toEqual(['u3']);
    expect((await get(admin, '/api/major-hazards?q=良口&page=1&pageSize=1')).json()).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect((await get(admin, '/api/major-hazards?grade=9')).statusCode).toBe(400);
  });

  it('shows one unit with its trace, flagged lines, register row and the grade’s requirements; outside scope 404', async () => {
    const res = await get(wenquan, '/api/major-hazards/u1');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.identification).toMatchObject({ status: 'graded', grade: 4, gradeExpression: 'R<10', R: { exact: '6' }, alpha: { population: 120, band: '100人以上' } });
    expect(d.identification.lines[0]).toMatchObject({ name: '甲醇', thresholdSource: { table: 1, serial: 65 }, betaSource: { table: 4, symbol: 'W5.1' }, contribution: { exact: '3' } });
    expect(d.lines[0]).toMatchObject({ chemicalName: '甲醇', quantity: '1000', hazardSymbols: ['W5.1'], flags: { keySupervised: 'listed', highlyToxic: 'unknown', restriction: null } });
    expect(d.register).toMatchObject({ unitId: 'u1', filingStatus: 'not_filed' });
    expect(d.monitoring.some((m: { basis: string }) => m.basis === 'R40 第十三条（一）')).toBe(true);
    expect(d).toMatchObject({ unit: { id: 'u1', population500m: 120 }, enterprise: { id: 'ea', uscc: '91440117MA59C1XP3U' }, territory: { name: '温泉镇' }, canEditRegister: false });
    expect((await get(liangkou, '/api/major-hazards/u1')).statusCode).toBe(404);
    expect((await get(entB, '/api/major-hazards/u1')).statusCode).toBe(404);
    expect((await get(entA, '/api/major-hazards/u1')).json().canEditRegister).toBe(true);
  });

  it('edits the register: the enterprise for its own unit, departments and the admin; not a town; audited', async () => {
    const body = { filingStatus: 'filed', filingNumber: '从应急备〔2026〕3号', filedOn: '2026-02-01', principalName: '张三', principalPhone: '13800000000', technicalName: '李四', operationsName: '王五' };
    expect((await put(wenquan, '/api/major-hazards/u1/register', body)).statusCode).toBe(403);
    expect((await put(entB, '/api/major-hazards/u1/register', body)).statusCode).toBe(404);
    const ok = await put(entA, '/api/major-hazards/u1/register', body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ unitId: 'u1', filingStatus: 'filed', filingNumber: '从应急备〔2026〕3号', principalName: '张三', technicalPhone: null });
    expect((await put(ajj, '/api/major-hazards/u1/register', { ...body, operationsPhone: '020-87654321' })).json().operationsPhone).toBe('020-87654321');
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'actor_name']).where('entity_id', '=', 'u1').where('action', '=', 'major_hazard_register.updated').execute();
    expect(audit.map((a) => a.actor_name)).toEqual(['enta', 'ajj']);
    expect((await get(admin, '/api/major-hazards?filingStatus=filed')).json().items.map((i: { unitId: string; principalName: string }) => [i.unitId, i.principalName])).toEqual([['u1', '张三']]);

    const bad = await put(admin, '/api/major-hazards/u1/register', { filingStatus: 'filed', filedOn: '2026-02-30', principalPhone: 'abc' }, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual([
      'filedOn:REGISTER_DATE_INVALID', 'filingNumber:REGISTER_FILING_NUMBER_REQUIRED', 'principalPhone:REGISTER_PHONE_INVALID',
    ]);
    expect(bad.json().error.details[2].message).toContain('abc');
  });

  it('prints the identification report as a PDF with Chinese text; outside scope 404', async () => {
    const res = await get(wenquan, '/api/major-hazards/u1/report.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('重大危险源辨识与分级报告'));
    const facts = readPdf(res.rawPayload);
    expect(facts.header.startsWith('%PDF')).toBe(true);
    expect(facts.fontNames.some((f) => f.includes('NotoSansCJKsc'))).toBe(true);
    const text = facts.text.replace(/\s+/g, '');
    for (const t of ['温泉化工有限公司', '1号储罐区', '表1第65行甲醇', 'R=α×Σ(β·q/Q)=2×3=6', '四级重大危险源（表6：R<10）', '主要负责人：张三（13800000000）']) expect(text).toContain(t);
    expect((await get(liangkou, '/api/major-hazards/u1/report.pdf')).statusCode).toBe(404);
  });
});

describe('monitoring requirements', () => {
  it('serves the documented default until the district admin saves its own', async () => {
    const def = (await get(wenquan, '/api/major-hazards/monitoring-requirements')).json();
    expect(def.source).toBe('default');
    expect(def.items.map((i: { grade: number }) => i.grade)).toEqual([1, 2, 3, 4]);
    expect(def.items[0].requirements.some((r: { suggestion?: boolean }) => r.suggestion === true)).toBe(true);

    const items = [1, 2, 3, 4].map((grade) => ({ grade, requirements: [{ zh: `第${grade}级要求`, en: `Grade ${grade}`, basis: '区安委办文件' }] }));
    expect((await put(ajj, '/api/major-hazards/monitoring-requirements', { items })).statusCode).toBe(403);
    const missing = await put(admin, '/api/major-hazards/monitoring-requirements', { items: items.slice(0, 3) });
    expect(missing.json().error).toMatchObject({ code: 'MONITORING_GRADES_INCOMPLETE', details: [{ field: 'items', code: 'MONITORING_GRADES_INCOMPLETE' }] });
    const empty = await put(admin, '/api/major-hazards/monitoring-requirements', { items: items.map((i) => (i.grade === 2 ? { grade: 2, requirements: [{ zh: ' ', en: 'x' }] } : i)) });
    expect(empty.json().error.details[0]).toMatchObject({ row: 1, field: 'items.1.requirements.0.zh', code: 'MONITORING_REQUIREMENT_EMPTY' });

    const saved = await put(admin, '/api/major-hazards/monitoring-requirements', { items });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ source: 'district', items: [{ grade: 1, requirements: [{ zh: '第1级要求', basis: '区安委办文件' }] }, {}, {}, {}] });
    expect((await get(wenquan, '/api/major-hazards/u1')).json().monitoring).toEqual([{ zh: '第4级要求', en: 'Grade 4', basis: '区安委办文件' }]);
    const audit = await s.database.db.selectFrom('audit_log').select('action').where('action', '=', 'monitoring_requirements.saved').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('statistics and calculator', () => {
  it('counts by grade and territory in scope', async () => {
    expect((await get(admin, '/api/major-hazards/stats')).json()).toEqual({
      byGrade: [{ grade: 1, count: 0 }, { grade: 2, count: 0 }, { grade: 3, count: 1 }, { grade: 4, count: 1 }],
      byTerritory: [{ territoryId: TOWN_A, name: '温泉镇', counts: { 1: 0, 2: 0, 3: 0, 4: 1 } }, { territoryId: TOWN_B, name: '良口镇', counts: { 1: 0, 2: 0, 3: 1, 4: 0 } }],
      belowThresholdUnits: 1, totalUnits: 4, majorHazardUnits: 3,
    });
    expect((await get(liangkou, '/api/major-hazards/stats')).json()).toMatchObject({ byTerritory: [{ territoryId: TOWN_B }], totalUnits: 1 });
  });

  it('identifies lines without saving; bad lines answer 400 naming row and field', async () => {
    // 液氯 5 t (Q 5 → 1, β 4) + 甲醇 250 t (0.5, W5.1 β 1.5 → 0.75): S = 1.5, Σβq/Q = 4.75; 0 people → α 0.5; R = 2.375 → 四级
    const ok = await post(entA, '/api/major-hazards/identify', { lines: [{ chemicalName: '液氯', quantity: '5', quantityUnit: 't' }, { chemicalName: '甲醇', quantity: '250000', quantityUnit: 'kg', hazardSymbols: ['W5.1'] }], population500m: 0 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'graded', S: { exact: '3/2' }, sumOfContributions: { exact: '19/4' }, R: { exact: '19/8', display: '2.375' }, grade: 4 });
    const unitsBefore = await s.database.db.selectFrom('inventory_lines').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();

    const bad = await post(entA, '/api/major-hazards/identify', {
      lines: [
        { chemicalName: '甲醇', quantity: '-1', quantityUnit: 't' },
        { chemicalName: '甲醇', quantity: '10', quantityUnit: 'm3' },
        { chemicalName: '某未知物', quantity: '1', quantityUnit: 't' },
        { chemicalName: '甲醇', cas: '67-56-2', quantity: '1', quantityUnit: 't' },
      ],
      population500m: null,
    }, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { row: number; field: string; code: string }) => `${d.row}:${d.field}:${d.code}`)).toEqual([
      '1:quantity:INVENTORY_QUANTITY_NEGATIVE', '2:density:INVENTORY_DENSITY_REQUIRED', '3:chemicalName:INVENTORY_CHEMICAL_UNKNOWN', '4:cas:INVENTORY_CAS_CHECK_DIGIT',
    ]);
    expect((await post(entA, '/api/major-hazards/identify', { lines: [], population500m: -1 })).statusCode).toBe(400);
    expect(await s.database.db.selectFrom('inventory_lines').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(unitsBefore);

    const nc = (await post(wenquan, '/api/major-hazards/identify', { lines: [{ chemicalName: '硝化棉', quantity: '2', quantityUnit: 't' }], population500m: null })).json();
    expect(nc).toMatchObject({ status: 'incomplete', problems: [{ index: 0, problem: 'choose_table1_row' }] });
  });
});
