// Words for the plan-import problem codes, in the two locales the UI speaks. Templates take {placeholders}
// from the problem: {row}, {field} (the column's printed name) and the problem's params. The reason of an
// unparsable deadline is itself a code, worded by deadlineReasonMessages.
import type { DeadlineFailure } from './deadline-parser.js';
import type { ImportProblem, ImportProblemCode, PlanImportField } from './plan-import-rows.js';

export type ImportLocale = 'zh-CN' | 'en';
export type LocalisedText = Record<ImportLocale, string>;

export const importFieldLabels: Record<PlanImportField, LocalisedText> = {
  mainWork: { 'zh-CN': '主要工作', en: 'Main work' },
  task: { 'zh-CN': '工作任务', en: 'Task' },
  content: { 'zh-CN': '具体内容', en: 'Content' },
  lead: { 'zh-CN': '牵头单位', en: 'Lead unit' },
  responsible: { 'zh-CN': '责任单位', en: 'Responsible units' },
  deadline: { 'zh-CN': '完成时间', en: 'Deadline' },
};

export const importMessages: Record<ImportProblemCode, LocalisedText> = {
  no_rows: { 'zh-CN': '表格中没有任务行', en: 'The table has no task rows.' },
  missing_group: {
    'zh-CN': '第{row}行“{field}”为空：第一条任务之前须填写主要工作（如“一、全面摸排危险化学品风险点危险源”）',
    en: 'Row {row}, {field}: empty, but the first task needs a main-work heading (e.g. “一、…”).',
  },
  bad_group_number: {
    'zh-CN': '第{row}行“{field}”应以中文序号开头（如“一、”），实际为“{value}”',
    en: 'Row {row}, {field}: should start with a Chinese ordinal such as “一、”; found “{value}”.',
  },
  group_out_of_order: {
    'zh-CN': '第{row}行“{field}”序号为{groupNo}，不在上一项（{previous}）之后，或与上一项同号不同名',
    en: 'Row {row}, {field}: number {groupNo} does not follow the previous heading ({previous}), or repeats its number with another title.',
  },
  missing_task: {
    'zh-CN': '第{row}行“{field}”为空，且上方没有可承接的任务（新的主要工作下须先填写任务）',
    en: 'Row {row}, {field}: empty, and there is no task above in the same main work to continue.',
  },
  bad_task_number: {
    'zh-CN': '第{row}行“{field}”应以阿拉伯数字序号开头（如“1.”），实际为“{value}”',
    en: 'Row {row}, {field}: should start with a number such as “1.”; found “{value}”.',
  },
  duplicate_task_number: {
    'zh-CN': '第{row}行“{field}”序号{taskNo}与第{firstRow}行重复',
    en: 'Row {row}, {field}: task number {taskNo} is already used in row {firstRow}.',
  },
  task_number_out_of_order: {
    'zh-CN': '第{row}行“{field}”序号{taskNo}小于上一任务序号{previous}',
    en: 'Row {row}, {field}: task number {taskNo} comes after task {previous}.',
  },
  missing_content: { 'zh-CN': '第{row}行“{field}”不能为空', en: 'Row {row}, {field}: must not be empty.' },
  missing_units: {
    'zh-CN': '第{row}行“牵头单位”和“{field}”均未填写',
    en: 'Row {row}, {field}: neither a lead unit nor a responsible unit is given.',
  },
  unknown_unit: {
    'zh-CN': '第{row}行“{field}”中的单位“{name}”无法识别，请在确认导入前为其指定对应单位',
    en: 'Row {row}, {field}: the unit “{name}” is not recognised; map it to an organisation before confirming.',
  },
  missing_deadline: { 'zh-CN': '第{row}行“{field}”不能为空', en: 'Row {row}, {field}: must not be empty.' },
  unparsable_deadline: {
    'zh-CN': '第{row}行“{field}”“{value}”无法识别：{reasonText}',
    en: 'Row {row}, {field}: “{value}” cannot be read: {reasonText}',
  },
};

export const deadlineReasonMessages: Record<DeadlineFailure, LocalisedText> = {
  empty: { 'zh-CN': '内容为空', en: 'it is empty.' },
  unrecognised: {
    'zh-CN': '不是可识别的写法（如“2017年6月底前完成”“持续推进”“2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升”）',
    en: 'not a recognised form (e.g. “2017年6月底前完成”, “持续推进”).',
  },
  ambiguous_month: {
    'zh-CN': '“X月前”含义不明确，请写明“X月底前”或具体日期',
    en: '“X月前” is ambiguous; write “X月底前” or an exact day.',
  },
  invalid_date: { 'zh-CN': '日期不存在', en: 'the date does not exist.' },
  bad_range: { 'zh-CN': '时间段的结束早于开始', en: 'the period ends before it starts.' },
  out_of_order: { 'zh-CN': '各时间节点的先后顺序不对', en: 'the milestones are out of order.' },
  unsupported_combination: {
    'zh-CN': '时间节点的组合不受支持（阶段性成果之后须接“深化提升”时间段或“持续推进”）',
    en: 'this combination of milestones is not supported (an interim result must be followed by a deepening period or ongoing work).',
  },
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** The problem in words, for one locale. */
export function formatImportProblem(problem: ImportProblem, locale: ImportLocale): string {
  const reason = problem.params.reason;
  const reasonText = typeof reason === 'string' && Object.hasOwn(deadlineReasonMessages, reason)
    ? deadlineReasonMessages[reason as DeadlineFailure][locale]
    : '';
  return fill(importMessages[problem.code][locale], {
    ...problem.params,
    row: problem.row,
    field: problem.field ? importFieldLabels[problem.field][locale] : '',
    reasonText,
  });
}
