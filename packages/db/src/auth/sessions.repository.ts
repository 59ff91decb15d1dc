// Sign-in sessions. The id is the SHA-256 of the cookie token: a copy of this table cannot be replayed.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { SessionTable } from '../schema.js';

export type SessionRow = Selectable<SessionTable>;

export async function insertSession(db: Db, row: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Db, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Every session of a user except one (a password change signs out the other devices). */
export async function deleteOtherSessions(db: Db, userId: string, keepId: string | null): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  await q.execute();
}

export async function deleteSessionsIdleSince(db: Db, before: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('last_seen_at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
