// Inspection rows (one visit to one enterprise), their per-item results and the sync receipts of offline operations.
// Queries only: who may read or write is decided by app/src/inspections/inspection-access.ts; every read that serves a
// user takes the scope and applies it with scoped(). The list is one count, one page of ids, then the page's rows with
// names and counts.
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { DB, InspectionResultTable, InspectionTable, SyncReceiptTable } from '../schema.js';
import { inIdOrder } from '../shared/in-id-order.js';
import { scoped } from '../shared/scope.js';

export type InspectionRow = Selectable<InspectionTable>;
export type InspectionView = InspectionRow & {
  enterprise_name: string; enterprise_organisation_id: string; enterprise_activities: string; enterprise_industry: string | null;
  territory_name: string; plan_title: string | null; template_name: string; template_version: number;
};
export type InspectionResultRow = Selectable<InspectionResultTable>;
export type SyncReceiptRow = Selectable<SyncReceiptTable>;

export type InspectionFilter = {
  scope: Scope; status?: string | undefined; enterpriseId?: string | undefined; planId?: string | undefined;
  /** only inspections this user is one of the inspectors of (the phone's list) */
  inspectorId?: string | undefined; page: number; pageSize: number;
};

/** The JSON array holds user ids as JSON strings: '"<id>"' can only match a whole id. */
const hasInspector = (userId: string): Expression<SqlBool> =>
  sql<SqlBool>`${sql.ref('i.inspector_ids_json')} like ${`%${JSON.stringify(userId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

function where(eb: ExpressionBuilder<DB & { i: InspectionTable }, 'i'>, f: InspectionFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [scoped(eb, 'i.path', f.scope)];
  if (f.status) all.push(eb('i.status', '=', f.status));
  if (f.enterpriseId) all.push(eb('i.enterprise_id', '=', f.enterpriseId));
  if (f.planId) all.push(eb('i.plan_id', '=', f.planId));
  if (f.inspectorId) all.push(hasInspector(f.inspectorId));
  return eb.and(all);
}

function withNames(db: Db) {
  return db.selectFrom('inspections as i')
    .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'i.territory_id')
    .innerJoin('checklist_templates as ct', 'ct.id', 'i.template_id')
    .leftJoin('inspection_plans as p', 'p.id', 'i.plan_id')
    .selectAll('i')
    .select(['e.name as enterprise_name', 'e.organisation_id as enterprise_organisation_id', 'e.activities as enterprise_activities',
      'e.industry as enterprise_industry', 't.name as territory_name', 'p.title as plan_title', 'ct.name as template_name', 'ct.version as template_version']);
}

/** in progress first, then planned (the work still to do), then the done ones, newest first within each. */
const statusOrder = sql<number>`case ${sql.ref('i.status')} when 'in_progress' then 0 when 'planned' then 1 when 'submitted' then 2 else 3 end`;

export async function listInspectionPage(db: Db, f: InspectionFilter): Promise<{ rows: InspectionView[]; total: number }> {
  const counted = await db.selectFrom('inspections as i').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => where(eb, f)).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (total === 0) return { rows: [], total };
  const ids = (await db.selectFrom('inspections as i').select('i.id').where((eb) => where(eb, f))
    .orderBy(statusOrder).orderBy('i.scheduled_on', 'desc').orderBy('i.created_at', 'desc').orderBy('i.id')
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute()).map((r) => r.id);
  if (ids.length === 0) return { rows: [], total };
  return { rows: inIdOrder(ids, await withNames(db).where('i.id', 'in', ids).execute()), total };
}

export async function findInspectionInScope(db: Db, id: string, scope: Scope): Promise<InspectionView | undefined> {
  return withNames(db).where('i.id', '=', id).where((eb) => scoped(eb, 'i.path', scope)).executeTakeFirst();
}

export async function findInspectionRow(db: Db, id: string): Promise<InspectionRow | undefined> {
  return db.selectFrom('inspections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInspection(db: Db, row: Insertable<InspectionTable>): Promise<void> {
  await db.insertInto('inspections').values(row).execute();
}

/** Optimistic lock: bumps the version only when the row still has `version`; false when another writer was first. */
export async function updateInspectionAtVersion(db: Db, id: string, version: number, changes: Updateable<InspectionTable>): Promise<boolean> {
  const r = await db.updateTable('inspections').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Per inspection of the page: failed items and findings made of them. */
export async function countsOfInspections(db: Db, ids: readonly string[]): Promise<Map<string, { fails: number; findings: number }>> {
  const out = new Map<string, { fails: number; findings: number }>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('inspection_results').select(['inspection_id'])
    .select((eb) => [
      eb.fn.sum<number>(sql`case when outcome = 'fail' then 1 else 0 end`).as('fails'),
      eb.fn.sum<number>(sql`case when hazard_finding_id is not null then 1 else 0 end`).as('findings'),
    ])
    .where('inspection_id', 'in', [...ids]).groupBy('inspection_id').execute();
  for (const r of rows) out.set(r.inspection_id, { fails: Number(r.fails ?? 0), findings: Number(r.findings ?? 0) });
  return out;
}

// results

export async function listResults(db: Db, inspectionId: string): Promise<InspectionResultRow[]> {
  return db.selectFrom('inspection_results').selectAll().where('inspection_id', '=', inspectionId).orderBy('item_id').execute();
}

export async function upsertResult(db: Db, row: InspectionResultRow, exists: boolean): Promise<void> {
  if (exists) {
    await db.updateTable('inspection_results').set({ outcome: row.outcome, note: row.note, recorded_at: row.recorded_at })
      .where('inspection_id', '=', row.inspection_id).where('item_id', '=', row.item_id).execute();
  } else {
    await db.insertInto('inspection_results').values(row).execute();
  }
}

export async function setResultFinding(db: Db, inspectionId: string, itemId: string, findingId: string): Promise<void> {
  await db.updateTable('inspection_results').set({ hazard_finding_id: findingId }).where('inspection_id', '=', inspectionId).where('item_id', '=', itemId).execute();
}

// sync receipts

export async function findSyncReceipt(db: Db, opId: string): Promise<SyncReceiptRow | undefined> {
  return db.selectFrom('sync_receipts').selectAll().where('op_id', '=', opId).executeTakeFirst();
}

export async function insertSyncReceipt(db: Db, row: SyncReceiptRow): Promise<void> {
  await db.insertInto('sync_receipts').values(row).execute();
}

/** The receipts of one inspection that wrote something, oldest first: the per-version change log conflicts are read from. */
export async function listWritingReceipts(db: Db, inspectionId: string): Promise<SyncReceiptRow[]> {
  return db.selectFrom('sync_receipts').selectAll().where('entity_id', '=', inspectionId).where('outcome', 'in', ['applied', 'conflict'])
    .orderBy('received_at').orderBy('op_id').execute();
}

// people

/** Of these ids, the active users (the inspectors an inspection may name). */
export async function activeUsersAmong(db: Db, ids: readonly string[]): Promise<Map<string, { role: string; organisation_id: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'role', 'organisation_id']).where('id', 'in', [...new Set(ids)]).where('active', '=', 1).execute();
  return new Map(rows.map((r) => [r.id, { role: r.role, organisation_id: r.organisation_id }]));
}

// what an inspection copies from its enterprise

export type EnterpriseForInspection = {
  id: string; path: string; territory_id: string; grid_id: string | null; organisation_id: string; activities: string; industry: string | null; name: string;
};
export async function findEnterpriseForInspection(db: Db, id: string, scope: Scope): Promise<EnterpriseForInspection | undefined> {
  return db.selectFrom('enterprises as e').select(['e.id', 'e.path', 'e.territory_id', 'e.grid_id', 'e.organisation_id', 'e.activities', 'e.industry', 'e.name'])
    .where('e.id', '=', id).where((eb) => scoped(eb, 'e.path', scope)).executeTakeFirst();
}

// the findings an inspection's submission made (shown on the inspection)

export type InspectionFindingRow = Selectable<DB['hazard_findings']> & { territory_name: string; enterprise_name: string };
export async function listFindingsOfInspection(db: Db, inspectionId: string): Promise<InspectionFindingRow[]> {
  return db.selectFrom('hazard_findings as f').innerJoin('organisations as t', 't.id', 'f.territory_id').innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .selectAll('f').select(['t.name as territory_name', 'e.name as enterprise_name'])
    .where('f.inspection_id', '=', inspectionId).orderBy('f.created_at').orderBy('f.id').execute();
}
