// The board: every task (row) × every unit that owes it (cell), each with a status as of a date and the newest
// counted report. Units outside the actor's jurisdiction are not shown.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { inScope } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { loadCellFacts, type LatestCellReport } from './cell-facts.js';
import { openPlanView } from './plan-view-context.js';
import { groupBy } from './plan-snapshot.js';
import { taskStatus, type TaskStatus } from './task-status-of.js';

export type BoardUnit = { id: string; name: string; nameEn: string | null; kind: string; sort: number };
export type BoardCell = { unitId: string; role: 'lead' | 'responsible'; status: TaskStatus; lastReport: LatestCellReport | undefined };
export type BoardRow = {
  taskId: string; groupNo: number; groupTitle: string; taskNo: number; itemNo: number; title: string;
  deadlineText: string; deadlineKind: string; status: TaskStatus; cells: BoardCell[]; unresolved: string[];
};
export type PlanBoard = { asOf: string; units: BoardUnit[]; rows: BoardRow[] };

export type GetPlanBoardOptions = {
  actor: Actor; scope: Scope; planId: string; asOf?: string | undefined;
  groupNo?: number | undefined; unitId?: string | undefined; status?: TaskStatus | undefined;
};

export async function getPlanBoard(ctx: AppContext, opts: GetPlanBoardOptions): Promise<PlanBoard> {
  const { db, asOf, snapshot } = await openPlanView(ctx, opts);
  const tasks = snapshot.tasks.filter((t) => opts.groupNo === undefined || t.group_no === opts.groupNo);
  const taskIds = new Set(tasks.map((t) => t.id));
  const cells = snapshot.cells.filter((c) => taskIds.has(c.taskId) && inScope(opts.scope, c.unitPath) && (!opts.unitId || c.unitId === opts.unitId));
  const facts = await loadCellFacts(db, snapshot, {
    asOf, scope: opts.scope, cells,
    unitIds: opts.unitId ? [opts.unitId] : undefined,
    taskIds: opts.groupNo !== undefined ? [...taskIds] : undefined,
  });
  const unresolvedByTask = new Map<string, string[]>();
  for (const u of snapshot.taskUnits) {
    if (u.organisation_id) continue;
    unresolvedByTask.set(u.task_id, [...new Set([...(unresolvedByTask.get(u.task_id) ?? []), u.raw_name])]);
  }
  const units = new Map<string, BoardUnit>();
  const unitInfo = new Map(cells.map((c) => [c.unitId, { id: c.unitId, name: c.unitName, nameEn: c.unitNameEn, kind: c.unitKind, sort: c.unitSort }]));
  const cellsByTask = groupBy(cells, (c) => c.taskId);
  const rows: BoardRow[] = [];
  for (const t of tasks) {
    const rowCells: BoardCell[] = [];
    for (const c of cellsByTask.get(t.id) ?? []) {
      const f = facts.get(c.index);
      if (!f) continue;
      rowCells.push({ unitId: c.unitId, role: c.role, status: f.status, lastReport: f.lastReport });
    }
    if (opts.unitId && rowCells.length === 0) continue;
    const status = taskStatus(rowCells.map((c) => c.status));
    if (opts.status && status !== opts.status && !rowCells.some((c) => c.status === opts.status)) continue;
    for (const c of rowCells) {
      const info = unitInfo.get(c.unitId);
      if (info && !units.has(c.unitId)) units.set(c.unitId, info);
    }
    rows.push({
      taskId: t.id, groupNo: t.group_no, groupTitle: t.group_title, taskNo: t.task_no, itemNo: t.item_no, title: t.title,
      deadlineText: t.deadline_text, deadlineKind: t.deadline_kind, status, cells: rowCells, unresolved: unresolvedByTask.get(t.id) ?? [],
    });
  }
  return { asOf, units: [...units.values()].sort((a, b) => a.sort - b.sort), rows };
}
