// Checks an imported plan table (the six columns of 附件1) row by row and turns it into plan items. Blank
// 主要工作 / 工作任务 cells mean "same as above" (merged cells); a blank 工作任务 under a task is that task's next item
// (as task 3 of the Conghua plan has two). Every rule breach is a problem with a code and params — the UI words
// it (import-messages.ts) — and the caller saves nothing while any problem remains.
import type { PlanItem } from './plan-item.js';
import { parseDeadline, type ParsedDeadline } from './deadline-parser.js';
import { normaliseUnits, type NormalisedUnit, type UnitDirectory } from './unit-normaliser.js';

export const planImportFields = ['mainWork', 'task', 'content', 'lead', 'responsible', 'deadline'] as const;
export type PlanImportField = (typeof planImportFields)[number];

/** row: 1-based row number as the user sees it in the file. */
export type PlanImportRow = { row: number } & Record<PlanImportField, string>;

export const importProblemCodes = [
  'no_rows',
  'missing_group',
  'bad_group_number',
  'group_out_of_order',
  'missing_task',
  'bad_task_number',
  'duplicate_task_number',
  'task_number_out_of_order',
  'missing_content',
  'missing_units',
  'unknown_unit',
  'missing_deadline',
  'unparsable_deadline',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export type ImportProblem = { row: number; field: PlanImportField | null; code: ImportProblemCode; params: Record<string, string | number> };

export type ImportedItem = PlanItem & {
  row: number;
  leadUnits: NormalisedUnit[];
  responsibleUnits: NormalisedUnit[];
  deadline: ParsedDeadline;
};

export type PlanImportResult = {
  groups: { no: number; title: string }[];
  /** the rows that could be placed in a group and a task (rows with problems included, so the preview shows them) */
  items: ImportedItem[];
  problems: ImportProblem[];
  /** distinct unit names no alias matched, in the order met: the admin maps these before confirming */
  unknownUnits: string[];
};

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九; null for anything else. */
export function chineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

// "一、title" or "（一）title": the ordinal must be closed by 、/./．or a bracket ("一些工作" is not group 1).
const GROUP = /^(?:[（(]([一二三四五六七八九十]+)[)）][、.．]?|([一二三四五六七八九十]+)[、.．])\s*(.+)$/u;
const TASK = /^(\d+)\s*[.．、]\s*(.+)$/u;

function clean(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

export function validatePlanImportRows(rows: readonly PlanImportRow[], directory: UnitDirectory): PlanImportResult {
  const problems: ImportProblem[] = [];
  const problem = (row: number, field: PlanImportField | null, code: ImportProblemCode, params: Record<string, string | number> = {}): void => {
    problems.push({ row, field, code, params });
  };
  const groups: { no: number; title: string }[] = [];
  const items: ImportedItem[] = [];
  const unknownUnits: string[] = [];
  const taskFirstRow = new Map<number, number>();
  let group: { no: number; title: string } | null = null;
  let task: { no: number; title: string } | null = null;
  let itemNo = 0;

  const data = rows
    .map((r) => ({ ...r, ...Object.fromEntries(planImportFields.map((f) => [f, clean(r[f])])) }) as PlanImportRow)
    .filter((r) => planImportFields.some((f) => r[f] !== '')); // blank rows (spacers) are skipped
  if (data.length === 0) problem(0, null, 'no_rows');

  for (const r of data) {
    // 主要工作: a new group, a repeat of the current one (page breaks repeat it), or blank = same as above.
    let placed = true;
    let newGroup = false;
    if (r.mainWork !== '') {
      const m = GROUP.exec(r.mainWork);
      const no = m ? chineseNumeral(m[1] ?? m[2] ?? '') : null;
      const title = clean(m?.[3] ?? '');
      if (no === null) {
        problem(r.row, 'mainWork', 'bad_group_number', { value: r.mainWork });
        placed = false;
      } else if (group && no === group.no && title === group.title) {
        // a repeated heading
      } else if (group && no <= group.no) {
        problem(r.row, 'mainWork', 'group_out_of_order', { groupNo: no, previous: group.no });
        placed = false;
      } else {
        group = { no, title };
        groups.push(group);
        newGroup = true;
      }
    } else if (!group) {
      problem(r.row, 'mainWork', 'missing_group');
      placed = false;
    }

    // 工作任务: "N.title" starts a task; the same task again (a repeated merged cell) or blank = its next item.
    if (r.task !== '') {
      const m = TASK.exec(r.task);
      if (!m) {
        problem(r.row, 'task', 'bad_task_number', { value: r.task });
        placed = false;
      } else {
        const no = Number(m[1]);
        const title = clean(m[2] as string);
        if (task && no === task.no && title === task.title && !newGroup) itemNo += 1;
        else if (taskFirstRow.has(no)) {
          problem(r.row, 'task', 'duplicate_task_number', { taskNo: no, firstRow: taskFirstRow.get(no) ?? 0 });
          placed = false;
        } else if (task && no < task.no) {
          problem(r.row, 'task', 'task_number_out_of_order', { taskNo: no, previous: task.no });
          placed = false;
        } else {
          task = { no, title };
          taskFirstRow.set(no, r.row);
          itemNo = 1;
        }
      }
    } else if (!task || newGroup) {
      // A blank task cannot continue a task of an earlier group.
      problem(r.row, 'task', 'missing_task');
      placed = false;
    } else itemNo += 1;

    if (r.content === '') problem(r.row, 'content', 'missing_content');

    const lead = normaliseUnits(r.lead, directory);
    const responsible = normaliseUnits(r.responsible, directory);
    for (const [field, result] of [['lead', lead], ['responsible', responsible]] as const) {
      for (const name of result.unknown) {
        problem(r.row, field, 'unknown_unit', { name });
        if (!unknownUnits.includes(name)) unknownUnits.push(name);
      }
    }
    if (lead.units.length + lead.unknown.length + responsible.units.length + responsible.unknown.length === 0) {
      problem(r.row, 'responsible', 'missing_units');
    }

    const deadline = parseDeadline(r.deadline);
    if (r.deadline === '') problem(r.row, 'deadline', 'missing_deadline');
    else if (!deadline.ok) problem(r.row, 'deadline', 'unparsable_deadline', { value: r.deadline, reason: deadline.reason });

    if (placed && group && task) {
      items.push({
        row: r.row,
        groupNo: group.no,
        taskNo: task.no,
        itemNo,
        title: task.title,
        content: r.content,
        leadText: r.lead,
        responsibleText: r.responsible,
        deadlineText: r.deadline,
        leadUnits: lead.units,
        responsibleUnits: responsible.units,
        deadline,
      });
    }
  }
  return { groups, items, problems, unknownUnits };
}
