// An administrator's corrections to the official working-day calendar (a year not yet published, a local holiday).
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { CalendarOverrideTable } from '../schema.js';

export type CalendarOverrideRow = Selectable<CalendarOverrideTable>;

export async function listOverrides(db: Db, range?: { from: string; to: string }): Promise<CalendarOverrideRow[]> {
  let q = db.selectFrom('calendar_overrides').selectAll();
  if (range) q = q.where('date', '>=', range.from).where('date', '<=', range.to);
  return q.orderBy('date').execute();
}

export async function findOverride(db: Db, date: string): Promise<CalendarOverrideRow | undefined> {
  return db.selectFrom('calendar_overrides').selectAll().where('date', '=', date).executeTakeFirst();
}

export async function upsertOverride(db: Db, row: CalendarOverrideRow): Promise<void> {
  const r = await db
    .updateTable('calendar_overrides')
    .set({ kind: row.kind, name: row.name, updated_at: row.updated_at, updated_by: row.updated_by })
    .where('date', '=', row.date)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) await db.insertInto('calendar_overrides').values(row).execute();
}

export async function deleteOverride(db: Db, date: string): Promise<void> {
  await db.deleteFrom('calendar_overrides').where('date', '=', date).execute();
}
