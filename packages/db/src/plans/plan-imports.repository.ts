// Uploaded plan tables waiting for confirmation (at most an hour). The payload is the parsed preview. Queries only.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { PlanImportTable } from '../schema.js';

export type PlanImportRow = Selectable<PlanImportTable>;

export async function savePlanImport(db: Db, row: PlanImportRow): Promise<void> {
  await db.insertInto('plan_imports').values(row).execute();
}

export async function findLivePlanImport(db: Db, id: string, now: string): Promise<PlanImportRow | undefined> {
  return db.selectFrom('plan_imports').selectAll().where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
}

export async function deletePlanImport(db: Db, id: string): Promise<void> {
  await db.deleteFrom('plan_imports').where('id', '=', id).execute();
}

export async function deleteExpiredPlanImports(db: Db, now: string): Promise<number> {
  const r = await db.deleteFrom('plan_imports').where('expires_at', '<=', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}
