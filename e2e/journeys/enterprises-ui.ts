// Helpers for the enterprise journeys: a valid credit code, the import template filled as a user would (finding
// each column by its Chinese header, as printed in row 1), uploading it through the drop zone, and calling the
// API from inside the signed-in page for the checks that need numbers.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { usccCheckCharacter } from '../../packages/domain/src/enterprises/uscc';

/** A unified social credit code of 从化区 (division 440117) with a correct GB 32100 check character. */
export function validUscc(seed: number): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let n = Math.abs(Math.floor(seed));
  let tail = '';
  for (let i = 0; i < 7; i++) { tail += alphabet[n % 31]; n = Math.floor(n / 31); }
  const body = `91440117MA${tail}`;
  return body + usccCheckCharacter(body);
}

/** The same code with a wrong check character (the next one in the alphabet). */
export function withWrongCheck(uscc: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const last = uscc.charAt(17);
  return uscc.slice(0, 17) + alphabet[(alphabet.indexOf(last) + 1) % 31];
}

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
};

/** Column number of the header that starts with `label` (row 1 holds the Chinese headers; '*' marks required). */
function columnOf(ws: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (!found && text(cell.value).replace(/\*$/, '').trim().startsWith(label)) found = col;
  });
  if (!found) throw new Error(`sheet ${ws.name}: no column "${label}" in row 1 (${(ws.getRow(1).values as ExcelJS.CellValue[]).map(text).join(' | ')})`);
  return found;
}

/** The first row from 3 on (rows 1–2 are headers, row 3 the template's example) with nothing in it. */
function firstEmptyRow(ws: ExcelJS.Worksheet): number {
  for (let r = 3; ; r++) {
    const row = ws.getRow(r);
    const values = (row.values as ExcelJS.CellValue[]).map(text).filter((s) => s.trim() !== '');
    if (values.length === 0) return r;
  }
}

export type SheetRows = Record<string, Record<string, string | number>[]>;

/** Writes rows into the template's sheets by header label: { 企业: [{ 企业名称: '…', … }], … }. */
export async function fillTemplate(template: string, out: string, sheets: SheetRows): Promise<Record<string, number[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const written: Record<string, number[]> = {};
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = wb.getWorksheet(sheetName);
    if (!ws) throw new Error(`template has no sheet "${sheetName}" (has ${wb.worksheets.map((w) => w.name).join(', ')})`);
    written[sheetName] = [];
    for (const values of rows) {
      const r = firstEmptyRow(ws);
      for (const [label, value] of Object.entries(values)) ws.getRow(r).getCell(columnOf(ws, label)).value = value;
      ws.getRow(r).commit();
      written[sheetName]?.push(r);
    }
  }
  await wb.xlsx.writeFile(out);
  return written;
}

/** Sends a file through the import page's drop zone (its hidden file input). */
export async function uploadWorkbook(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-drop').locator('input[type="file"]').setInputFiles(file);
}

/** fetch() in the page with the signed-in user's cookie; JSON out. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const r = await page.evaluate(async (p) => {
    const res = await fetch(p, { headers: { Accept: 'application/json' } });
    return { status: res.status, body: await res.text() };
  }, path);
  if (r.status !== 200) throw new Error(`GET ${path} → ${r.status}: ${r.body}`);
  return JSON.parse(r.body) as T;
}
