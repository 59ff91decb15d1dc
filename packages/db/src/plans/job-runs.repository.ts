// The scheduler's persisted progress: how far (as of which date) each job has run. Queries only.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { JobRunTable } from '../schema.js';

export type JobRunRow = Selectable<JobRunTable>;

export async function findJobRun(db: Db, job: string): Promise<JobRunRow | undefined> {
  return db.selectFrom('job_runs').selectAll().where('job', '=', job).executeTakeFirst();
}

export async function saveJobRun(db: Db, row: JobRunRow): Promise<void> {
  const r = await db
    .updateTable('job_runs')
    .set({ last_run_at: row.last_run_at, last_as_of: row.last_as_of, last_result: row.last_result })
    .where('job', '=', row.job)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) await db.insertInto('job_runs').values(row).execute();
}
