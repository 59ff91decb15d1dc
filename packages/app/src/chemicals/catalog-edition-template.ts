// The .xlsx template of a catalog edition: one sheet 目录 with a header cell per column ("品名 name": the parser
// reads either part), drop-downs (是/否) on the list-flag columns and a hint on the hazard-category column, and a
// sheet 说明 that explains each column and lists the GB 18218 Table 2 symbols.
import ExcelJS from 'exceljs';
import { catalogColumnLabels, catalogFlagColumns, type CatalogColumn } from '@hazgov/domain/chemicals/catalog-edition-rows';
import { gb18218Table2 } from '@hazgov/domain/major-hazards/gb18218-tables';
import { formatRational } from '@hazgov/domain/major-hazards/rational';

export const CATALOG_SHEET = '目录';

const COLUMNS: readonly { key: CatalogColumn | 'cas_source' | 'hazard_symbols_source'; width: number; help: string }[] = [
  { key: 'serial', width: 8, help: '目录中的序号（可空）' },
  { key: 'name', width: 28, help: '品名（必填）' },
  { key: 'aliases', width: 24, help: '别名，多个用“；”或“、”分隔' },
  { key: 'cas', width: 14, help: 'CAS 号，如 67-56-1；校验位会被核对' },
  { key: 'un_number', width: 10, help: 'UN 号，4 位数字（可写 UN1230）' },
  { key: 'hazard_symbols', width: 16, help: 'GB 18218 表2 危险性类别符号，多个用逗号分隔，如 W5.1,J4（见“说明”页）' },
  { key: 'highly_toxic', width: 8, help: '是 / 否 / 空（空 = 不说明）' },
  { key: 'explosive_precursor', width: 8, help: '是 / 否 / 空' },
  { key: 'key_supervised', width: 8, help: '是 / 否 / 空' },
  { key: 'specially_controlled', width: 8, help: '是 / 否 / 空' },
  { key: 'drug_precursor', width: 8, help: '是 / 否 / 空' },
  { key: 'source', width: 30, help: '本行数据的来源（可空：空则用上传时填写的版本来源）' },
  { key: 'cas_source', width: 24, help: '仅 CAS 号的来源（可空）；任一列都可加 “列名_source” 列' },
  { key: 'hazard_symbols_source', width: 24, help: '仅危险性类别的来源（可空）' },
];

const labelOf = (key: string): string => (key.endsWith('_source') ? `${catalogColumnLabels[key.replace(/_source$/, '') as CatalogColumn] ?? key}来源 ${key}` : `${catalogColumnLabels[key as CatalogColumn]} ${key}`);

export async function catalogEditionTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'HazGov';
  const sheet = workbook.addWorksheet(CATALOG_SHEET);
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  const header = sheet.addRow(COLUMNS.map((c) => labelOf(c.key)));
  header.font = { bold: true };
  header.eachCell((cell, i) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.note = COLUMNS[i - 1]?.help ?? '';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const maxRow = 20_001;
  // Range validations exist at run time on the in-memory sheet too; exceljs's types declare them on the stream writer only.
  const validations = (sheet as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
  COLUMNS.forEach((c, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    if ((catalogFlagColumns as readonly string[]).includes(c.key)) {
      validations.add(`${letter}2:${letter}${maxRow}`, {
        type: 'list', allowBlank: true, formulae: ['"是,否"'], showErrorMessage: true, errorTitle: '只能填“是”或“否”', error: '请选择 是 或 否，或留空',
      });
    } else if (c.key === 'hazard_symbols') {
      validations.add(`${letter}2:${letter}${maxRow}`, { type: 'custom', allowBlank: true, formulae: ['TRUE'], showInputMessage: true, promptTitle: '危险性类别', prompt: '如 W5.1,J4；符号见“说明”页' });
    }
  });

  const help = workbook.addWorksheet('说明');
  help.columns = [{ width: 26 }, { width: 70 }];
  help.addRow(['列', '说明']).font = { bold: true };
  for (const c of COLUMNS) help.addRow([labelOf(c.key), c.help]);
  help.addRow([]);
  help.addRow(['GB 18218-2018 表2 符号', '类别 — 说明 — 临界量（t）']).font = { bold: true };
  for (const r of gb18218Table2) help.addRow([r.symbol, `${r.category} — ${r.description} — ${formatRational(r.thresholdTonnes)}`]);
  help.addRow([]);
  help.addRow(['导入规则', '全部行无误才导入（任何一行有错则整份不导入，并列出每个问题的行号、列和原因）；空行忽略；同一品名且同一 CAS 号不得重复。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
