// A unit's declaration that it met a milestone. Queries only.
import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { MilestoneCompletionTable } from '../schema.js';
import { scoped } from '../shared/scope.js';
import { insertInChunks } from './bulk-insert.js';

export type MilestoneCompletionRow = Selectable<MilestoneCompletionTable>;

export async function findCompletion(db: Db, milestoneId: string, organisationId: string): Promise<MilestoneCompletionRow | undefined> {
  return db
    .selectFrom('milestone_completions')
    .selectAll()
    .where('milestone_id', '=', milestoneId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function insertCompletion(db: Db, row: Insertable<MilestoneCompletionTable>): Promise<void> {
  await db.insertInto('milestone_completions').values(row).execute();
}

export async function updateCompletion(db: Db, id: string, patch: { completed_on: string; note: string | null; recorded_by: string | null; recorded_at: string }): Promise<void> {
  await db.updateTable('milestone_completions').set(patch).where('id', '=', id).execute();
}

export async function insertCompletions(db: Db, rows: readonly Insertable<MilestoneCompletionTable>[]): Promise<number> {
  return insertInChunks(db, 'milestone_completions', rows);
}

/** Completions of a plan's milestones recorded on or before asOf, inside the scope. */
export async function listCompletions(
  db: Db,
  f: { planId: string; scope: Scope; asOf: string; taskId?: string | undefined; unitId?: string | undefined; unitIds?: readonly string[] | undefined; taskIds?: readonly string[] | undefined },
): Promise<MilestoneCompletionRow[]> {
  let q = db
    .selectFrom('milestone_completions as c')
    .innerJoin('milestones as m', 'm.id', 'c.milestone_id')
    .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
    .selectAll('c')
    .where('t.plan_id', '=', f.planId)
    .where('c.completed_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'c.path', f.scope));
  if (f.taskId) q = q.where('m.task_id', '=', f.taskId);
  if (f.unitId) q = q.where('c.organisation_id', '=', f.unitId);
  if (f.unitIds) q = q.where('c.organisation_id', 'in', f.unitIds.length ? [...f.unitIds] : ['']);
  if (f.taskIds) q = q.where('m.task_id', 'in', f.taskIds.length ? [...f.taskIds] : ['']);
  return q.execute();
}

/** Per milestone of a plan: how many units in the scope had declared it met by asOf. */
export async function countCompletionsByMilestone(db: Db, f: { planId: string; scope: Scope; asOf: string }): Promise<Map<string, { n: number; lastOn: string }>> {
  const rows = await db
    .selectFrom('milestone_completions as c')
    .innerJoin('milestones as m', 'm.id', 'c.milestone_id')
    .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
    .select('c.milestone_id')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('c.completed_on').as('last_on')])
    .where('t.plan_id', '=', f.planId)
    .where('c.completed_on', '<=', f.asOf)
    .where((eb) => scoped(eb, 'c.path', f.scope))
    .groupBy('c.milestone_id')
    .execute();
  return new Map(rows.map((r) => [r.milestone_id, { n: Number(r.n), lastOn: String(r.last_on) }]));
}
