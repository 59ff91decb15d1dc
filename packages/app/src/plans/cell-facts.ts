// The facts a (task, unit) cell's status is decided from, as of a date, gathered with three SQL aggregates
// (newest counted report per cell, the last due quarter's counted cells, milestone completions) — never by
// loading reports into memory.
import type { Db } from '@hazgov/db/database';
import { listCompletions } from '@hazgov/db/plans/milestone-completions.repository';
import { countedCellsOfQuarter, latestReportPerCell, type LatestCellReport } from '@hazgov/db/plans/progress-reports.repository';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { OwedCell, PlanSnapshot } from './plan-snapshot.js';
import type { ReportingQuarter } from './reporting-schedule.js';
import { cellStatus, type TaskStatus } from './task-status-of.js';

export type CellFacts = {
  cell: OwedCell;
  lastReport: LatestCellReport | undefined;
  completions: Map<string, string>; // milestoneId → completedOn
  lastDueQuarter: ReportingQuarter | undefined;
  lastDueMissing: boolean;
  status: TaskStatus;
};

export const cellKey = (taskId: string, unitId: string): string => `${taskId}|${unitId}`;

export async function loadCellFacts(
  db: Db,
  snapshot: PlanSnapshot,
  opts: { asOf: string; scope: Scope; cells: readonly OwedCell[]; unitIds?: readonly string[] | undefined; taskIds?: readonly string[] | undefined },
): Promise<Map<string, CellFacts>> {
  const planId = snapshot.plan.id;
  const dueQuarters = snapshot.quarters.filter((q) => q.dueOn < opts.asOf);
  const lastDueQuarter = dueQuarters.at(-1);
  const [latest, completions, lastDueCounted] = await Promise.all([
    latestReportPerCell(db, { planId, asOf: opts.asOf, scope: opts.scope, unitIds: opts.unitIds, taskIds: opts.taskIds }),
    listCompletions(db, { planId, scope: opts.scope, asOf: opts.asOf }),
    lastDueQuarter
      ? countedCellsOfQuarter(db, { planId, year: lastDueQuarter.year, quarter: lastDueQuarter.quarter, asOf: opts.asOf, scope: opts.scope })
      : Promise.resolve([]),
  ]);
  const latestByCell = new Map(latest.map((r) => [cellKey(r.task_id, r.organisation_id), r]));
  const counted = new Set(lastDueCounted.map((r) => cellKey(r.task_id, r.organisation_id)));
  const completionsByUnit = new Map<string, Map<string, string>>();
  for (const c of completions) {
    const m = completionsByUnit.get(c.organisation_id) ?? new Map<string, string>();
    m.set(c.milestone_id, c.completed_on);
    completionsByUnit.set(c.organisation_id, m);
  }
  const events: Record<string, string | null> = {};
  for (const e of snapshot.events) events[e.name] = e.occurred_on !== null && e.occurred_on <= opts.asOf ? e.occurred_on : null;
  const startsOn = snapshot.plan.issued_on ?? snapshot.plan.starts_on ?? '2000-01-01';
  const out = new Map<string, CellFacts>();
  for (const cell of opts.cells) {
    const key = cellKey(cell.taskId, cell.unitId);
    const lastReport = latestByCell.get(key);
    const unitCompletions = completionsByUnit.get(cell.unitId) ?? new Map<string, string>();
    const milestones = snapshot.milestonesByTask.get(cell.taskId) ?? [];
    const taskCompletions = new Map([...unitCompletions].filter(([id]) => milestones.some((m) => m.id === id)));
    const lastDueMissing = lastDueQuarter !== undefined && !counted.has(key);
    out.set(key, {
      cell, lastReport, completions: taskCompletions, lastDueQuarter, lastDueMissing,
      status: cellStatus({ asOf: opts.asOf, startsOn, milestones, completions: taskCompletions, events, hasActivity: lastReport !== undefined || taskCompletions.size > 0 }),
    });
  }
  return out;
}
