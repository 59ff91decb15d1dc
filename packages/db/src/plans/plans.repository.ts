// Plans and their structure: phases, submission kinds, tasks, task units, events, milestones. Queries only.
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';
import type {
  MilestoneTable, PlanEventTable, PlanPhaseTable, PlanSubmissionKindTable, PlanTable, PlanTaskTable, PlanTaskUnitTable,
} from '../schema.js';
import { insertInChunks } from './bulk-insert.js';

export type PlanRow = Selectable<PlanTable>;
export type PlanTaskRow = Selectable<PlanTaskTable>;
export type PlanTaskUnitRow = Selectable<PlanTaskUnitTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type PlanEventRow = Selectable<PlanEventTable>;
export type PlanPhaseRow = Selectable<PlanPhaseTable>;
export type PlanSubmissionKindRow = Selectable<PlanSubmissionKindTable>;

export type PlanStructure = {
  plan: Insertable<PlanTable>;
  phases: Insertable<PlanPhaseTable>[];
  submissionKinds: Insertable<PlanSubmissionKindTable>[];
  tasks: Insertable<PlanTaskTable>[];
  taskUnits: Insertable<PlanTaskUnitTable>[];
  events: Insertable<PlanEventTable>[];
  milestones: Insertable<MilestoneTable>[];
};

export async function insertPlanStructure(db: Db, s: PlanStructure): Promise<void> {
  await db.insertInto('plans').values(s.plan).execute();
  await insertInChunks(db, 'plan_phases', s.phases);
  await insertInChunks(db, 'plan_submission_kinds', s.submissionKinds);
  await insertInChunks(db, 'plan_tasks', s.tasks);
  await insertInChunks(db, 'plan_task_units', s.taskUnits);
  await insertInChunks(db, 'plan_events', s.events);
  await insertInChunks(db, 'milestones', s.milestones);
}

export async function findPlan(db: Db, planId: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
}

export async function findPlanByCode(db: Db, code: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('code', '=', code).executeTakeFirst();
}

export type PlanListRow = PlanRow & { organisation_name: string; task_count: number; item_count: number };

/** Plans issued inside the scope or by an ancestor of the actor (a town sees the district plan it cascades from). */
export async function listPlans(db: Db, visible: { scope: Scope; ancestorPaths: readonly string[] }): Promise<PlanListRow[]> {
  const rows = await db
    .selectFrom('plans as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select((eb) => [
      'o.name as organisation_name',
      eb.selectFrom('plan_tasks as t').whereRef('t.plan_id', '=', 'p.id').select(sql<number>`count(distinct t.task_no)`.as('n')).as('task_count'),
      eb.selectFrom('plan_tasks as t').whereRef('t.plan_id', '=', 'p.id').select((e) => e.fn.countAll<number>().as('n')).as('item_count'),
    ])
    .where((eb) => planVisible(eb, visible))
    .orderBy('p.issued_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, task_count: Number(r.task_count ?? 0), item_count: Number(r.item_count ?? 0) }));
}

export async function findVisiblePlan(db: Db, planId: string, visible: { scope: Scope; ancestorPaths: readonly string[] }): Promise<PlanRow | undefined> {
  return db
    .selectFrom('plans as p')
    .selectAll('p')
    .where('p.id', '=', planId)
    .where((eb) => planVisible(eb, visible))
    .executeTakeFirst();
}

function planVisible<D, T extends keyof D>(eb: ExpressionBuilder<D, T>, visible: { scope: Scope; ancestorPaths: readonly string[] }): Expression<SqlBool> {
  const ancestors = visible.ancestorPaths.length > 0 ? [sql<SqlBool>`p.path in (${sql.join([...visible.ancestorPaths])})`] : [];
  return eb.or([scoped(eb, 'p.path', visible.scope), ...ancestors]);
}

export async function listPhases(db: Db, planId: string): Promise<PlanPhaseRow[]> {
  return db.selectFrom('plan_phases').selectAll().where('plan_id', '=', planId).orderBy('starts_on').execute();
}

export async function listSubmissionKinds(db: Db, planId: string): Promise<PlanSubmissionKindRow[]> {
  return db.selectFrom('plan_submission_kinds').selectAll().where('plan_id', '=', planId).orderBy('due_on').orderBy('kind').execute();
}

export async function listTasks(db: Db, planId: string): Promise<PlanTaskRow[]> {
  return db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('sort').execute();
}

export async function findTask(db: Db, planId: string, taskId: string): Promise<PlanTaskRow | undefined> {
  return db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).where('id', '=', taskId).executeTakeFirst();
}

export type TaskUnitWithOrg = PlanTaskUnitRow & {
  org_name: string | null; org_name_en: string | null; org_kind: string | null; org_path: string | null; org_sort: number | null;
};

export async function listTaskUnits(db: Db, planId: string, filter: { taskId?: string } = {}): Promise<TaskUnitWithOrg[]> {
  let q = db
    .selectFrom('plan_task_units as u')
    .innerJoin('plan_tasks as t', 't.id', 'u.task_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .selectAll('u')
    .select(['o.name as org_name', 'o.name_en as org_name_en', 'o.kind as org_kind', 'o.path as org_path', 'o.sort as org_sort'])
    .where('t.plan_id', '=', planId);
  if (filter.taskId) q = q.where('u.task_id', '=', filter.taskId);
  return q.orderBy('t.sort').orderBy('u.role').orderBy('o.sort').orderBy('u.raw_name').execute();
}

/** Every plan task unit row still waiting for an admin (unknown name or unresolved group), across all plans. */
export async function listUnresolvedTaskUnits(db: Db): Promise<PlanTaskUnitRow[]> {
  return db.selectFrom('plan_task_units').selectAll().where('organisation_id', 'is', null).execute();
}

export async function mapTaskUnitsOfAlias(db: Db, alias: string, organisationId: string): Promise<number> {
  const r = await db
    .updateTable('plan_task_units')
    .set({ organisation_id: organisationId })
    .where('raw_name', '=', alias)
    .where('organisation_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Replaces the placeholder rows of a group alias by one row per member unit (per task and role). */
export async function expandGroupTaskUnits(db: Db, alias: string, organisationIds: readonly string[], newId: () => string): Promise<number> {
  const placeholders = await db
    .selectFrom('plan_task_units')
    .selectAll()
    .where('group_name', '=', alias)
    .where('organisation_id', 'is', null)
    .execute();
  if (placeholders.length === 0) return 0;
  const taskIds = [...new Set(placeholders.map((p) => p.task_id))];
  const existing = await db.selectFrom('plan_task_units').select(['task_id', 'organisation_id']).where('task_id', 'in', taskIds).execute();
  const taken = new Set(existing.map((e) => `${e.task_id}|${e.organisation_id ?? ''}`));
  const rows: Insertable<PlanTaskUnitTable>[] = [];
  for (const p of placeholders) {
    for (const orgId of organisationIds) {
      const key = `${p.task_id}|${orgId}`;
      if (taken.has(key)) continue;
      taken.add(key);
      rows.push({ id: newId(), task_id: p.task_id, role: p.role, raw_name: p.raw_name, organisation_id: orgId, group_name: alias });
    }
  }
  await insertInChunks(db, 'plan_task_units', rows);
  await db.deleteFrom('plan_task_units').where('id', 'in', placeholders.map((p) => p.id)).execute();
  return rows.length;
}

export async function listMilestones(db: Db, planId: string, filter: { taskId?: string } = {}): Promise<(MilestoneRow & { event_name: string | null; event_occurred_on: string | null })[]> {
  let q = db
    .selectFrom('milestones as m')
    .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
    .leftJoin('plan_events as e', 'e.id', 'm.event_id')
    .selectAll('m')
    .select(['e.name as event_name', 'e.occurred_on as event_occurred_on'])
    .where('t.plan_id', '=', planId);
  if (filter.taskId) q = q.where('m.task_id', '=', filter.taskId);
  return q.orderBy('t.sort').orderBy('m.sort').execute();
}

export async function findMilestone(db: Db, planId: string, milestoneId: string): Promise<(MilestoneRow & { event_occurred_on: string | null }) | undefined> {
  return db
    .selectFrom('milestones as m')
    .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
    .leftJoin('plan_events as e', 'e.id', 'm.event_id')
    .selectAll('m')
    .select('e.occurred_on as event_occurred_on')
    .where('t.plan_id', '=', planId)
    .where('m.id', '=', milestoneId)
    .executeTakeFirst();
}

export async function listEvents(db: Db, planId: string): Promise<PlanEventRow[]> {
  return db.selectFrom('plan_events').selectAll().where('plan_id', '=', planId).orderBy('name').execute();
}

export async function findEvent(db: Db, planId: string, eventId: string): Promise<PlanEventRow | undefined> {
  return db.selectFrom('plan_events').selectAll().where('plan_id', '=', planId).where('id', '=', eventId).executeTakeFirst();
}

export async function setEventOccurred(db: Db, eventId: string, occurredOn: string | null): Promise<void> {
  await db.updateTable('plan_events').set({ occurred_on: occurredOn }).where('id', '=', eventId).execute();
}

export async function listAllPlanIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('plans').select('id').orderBy('created_at').execute()).map((r) => r.id);
}

/** Marks plans' structure (task units, events) changed, so cached views of them are rebuilt. All plans when no ids. */
export async function bumpStructureRev(db: Db, planIds?: readonly string[]): Promise<void> {
  let q = db.updateTable('plans').set((eb) => ({ structure_rev: eb('structure_rev', '+', 1) }));
  if (planIds) q = q.where('id', 'in', [...planIds]);
  await q.execute();
}

/** What a cached view of a plan depends on: the plan's structure revision and the calendar overrides. */
export async function planViewVersion(db: Db, planId: string): Promise<string | null> {
  const plan = await db.selectFrom('plans').select('structure_rev').where('id', '=', planId).executeTakeFirst();
  if (!plan) return null;
  const cal = await db
    .selectFrom('calendar_overrides')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('last')])
    .executeTakeFirst();
  return `${plan.structure_rev}|${Number(cal?.n ?? 0)}|${cal?.last ?? ''}`;
}
