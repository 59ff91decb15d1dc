// The sensitive-target workbook: the template an admin downloads (a 说明 sheet and a 敏感目标 sheet with drop-downs
// for 类别 and 坐标系) and the reader of a filled one. Headers are found by their text, so moved columns still read.
import ExcelJS from 'exceljs';
import { sensitiveCategories, sensitiveCategoryLabels } from '@hazgov/domain/map/types';

export const LAYER_SHEET = '敏感目标';
export const INSTRUCTIONS_SHEET = '说明';
export const EXAMPLE_MARK = '【示例】';
export const COLUMNS = [
  { key: 'name', zh: '名称', required: true, width: 30 },
  { key: 'category', zh: '类别', required: true, width: 14 },
  { key: 'lng', zh: '经度', required: true, width: 14 },
  { key: 'lat', zh: '纬度', required: true, width: 14 },
  { key: 'population', zh: '人数', required: false, width: 10 },
  { key: 'crs', zh: '坐标系', required: false, width: 10 },
] as const;
export type LayerColumn = (typeof COLUMNS)[number]['key'];
export const CRS_LABELS = ['WGS84', 'GCJ02'] as const;

const INSTRUCTIONS = [
  '敏感目标导入模板（学校、幼儿园、医院、养老院、居民密集区、公共场所等）',
  '',
  '1. 在“敏感目标”工作表填写，每行一个目标。第 1 行为表头（带 * 为必填），请勿修改；第 2 行为示例（首格以【示例】开头，导入时忽略）。',
  `2. 类别从下拉列表选择：${sensitiveCategories.map((c) => sensitiveCategoryLabels[c]).join('、')}。`,
  '3. 经度、纬度填十进制度（如 113.5869, 23.5480）。坐标系：WGS84（GPS、天地图）或 GCJ02（高德、腾讯地图，导入时自动转换为 WGS-84 保存）；留空按上传时选择的坐标系。',
  '4. 人数：学生、床位或居民人数（非负整数），可留空；区域风险和 500 米影响范围统计会用到。',
  '5. 坐标须位于本区范围内，否则该行报错。导入全部成功或全部不导入：任一行有错误时不写入任何数据，并列出每个错误的行号、列和原因。',
  '',
  'Sensitive targets import template (schools, kindergartens, hospitals, elderly homes, dense housing, public venues).',
  '1. One target per row on the 敏感目标 sheet; row 1 holds the headers (* = required), row 2 an example (starts with 【示例】, ignored).',
  '2. 类别 (category): pick from the list. 经度/纬度: decimal degrees. 坐标系: WGS84 or GCJ02 (Amap/Tencent; converted to WGS-84); blank = the one chosen on upload.',
  '3. 人数 (people): a whole number ≥ 0, optional. Points must lie inside the district. All or nothing: any bad row and nothing is written.',
];

export async function writeLayerTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet(INSTRUCTIONS_SHEET);
  info.getColumn(1).width = 120;
  INSTRUCTIONS.forEach((line, i) => { const c = info.getCell(i + 1, 1); c.value = line; c.alignment = { wrapText: true }; if (i === 0) c.font = { bold: true, size: 14 }; });
  const ws = wb.addWorksheet(LAYER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  COLUMNS.forEach((col, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = col.required ? `${col.zh}*` : col.zh;
    cell.font = { bold: true };
    if (col.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    ws.getColumn(i + 1).width = col.width;
  });
  ws.addRow([`${EXAMPLE_MARK}温泉镇中心小学`, sensitiveCategoryLabels.school, 113.6123, 23.6321, 860, 'WGS84']);
  const labels = sensitiveCategories.map((c) => sensitiveCategoryLabels[c]);
  const validations = (ws as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
  validations.add('B2:B5000', { type: 'list', allowBlank: false, formulae: [`"${labels.join(',')}"`], showErrorMessage: true, errorTitle: '请从下拉列表选择', error: labels.join('、') });
  validations.add('F2:F5000', { type: 'list', allowBlank: true, formulae: [`"${CRS_LABELS.join(',')}"`], showErrorMessage: true, errorTitle: '请从下拉列表选择', error: 'WGS84 或 GCJ02' });
  validations.add('C2:D5000', { type: 'decimal', operator: 'between', allowBlank: false, formulae: [-180, 180], showErrorMessage: true, error: '请填写十进制度' });
  validations.add('E2:E5000', { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, error: '非负整数' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type LayerRow = { row: number; cells: Partial<Record<LayerColumn, string>> };
export type ReadResult = { rows: LayerRow[]; problems: { row: number; field: string; code: string; params?: Record<string, string | number> }[] };

const headerKey = (t: string): string => t.normalize('NFKC').replace(/[*＊\s]/g, '').toLowerCase();
const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result).trim();
    if ('text' in v) return String(v.text).trim();
    return '';
  }
  return String(v).trim();
};

export async function readLayerWorkbook(file: Buffer): Promise<ReadResult> {
  const problems: ReadResult['problems'] = [];
  if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) return { rows: [], problems: [{ row: 0, field: 'file', code: 'MAP_XLSX_UNREADABLE' }] };
  const wb = new ExcelJS.Workbook();
  try { await wb.xlsx.load(file as unknown as ArrayBuffer); } catch { return { rows: [], problems: [{ row: 0, field: 'file', code: 'MAP_XLSX_UNREADABLE' }] }; }
  const ws = wb.getWorksheet(LAYER_SHEET) ?? wb.worksheets.find((w) => w.name !== INSTRUCTIONS_SHEET);
  if (!ws) return { rows: [], problems: [{ row: 0, field: 'file', code: 'MAP_XLSX_SHEET_MISSING', params: { sheet: LAYER_SHEET } }] };
  const at = new Map<number, LayerColumn>();
  ws.getRow(1).eachCell((cell, col) => {
    const c = COLUMNS.find((x) => headerKey(x.zh) === headerKey(cellText(cell.value)) || headerKey(x.key) === headerKey(cellText(cell.value)));
    if (c) at.set(col, c.key);
  });
  for (const c of COLUMNS) {
    if (c.required && ![...at.values()].includes(c.key)) problems.push({ row: 1, field: c.zh, code: 'MAP_XLSX_HEADER_MISSING', params: { header: c.zh } });
  }
  if (problems.length > 0) return { rows: [], problems };
  const rows: LayerRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells: LayerRow['cells'] = {};
    for (const [col, key] of at) { const t = cellText(r.getCell(col).value); if (t !== '') cells[key] = t; }
    if (Object.keys(cells).length === 0) return;
    if (cells.name?.startsWith(EXAMPLE_MARK)) return;
    rows.push({ row: n, cells });
  });
  if (rows.length === 0) problems.push({ row: 0, field: 'file', code: 'MAP_IMPORT_EMPTY' });
  return { rows, problems };
}
