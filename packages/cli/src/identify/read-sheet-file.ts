// An inventory file as header + numbered rows of text, whatever it was saved as: .xlsx (the first sheet whose first
// row names the columns) or .csv (comma- or tab-separated, any encoding decodeText knows). Row numbers are the ones
// the spreadsheet shows — the header is row 1 — so an error message points at the row the user sees in Excel.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { cellValueText } from '@hazgov/app/plans/office/read-plan-table-xlsx';
import type { SheetRow } from '@hazgov/domain/major-hazards/inventory-sheet';
import { decodeText, type TextEncoding } from './decode-text.js';

export type SheetFile = {
  format: 'xlsx' | 'csv';
  /** csv only. */
  encoding: TextEncoding | null;
  /** xlsx only. */
  sheetName: string | null;
  header: readonly string[];
  headerRow: number;
  rows: SheetRow[];
};
export type SheetFileProblem =
  | { problem: 'xls_not_supported' | 'unreadable_xlsx' | 'not_text' | 'empty_file' }
  | { problem: 'bad_csv'; line: number; reason: string };
export type SheetFileRead = ({ ok: true } & SheetFile) | ({ ok: false } & SheetFileProblem);

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0; // .xls (Excel 97–2003)
// A sheet has one row per substance: far below this. The cap bounds the work of a sheet formatted down to row 1,048,576.
const MAX_COLUMNS = 30;

export async function readSheetFile(bytes: Buffer): Promise<SheetFileRead> {
  if (bytes.length === 0) return { ok: false, problem: 'empty_file' };
  if (isOle(bytes)) return { ok: false, problem: 'xls_not_supported' };
  if (isZip(bytes)) return readXlsx(bytes);
  return readCsv(bytes);
}

async function readXlsx(bytes: Buffer): Promise<SheetFileRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its parameter with a private `Buffer extends ArrayBuffer`; at run time it wants a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'unreadable_xlsx' };
  }
  const sheets = workbook.worksheets.map((sheet) => ({ sheet, rows: sheetRows(sheet) }));
  // the sheet whose first non-blank row names a known column; else the first sheet, whose header is then reported
  const named = sheets.find(({ rows }) => rows[0]?.cells.some((c) => /^(unit|quantity_t)$/i.test(c.trim())));
  const chosen = named ?? sheets[0];
  const [head, ...rows] = chosen?.rows ?? [];
  if (!chosen || !head) return { ok: false, problem: 'empty_file' };
  return { ok: true, format: 'xlsx', encoding: null, sheetName: chosen.sheet.name, header: head.cells, headerRow: head.row, rows };
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  sheet.eachRow((row, r) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellValueText(row.getCell(c).value));
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: r, cells });
  });
  return rows;
}

function readCsv(bytes: Buffer): SheetFileRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: 'not_text' };
  const firstLine = decoded.text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    // Blank lines are kept (and skipped later) so record i is spreadsheet row i + 1, as Excel numbers them.
    records = parse(decoded.text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    return { ok: false, problem: 'bad_csv', line: e.lines ?? 0, reason: e.message ?? String(err) };
  }
  const headerIndex = records.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const head = records[headerIndex];
  if (!head) return { ok: false, problem: 'empty_file' };
  const rows = records.slice(headerIndex + 1).map((cells, i) => ({ row: headerIndex + i + 2, cells }));
  return { ok: true, format: 'csv', encoding: decoded.encoding, sheetName: null, header: head, headerRow: headerIndex + 1, rows };
}
