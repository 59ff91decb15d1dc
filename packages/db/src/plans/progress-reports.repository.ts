// Quarterly progress reports: single-row reads and writes, scoped lists, and the SQL aggregates behind the board,
// unit page and dashboard. "Counted" means submitted or accepted with a submission date on or before asOf.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { ProgressReportTable } from '../schema.js';
import { scoped } from '../shared/scope.js';
import { insertInChunks } from './bulk-insert.js';

export type ProgressReportRow = Selectable<ProgressReportTable>;
export type ProgressReportListRow = ProgressReportRow & { task_no: number; item_no: number; unit_name: string; unit_name_en: string | null };

export const COUNTED_STATUSES = ['submitted', 'accepted'] as const;

export async function findReportForCell(
  db: Db,
  key: { taskId: string; organisationId: string; year: number; quarter: number },
): Promise<ProgressReportRow | undefined> {
  return db
    .selectFrom('progress_reports')
    .selectAll()
    .where('task_id', '=', key.taskId)
    .where('organisation_id', '=', key.organisationId)
    .where('year', '=', key.year)
    .where('quarter', '=', key.quarter)
    .executeTakeFirst();
}

export async function findScopedReport(db: Db, planId: string, reportId: string, scope: Scope): Promise<ProgressReportRow | undefined> {
  return db
    .selectFrom('progress_reports')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', reportId)
    .where((eb) => scoped(eb, 'progress_reports.path', scope))
    .executeTakeFirst();
}

export async function insertReport(db: Db, row: Insertable<ProgressReportTable>): Promise<void> {
  await db.insertInto('progress_reports').values(row).execute();
}

export async function updateReport(db: Db, id: string, patch: Updateable<ProgressReportTable>): Promise<void> {
  await db.updateTable('progress_reports').set(patch).where('id', '=', id).execute();
}

export async function insertReports(db: Db, rows: readonly Insertable<ProgressReportTable>[]): Promise<number> {
  return insertInChunks(db, 'progress_reports', rows);
}

export type ReportFilter = {
  planId: string;
  scope: Scope;
  year?: number | undefined;
  quarter?: number | undefined;
  unitId?: string | undefined;
  taskId?: string | undefined;
  /** only reports counted on or before this date (drafts and returned reports are left out) */
  countedOn?: string | undefined;
  limit?: number | undefined;
};

export async function listReports(db: Db, f: ReportFilter): Promise<ProgressReportListRow[]> {
  let q = db
    .selectFrom('progress_reports as r')
    .innerJoin('plan_tasks as t', 't.id', 'r.task_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .selectAll('r')
    .select(['t.task_no', 't.item_no', 'o.name as unit_name', 'o.name_en as unit_name_en'])
    .where('r.plan_id', '=', f.planId)
    .where((eb) => scoped(eb, 'r.path', f.scope));
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  if (f.quarter !== undefined) q = q.where('r.quarter', '=', f.quarter);
  if (f.unitId) q = q.where('r.organisation_id', '=', f.unitId);
  if (f.taskId) q = q.where('r.task_id', '=', f.taskId);
  if (f.countedOn) q = q.where('r.status', 'in', [...COUNTED_STATUSES]).where('r.submitted_on', '<=', f.countedOn);
  return q
    .orderBy('r.year', 'desc')
    .orderBy('r.quarter', 'desc')
    .orderBy('t.sort')
    .orderBy('o.sort')
    .limit(f.limit ?? 5000)
    .execute();
}

export type LatestCellReport = {
  task_id: string; organisation_id: string; year: number; quarter: number; progress: number; submitted_at: string | null;
  counted: number;
};

/**
 * The newest counted report of each (task, unit) cell as of a date, with the number of counted reports of the
 * cell. One GROUP BY over the covering index progress_reports_plan_cell, then a keyed lookup per cell.
 */
export async function latestReportPerCell(
  db: Db,
  f: { planId: string; asOf: string; scope: Scope; unitIds?: readonly string[] | undefined; taskIds?: readonly string[] | undefined },
): Promise<LatestCellReport[]> {
  let inner = db
    .selectFrom('progress_reports as r')
    .select(['r.task_id', 'r.organisation_id'])
    .select(sql<number>`max(r.year * 4 + r.quarter - 1)`.as('yq'))
    .select((eb) => eb.fn.countAll<number>().as('counted'))
    .where('r.plan_id', '=', f.planId)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope))
    .groupBy(['r.task_id', 'r.organisation_id']);
  if (f.unitIds) inner = f.unitIds.length ? inner.where('r.organisation_id', 'in', [...f.unitIds]) : inner.where(sql<boolean>`1 = 0`);
  if (f.taskIds) inner = f.taskIds.length ? inner.where('r.task_id', 'in', [...f.taskIds]) : inner.where(sql<boolean>`1 = 0`);
  const rows = await db
    .selectFrom(inner.as('m'))
    .innerJoin('progress_reports as r', (j) =>
      j
        .onRef('r.task_id', '=', 'm.task_id')
        .onRef('r.organisation_id', '=', 'm.organisation_id')
        .on(sql<boolean>`r.year * 4 + r.quarter - 1 = m.yq`),
    )
    .select(['r.task_id', 'r.organisation_id', 'r.year', 'r.quarter', 'r.progress', 'r.submitted_at', 'm.counted'])
    .execute();
  return rows.map((r) => ({ ...r, counted: Number(r.counted) }));
}

export type QuarterCounts = { year: number; quarter: number; on_time: number; late: number };

/** Per quarter: reports counted by asOf, split on time / late. */
export async function countReportsByQuarter(db: Db, f: { planId: string; asOf: string; scope: Scope }): Promise<QuarterCounts[]> {
  const rows = await db
    .selectFrom('progress_reports as r')
    .select(['r.year', 'r.quarter'])
    .select(sql<number>`sum(case when r.submitted_on <= r.due_on then 1 else 0 end)`.as('on_time'))
    .select(sql<number>`sum(case when r.submitted_on > r.due_on then 1 else 0 end)`.as('late'))
    .where('r.plan_id', '=', f.planId)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope))
    .groupBy(['r.year', 'r.quarter'])
    .orderBy('r.year')
    .orderBy('r.quarter')
    .execute();
  return rows.map((r) => ({ year: r.year, quarter: r.quarter, on_time: Number(r.on_time ?? 0), late: Number(r.late ?? 0) }));
}

export type UnitQuarterCounts = { organisation_id: string; year: number; quarter: number; counted: number; late: number };

/** Per unit and quarter: reports counted by asOf and how many of them were late. */
export async function countReportsByUnitQuarter(
  db: Db,
  f: { planId: string; asOf: string; scope: Scope; unitIds?: readonly string[] | undefined; year?: number | undefined },
): Promise<UnitQuarterCounts[]> {
  let q = db
    .selectFrom('progress_reports as r')
    .select(['r.organisation_id', 'r.year', 'r.quarter'])
    .select((eb) => eb.fn.countAll<number>().as('counted'))
    .select(sql<number>`sum(case when r.submitted_on > r.due_on then 1 else 0 end)`.as('late'))
    .where('r.plan_id', '=', f.planId)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope))
    .groupBy(['r.year', 'r.quarter', 'r.organisation_id']); // index order: streams without a sort
  if (f.unitIds) q = f.unitIds.length ? q.where('r.organisation_id', 'in', [...f.unitIds]) : q.where(sql<boolean>`1 = 0`);
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  const rows = await q.execute();
  return rows.map((r) => ({ organisation_id: r.organisation_id, year: r.year, quarter: r.quarter, counted: Number(r.counted), late: Number(r.late ?? 0) }));
}

/** Which (task, unit) cells of one quarter have a counted report by asOf — for reminders and missing lists. */
export async function countedCellsOfQuarter(
  db: Db,
  f: { planId: string; year: number; quarter: number; asOf: string; scope: Scope },
): Promise<{ task_id: string; organisation_id: string; submitted_on: string | null; due_on: string }[]> {
  return db
    .selectFrom('progress_reports as r')
    .select(['r.task_id', 'r.organisation_id', 'r.submitted_on', 'r.due_on'])
    .where('r.plan_id', '=', f.planId)
    .where('r.year', '=', f.year)
    .where('r.quarter', '=', f.quarter)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope))
    .execute();
}

export async function countReports(db: Db, f: { planId: string; asOf: string; scope: Scope }): Promise<number> {
  const r = await db
    .selectFrom('progress_reports as r')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.plan_id', '=', f.planId)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Per task for one quarter: counted reports by asOf and their average progress (the roll-up's task table). */
export async function taskQuarterStats(
  db: Db,
  f: { planId: string; year: number; quarter: number; asOf: string; scope: Scope },
): Promise<{ task_id: string; reported: number; avg_progress: number }[]> {
  const rows = await db
    .selectFrom('progress_reports as r')
    .select('r.task_id')
    .select((eb) => [eb.fn.countAll<number>().as('reported'), eb.fn.avg<number>('r.progress').as('avg_progress')])
    .where('r.plan_id', '=', f.planId)
    .where('r.year', '=', f.year)
    .where('r.quarter', '=', f.quarter)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope))
    .groupBy('r.task_id')
    .execute();
  return rows.map((r) => ({ task_id: r.task_id, reported: Number(r.reported), avg_progress: Number(r.avg_progress ?? 0) }));
}

export async function findReportListRow(db: Db, id: string): Promise<ProgressReportListRow | undefined> {
  return db
    .selectFrom('progress_reports as r')
    .innerJoin('plan_tasks as t', 't.id', 'r.task_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .selectAll('r')
    .select(['t.task_no', 't.item_no', 'o.name as unit_name', 'o.name_en as unit_name_en'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export type CountedReport = { task_id: string; organisation_id: string; progress: number; submitted_at: string | null; submitted_on: string | null };

/** The counted reports of one quarter as of a date — an index-only range scan of progress_reports_plan_q. */
export async function countedReportsOfQuarter(
  db: Db,
  f: { planId: string; year: number; quarter: number; asOf: string; scope: Scope; unitIds?: readonly string[] | undefined; taskIds?: readonly string[] | undefined },
): Promise<CountedReport[]> {
  let q = db
    .selectFrom('progress_reports as r')
    .select(['r.task_id', 'r.organisation_id', 'r.progress', 'r.submitted_at', 'r.submitted_on'])
    .where('r.plan_id', '=', f.planId)
    .where('r.year', '=', f.year)
    .where('r.quarter', '=', f.quarter)
    .where('r.status', 'in', [...COUNTED_STATUSES])
    .where('r.submitted_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'r.path', f.scope));
  if (f.unitIds) q = f.unitIds.length ? q.where('r.organisation_id', 'in', [...f.unitIds]) : q.where(sql<boolean>`1 = 0`);
  if (f.taskIds) q = f.taskIds.length ? q.where('r.task_id', 'in', [...f.taskIds]) : q.where(sql<boolean>`1 = 0`);
  return q.execute();
}

/** Counted reports as of a date of the given (task, unit) cells, any quarter — keyed seeks on progress_reports_one. */
export async function countedReportsOfCells(
  db: Db,
  f: { asOf: string; scope: Scope; cells: readonly { taskId: string; unitId: string }[] },
): Promise<(CountedReport & { year: number; quarter: number })[]> {
  const out: (CountedReport & { year: number; quarter: number })[] = [];
  for (let i = 0; i < f.cells.length; i += 400) {
    const chunk = f.cells.slice(i, i + 400);
    const pairs = sql.join(chunk.map((c) => sql`(${c.taskId}, ${c.unitId})`));
    out.push(...(await db
      .selectFrom('progress_reports as r')
      .select(['r.task_id', 'r.organisation_id', 'r.year', 'r.quarter', 'r.progress', 'r.submitted_at', 'r.submitted_on'])
      // no plan_id term: a task belongs to one plan, and without it the planner seeks progress_reports_one per pair
      .where(sql<boolean>`(r.task_id, r.organisation_id) in (${pairs})`)
      .where('r.status', 'in', [...COUNTED_STATUSES])
      .where('r.submitted_on', '<=', f.asOf)
      .where((eb) => scoped(eb, 'r.path', f.scope))
      .execute()));
  }
  return out;
}
