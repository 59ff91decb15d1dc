// Inspection plans and their 双随机 draws. A plan's path is its owning organisation's; a draw carries the plan's path.
// Reads go through scoped() like every jurisdiction read.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { InspectionDrawTable, InspectionPlanTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type InspectionPlanRow = Selectable<InspectionPlanTable> & { organisation_name: string };
export type InspectionDrawRow = Selectable<InspectionDrawTable>;
export type PlanCounts = { plan_id: string; total: number; done: number };

const base = (db: Db) => db.selectFrom('inspection_plans as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id').selectAll('p').select('o.name as organisation_name');
const num = (r: InspectionPlanRow): InspectionPlanRow => ({ ...r, year: Number(r.year), sample_size: Number(r.sample_size), inspectors_per_enterprise: Number(r.inspectors_per_enterprise) });

export async function listPlansInScope(db: Db, scope: Scope, filter: { year?: number | undefined }): Promise<InspectionPlanRow[]> {
  let q = base(db).where((eb) => scoped(eb, 'p.path', scope));
  if (filter.year !== undefined) q = q.where('p.year', '=', filter.year);
  return (await q.orderBy('p.year', 'desc').orderBy('p.created_at', 'desc').orderBy('p.id').execute()).map(num);
}

export async function findPlanInScope(db: Db, id: string, scope: Scope): Promise<InspectionPlanRow | undefined> {
  const r = await base(db).where('p.id', '=', id).where((eb) => scoped(eb, 'p.path', scope)).executeTakeFirst();
  return r && num(r);
}

export async function insertPlan(db: Db, row: Insertable<InspectionPlanTable>): Promise<void> {
  await db.insertInto('inspection_plans').values(row).execute();
}

export async function updatePlan(db: Db, id: string, changes: Updateable<InspectionPlanTable>): Promise<void> {
  await db.updateTable('inspection_plans').set(changes).where('id', '=', id).execute();
}

export async function listDrawsOfPlans(db: Db, planIds: readonly string[]): Promise<InspectionDrawRow[]> {
  if (planIds.length === 0) return [];
  return db.selectFrom('inspection_draws').selectAll().where('plan_id', 'in', [...planIds]).orderBy('drawn_at').orderBy('id').execute();
}

export async function findDrawInScope(db: Db, id: string, scope: Scope): Promise<InspectionDrawRow | undefined> {
  return db.selectFrom('inspection_draws').selectAll().where('id', '=', id).where((eb) => scoped(eb, 'path', scope)).executeTakeFirst();
}

export async function insertDraw(db: Db, row: Insertable<InspectionDrawTable>): Promise<void> {
  await db.insertInto('inspection_draws').values(row).execute();
}

export async function markDrawPublished(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('inspection_draws').set({ status: 'published', published_at: at }).where('id', '=', id).execute();
}

/** Published draws, newest first (the public portal's 双随机 results; not scoped: published means public). */
export async function listPublishedDraws(db: Db, limit: number): Promise<(InspectionDrawRow & { plan_title: string; plan_year: number; organisation_name: string })[]> {
  const rows = await db.selectFrom('inspection_draws as d')
    .innerJoin('inspection_plans as p', 'p.id', 'd.plan_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('d').select(['p.title as plan_title', 'p.year as plan_year', 'o.name as organisation_name'])
    .where('d.status', '=', 'published')
    .orderBy('d.published_at', 'desc').orderBy('d.id').limit(limit).execute();
  return rows.map((r) => ({ ...r, plan_year: Number(r.plan_year) }));
}

/** Inspections per plan and how many are submitted (the plan list's progress). */
export async function countInspectionsOfPlans(db: Db, planIds: readonly string[]): Promise<PlanCounts[]> {
  if (planIds.length === 0) return [];
  const rows = await db.selectFrom('inspections').select((eb) => [
    'plan_id',
    eb.fn.countAll<string | number>().as('total'),
    eb.fn.sum<string | number>(eb.case().when('status', '=', 'submitted').then(1).else(0).end()).as('done'),
  ]).where('plan_id', 'in', [...planIds]).groupBy('plan_id').execute();
  return rows.map((r) => ({ plan_id: r.plan_id!, total: Number(r.total), done: Number(r.done ?? 0) }));
}
