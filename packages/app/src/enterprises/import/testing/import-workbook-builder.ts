// Workbooks for import tests, built with exceljs from rows given by column key (workbook-layout.ts), so a test
// states its data and not the template's cell positions. Options break the file the ways users do: a sheet left
// out, headers changed. Not used by the running platform.
import ExcelJS from 'exceljs';
import { COLUMNS, SHEETS, SHEET_KEYS, headerText, type SheetKey } from '../workbook-layout.js';

export type TestRow = Record<string, string | number | Date | null | undefined>;
export type TestSheets = Partial<Record<SheetKey, TestRow[]>>;

export async function buildImportWorkbook(
  sheets: TestSheets,
  opts: { omitSheets?: SheetKey[]; headers?: Partial<Record<SheetKey, string[]>>; englishRow?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['测试用工作簿']);
  for (const key of SHEET_KEYS) {
    if (opts.omitSheets?.includes(key)) continue;
    const ws = wb.addWorksheet(SHEETS[key].zh);
    const columns = COLUMNS[key];
    ws.addRow(opts.headers?.[key] ?? columns.map((c) => headerText(c, 'zh')));
    if (opts.englishRow !== false) ws.addRow(columns.map((c) => headerText(c, 'en')));
    for (const row of sheets[key] ?? []) ws.addRow(columns.map((c) => row[c.key] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
