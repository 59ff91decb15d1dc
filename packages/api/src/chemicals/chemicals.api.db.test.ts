// The chemicals API end to end: search with the CAS check, Table 2 categories, reference lists (the highly toxic list
// is partial), the restriction list (district admin, audited, affected lines counted in the reader's scope) and
// catalog editions (template, all-or-nothing import with row/column problems in both languages, sources kept).
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
let admin: Session;
let wenquan: Session;
let liangkou: Session;

beforeAll(async () => {
  s = await startTestServer();
  await seedEnterprise(s, {
    id: 'ea', orgId: 'ent-a', territoryId: TOWN_A, name: '温泉化工', uscc: '91440117MA59C1XP3U', units: [
      { id: 'u1', name: '罐区', population: 10, lines: [{ name: '甲醇', quantity: '10', cas: '67-56-1' }, { name: '甲醇（工业级）', quantity: '1' }] },
      { id: 'u2', name: '库房', population: 10, lines: [{ name: '硝酸铵', quantity: '1' }] },
    ],
  });
  ({ admin, wenquan, liangkou } = await withRoleUsers(s, ['admin', 'wenquan', 'liangkou']));
});
afterAll(async () => s?.close());

const call = (who: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, lang = 'zh-CN') =>
  s.app.inject({ method, url, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

function uploadEdition(who: Session, file: Buffer, fields: Record<string, string>, lang = 'zh-CN'): Promise<LightMyRequestResponse> {
  const boundary = '----hazgovedition';
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const payload = Buffer.concat([
    ...parts,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="edition.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`), file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return s.app.inject({ method: 'POST', url: '/api/chemicals/editions', headers: { ...who.headers, 'accept-language': lang, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
}

/** The downloaded template with data rows filled in (the header row is the template's own). */
async function filledTemplate(template: Buffer, rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('目录');
  if (!sheet) throw new Error('no 目录 sheet');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('chemical search', () => {
  it('finds Table 1 rows by name, alias and CAS, with flags', async () => {
    const byName = (await call(wenquan, 'GET', '/api/chemicals/search?q=甲醇')).json();
    expect(byName.casProblem).toBeNull();
    expect(byName.items[0]).toMatchObject({ source: 'gb18218_table1', table1Serial: 65, thresholdTonnes: '500', thresholdSource: 'table1', matchedOn: 'exact_name', edition: null, flags: { keySupervised: 'listed', highlyToxic: 'unknown' } });
    expect((await call(wenquan, 'GET', '/api/chemicals/search?q=木精')).json().items[0]).toMatchObject({ table1Serial: 65 });
    expect((await call(wenquan, 'GET', '/api/chemicals/search?q=67-56-1')).json().items[0]).toMatchObject({ table1Serial: 65, matchedOn: 'cas' });
    // 硝化棉 is the alias of rows 37–41; row 42 硝化棉溶液 contains it
    expect((await call(wenquan, 'GET', '/api/chemicals/search?q=硝化棉')).json().items.map((h: { table1Serial: number }) => h.table1Serial)).toEqual([37, 38, 39, 40, 41, 42]);
  });

  it('answers 400 CAS_CHECK_DIGIT naming the field for a CAS-shaped query with a wrong check digit', async () => {
    // 67-56-1: 6×1 + 5×2 + 7×3 + 6×4 = 61 → check digit 1; 67-56-2 is wrong
    const res = await call(wenquan, 'GET', '/api/chemicals/search?q=67-56-2', undefined, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CAS_CHECK_DIGIT', details: [{ field: 'q', code: 'CAS_CHECK_DIGIT' }] });
    expect(res.json().error.message).toContain('67-56-2');
  });

  it('gives Table 2 categories with their Table 4 β, one Table 1 row, and the reference lists with completeness', async () => {
    const cats = (await call(wenquan, 'GET', '/api/chemicals/categories')).json();
    expect(cats).toHaveLength(24);
    expect(cats.find((c: { symbol: string }) => c.symbol === 'W5.1')).toMatchObject({ category: '易燃液体', thresholdTonnes: '10', beta: '1.5' });
    expect(cats.find((c: { symbol: string }) => c.symbol === 'J1')).toMatchObject({ thresholdTonnes: '5', beta: '4' });
    expect((await call(wenquan, 'GET', '/api/chemicals/table1/40')).json()).toMatchObject({ name: '硝化纤维素(含氮≤12.6%)', thresholdTonnes: '50' });
    expect((await call(wenquan, 'GET', '/api/chemicals/table1/86')).statusCode).toBe(404);
    const lists = (await call(wenquan, 'GET', '/api/chemicals/lists')).json();
    expect(lists.find((l: { key: string }) => l.key === 'highlyToxic')).toMatchObject({ complete: false, entryCount: 6, officialCount: 148 });
    expect(lists.find((l: { key: string }) => l.key === 'catalog')).toMatchObject({ complete: false, entryCount: 0 });
    expect(lists.find((l: { key: string }) => l.key === 'explosivePrecursor')).toMatchObject({ complete: true });
  });
});

describe('restriction list', () => {
  it('is edited by the district admin only, audited, with lines counted in the reader’s scope', async () => {
    expect((await call(wenquan, 'POST', '/api/chemicals/restrictions', { chemicalName: '甲醇', level: 'restricted' })).statusCode).toBe(403);
    const bad = await call(admin, 'POST', '/api/chemicals/restrictions', { chemicalName: ' ', cas: '67-56-2', level: 'restricted' });
    expect(bad.json().error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual(['chemicalName:RESTRICTION_NAME_REQUIRED', 'cas:CAS_CHECK_DIGIT']);

    const created = await call(admin, 'POST', '/api/chemicals/restrictions', { chemicalName: '甲醇', level: 'restricted', note: '限量储存' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    // lines 甲醇 (10 t, CAS 67-56-1) and 甲醇（工业级） (the bare listed name also catches qualified forms): 2
    expect(created.json()).toMatchObject({ chemicalName: '甲醇', cas: null, level: 'restricted', note: '限量储存', affectedLines: 2 });
    expect((await call(admin, 'POST', '/api/chemicals/restrictions', { chemicalName: ' 甲醇', level: 'controlled' })).statusCode).toBe(409);

    expect((await call(wenquan, 'GET', '/api/chemicals/restrictions')).json().items).toMatchObject([{ id, affectedLines: 2 }]);
    expect((await call(liangkou, 'GET', '/api/chemicals/restrictions')).json().items).toMatchObject([{ id, affectedLines: 0 }]);
    const detail = (await call(wenquan, 'GET', '/api/major-hazards/u1')).json();
    expect(detail.lines.map((l: { flags: { restriction: unknown } }) => l.flags.restriction)).toEqual([{ level: 'restricted', entryId: id, note: '限量储存' }, { level: 'restricted', entryId: id, note: '限量储存' }]);

    const updated = await call(admin, 'PUT', `/api/chemicals/restrictions/${id}`, { chemicalName: '硝酸铵', cas: '6484-52-2', level: 'prohibited' });
    expect(updated.json()).toMatchObject({ chemicalName: '硝酸铵', cas: '6484-52-2', level: 'prohibited', note: null, affectedLines: 1 });
    expect((await call(admin, 'PUT', '/api/chemicals/restrictions/nope', { chemicalName: 'x', level: 'prohibited' })).statusCode).toBe(404);
    expect((await call(admin, 'DELETE', `/api/chemicals/restrictions/${id}`)).statusCode).toBe(204);
    expect((await call(admin, 'DELETE', `/api/chemicals/restrictions/${id}`)).statusCode).toBe(404);
    const audit = await s.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['restriction.created', 'restriction.updated', 'restriction.deleted']);
  });
});

describe('catalog editions', () => {
  it('imports a filled template all or nothing, reporting each problem by row and column in both languages', async () => {
    const tpl = await call(wenquan, 'GET', '/api/chemicals/edition-template.xlsx');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.headers['content-type']).toContain('spreadsheetml');
    const template = tpl.rawPayload;

    const broken = await filledTemplate(template, [
      ['1', '氰化钾', '山奈钾', '151-50-9', 'UN1680', 'J1', '是', null, null, null, null, null, null, null],
      ['2', null, null, null, null, 'W12', '可能', null, null, null, null, null, null, null],
    ]);
    const zh = await uploadEdition(admin, broken, { name: '危险化学品目录（2015版）', source: '原安监总局等十部门公告2015年第5号' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('CATALOG_IMPORT_INVALID');
    expect(zh.json().error.details.map((d: { row: number; field: string; code: string }) => `${d.row}:${d.field}:${d.code}`)).toEqual([
      '2:cas:CAS_CHECK_DIGIT', '3:name:CATALOG_NAME_REQUIRED', '3:hazard_symbols:HAZARD_SYMBOL_UNKNOWN', '3:highly_toxic:CATALOG_FLAG_INVALID',
    ]);
    expect(zh.json().error.details[3].message).toBe('第 3 行 highly_toxic 列：“可能”只能填“是”或“否”');
    const en = await uploadEdition(admin, broken, { name: 'x', source: 'y' }, 'en');
    expect(en.json().error.details[3].message).toBe('Row 3, column highly_toxic: “可能” must be 是 (yes) or 否 (no).');
    expect((await call(admin, 'GET', '/api/chemicals/editions')).json().items).toEqual([]); // nothing saved

    expect((await uploadEdition(admin, Buffer.from('not a workbook'), { name: 'x', source: 'y' })).json().error.code).toBe('CATALOG_FILE_UNREADABLE');
    expect((await uploadEdition(admin, broken, { name: '', source: 'y' })).json().error.details[0]).toMatchObject({ field: 'name', code: 'CATALOG_EDITION_NAME_REQUIRED' });
    expect((await uploadEdition(wenquan, broken, { name: 'x', source: 'y' })).statusCode).toBe(403);
  });

  it('keeps the edition and the source of every value, and search shows them', async () => {
    const template = (await call(wenquan, 'GET', '/api/chemicals/edition-template.xlsx')).rawPayload;
    const file = await filledTemplate(template, [
      ['1686', '氰化钾', '山奈钾；氢氰酸钾盐', '151-50-8', 'UN1680', 'J1', '是', '否', null, '是', null, null, '目录第1686条', null],
      ['2', '乙酸丁酯', '醋酸丁酯', '123-86-4', '1123', 'W5.3', null, null, null, null, null, '本区补充调查（2026）', null, null],
    ]);
    const res = await uploadEdition(admin, file, { name: '危险化学品目录（2015版）', source: '原安监总局等十部门公告2015年第5号' });
    expect(res.statusCode).toBe(201);
    const edition = res.json();
    expect(edition).toMatchObject({ name: '危险化学品目录（2015版）', source: '原安监总局等十部门公告2015年第5号', entryCount: 2, active: true });

    const entries = (await call(wenquan, 'GET', `/api/chemicals/editions/${edition.id}/entries`)).json();
    expect(entries.total).toBe(2);
    expect(entries.items[0]).toMatchObject({
      serial: '1686', name: '氰化钾', aliases: ['山奈钾', '氢氰酸钾盐'], cas: '151-50-8', unNumber: '1680', hazardSymbols: ['J1'],
      flags: { highlyToxic: true, explosivePrecursor: false, speciallyControlled: true },
      sources: { name: '原安监总局等十部门公告2015年第5号', cas: '目录第1686条', highly_toxic: '原安监总局等十部门公告2015年第5号' },
    });
    expect(entries.items[1].sources).toMatchObject({ name: '本区补充调查（2026）', hazard_symbols: '本区补充调查（2026）' });

    const hit = (await call(wenquan, 'GET', '/api/chemicals/search?q=醋酸丁酯')).json().items[0];
    // outside Table 1: Q from Table 2 W5.3 = 1,000 t
    expect(hit).toMatchObject({ source: 'catalog', name: '乙酸丁酯', matchedOn: 'alias', thresholdTonnes: '1000', thresholdSource: 'table2', table1Serial: null, edition: { id: edition.id, name: '危险化学品目录（2015版）', source: '原安监总局等十部门公告2015年第5号' } });
    const cyanide = (await call(wenquan, 'GET', '/api/chemicals/search?q=151-50-8')).json().items[0];
    // the edition says 剧毒 是; our partial list already has 氰化钾 too
    expect(cyanide).toMatchObject({ source: 'catalog', matchedOn: 'cas', flags: { highlyToxic: 'listed' }, sources: { cas: '目录第1686条' } });
    expect((await call(wenquan, 'GET', '/api/chemicals/lists')).json().find((l: { key: string }) => l.key === 'catalog')).toMatchObject({ complete: false, entryCount: 2 });
    expect((await s.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', edition.id).execute()).map((a) => a.action)).toEqual(['catalog_edition.imported']);
  });
});
