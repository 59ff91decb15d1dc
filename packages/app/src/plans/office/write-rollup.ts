// The district's quarterly roll-up (汇总表) of unit reporting and task progress, as .xlsx (one sheet per
// section, totals row) and as .docx (summary paragraph, then the same two tables) for the committee meeting.
import ExcelJS from 'exceljs';
import { bodyParagraph, governmentDocument, gridTable, headingParagraph, textWidth, titleParagraph } from './docx-kit.js';
import { chineseDate, itemNumbers, percent, planSubject, quarterLabel, statusLabel } from './office-text.js';
import { addTableSheet, newWorkbook, styleBodyRow, workbookBuffer, type ColumnSpec } from './xlsx-kit.js';

export type RollupUnit = { unitName: string; expected: number; submitted: number; onTime: number; late: number; missing: number };
export type RollupTask = {
  taskNo: number;
  itemNo: number;
  title: string;
  /** units that owe a report on the item */
  units: number;
  /** units that reported this quarter */
  reported: number;
  /** 0–100 */
  avgProgress: number;
  status: string;
};
export type RollupInput = {
  planTitle: string;
  year: number;
  quarter: number;
  /** YYYY-MM-DD */
  asOf: string;
  units: readonly RollupUnit[];
  tasks: readonly RollupTask[];
};

export type RollupTotals = {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  /** submitted / expected, 0–1; null when nothing was due */
  rate: number | null;
  tasks: number;
  taskUnits: number;
  reported: number;
  /** mean of the items' average progress, each item weighing the same */
  avgProgress: number | null;
  done: number;
  overdue: number;
};

export function rollupTotals(input: Pick<RollupInput, 'units' | 'tasks'>): RollupTotals {
  const sum = <T>(list: readonly T[], f: (t: T) => number): number => list.reduce((s, t) => s + f(t), 0);
  const expected = sum(input.units, (u) => u.expected);
  const submitted = sum(input.units, (u) => u.submitted);
  return {
    expected,
    submitted,
    onTime: sum(input.units, (u) => u.onTime),
    late: sum(input.units, (u) => u.late),
    missing: sum(input.units, (u) => u.missing),
    rate: expected > 0 ? submitted / expected : null,
    tasks: input.tasks.length,
    taskUnits: sum(input.tasks, (t) => t.units),
    reported: sum(input.tasks, (t) => t.reported),
    avgProgress: input.tasks.length > 0 ? sum(input.tasks, (t) => t.avgProgress) / input.tasks.length : null,
    done: input.tasks.filter((t) => t.status === 'done').length,
    overdue: input.tasks.filter((t) => t.status === 'overdue').length,
  };
}

export function rollupTitle(planTitle: string, year: number, quarter: number): string {
  return `${planSubject(planTitle)}工作进展汇总表（${quarterLabel(year, quarter)}）`;
}

const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { header: '序号', width: 7 },
  { header: '单位', width: 28, align: 'left' },
  { header: '应报送', width: 10 },
  { header: '已报送', width: 10 },
  { header: '按时报送', width: 10 },
  { header: '逾期报送', width: 10 },
  { header: '未报送', width: 10 },
  { header: '报送率', width: 10, numFmt: '0.0%' },
];

const TASK_COLUMNS: readonly ColumnSpec[] = [
  { header: '序号', width: 7 },
  { header: '工作任务', width: 48, align: 'left' },
  { header: '责任单位数', width: 12 },
  { header: '已报送单位数', width: 13 },
  { header: '平均进度', width: 11, numFmt: '0.0"%"' },
  { header: '状态', width: 18 },
];

/** A SUM that still shows its value in viewers that do not recalculate (and to our own reader). */
function sumCell(column: string, from: number, to: number, result: number): ExcelJS.CellValue {
  return to >= from ? { formula: `SUM(${column}${from}:${column}${to})`, result } : result;
}

function taskStatusSummary(t: RollupTotals): string {
  return `已完成${t.done}项，逾期${t.overdue}项`;
}

export async function writeRollupXlsx(input: RollupInput): Promise<Buffer> {
  const totals = rollupTotals(input);
  const workbook = newWorkbook();
  const title = rollupTitle(input.planTitle, input.year, input.quarter);
  const notes = [`统计截至：${chineseDate(input.asOf)}`];

  const units = addTableSheet(workbook, '单位报送情况', { title, notes, columns: UNIT_COLUMNS, landscape: false });
  const u0 = units.headerRow + 1;
  input.units.forEach((u, i) => {
    const r = u0 + i;
    const row = units.sheet.addRow([
      i + 1,
      u.unitName,
      u.expected,
      u.submitted,
      u.onTime,
      u.late,
      u.missing,
      { formula: `IF(C${r}>0,D${r}/C${r},"")`, result: u.expected > 0 ? u.submitted / u.expected : '' },
    ]);
    styleBodyRow(row, UNIT_COLUMNS);
  });
  const uLast = u0 + input.units.length - 1;
  const uTotal = units.sheet.addRow([
    '合计',
    `${input.units.length}个单位`,
    sumCell('C', u0, uLast, totals.expected),
    sumCell('D', u0, uLast, totals.submitted),
    sumCell('E', u0, uLast, totals.onTime),
    sumCell('F', u0, uLast, totals.late),
    sumCell('G', u0, uLast, totals.missing),
    { formula: `IF(C${uLast + 1}>0,D${uLast + 1}/C${uLast + 1},"")`, result: totals.rate ?? '' },
  ]);
  styleBodyRow(uTotal, UNIT_COLUMNS, true);

  const tasks = addTableSheet(workbook, '任务推进情况', { title, notes, columns: TASK_COLUMNS, landscape: false });
  const numbers = itemNumbers(input.tasks);
  const t0 = tasks.headerRow + 1;
  input.tasks.forEach((t, i) => {
    const row = tasks.sheet.addRow([numbers[i] ?? '', t.title, t.units, t.reported, t.avgProgress, statusLabel(t.status)]);
    styleBodyRow(row, TASK_COLUMNS);
  });
  const tLast = t0 + input.tasks.length - 1;
  const tTotal = tasks.sheet.addRow([
    '合计',
    `${totals.tasks}项`,
    sumCell('C', t0, tLast, totals.taskUnits),
    sumCell('D', t0, tLast, totals.reported),
    tLast >= t0 ? { formula: `AVERAGE(E${t0}:E${tLast})`, result: totals.avgProgress ?? 0 } : '',
    taskStatusSummary(totals),
  ]);
  styleBodyRow(tTotal, TASK_COLUMNS, true);

  return workbookBuffer(workbook);
}

function summaryParagraph(input: RollupInput, t: RollupTotals): string {
  const reporting =
    `${quarterLabel(input.year, input.quarter)}共${input.units.length}个单位应报送工作进展${t.expected}份，` +
    `已报送${t.submitted}份（按时${t.onTime}份、逾期${t.late}份），未报送${t.missing}份` +
    (t.rate === null ? '。' : `，报送率${percent(t.rate * 100, 1)}。`);
  const progress =
    `全部${t.tasks}项工作任务中，已完成${t.done}项，逾期${t.overdue}项` +
    (t.avgProgress === null ? '。' : `，平均进度${percent(t.avgProgress, 1)}。`);
  return reporting + progress;
}

/** Names the units that were late or silent: the sentence the committee office reads out at the meeting. */
function laggardsParagraph(units: readonly RollupUnit[]): string | null {
  const missing = units.filter((u) => u.missing > 0).map((u) => u.unitName);
  const late = units.filter((u) => u.late > 0 && u.missing === 0).map((u) => u.unitName);
  const parts = [
    missing.length > 0 ? `未按要求报送的单位：${missing.join('、')}` : '',
    late.length > 0 ? `逾期报送的单位：${late.join('、')}` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? `${parts.join('；')}。` : null;
}

export async function writeRollupDocx(input: RollupInput): Promise<Buffer> {
  const totals = rollupTotals(input);
  const layout = { landscape: false } as const;
  const width = textWidth(layout);
  const title = rollupTitle(input.planTitle, input.year, input.quarter);
  const laggards = laggardsParagraph(input.units);
  const numbers = itemNumbers(input.tasks);

  const unitRows = [
    ...input.units.map((u, i) => [
      String(i + 1),
      u.unitName,
      String(u.expected),
      String(u.submitted),
      String(u.onTime),
      String(u.late),
      String(u.missing),
      u.expected > 0 ? percent((u.submitted / u.expected) * 100, 1) : '—',
    ]),
    ['合计', `${input.units.length}个单位`, ...[totals.expected, totals.submitted, totals.onTime, totals.late, totals.missing].map(String), totals.rate === null ? '—' : percent(totals.rate * 100, 1)],
  ];
  const taskRows = [
    ...input.tasks.map((t, i) => [numbers[i] ?? '', t.title, String(t.units), String(t.reported), percent(t.avgProgress, 1), statusLabel(t.status)]),
    ['合计', `${totals.tasks}项`, String(totals.taskUnits), String(totals.reported), totals.avgProgress === null ? '—' : percent(totals.avgProgress, 1), taskStatusSummary(totals)],
  ];

  return governmentDocument({
    title,
    layout,
    children: [
      titleParagraph(title),
      bodyParagraph(`统计截至：${chineseDate(input.asOf)}`, { align: 'center', indent: false }),
      bodyParagraph(summaryParagraph(input, totals)),
      ...(laggards ? [bodyParagraph(laggards)] : []),
      headingParagraph('一、各单位报送情况'),
      gridTable(
        [
          { header: '序号', weight: 6 },
          { header: '单位', weight: 26, align: 'left' },
          { header: '应报送', weight: 9 },
          { header: '已报送', weight: 9 },
          { header: '按时', weight: 9 },
          { header: '逾期', weight: 9 },
          { header: '未报送', weight: 9 },
          { header: '报送率', weight: 11 },
        ],
        unitRows,
        { textWidth: width, boldLastRow: true },
      ),
      headingParagraph('二、各项任务推进情况'),
      gridTable(
        [
          { header: '序号', weight: 6 },
          { header: '工作任务', weight: 40, align: 'left' },
          { header: '责任单位数', weight: 11 },
          { header: '已报送', weight: 10 },
          { header: '平均进度', weight: 11 },
          { header: '状态', weight: 16 },
        ],
        taskRows,
        { textWidth: width, boldLastRow: true },
      ),
    ],
  });
}
