// Broken enterprise workbooks: every problem is reported with its sheet, Excel row, column header and reason, in
// Chinese and in English, and NOTHING is written (row counts of every table an import touches, audit log included,
// are the same before and after). On SQLite, and on PostgreSQL when DATABASE_URL is set.
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImportWorkbook, type TestRow } from '@hazgov/app/enterprises/import/testing/import-workbook-builder';
import { validUsccOf, wrongCheckUscc } from '@hazgov/app/enterprises/import/testing/valid-uscc';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { countRows, importFile, upload, waitForJob, type JobView, type RowCounts } from './enterprise-import.test-support.js';

let s: TestServer;
let wenquan: Session;
let before: RowCounts;
const LIANGKOU_ENTERPRISE = validUsccOf(900);
const X = validUsccOf(901);

const ent = (uscc: string, territory: string, extra: TestRow = {}): TestRow => ({ name: `企业${uscc.slice(-4)}`, uscc, territory, activities: '储存', status: '在产', ...extra });

beforeAll(async () => {
  s = await startTestServer({ seed: 'conghua' });
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: '440117' });
  await s.addUser({ username: 'wenquan', role: 'territory', organisationId: '440117103' });
  const admin = await s.login('admin');
  wenquan = await s.login('wenquan');
  const seeded = await importFile(s, admin, await buildImportWorkbook({ enterprises: [ent(LIANGKOU_ENTERPRISE, '良口镇')] }));
  if (seeded.zh.status !== 'done') throw new Error(JSON.stringify(seeded.zh.problems));
  before = await countRows(s);
}, 60_000);
afterAll(async () => s?.close());

const where = (job: JobView) => job.problems.map((p) => [p.sheet, p.row, p.column, p.code]);

/** Every problem has a message of its own in both languages (never a fallback), and the two differ. */
function expectBothLanguages(zh: JobView, en: JobView): void {
  expect(en.problems.map((p) => p.code)).toEqual(zh.problems.map((p) => p.code));
  zh.problems.forEach((p, i) => {
    const e = en.problems[i]!;
    expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toBe(p.message);
    expect(e.message).not.toMatch(/^(Internal error|Some fields are invalid)/);
    expect(p.message).not.toMatch(/\{\w+\}/); // every placeholder filled
    expect(e.message).not.toMatch(/\{\w+\}/);
  });
}

describe('broken workbooks write nothing and say why, row by row', () => {
  it('reports every row problem of every sheet at once', async () => {
    const file = await buildImportWorkbook({
      enterprises: [
        ent(wrongCheckUscc(1), '温泉镇'), // row 3: check character
        ent(X, '温泉镇'), // row 4: good
        ent(X, '温泉镇'), // row 5: repeats row 4
        ent(validUsccOf(2), '不存在镇'), // row 6
        ent(validUsccOf(3), '温泉镇', { grid: '良口镇第一网格' }), // row 7: grid of another town
        ent(LIANGKOU_ENTERPRISE, '温泉镇'), // row 8: registered in 良口镇, outside 温泉镇's jurisdiction
        ent(validUsccOf(4), '良口镇'), // row 9: a town the user does not own
        ent(validUsccOf(5), '温泉镇', { status: '营业中' }), // row 10
      ],
      units: [
        { uscc: validUsccOf(6), name: '储罐区', kind: '储存单元' }, // row 3: enterprise neither in the file nor registered
        { uscc: X, name: '储罐区', kind: '储存单元', population: 10 }, // row 4: good
        { uscc: X, name: '仓库', kind: '储存单元', population: -5 }, // row 5
      ],
      licences: [
        { uscc: X, kind: '安全生产许可证', number: 'A-1', expiresOn: '明年' }, // row 3
        { uscc: X, kind: '安全生产许可证', number: 'A-2', issuedOn: '2025-02-30', expiresOn: '2027-01-01' }, // row 4
      ],
      inventory: [
        { uscc: X, unit: '储罐区', chemicalName: '氨', cas: '7664-41-8', quantity: 5, quantityUnit: 't' }, // row 3: CAS check digit
        { uscc: X, unit: '储罐区', chemicalName: '氨', quantity: -5, quantityUnit: 't' }, // row 4
        { uscc: X, unit: '储罐区', chemicalName: '氨', quantity: '十吨', quantityUnit: 't' }, // row 5
        { uscc: X, unit: '储罐区', chemicalName: '甲醇', quantity: 10, quantityUnit: 'm3' }, // row 6: no density
        { uscc: X, unit: '储罐区', chemicalName: '氨', quantity: 3, quantityUnit: '桶' }, // row 7
        { uscc: X, unit: '储罐区', chemicalName: '神秘物质', quantity: 3, quantityUnit: 't' }, // row 8: not in Table 1 nor the catalog, no category
        { uscc: X, unit: '储罐区', chemicalName: '某溶剂', hazardSymbols: 'W99', quantity: 3, quantityUnit: 't' }, // row 9
        { uscc: X, unit: '不存在的单元', chemicalName: '氨', quantity: 3, quantityUnit: 't' }, // row 10
      ],
    });
    const { zh, en } = await importFile(s, wenquan, file);
    expect(zh.status).toBe('failed');
    expect(where(zh)).toEqual([
      ['企业', 3, '统一社会信用代码*', 'ENTERPRISE_IMPORT_USCC_CHECK'],
      ['企业', 5, '统一社会信用代码*', 'ENTERPRISE_IMPORT_USCC_DUPLICATE'],
      ['企业', 6, '所属镇街*', 'ENTERPRISE_IMPORT_TERRITORY_UNKNOWN'],
      ['企业', 7, '所属网格', 'ENTERPRISE_IMPORT_GRID_NOT_IN_TERRITORY'],
      ['企业', 8, '统一社会信用代码*', 'ENTERPRISE_IMPORT_USCC_TAKEN'],
      ['企业', 9, '所属镇街*', 'ENTERPRISE_IMPORT_TERRITORY_OUT_OF_SCOPE'],
      ['企业', 10, '经营状态*', 'ENTERPRISE_IMPORT_CHOICE_INVALID'],
      ['生产储存单元', 3, '统一社会信用代码*', 'ENTERPRISE_IMPORT_ENTERPRISE_UNKNOWN'],
      ['生产储存单元', 5, '周边500米人数', 'ENTERPRISE_IMPORT_COUNT_INVALID'],
      ['证照', 3, '有效期至*', 'ENTERPRISE_IMPORT_DATE_INVALID'],
      ['证照', 4, '发证日期', 'ENTERPRISE_IMPORT_DATE_INVALID'],
      ['存储物料', 3, 'CAS号', 'ENTERPRISE_IMPORT_CAS_CHECK'],
      ['存储物料', 4, '设计最大量*', 'ENTERPRISE_IMPORT_QUANTITY_NEGATIVE'],
      ['存储物料', 5, '设计最大量*', 'ENTERPRISE_IMPORT_QUANTITY_INVALID'],
      ['存储物料', 6, '密度', 'ENTERPRISE_IMPORT_DENSITY_MISSING'],
      ['存储物料', 7, '计量单位*', 'ENTERPRISE_IMPORT_UNIT_OF_MEASURE_UNKNOWN'],
      ['存储物料', 8, '物质名称*', 'ENTERPRISE_IMPORT_CHEMICAL_UNKNOWN'],
      ['存储物料', 9, '危险性类别（表2）', 'ENTERPRISE_IMPORT_HAZARD_SYMBOL_UNKNOWN'],
      ['存储物料', 10, '单元名称*', 'ENTERPRISE_IMPORT_UNIT_UNKNOWN'],
    ]);
    expectBothLanguages(zh, en);
    expect(en.problems[0]).toMatchObject({ sheet: '企业', column: 'Unified social credit code' });
    expect(zh.problems.find((p) => p.row === 3 && p.sheet === '存储物料')?.message).toBe('CAS 号 7664-41-8 的校验位不正确');
    expect(en.problems.find((p) => p.row === 4 && p.sheet === '存储物料')?.message).toBe('The quantity “-5” cannot be negative.');
    expect(zh.problems.find((p) => p.code === 'ENTERPRISE_IMPORT_USCC_DUPLICATE')?.message).toContain('第 4 行');
    expect(await countRows(s)).toEqual(before);
  });

  it('one bad row among good ones still writes nothing', async () => {
    const file = await buildImportWorkbook({
      enterprises: [ent(validUsccOf(11), '温泉镇'), ent(validUsccOf(12), '温泉镇')],
      units: [{ uscc: validUsccOf(11), name: '储罐区', kind: '储存单元' }],
      inventory: [{ uscc: validUsccOf(11), unit: '储罐区', chemicalName: '氨', quantity: 'abc', quantityUnit: 't' }],
    });
    const { zh } = await importFile(s, wenquan, file);
    expect(where(zh)).toEqual([['存储物料', 3, '设计最大量*', 'ENTERPRISE_IMPORT_QUANTITY_INVALID']]);
    expect(await countRows(s)).toEqual(before);
  });

  it('a missing sheet, changed headers and an empty workbook are problems of the file', async () => {
    const missing = await importFile(s, wenquan, await buildImportWorkbook({ enterprises: [ent(validUsccOf(21), '温泉镇')] }, { omitSheets: ['units'] }));
    expect(where(missing.zh)).toEqual([['生产储存单元', null, null, 'ENTERPRISE_IMPORT_SHEET_MISSING']]);
    expect(missing.en.problems[0]?.message).toBe('The sheet “生产储存单元” is missing (use the import template).');

    const headers = ['企业名字', '统一社会信用代码', '所属镇街', '所属网格', '法定代表人', '地址', '经度', '纬度', '坐标系', '行业', '经营活动', '经营状态', '是否在化工园区', '化工园区名称', '从业人数', '联系人（职务 姓名 电话；…）', '重点监管危险化工工艺'];
    const wrong = await importFile(s, wenquan, await buildImportWorkbook({ enterprises: [ent(validUsccOf(22), '温泉镇')] }, { headers: { enterprises: headers }, englishRow: false }));
    expect(where(wrong.zh)).toEqual([['企业', 1, '企业名称*', 'ENTERPRISE_IMPORT_HEADER_MISSING']]);
    expectBothLanguages(wrong.zh, wrong.en);

    const noSheets = new ExcelJS.Workbook();
    noSheets.addWorksheet('Sheet1');
    const empty = await importFile(s, wenquan, Buffer.from(await noSheets.xlsx.writeBuffer()));
    expect(where(empty.zh).map((p) => p[3])).toEqual(Array(4).fill('ENTERPRISE_IMPORT_SHEET_MISSING'));

    const onlyHeaders = await importFile(s, wenquan, await buildImportWorkbook({}));
    expect(where(onlyHeaders.zh)).toEqual([[null, null, null, 'ENTERPRISE_IMPORT_EMPTY']]);
    expectBothLanguages(onlyHeaders.zh, onlyHeaders.en);
    expect(await countRows(s)).toEqual(before);
  });

  it('the upload limit is the route’s own: a 6 MB workbook goes in, one above 32 MB is refused (413)', async () => {
    const zip = await JSZip.loadAsync(await buildImportWorkbook({}));
    zip.file('xl/media/padding.bin', crypto.randomBytes(6 * 1024 * 1024), { compression: 'STORE' }); // above the server-wide 5 MB
    const big = await zip.generateAsync({ type: 'nodebuffer' });
    const accepted = await upload(s, wenquan, big);
    expect(accepted.statusCode).toBe(202);
    expect(where(await waitForJob(s, wenquan, accepted.json().jobId))).toEqual([[null, null, null, 'ENTERPRISE_IMPORT_EMPTY']]);
    const tooBig = await upload(s, wenquan, Buffer.concat([big, Buffer.alloc(27 * 1024 * 1024)]), { locale: 'en' });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'The file is too large (limit 32 MB).' });
  });

  it('a file that is not an .xlsx workbook is refused at upload (400), in both languages', async () => {
    for (const [content, fileName] of [
      [Buffer.from('name,uscc\n某企业,91440117MA0000001Y\n'), 'enterprises.xlsx'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'enterprises.xls'],
      [await buildImportWorkbook({ enterprises: [ent(validUsccOf(31), '温泉镇')] }), 'enterprises.csv'],
    ] as const) {
      const zh = await upload(s, wenquan, content, { fileName, locale: 'zh-CN' });
      const en = await upload(s, wenquan, content, { fileName, locale: 'en' });
      expect(zh.statusCode).toBe(400);
      expect(zh.json().error).toMatchObject({ code: 'ENTERPRISE_IMPORT_NOT_XLSX', message: '文件不是 Excel 工作簿（.xlsx）：请使用下载的模板填写后上传', details: [{ field: 'file' }] });
      expect(en.json().error.message).toBe('The file is not an Excel workbook (.xlsx): fill in the downloaded template and upload it.');
    }
    expect(await countRows(s)).toEqual(before);
  });
});
