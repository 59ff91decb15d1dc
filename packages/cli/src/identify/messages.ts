// What `hazgov identify` says, in Chinese (default) and English (HAZGOV_LOCALE=en or --lang en). Every problem
// names the row as the spreadsheet shows it and the column, and says how to fix it.
import type { SheetProblem, SheetProblemCode } from '@hazgov/domain/major-hazards/inventory-sheet';
import type { SheetFileProblem } from './read-sheet-file.js';
import type { UnitProblem } from './identify-units.js';

export type Lang = 'zh-CN' | 'en';
type Texts = { zh: string; en: string };

const sheetTexts: Record<SheetProblemCode, Texts> = {
  no_rows: { zh: '表中没有数据行', en: 'the sheet has no data rows' },
  missing_column: { zh: '表头缺少列 {column}（表头应为 unit,chemical,cas,quantity_t,hazard_category,exposed_people）', en: 'the header lacks column {column} (expected unit,chemical,cas,quantity_t,hazard_category,exposed_people)' },
  unknown_column: { zh: '第 {position} 列表头“{column}”不认识；可用的列：{expected}', en: 'column {position} header "{column}" is unknown; known columns: {expected}' },
  duplicate_column: { zh: '列 {column} 出现了两次', en: 'column {column} appears twice' },
  missing_unit: { zh: '未填写单元', en: 'no unit given' },
  missing_substance: { zh: 'chemical（名称）与 cas 至少填写一项', en: 'give chemical (name) or cas' },
  cas_format: { zh: 'CAS 号“{value}”格式不对（应为 7664-41-7 这样的形式）', en: 'CAS number "{value}" is malformed (expected e.g. 7664-41-7)' },
  cas_check_digit: { zh: 'CAS 号 {value} 的校验位不对，请核对', en: 'CAS number {value} has a wrong check digit' },
  cas_name_mismatch: { zh: 'CAS 号 {cas} 与名称不符：该名称是 GB 18218 表1 第 {rows} 行', en: 'CAS {cas} does not match the name, which is GB 18218 Table 1 row {rows}' },
  cas_needs_table1_row: { zh: 'CAS 号 {cas} 对应表1：{rows}，无法仅凭 CAS 确定（多行或须确认条件）；请在 chemical 填写完整行名，或增加 table1_serial 列填写行号（不属于表1则填 none 并填写 hazard_category）', en: 'CAS {cas} is Table 1 {rows}: the CAS alone does not decide (several rows, or a condition to confirm); write the full row name in chemical, or add a table1_serial column with the row number (none if outside Table 1, with hazard_category)' },
  cas_not_in_table1_needs_category: { zh: 'CAS 号 {cas} 不在 GB 18218 表1，须填写 hazard_category（表2 类别，如 W5.3）', en: 'CAS {cas} is not in GB 18218 Table 1: give hazard_category (a Table 2 symbol such as W5.3)' },
  missing_quantity: { zh: '未填写数量 quantity_t（吨）', en: 'no quantity_t (tonnes) given' },
  bad_quantity: { zh: '数量“{value}”不是数字（以吨计，不要千分位逗号和单位）', en: 'quantity "{value}" is not a number (tonnes, without thousands separators or units)' },
  negative_quantity: { zh: '数量 {value} 为负数', en: 'quantity {value} is negative' },
  unknown_hazard_category: { zh: '危险性类别“{value}”不是表2 的类别符号（J1…J5、W1.1…W11）', en: 'hazard category "{value}" is not a Table 2 symbol (J1…J5, W1.1…W11)' },
  bad_table1_serial: { zh: 'table1_serial“{value}”不是表1 的行号（1–85）或 none', en: 'table1_serial "{value}" is not a Table 1 row (1–85) or none' },
  table1_serial_cas_mismatch: { zh: 'CAS 号 {cas} 不是所选表1 第 {rows} 行的 CAS', en: 'CAS {cas} is not the CAS of the chosen Table 1 row {rows}' },
  outside_table1_needs_category: { zh: '不属于表1 的物质须填写 hazard_category', en: 'a substance outside Table 1 needs hazard_category' },
  unknown_beta_category: { zh: 'beta_category“{value}”不是表4 的类别符号', en: 'beta_category "{value}" is not a Table 4 symbol' },
  beta_category_not_among: { zh: 'beta_category {value} 不在该行的 hazard_category（{symbols}）之中', en: 'beta_category {value} is not among the row\'s hazard_category ({symbols})' },
  bad_exposed_people: { zh: 'exposed_people“{value}”应为不小于 0 的整数（人）', en: 'exposed_people "{value}" must be a whole number ≥ 0' },
  exposed_people_differs: { zh: '单元“{unit}”的 exposed_people 为 {value}，与第 {firstRow} 行的 {first} 不同；同一单元只能有一个人数', en: 'exposed_people {value} of unit "{unit}" differs from {first} on row {firstRow}; a unit has one population' },
};

const unitTexts: Record<string, Texts> = {
  needs_categories: { zh: '不在表1，须填写 hazard_category（表2 类别）才有临界量', en: 'not in Table 1: give hazard_category (Table 2) for its threshold' },
  choose_table1_row: { zh: '对应表1 多行或须确认条件：{detail}；请在 chemical 写完整行名，或增加 table1_serial 列填行号（不属于表1填 none）', en: 'means several Table 1 rows, or one with a condition: {detail}; write the full row name in chemical, or add a table1_serial column (none if outside Table 1)' },
  unknown_table1_row: { zh: '表1 没有第 {detail} 行', en: 'Table 1 has no row {detail}' },
  unknown_hazard_symbols: { zh: '不认识的类别：{detail}', en: 'unknown categories: {detail}' },
  needs_categories_for_beta: { zh: '已构成重大危险源，分级需要 β：该物质不在表3，须填写 hazard_category 以取表4 的 β', en: 'a major hazard: grading needs β, and this substance is not in Table 3; give hazard_category for its Table 4 β' },
  choose_beta_symbol: { zh: '类别 {detail} 的 β 不同，须增加 beta_category 列指明取哪一个', en: 'categories {detail} give different β: add a beta_category column naming the one that applies' },
  beta_symbol_not_among_categories: { zh: 'beta_category {detail} 不在其类别之中', en: 'beta_category {detail} is not among its categories' },
  bad_population: { zh: 'exposed_people 不是不小于 0 的整数', en: 'exposed_people is not a whole number ≥ 0' },
  needs_population: { zh: '已构成重大危险源，但未填写 exposed_people（厂区边界外 500 m 内常住人口），无法确定 α 与级别', en: 'a major hazard, but exposed_people (residents within 500 m of the plant boundary) is missing: no α, no grade' },
};

const fileTexts: Record<SheetFileProblem['problem'] | 'not_found', Texts> = {
  not_found: { zh: '找不到文件 {file}', en: 'no such file: {file}' },
  empty_file: { zh: '{file} 是空的', en: '{file} is empty' },
  xls_not_supported: { zh: '{file} 是旧版 .xls 格式；请在 Excel 中另存为 .xlsx 或 CSV UTF-8', en: '{file} is an old .xls workbook; save it as .xlsx or CSV UTF-8' },
  unreadable_xlsx: { zh: '{file} 不是可读的 .xlsx 文件', en: '{file} is not a readable .xlsx workbook' },
  not_text: { zh: '{file} 既不是 .xlsx，也不是可识别编码（UTF-8、UTF-16、GBK/GB 18030）的 CSV 文本', en: '{file} is neither .xlsx nor CSV text in an encoding known here (UTF-8, UTF-16, GBK/GB 18030)' },
  bad_csv: { zh: '{file} 第 {line} 行 CSV 格式错误：{reason}', en: '{file} line {line}: malformed CSV: {reason}' },
};

export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

const pick = (t: Texts, lang: Lang) => (lang === 'en' ? t.en : t.zh);

export function rowPrefix(row: number | null, column: string | null, lang: Lang): string {
  if (row === null) return column ? (lang === 'en' ? `column ${column}: ` : `${column} 列：`) : '';
  if (lang === 'en') return `row ${row}${column ? `, column ${column}` : ''}: `;
  return `第 ${row} 行${column ? ` ${column} 列` : ''}：`;
}

export function sheetProblemText(p: SheetProblem, lang: Lang): string {
  return rowPrefix(p.row, p.row === null ? null : p.column, lang) + fill(pick(sheetTexts[p.code], lang), { column: p.column ?? '', ...p.params });
}

export function unitProblemText(p: UnitProblem, lang: Lang): string {
  const texts = unitTexts[p.problem] ?? { zh: `无法计算（${p.problem}）{detail}`, en: `cannot be computed (${p.problem}) {detail}` };
  return rowPrefix(p.row, null, lang) + fill(pick(texts, lang), { detail: p.detail.join(lang === 'en' ? '; ' : '；') });
}

export function fileProblemText(p: SheetFileProblem | { problem: 'not_found' }, file: string, lang: Lang): string {
  return fill(pick(fileTexts[p.problem], lang), { file, ...('line' in p ? { line: p.line, reason: p.reason } : {}) });
}

export const encodingNote = (encoding: string, lang: Lang): string =>
  lang === 'en'
    ? `note: the file is not UTF-8; read it as ${encoding === 'gb18030' ? 'GBK/GB 18030 (Excel "CSV" on Chinese Windows)' : encoding}`
    : `注意：文件不是 UTF-8 编码，已按 ${encoding === 'gb18030' ? 'GBK/GB 18030（中文 Windows 的 Excel“CSV（逗号分隔）”）' : encoding} 读取`;
