// Error codes of the chemicals context in both UI languages. Merged into the platform table by shared/messages.ts.
import type { Message } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const chemicalsMessages: Record<string, Message> = {
  CAS_CHECK_DIGIT: m('CAS 号“{cas}”的校验位不正确，请核对', 'The check digit of CAS number “{cas}” is wrong; please check it.'),
  CAS_FORMAT: m('CAS 号“{cas}”格式不正确（应为 数字-两位数字-一位校验位，如 67-56-1）', 'CAS number “{cas}” is malformed (digits-two digits-check digit, e.g. 67-56-1).'),
  RESTRICTION_NAME_REQUIRED: m('请填写化学品名称', 'Please enter the chemical name.'),
  RESTRICTION_LEVEL_UNKNOWN: m('管控级别“{value}”无法识别（禁止 / 限制 / 控制）', 'Unknown level “{value}” (prohibited / restricted / controlled).'),
  RESTRICTION_DUPLICATE: m('“{name}”已在禁限控目录中', '“{name}” is already on the restriction list.'),
  CATALOG_FILE_UNREADABLE: m('文件无法读取：请上传由模板填写的 .xlsx 文件', 'The file cannot be read: please upload the .xlsx template filled in.'),
  CATALOG_EDITION_NAME_REQUIRED: m('请填写目录版本名称（最多 200 字）', 'Please give the edition a name (at most 200 characters).'),
  CATALOG_EDITION_SOURCE_REQUIRED: m('请填写目录版本的来源（最多 500 字），如发布文件及文号', 'Please give the edition’s source (at most 500 characters), e.g. the issuing document.'),
  CATALOG_IMPORT_INVALID: m('目录文件有 {count} 处问题，未导入任何数据；请按行号、列修改后重新上传', 'The file has {count} problem(s); nothing was imported. Fix them by row and column and upload again.'),
  CATALOG_HEADER_MISSING: m('第 1 行表头缺少“{column}”列', 'Row 1: the header has no “{column}” column.'),
  CATALOG_EMPTY: m('文件中没有数据行', 'The file has no data rows.'),
  CATALOG_TOO_MANY_ROWS: m('数据行超过 {max} 行', 'More than {max} data rows.'),
  CATALOG_NAME_REQUIRED: m('第 {row} 行：品名（name）为空', 'Row {row}: the name is empty.'),
  CATALOG_DUPLICATE: m('第 {row} 行：与第 {firstRow} 行的品名和 CAS 号相同', 'Row {row}: same name and CAS number as row {firstRow}.'),
  CATALOG_FLAG_INVALID: m('第 {row} 行 {column} 列：“{value}”只能填“是”或“否”', 'Row {row}, column {column}: “{value}” must be 是 (yes) or 否 (no).'),
  UN_NUMBER_INVALID: m('第 {row} 行：UN 号“{value}”应为 4 位数字', 'Row {row}: UN number “{value}” must be 4 digits.'),
  HAZARD_SYMBOL_UNKNOWN: m('危险性类别“{symbol}”不是 GB 18218 表2 的符号（J1–J5、W1.1–W11）', 'Hazard category “{symbol}” is not a GB 18218 Table 2 symbol (J1–J5, W1.1–W11).'),
};
