// Writes the enterprise workbook — the template (one example row per sheet) or an export (the records) — with
// exceljs's streaming writer, so an export of 10,000 enterprises never holds a whole in-memory Workbook. Drop-downs
// (data validation) read their values from a hidden 选项 sheet: an inline list is limited to 255 characters, and
// the territories and grid cells are the user's own.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { INSTRUCTIONS } from './workbook-instructions.js';
import {
  CHOICES, COLUMNS, EXAMPLE_MARK, FIRST_DATA_ROW, INSTRUCTIONS_SHEET, OPTIONS_SHEET, SHEETS, SHEET_KEYS, headerText,
  type ColumnDef, type ListSource, type SheetKey,
} from './workbook-layout.js';

export type CellOut = string | number | Date | null;
export type SheetRows = Record<SheetKey, Iterable<Record<string, CellOut>>>;
export type WorkbookLists = { territories: readonly string[]; grids: readonly string[] };

/** Data validation reaches at least this many rows below the headers (a 10,000-enterprise file). */
const VALIDATED_ROWS = 10_000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

const colLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : colLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

function listValues(source: ListSource, lists: WorkbookLists): string[] {
  if (source === 'territory') return [...lists.territories];
  if (source === 'grid') return [...lists.grids];
  return CHOICES[source].map((c) => c.zh);
}

const LIST_SOURCES: ListSource[] = ['territory', 'grid', ...(Object.keys(CHOICES) as ListSource[])];

function validationFor(col: ColumnDef, lists: WorkbookLists): ExcelJS.DataValidation | null {
  if (!col.list) return null;
  const values = listValues(col.list, lists);
  if (values.length === 0) return null;
  const letter = colLetter(LIST_SOURCES.indexOf(col.list) + 1);
  return {
    type: 'list', allowBlank: !col.required, formulae: [`'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`],
    showErrorMessage: true, errorStyle: col.listLoose ? 'information' : 'stop',
    errorTitle: '请从下拉列表选择', error: col.listLoose ? '可填写多项，用逗号分隔' : `请选择：${values.slice(0, 20).join('、')}`,
  };
}

function addDataSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, key: SheetKey, rows: Iterable<Record<string, CellOut>>, lists: WorkbookLists): number {
  const columns = COLUMNS[key];
  const ws = wb.addWorksheet(SHEETS[key].zh, { views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] });
  ws.columns = columns.map((c) => ({ width: c.width, ...(c.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
  for (const lang of ['zh', 'en'] as const) {
    const header = ws.addRow(columns.map((c) => headerText(c, lang)));
    header.eachCell((cell, n) => {
      cell.font = { bold: lang === 'zh', italic: lang === 'en', color: lang === 'en' ? { argb: 'FF666666' } : undefined };
      cell.fill = columns[n - 1]?.required && lang === 'zh' ? REQUIRED_FILL : HEADER_FILL;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.commit();
  }
  let count = 0;
  for (const values of rows) {
    const row = ws.addRow(columns.map((c) => values[c.key] ?? null));
    columns.forEach((c, i) => { if (c.date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd'; });
    if (String(values[columns[0]?.key ?? ''] ?? '').startsWith(EXAMPLE_MARK)) row.eachCell((cell) => { cell.font = { italic: true, color: { argb: 'FF999999' } }; });
    row.commit();
    count += 1;
  }
  const last = FIRST_DATA_ROW + Math.max(VALIDATED_ROWS, count + 1000) - 1;
  // the streaming worksheet has data validations (written on commit) though exceljs's types omit them
  const validations = (ws as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
  columns.forEach((c, i) => {
    const validation = validationFor(c, lists);
    if (validation) validations.add(`${colLetter(i + 1)}${FIRST_DATA_ROW}:${colLetter(i + 1)}${last}`, validation);
  });
  ws.commit();
  return count;
}

function addInstructions(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [{ width: 120 }];
  INSTRUCTIONS.forEach((line, i) => {
    const row = ws.addRow([line]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) row.getCell(1).font = { bold: true, size: 14 };
    row.commit();
  });
  ws.commit();
}

function addOptions(wb: ExcelJS.stream.xlsx.WorkbookWriter, lists: WorkbookLists): void {
  const ws = wb.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  const columns = LIST_SOURCES.map((s) => listValues(s, lists));
  const height = Math.max(...columns.map((c) => c.length));
  ws.addRow(LIST_SOURCES).commit();
  for (let r = 0; r < height; r += 1) ws.addRow(columns.map((c) => c[r] ?? null)).commit();
  ws.commit();
}

/** The workbook as bytes: 说明, the four data sheets in the layout's order, and the hidden 选项 sheet. */
export async function writeEnterpriseWorkbook(rows: SheetRows, lists: WorkbookLists): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { out.on('end', resolve); out.on('error', reject); });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  wb.creator = 'HazGov';
  addInstructions(wb);
  for (const key of SHEET_KEYS) addDataSheet(wb, key, rows[key], lists);
  addOptions(wb, lists);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
