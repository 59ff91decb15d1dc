// The enterprise import/export API end to end (app.inject): template, a good workbook imported in one job with the
// GB 18218 grades checked against hand calculations, updates, jurisdiction, and export → import changing nothing.
// On SQLite, and on PostgreSQL when DATABASE_URL is set.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImportWorkbook, type TestRow } from '@hazgov/app/enterprises/import/testing/import-workbook-builder';
import { validUsccOf } from '@hazgov/app/enterprises/import/testing/valid-uscc';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { countRows, importFile, upload, waitForJob } from './enterprise-import.test-support.js';

const WENQUAN = '440117103';
const LIANGKOU = '440117104';
let s: TestServer;
let admin: Session;
let wenquan: Session;
let liangkou: Session;

const A = validUsccOf(101); // 温泉镇, grid 1
const B = validUsccOf(102); // 良口镇
const C = validUsccOf(103); // 温泉镇

const enterprise = (uscc: string, name: string, territory: string, grid: string | null = null): TestRow => ({
  name, uscc, territory, grid, activities: '储存,经营', status: '在产', contacts: '主要负责人 张三 13800000000', lng: 113.58, lat: 23.63, crs: 'WGS-84',
});
const unit = (uscc: string, name: string, population: number | null, kind = '储存单元'): TestRow => ({ uscc, name, kind, facility: '罐区', population });
const line = (uscc: string, unitName: string, chemicalName: string, quantity: number | string, quantityUnit = 't', extra: TestRow = {}): TestRow =>
  ({ uscc, unit: unitName, chemicalName, quantity, quantityUnit, ...extra });

// Hand calculations, GB 18218-2018 (Q: Table 1 or Table 2; β: Table 3 or Table 4; α: Table 5; grade: Table 6):
//  A 液氨罐区, 120 people (α = 2): 氨 30 t / Q 10 = 3, β 2 → 6; 氯 2000 kg = 2 t / Q 5 = 0.4, β 4 → 1.6;
//     S = 3.4 ≥ 1; R = 2 × (6 + 1.6) = 15.2 → grade 3 (50 > R ≥ 10)
//  A 甲醇罐区, 40 people: 甲醇 100 m³ × 0.7915 t/m³ = 79.15 t / Q 500 = 0.1583 = S < 1 → not a major hazard
//  B 硫化氢装置, 60 people (α = 1.5): 硫化氢 50 t / Q 5 = 10, β 5 → 50; R = 1.5 × 50 = 75 → grade 2
//  B 汽油罐区, population not given: 汽油 200 t / Q 200 → S = 1 exactly → a major hazard, ungraded (needs population)
//  C 氯库, 150 people (α = 2): 氯 100 t / Q 5 = 20, β 4 → 80; R = 160 → grade 1
//  C 溶剂罐区, 0 people (α = 0.5): 某溶剂 (outside Table 1, W5.3: Q 1000 t, β 1) 2000 t → S = 2; R = 0.5 × 2 = 1 → grade 4
const goodSheets = {
  enterprises: [
    enterprise(A, '温泉甲化工有限公司', '温泉镇', '温泉镇第一网格'),
    enterprise(B, '良口乙化工有限公司', '良口镇'),
    enterprise(C, '温泉丙化工有限公司', '温泉镇'),
  ],
  units: [
    unit(A, '液氨罐区', 120), unit(A, '甲醇罐区', 40), unit(B, '硫化氢装置', 60, '生产单元'), unit(B, '汽油罐区', null), unit(C, '氯库', 150), unit(C, '溶剂罐区', 0),
  ],
  inventory: [
    line(A, '液氨罐区', '液氨', 30, 't', { cas: '7664-41-7', physicalState: '液化气体' }),
    line(A, '液氨罐区', '氯', 2000, 'kg'),
    line(A, '甲醇罐区', '甲醇', 100, 'm3', { density: 0.7915, densityUnit: 't/m3', physicalState: '液态' }),
    line(B, '硫化氢装置', '硫化氢', 50),
    line(B, '汽油罐区', '汽油', 200),
    line(C, '氯库', '液氯', '100.00'),
    line(C, '溶剂罐区', '某溶剂', 2000, 't', { outsideTable1: '是', hazardSymbols: 'W5.3' }),
  ],
  licences: [{ uscc: A, kind: '危险化学品经营许可证', number: '粤从安经〔2025〕001', expiresOn: '2027-06-30' }],
};

beforeAll(async () => {
  s = await startTestServer({ seed: 'conghua' });
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: '440117' });
  await s.addUser({ username: 'wenquan', role: 'territory', organisationId: WENQUAN });
  await s.addUser({ username: 'liangkou', role: 'territory', organisationId: LIANGKOU });
  admin = await s.login('admin');
  wenquan = await s.login('wenquan');
  liangkou = await s.login('liangkou');
}, 60_000);
afterAll(async () => s?.close());

const unitsOf = async (uscc: string) => s.database.db.selectFrom('enterprise_units as u').innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
  .select(['u.name', 'u.ident_status', 'u.s_exact', 'u.is_major_hazard', 'u.r_exact', 'u.grade', 'u.path', 'u.ident_json']).where('e.uscc', '=', uscc).orderBy('u.sort').execute();

describe('enterprise import template', () => {
  it('has the four sheets, both header rows, an example row and drop-downs of the user’s own territories', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/enterprises/import-template.xlsx', headers: wenquan.headers });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '企业', '生产储存单元', '存储物料', '证照', '选项']);
    const ent = wb.getWorksheet('企业')!;
    expect(ent.getRow(1).getCell(1).value).toBe('企业名称*');
    expect(ent.getRow(2).getCell(3).value).toBe('Territory');
    expect(String(ent.getRow(3).getCell(1).value)).toMatch(/^【示例】/);
    expect(ent.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$A$2:$A$2"] });
    const options = wb.getWorksheet('选项')!;
    expect(options.state).toBe('hidden');
    expect(options.getCell('A2').value).toBe('温泉镇'); // a 温泉镇 user sees only its own town …
    expect(options.getCell('A3').value).toBeNull();
    expect(options.getCell('B2').value).toBe('温泉镇第一网格'); // … and its grid cells
    expect(wb.getWorksheet('存储物料')!.getCell('J3').dataValidation).toMatchObject({ type: 'list' }); // 计量单位
  });

  it('the template imports as nothing: example rows are skipped', async () => {
    const template = (await s.app.inject({ method: 'GET', url: '/api/enterprises/import-template.xlsx', headers: admin.headers })).rawPayload;
    const before = await countRows(s);
    const { zh } = await importFile(s, admin, template);
    expect(zh.status).toBe('failed');
    expect(zh.problems).toEqual([expect.objectContaining({ code: 'ENTERPRISE_IMPORT_EMPTY', sheet: null, row: null })]);
    expect(await countRows(s)).toEqual(before);
  });

  it('is refused to an inspector (403)', async () => {
    await s.addUser({ username: 'insp', role: 'inspector', organisationId: 'org-safety-committee-office' }).catch(() => undefined);
    const insp = await s.login('insp').catch(() => null);
    if (!insp) return;
    expect((await s.app.inject({ method: 'GET', url: '/api/enterprises/import-template.xlsx', headers: insp.headers })).statusCode).toBe(403);
    expect((await upload(s, insp, Buffer.from('PK'))).statusCode).toBe(403);
  });
});

describe('importing a good workbook', () => {
  it('creates enterprises, units, lines and licences in one job, identified with the hand-calculated grades', async () => {
    const before = await countRows(s);
    const { zh } = await importFile(s, admin, await buildImportWorkbook(goodSheets));
    expect(zh.problems).toEqual([]);
    expect(zh).toMatchObject({ status: 'done', phase: 'identifying' });
    expect(zh.result).toMatchObject({
      enterprises: 3, units: 6, lines: 7, majorHazards: 5, created: { enterprises: 3, units: 6, licences: 1 }, updated: { enterprises: 0 },
      identification: { graded: 4, needsPopulation: 1, belowThreshold: 1, incomplete: 0, byGrade: { 1: 1, 2: 1, 3: 1, 4: 1 } }, changedMajorHazards: 5,
    });
    const after = await countRows(s);
    expect(after.enterprises - before.enterprises).toBe(3);
    expect(after.organisations - before.organisations).toBe(3);
    expect(after.major_hazard_register - before.major_hazard_register).toBe(5);
    expect(after.audit_log - before.audit_log).toBe(3); // one 'enterprise.imported' entry per enterprise

    const a = await unitsOf(A);
    expect(a.map((u) => [u.name, u.ident_status, u.s_exact, u.is_major_hazard, u.r_exact, u.grade])).toEqual([
      ['液氨罐区', 'ok', '17/5', 1, '76/5', 3], // S = 3.4, R = 15.2
      ['甲醇罐区', 'ok', '1583/10000', 0, null, null],
    ]);
    const b = await unitsOf(B);
    expect(b.map((u) => [u.name, u.ident_status, u.s_exact, u.grade])).toEqual([['硫化氢装置', 'ok', '10', 2], ['汽油罐区', 'needs_population', '1', null]]);
    expect(b[0]?.r_exact).toBe('75');
    const c = await unitsOf(C);
    expect(c.map((u) => [u.name, u.r_exact, u.grade])).toEqual([['氯库', '160', 1], ['溶剂罐区', '1', 4]]);
    expect(JSON.parse(c[1]?.ident_json ?? '{}')).toMatchObject({ status: 'graded', lines: [{ thresholdSource: { table: 2, symbol: 'W5.3' } }] });

    const ent = await s.database.db.selectFrom('enterprises').selectAll().where('uscc', '=', A).executeTakeFirstOrThrow();
    const org = await s.database.db.selectFrom('organisations').selectAll().where('id', '=', ent.organisation_id).executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: 'enterprise', parent_id: `${WENQUAN}-g1`, path: `/440117/${WENQUAN}/${WENQUAN}-g1/${ent.organisation_id}/` });
    expect(ent).toMatchObject({ path: org.path, territory_id: WENQUAN, grid_id: `${WENQUAN}-g1`, declaration_status: 'none', activities: '["storage","trade"]', status: 'operating' });
    expect(a.every((u) => u.path === org.path)).toBe(true);
    const audit = await s.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', ent.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'enterprise.imported', entity: 'enterprise', actor_name: 'admin' });
    expect(JSON.parse(audit.after_json ?? '{}')).toMatchObject({ import: 'created', uscc: A, units: [{ name: '液氨罐区', grade: 3 }, { name: '甲醇罐区', status: 'below_threshold' }] });
    const verify = await s.app.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    expect(verify.json()).toMatchObject({ ok: true });

    // the territory and the district office are told (as recomputeUnit tells them), one message per unit
    const toWenquan = await s.database.db.selectFrom('notifications').select('title').where('organisation_id', '=', WENQUAN).where('kind', '=', 'major_hazard_change').execute();
    expect(toWenquan.map((n) => n.title).sort()).toEqual(['温泉丙化工有限公司「氯库」构成一级重大危险源（R = 160）', '温泉丙化工有限公司「溶剂罐区」构成四级重大危险源（R = 1）', '温泉甲化工有限公司「液氨罐区」构成三级重大危险源（R = 15.2）']);
  });

  it('a second import of changed rows updates the enterprise, replaces the inventory of the units it lists and keeps the others', async () => {
    const ent = await s.database.db.selectFrom('enterprises').select(['id', 'version']).where('uscc', '=', A).executeTakeFirstOrThrow();
    const methanol = (await unitsOf(A))[1];
    const file = await buildImportWorkbook({
      enterprises: [{ ...goodSheets.enterprises[0], name: '温泉甲化工股份有限公司' }],
      units: [unit(A, '液氨罐区', 120)],
      inventory: [line(A, '液氨罐区', '液氨', 5)], // 5/10 = 0.5: no longer a major hazard
    });
    const { zh } = await importFile(s, admin, file);
    expect(zh.problems).toEqual([]);
    expect(zh.result).toMatchObject({ enterprises: 1, created: { enterprises: 0, units: 0 }, updated: { enterprises: 1, units: 1 }, unchanged: { units: 0 }, changedMajorHazards: 1 });
    const now = await s.database.db.selectFrom('enterprises').select(['name', 'version']).where('id', '=', ent.id).executeTakeFirstOrThrow();
    expect(now).toEqual({ name: '温泉甲化工股份有限公司', version: ent.version + 1 });
    const units = await unitsOf(A);
    expect(units.map((u) => [u.name, u.s_exact, u.is_major_hazard])).toEqual([['液氨罐区', '1/2', 0], ['甲醇罐区', '1583/10000', 0]]);
    expect(units[1]).toEqual(methanol); // not in the file: untouched
    const lines = await s.database.db.selectFrom('inventory_lines').select('chemical_name').where('enterprise_id', '=', ent.id).orderBy('chemical_name').execute();
    expect(lines.map((l) => l.chemical_name)).toEqual(['液氨', '甲醇']);
  });

  it('a 良口镇 user importing into 温泉镇 is refused, naming the row; nothing is written', async () => {
    const before = await countRows(s);
    const file = await buildImportWorkbook({ enterprises: [enterprise(validUsccOf(201), '越权企业', '温泉镇'), enterprise(validUsccOf(202), '本镇企业', '良口镇')] });
    const { zh, en } = await importFile(s, liangkou, file);
    expect(zh.status).toBe('failed');
    expect(zh.problems).toEqual([{ sheet: '企业', row: 3, column: '所属镇街*', code: 'ENTERPRISE_IMPORT_TERRITORY_OUT_OF_SCOPE', message: '「温泉镇」不在您的管辖范围内，不能导入该处企业' }]);
    expect(en.problems[0]).toMatchObject({ column: 'Territory', message: '“温泉镇” is outside your jurisdiction: you cannot import enterprises there.' });
    // an enterprise of 温泉镇 already registered: its credit code is "taken" for 良口镇, and its units unknown
    const again = await importFile(s, liangkou, await buildImportWorkbook({ enterprises: [enterprise(A, '冒名企业', '良口镇')], units: [unit(C, '新单元', 1)] }));
    expect(again.zh.problems.map((p) => [p.sheet, p.row, p.code])).toEqual([['企业', 3, 'ENTERPRISE_IMPORT_USCC_TAKEN'], ['生产储存单元', 3, 'ENTERPRISE_IMPORT_ENTERPRISE_UNKNOWN']]);
    expect(await countRows(s)).toEqual(before);
  });

  it('a job is visible only to the user who started it', async () => {
    const res = await upload(s, wenquan, await buildImportWorkbook({ enterprises: [enterprise(validUsccOf(301), '温泉丁化工有限公司', '温泉镇')] }));
    const { jobId } = res.json() as { jobId: string };
    expect((await s.app.inject({ method: 'GET', url: `/api/enterprises/import/${jobId}`, headers: liangkou.headers })).statusCode).toBe(404);
    expect((await s.app.inject({ method: 'GET', url: `/api/enterprises/import/${jobId}`, headers: admin.headers })).statusCode).toBe(404);
    expect((await waitForJob(s, wenquan, jobId)).status).toBe('done');
    s.clock.advanceMinutes(61); // forgotten an hour after it ended
    wenquan = await s.login('wenquan'); // (the session itself expired after 30 idle minutes)
    expect((await s.app.inject({ method: 'GET', url: `/api/enterprises/import/${jobId}`, headers: wenquan.headers })).statusCode).toBe(404);
    admin = await s.login('admin');
    liangkou = await s.login('liangkou');
  });
});

describe('export', () => {
  it('exports the same sheets, filtered and scoped, and importing the export changes nothing', async () => {
    const mine = await s.app.inject({ method: 'GET', url: '/api/enterprises/export.xlsx', headers: liangkou.headers });
    expect(mine.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(mine.rawPayload as unknown as ArrayBuffer);
    const names = (sheet: string): unknown[] => (wb.getWorksheet(sheet)!.getColumn(1).values as unknown[]).slice(3);
    expect(names('企业')).toEqual(['良口乙化工有限公司']); // 良口镇 sees its own only
    expect(names('生产储存单元')).toEqual([B, B]);

    const filtered = await s.app.inject({ method: 'GET', url: '/api/enterprises/export.xlsx?grade=1', headers: admin.headers });
    const wf = new ExcelJS.Workbook();
    await wf.xlsx.load(filtered.rawPayload as unknown as ArrayBuffer);
    expect((wf.getWorksheet('企业')!.getColumn(1).values as unknown[]).slice(3)).toEqual(['温泉丙化工有限公司']);

    const all = await s.app.inject({ method: 'GET', url: '/api/enterprises/export.xlsx', headers: admin.headers });
    const snapshot = async () => ({
      rows: await countRows(s),
      enterprises: await s.database.db.selectFrom('enterprises').selectAll().orderBy('uscc').execute(),
      units: await s.database.db.selectFrom('enterprise_units').selectAll().orderBy('id').execute(),
      lines: await s.database.db.selectFrom('inventory_lines').selectAll().orderBy('id').execute(),
      licences: await s.database.db.selectFrom('enterprise_licences').selectAll().orderBy('id').execute(),
    });
    const before = await snapshot();
    const { zh } = await importFile(s, admin, all.rawPayload);
    expect(zh.problems).toEqual([]);
    expect(zh.result).toMatchObject({ enterprises: 0, units: 0, lines: 0, unchanged: { enterprises: 4, units: 6, licences: 1 } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the template as an office fills it', () => {
  it('a template filled in with a spreadsheet library (rows added under the example) imports', async () => {
    const template = (await s.app.inject({ method: 'GET', url: '/api/enterprises/import-template.xlsx', headers: wenquan.headers })).rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const D = validUsccOf(401);
    wb.getWorksheet('企业')!.getRow(4).values = ['温泉己化工有限公司', D, '温泉镇', null, null, null, null, null, null, null, '储存', '在产'];
    wb.getWorksheet('生产储存单元')!.getRow(4).values = [D, '仓库', '储存单元', '库区', null, null, null, null, 12];
    wb.getWorksheet('存储物料')!.getRow(4).values = [D, '仓库', '氯', '7782-50-5', null, null, null, null, 5, 't'];
    const { zh } = await importFile(s, wenquan, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(zh.problems).toEqual([]);
    // 氯 5 t / Q 5 → S = 1; α(12 people) = 1, β 4 → R = 4 → grade 4
    expect((await unitsOf(D)).map((u) => [u.name, u.s_exact, u.r_exact, u.grade])).toEqual([['仓库', '1', '4', 4]]);
  });
});
