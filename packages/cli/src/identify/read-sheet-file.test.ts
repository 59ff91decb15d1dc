import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { readSheetFile } from './read-sheet-file.js';
import { displayWidth, table } from './render-text.js';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name));
const HEADER = 'unit,chemical,cas,quantity_t,hazard_category,exposed_people';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from('\ufeff液氯', 'utf8'))).toEqual({ ok: true, text: '液氯', encoding: 'utf-8', bom: true });
    expect(decodeText(Buffer.from('液氯', 'utf8'))).toEqual({ ok: true, text: '液氯', encoding: 'utf-8', bom: false });
  });

  it('reads GBK, as Excel saves "CSV (逗号分隔)" on Chinese Windows', () => {
    // 液氯 in GBK: D2BA C2C8
    expect(decodeText(Buffer.from([0xd2, 0xba, 0xc2, 0xc8]))).toEqual({ ok: true, text: '液氯', encoding: 'gb18030', bom: false });
    expect(decodeText(fixture('gbk.csv'))).toMatchObject({ ok: true, encoding: 'gb18030', text: expect.stringContaining('液氯库,液氯,7782-50-5') });
  });

  it('reads UTF-16 with a BOM, as Excel saves "Unicode 文本"', () => {
    expect(decodeText(Buffer.from('\ufeff液氯', 'utf16le'))).toEqual({ ok: true, text: '液氯', encoding: 'utf-16le', bom: true });
  });

  it('refuses binary data', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, problem: 'not_text' });
    expect(decodeText(Buffer.from([0xff, 0xff, 0xff]))).toEqual({ ok: false, problem: 'not_text' });
  });
});

describe('readSheetFile — CSV', () => {
  it('handles the BOM, CRLF and a quoted field holding a comma', async () => {
    const r = await readSheetFile(fixture('good.csv'));
    if (!r.ok) throw new Error(r.problem);
    expect([r.format, r.encoding, r.headerRow, r.header.join(',')]).toEqual(['csv', 'utf-8', 1, HEADER]);
    expect(r.rows[0]).toEqual({ row: 2, cells: ['储罐区（甲类,乙类）', '甲醇', '67-56-1', '350', 'W5.3', '40'] });
  });

  it('numbers rows as a spreadsheet does: blank lines count, a quoted line break does not', async () => {
    const text = `\n${HEADER}\n"A\nB",甲醇,,1,,\n\nC,苯,,2,,\n`;
    const r = await readSheetFile(Buffer.from(text));
    expect(r.ok && [r.headerRow, r.rows.map((x) => [x.row, x.cells[0]])]).toEqual([2, [[3, 'A\nB'], [4, ''], [5, 'C']]]);
  });

  it('reads tab-separated UTF-16 text', async () => {
    const r = await readSheetFile(Buffer.from(`\ufeff${HEADER.replaceAll(',', '\t')}\r\n液氯库\t液氯\t\t5\t\t3\r\n`, 'utf16le'));
    expect(r.ok && [r.encoding, r.rows[0]?.cells]).toEqual(['utf-16le', ['液氯库', '液氯', '', '5', '', '3']]);
  });

  it('names the line of a quote left open', async () => {
    const r = await readSheetFile(Buffer.from(`${HEADER}\nA,甲醇,,1,,\n"B,苯,,2,,\n`));
    expect(r).toMatchObject({ ok: false, problem: 'bad_csv', line: 3 });
  });

  it('refuses an empty file, an old .xls and a broken .xlsx', async () => {
    expect(await readSheetFile(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty_file' });
    expect(await readSheetFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ ok: false, problem: 'xls_not_supported' });
    expect(await readSheetFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: 'unreadable_xlsx' });
  });
});

describe('readSheetFile — .xlsx', () => {
  it('finds the sheet with the header, keeps Excel row numbers and reads formula results and numbers', async () => {
    const r = await readSheetFile(fixture('good.xlsx'));
    if (!r.ok) throw new Error(r.problem);
    expect([r.format, r.sheetName, r.headerRow, r.header.join(',')]).toEqual(['xlsx', '库存', 1, HEADER]);
    expect(r.rows.map((x) => x.row)).toEqual([2, 3, 4, 6, 7, 8]); // row 5 is blank
    expect(r.rows[0]?.cells).toEqual(['储罐区（甲类,乙类）', '甲醇', '67-56-1', '350', 'W5.3', '40']); // 350 is =300+50
    expect(r.rows[3]?.cells).toEqual(['液氯库', '液氯', '7782-50-5', '12.5', '', '120']);
  });
});

describe('text table', () => {
  it('counts CJK characters as two columns so the columns line up', () => {
    expect(displayWidth('液氯 7782-50-5')).toBe(14);
    expect(table(['物质', 'q'], [['液氯', '5'], ['LPG', '60']], [false, true])).toEqual(['物质   q', '────  ──', '液氯   5', 'LPG   60']);
  });
});
