// The plan's division-of-work list (附件1 "分工及完成时间清单") as an .xlsx in the form offices print: one row
// per item, 主要工作 and 工作任务 merged down where they repeat.
import { groupLabel, taskLabel, taskListTitle } from './office-text.js';
import { PLAN_COLUMN_LABELS } from './plan-table.js';
import type { PlanItem } from '@hazgov/domain/plans/plan-item';
import { addTableSheet, newWorkbook, styleBodyRow, workbookBuffer, type ColumnSpec } from './xlsx-kit.js';

export type TaskListItem = PlanItem & { groupTitle: string };

// Widths in Excel character units; 具体内容 and 责任单位 carry the long text, so they get the room.
const COLUMNS: readonly ColumnSpec[] = [
  { header: PLAN_COLUMN_LABELS.mainWork, width: 18 },
  { header: PLAN_COLUMN_LABELS.task, width: 22 },
  { header: PLAN_COLUMN_LABELS.content, width: 62, align: 'left' },
  { header: PLAN_COLUMN_LABELS.lead, width: 16 },
  { header: PLAN_COLUMN_LABELS.responsible, width: 36, align: 'left' },
  { header: PLAN_COLUMN_LABELS.deadline, width: 22 },
];

/** Runs of consecutive rows sharing a key, as [firstIndex, lastIndex]; only runs longer than one need merging. */
function runs<T>(values: readonly T[], key: (v: T) => string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= values.length; i += 1) {
    const prev = values[i - 1];
    const cur = values[i];
    if (cur === undefined || prev === undefined || key(cur) !== key(prev)) {
      if (i - 1 > start) out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

/** Items are written in the order given (the plan's order); only neighbouring repeats are merged. */
export async function writeTaskListXlsx(plan: { title: string; code?: string | null }, items: readonly TaskListItem[]): Promise<Buffer> {
  const workbook = newWorkbook();
  const { sheet, headerRow } = addTableSheet(workbook, '分工及完成时间清单', {
    title: taskListTitle(plan.title),
    notes: plan.code ? [`（${plan.code}）`] : [],
    columns: COLUMNS,
    landscape: true,
  });

  for (const item of items) {
    const row = sheet.addRow([
      groupLabel(item.groupNo, item.groupTitle),
      taskLabel(item.taskNo, item.title),
      item.content,
      item.leadText,
      item.responsibleText,
      item.deadlineText,
    ]);
    styleBodyRow(row, COLUMNS);
  }

  const firstData = headerRow + 1;
  for (const [from, to] of runs(items, (i) => String(i.groupNo))) sheet.mergeCells(firstData + from, 1, firstData + to, 1);
  for (const [from, to] of runs(items, (i) => `${i.groupNo}/${i.taskNo}`)) sheet.mergeCells(firstData + from, 2, firstData + to, 2);

  return workbookBuffer(workbook);
}
