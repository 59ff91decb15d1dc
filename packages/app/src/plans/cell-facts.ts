// The facts a (task, unit) cell's status is decided from, as of a date: the newest counted report of the cell and
// the unit's milestone completions. Reports are read quarter by quarter, newest first, from the covering index
// (an index-only range scan per quarter) for the newest WINDOW_QUARTERS quarters — at province scale they settle
// almost every cell — then the few cells left are looked up by key (progress_reports_one), instead of a GROUP BY
// over every report. Facts are indexed by the cell's position in the snapshot (no string keys for 250,000 cells).
import type { Db } from '@hazgov/db/database';
import { listCompletions } from '@hazgov/db/plans/milestone-completions.repository';
import { countedReportsOfCells, countedReportsOfQuarter } from '@hazgov/db/plans/progress-reports.repository';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { OwedCell, PlanSnapshot } from './plan-snapshot.js';
import { cellStatus, type TaskStatus } from './task-status-of.js';

export type LatestCellReport = { year: number; quarter: number; progress: number; submitted_at: string | null };

export type CellFacts = {
  cell: OwedCell;
  lastReport: LatestCellReport | undefined;
  completions: ReadonlyMap<string, string>; // milestoneId → completedOn
  status: TaskStatus;
};

/** Facts by OwedCell.index. */
export type CellFactsMap = Map<number, CellFacts>;

const WINDOW_QUARTERS = 2;
const NO_COMPLETIONS: ReadonlyMap<string, string> = new Map();

export type LoadCellFactsOptions = {
  asOf: string; scope: Scope; cells: readonly OwedCell[]; unitIds?: readonly string[] | undefined; taskIds?: readonly string[] | undefined;
  /** skip the reports: statuses then never say on_track for a unit that only reported (done / overdue / due_soon / waiting are unaffected) */
  withoutReports?: boolean;
};

export async function loadCellFacts(db: Db, snapshot: PlanSnapshot, opts: LoadCellFactsOptions): Promise<CellFactsMap> {
  const planId = snapshot.plan.id;
  const [latest, completions] = await Promise.all([
    opts.withoutReports ? Promise.resolve(new Map<number, LatestCellReport>()) : newestReports(db, snapshot, opts),
    listCompletions(db, { planId, scope: opts.scope, asOf: opts.asOf, unitIds: opts.unitIds, taskIds: opts.taskIds }),
  ]);
  const completedOn = new Map<string, Map<string, string>>(); // unitId → milestoneId → date
  for (const c of completions) {
    let m = completedOn.get(c.organisation_id);
    if (!m) completedOn.set(c.organisation_id, (m = new Map()));
    m.set(c.milestone_id, c.completed_on);
  }
  const events: Record<string, string | null> = {};
  for (const e of snapshot.events) events[e.name] = e.occurred_on !== null && e.occurred_on <= opts.asOf ? e.occurred_on : null;
  const startsOn = snapshot.plan.issued_on ?? snapshot.plan.starts_on ?? '2000-01-01';
  // A status depends only on the task's milestones, the unit's completion dates of them and whether it reported:
  // thousands of cells share a handful of combinations.
  const memo = new Map<string, TaskStatus>();
  const out: CellFactsMap = new Map();
  for (const cell of opts.cells) {
    const lastReport = latest.get(cell.index);
    const milestones = snapshot.milestonesByTask.get(cell.taskId) ?? [];
    const unitDone = completedOn.get(cell.unitId);
    let cellCompletions: ReadonlyMap<string, string> = NO_COMPLETIONS;
    let dates = '';
    if (unitDone) {
      for (const m of milestones) {
        const on = unitDone.get(m.id);
        if (!on) continue;
        if (cellCompletions === NO_COMPLETIONS) cellCompletions = new Map();
        (cellCompletions as Map<string, string>).set(m.id, on);
        dates += `${m.id}=${on};`;
      }
    }
    const hasActivity = lastReport !== undefined || cellCompletions.size > 0;
    const memoKey = `${cell.taskId}|${hasActivity ? 1 : 0}|${dates}`;
    let status = memo.get(memoKey);
    if (!status) {
      status = cellStatus({ asOf: opts.asOf, startsOn, milestones, completions: cellCompletions, events, hasActivity });
      memo.set(memoKey, status);
    }
    out.set(cell.index, { cell, lastReport, completions: cellCompletions, status });
  }
  return out;
}

async function newestReports(db: Db, snapshot: PlanSnapshot, opts: LoadCellFactsOptions): Promise<Map<number, LatestCellReport>> {
  const wanted = new Set(opts.cells.map((c) => c.index));
  const found = new Map<number, LatestCellReport>();
  // quarters already open on asOf, newest first (a report can only be submitted once its quarter has started)
  const quarters = snapshot.quarters
    .filter((q) => q.startsOn <= opts.asOf)
    .sort((a, b) => b.year * 4 + b.quarter - (a.year * 4 + a.quarter));
  const cellOf = (taskId: string, unitId: string): OwedCell | undefined => snapshot.cellIndex.get(taskId)?.get(unitId);
  for (const q of quarters.slice(0, WINDOW_QUARTERS)) {
    if (found.size >= wanted.size) break;
    const rows = await countedReportsOfQuarter(db, { planId: snapshot.plan.id, year: q.year, quarter: q.quarter, asOf: opts.asOf, scope: opts.scope, unitIds: opts.unitIds, taskIds: opts.taskIds });
    for (const r of rows) {
      const cell = cellOf(r.task_id, r.organisation_id);
      if (!cell || !wanted.has(cell.index) || found.has(cell.index)) continue;
      found.set(cell.index, { year: q.year, quarter: q.quarter, progress: r.progress, submitted_at: r.submitted_at });
    }
  }
  if (found.size < wanted.size && quarters.length > WINDOW_QUARTERS) {
    const rest = opts.cells.filter((c) => !found.has(c.index));
    for (const r of await countedReportsOfCells(db, { asOf: opts.asOf, scope: opts.scope, cells: rest })) {
      const cell = cellOf(r.task_id, r.organisation_id);
      if (!cell || !wanted.has(cell.index)) continue;
      const have = found.get(cell.index);
      if (!have || have.year * 4 + have.quarter < r.year * 4 + r.quarter) found.set(cell.index, { year: r.year, quarter: r.quarter, progress: r.progress, submitted_at: r.submitted_at });
    }
  }
  return found;
}
