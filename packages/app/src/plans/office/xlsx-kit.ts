// Shared look of the workbooks we hand to government offices: 宋体/黑体, thin grid, A4, header repeated on
// every printed page. Kept in one place so the task list and the roll-up print alike.
import ExcelJS from 'exceljs';

export const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 18, bold: true };

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const GRID: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export type ColumnSpec = { header: string; width: number; align?: 'left' | 'center' | 'right'; numFmt?: string };

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'HazGov';
  return workbook;
}

/**
 * Adds a sheet with a merged title row (and optional note rows under it), then the header row; returns the
 * header row number so callers can freeze and repeat it. Column keys are not used: rows are written positionally.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  options: { title: string; notes?: string[]; columns: readonly ColumnSpec[]; landscape: boolean },
): { sheet: ExcelJS.Worksheet; headerRow: number } {
  const { columns } = options;
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;

  const titleRow = sheet.addRow([options.title]);
  sheet.mergeCells(titleRow.number, 1, titleRow.number, last);
  titleRow.height = 36;
  titleRow.getCell(1).font = TITLE_FONT;
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  for (const note of options.notes ?? []) {
    const noteRow = sheet.addRow([note]);
    sheet.mergeCells(noteRow.number, 1, noteRow.number, last);
    noteRow.getCell(1).font = BODY_FONT;
    noteRow.getCell(1).alignment = { horizontal: 'right', vertical: 'middle' };
  }

  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = 28;
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.border = GRID;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}`, activeCell: `A${header.number + 1}` }];
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed, one page wide
    horizontalCentered: true,
    printTitlesRow: `${header.number}:${header.number}`,
    margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  return { sheet, headerRow: header.number };
}

/** Body style for one data row; row heights are left to Excel/WPS, which fit wrapped text on open. */
export function styleBodyRow(row: ExcelJS.Row, columns: readonly ColumnSpec[], bold = false): void {
  columns.forEach((spec, i) => {
    const cell = row.getCell(i + 1);
    cell.font = bold ? { ...BODY_FONT, bold: true } : BODY_FONT;
    cell.border = GRID;
    cell.alignment = { horizontal: spec.align ?? 'center', vertical: 'middle', wrapText: true };
    if (spec.numFmt) cell.numFmt = spec.numFmt;
  });
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
