// Reads the four data sheets of an enterprise workbook row by row with exceljs's streaming reader: a workbook
// of 10,000 enterprises (≈ 90,000 rows) would take several hundred MB as an in-memory exceljs Workbook, while
// streaming keeps only the cell values. Headers are found by their text (Chinese or English, in any order),
// so a column moved by the user still reads; a missing column is a problem rather than a silent blank.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { extensionOf, readZipDirectory } from '../../plans/office/office-file.js';
import type { ImportProblem } from './import-problem.js';
import { prepareForStreaming } from './workbook-zip.js';
import { COLUMNS, EXAMPLE_MARK, SHEETS, SHEET_KEYS, headerText, type SheetKey } from './workbook-layout.js';

export type Cell = string | number | Date | boolean | null;
export type RawRow = { row: number; cells: Record<string, Cell> };
export type RawWorkbook = Record<SheetKey, RawRow[]>;

/** Rows per sheet read at most (10,000 enterprises × 2 units × 3 lines is 60,000 inventory rows). */
export const MAX_ROWS_PER_SHEET = 200_000;
/** Declared unpacked size refused before inflating (a 10,000-enterprise workbook unpacks to ≈ 60 MB). */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
const ZIP_MAGIC = 0x04034b50;

/** A first look at the bytes: an .xlsx (a zip holding xl/workbook.xml) and not a zip bomb. */
export function sniffWorkbook(buffer: Buffer, fileName: string | null): ImportProblem | null {
  const fileProblem = (code: string, params: Record<string, string | number> = {}): ImportProblem => ({ sheet: null, row: null, column: null, code, params });
  const ext = fileName === null ? 'xlsx' : extensionOf(fileName);
  if (ext !== 'xlsx') return fileProblem('ENTERPRISE_IMPORT_NOT_XLSX', { extension: ext || '—' });
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== ZIP_MAGIC) return fileProblem('ENTERPRISE_IMPORT_NOT_XLSX', { extension: ext });
  const dir = readZipDirectory(buffer);
  if (!dir || !dir.entries.includes('xl/workbook.xml')) return fileProblem('ENTERPRISE_IMPORT_NOT_XLSX', { extension: ext });
  if (dir.unpackedBytes > MAX_UNPACKED_BYTES) return fileProblem('ENTERPRISE_IMPORT_TOO_LARGE', { limit: '512 MB' });
  return null;
}

const headerKey = (text: string): string => text.normalize('NFKC').replace(/[*＊\s]/g, '').toLowerCase();

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) {
    return cellOf(value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join(''));
  }
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellOf(value.result) : null; // last computed result
  if ('text' in value) return cellOf(value.text); // hyperlink
  return null; // #N/A and other error values read as blank
}

export const cellText = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());

type SheetState = { key: SheetKey; columnAt: Map<number, string> | null; rows: RawRow[]; firstColumn: number | null };

function matchSheet(name: string): SheetKey | null {
  const key = headerKey(name);
  return SHEET_KEYS.find((k) => headerKey(SHEETS[k].zh) === key || headerKey(SHEETS[k].en) === key) ?? null;
}

/** Maps header cells to column keys; reports missing and repeated columns. */
function readHeader(key: SheetKey, values: unknown[], row: number, problems: ImportProblem[]): Map<number, string> {
  const byText = new Map<string, string>();
  for (const col of COLUMNS[key]) for (const t of [col.zh, col.en, headerText(col, 'zh')]) byText.set(headerKey(t), col.key);
  const at = new Map<number, string>();
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const column = byText.get(headerKey(cellText(cellOf(v))));
    if (!column) return;
    if (seen.has(column)) problems.push({ sheet: key, row, column, code: 'ENTERPRISE_IMPORT_HEADER_DUPLICATE' });
    seen.add(column);
    at.set(i, column);
  });
  for (const col of COLUMNS[key]) {
    if (!seen.has(col.key)) problems.push({ sheet: key, row, column: col.key, code: 'ENTERPRISE_IMPORT_HEADER_MISSING', params: { header: headerText(col, 'zh') } });
  }
  return at;
}

/** A row that repeats the headers (the template's English row 2) is not data. */
function isHeaderRow(key: SheetKey, values: unknown[]): boolean {
  const texts = new Set(COLUMNS[key].flatMap((c) => [headerKey(c.en), headerKey(c.zh)]));
  const filled = values.map((v) => cellText(cellOf(v))).filter((t) => t !== '');
  return filled.length > 0 && filled.filter((t) => texts.has(headerKey(t))).length * 2 >= filled.length;
}

/**
 * Reads the workbook; problems are of the file's shape only (missing sheet or column, too many rows). An
 * unreadable zip answers ENTERPRISE_IMPORT_UNREADABLE. onSheet reports how many of the four data sheets are read.
 */
export async function readEnterpriseWorkbook(buffer: Buffer, onSheet?: (sheetsRead: number) => void): Promise<{ workbook: RawWorkbook; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const states = new Map<SheetKey, SheetState>();
  const prepared = await prepareForStreaming(buffer);
  if (!prepared) return { workbook: emptyWorkbook(), problems: [{ sheet: null, row: null, column: null, code: 'ENTERPRISE_IMPORT_UNREADABLE' }] };
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([prepared.buffer]), {
      sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
    });
    for await (const sheet of reader) {
      const info = sheet as unknown as { name?: string; id?: string | number };
      const key = matchSheet(info.name ?? prepared.sheetNames.get(String(info.id)) ?? '');
      if (!key || states.has(key)) continue; // other sheets (说明, 选项) and a repeated tab are not read
      const state: SheetState = { key, columnAt: null, rows: [], firstColumn: null };
      states.set(key, state);
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
        if (state.columnAt === null) {
          state.columnAt = readHeader(key, values, row.number, problems);
          state.firstColumn = [...state.columnAt.entries()].find(([, k]) => k === COLUMNS[key][0]?.key)?.[0] ?? null;
          continue;
        }
        if (state.rows.length === 0 && row.number <= 3 && isHeaderRow(key, values)) continue;
        const cells: Record<string, Cell> = {};
        let filled = false;
        for (const [i, column] of state.columnAt) {
          const cell = cellOf(values[i]);
          cells[column] = cell;
          if (cell !== null) filled = true;
        }
        if (!filled) continue;
        const first = state.firstColumn === null ? '' : cellText(cellOf(values[state.firstColumn]));
        if (first.startsWith(EXAMPLE_MARK) || /^\[example\]/i.test(first)) continue;
        if (state.rows.length >= MAX_ROWS_PER_SHEET) {
          problems.push({ sheet: key, row: row.number, column: null, code: 'ENTERPRISE_IMPORT_TOO_MANY_ROWS', params: { limit: MAX_ROWS_PER_SHEET } });
          break;
        }
        state.rows.push({ row: row.number, cells });
      }
      if (state.columnAt === null) state.columnAt = readHeader(key, [], 1, problems); // an empty sheet has no header either
      onSheet?.(states.size);
    }
  } catch {
    return { workbook: emptyWorkbook(), problems: [{ sheet: null, row: null, column: null, code: 'ENTERPRISE_IMPORT_UNREADABLE' }] };
  }
  for (const key of SHEET_KEYS) {
    if (!states.has(key)) problems.push({ sheet: key, row: null, column: null, code: 'ENTERPRISE_IMPORT_SHEET_MISSING', params: { sheet: SHEETS[key].zh } });
  }
  const workbook = emptyWorkbook();
  for (const [key, state] of states) workbook[key] = state.rows;
  if (problems.length === 0 && SHEET_KEYS.every((k) => workbook[k].length === 0)) {
    problems.push({ sheet: null, row: null, column: null, code: 'ENTERPRISE_IMPORT_EMPTY' });
  }
  return { workbook, problems };
}

const emptyWorkbook = (): RawWorkbook => ({ enterprises: [], units: [], inventory: [], licences: [] });
