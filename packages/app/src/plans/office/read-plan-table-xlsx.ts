// The .xlsx side of the plan-table reader: every sheet is searched in order for the plan header; merged cells
// are resolved against the merge's top-left cell.
import ExcelJS from 'exceljs';
import { collectPlanRows, findPlanHeader, type RawPlanRow, type SourceRow, type TableProblem } from './plan-table.js';

function isoDate(d: Date): string {
  // exceljs turns Excel serial dates into UTC midnights; the local time zone must not shift the day.
  return d.toISOString().slice(0, 10);
}

export function cellValueText(value: ExcelJS.CellValue | ExcelJS.CellValue[] | unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  // A formula shows its last computed result; the file carries it, and we never recalculate.
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellValueText(value.result) : '';
  // Hyperlink text may itself be rich text.
  if ('text' in value) return cellValueText(value.text);
  return ''; // error values (#N/A …) read as blank
}

// A plan has tens of rows; these caps bound the work a sheet with formatting applied to whole columns or a
// million rows can cause. The header and the six plan columns are always within the first 50 columns.
export const MAX_SHEET_ROWS = 3000;
const MAX_SHEET_COLUMNS = 50;

/**
 * A vertically merged cell reads as the merge's value on every row it covers ("same as above"); a horizontally
 * merged one reads only in its first column, so a heading across the table is not copied into every column.
 * Only rows holding values are visited; empty ones carry nothing.
 */
function sheetRows(sheet: ExcelJS.Worksheet): { rows: SourceRow[]; truncated: boolean } {
  const rows: SourceRow[] = [];
  const width = Math.min(sheet.columnCount, MAX_SHEET_COLUMNS);
  let truncated = false;
  sheet.eachRow((row, r) => {
    if (rows.length >= MAX_SHEET_ROWS) {
      truncated = true;
      return;
    }
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) {
      const cell = row.getCell(c);
      const source = cell.isMerged ? cell.master : cell;
      cells.push(source.fullAddress.col === c ? cellValueText(source.value) : '');
    }
    rows.push({ row: r, cells });
  });
  return { rows, truncated };
}

export async function readPlanTableXlsx(file: Buffer): Promise<{ rows: RawPlanRow[]; problems: TableProblem[] } | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its parameter with a private `Buffer extends ArrayBuffer`; at run time it wants a Node Buffer.
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  for (const sheet of workbook.worksheets) {
    const { rows, truncated } = sheetRows(sheet);
    const header = findPlanHeader(rows);
    if (!header) continue;
    const table = collectPlanRows(rows, header);
    if (truncated) table.problems.push({ row: rows[rows.length - 1]?.row ?? 0, code: 'too_many_rows', params: { limit: MAX_SHEET_ROWS } });
    return table;
  }
  return { rows: [], problems: [{ row: 0, code: 'no_plan_table' }] };
}
