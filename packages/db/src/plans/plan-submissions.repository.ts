// One-off submissions of a plan's units: implementation plans, contact returns (报名回执), summaries. Queries only.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { PlanSubmissionTable } from '../schema.js';
import { scoped } from '../shared/scope.js';
import { insertInChunks } from './bulk-insert.js';

export type PlanSubmissionRow = Selectable<PlanSubmissionTable>;
export type PlanSubmissionListRow = PlanSubmissionRow & { unit_name: string; unit_name_en: string | null };

export async function findSubmission(db: Db, key: { planId: string; organisationId: string; kind: string }): Promise<PlanSubmissionRow | undefined> {
  return db
    .selectFrom('plan_submissions')
    .selectAll()
    .where('plan_id', '=', key.planId)
    .where('organisation_id', '=', key.organisationId)
    .where('kind', '=', key.kind)
    .executeTakeFirst();
}

export async function insertSubmission(db: Db, row: Insertable<PlanSubmissionTable>): Promise<void> {
  await db.insertInto('plan_submissions').values(row).execute();
}

export async function updateSubmission(db: Db, id: string, patch: Updateable<PlanSubmissionTable>): Promise<void> {
  await db.updateTable('plan_submissions').set(patch).where('id', '=', id).execute();
}

export async function insertSubmissions(db: Db, rows: readonly Insertable<PlanSubmissionTable>[]): Promise<number> {
  return insertInChunks(db, 'plan_submissions', rows);
}

export async function listSubmissions(
  db: Db,
  f: { planId: string; scope: Scope; kind?: string | undefined; unitId?: string | undefined; submittedOn?: string | undefined },
): Promise<PlanSubmissionListRow[]> {
  let q = db
    .selectFrom('plan_submissions as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .selectAll('s')
    .select(['o.name as unit_name', 'o.name_en as unit_name_en'])
    .where('s.plan_id', '=', f.planId)
    .where((eb) => scoped(eb, 's.path', f.scope));
  if (f.kind) q = q.where('s.kind', '=', f.kind);
  if (f.unitId) q = q.where('s.organisation_id', '=', f.unitId);
  if (f.submittedOn) q = q.where('s.submitted_on', '<=', f.submittedOn);
  return q.orderBy('s.kind').orderBy('o.sort').orderBy('o.name').execute();
}
