// The inbox. A notification is addressed to one organisation; dedupe_key makes every sender idempotent.
import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { NotificationTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type NotificationRow = Selectable<NotificationTable>;

/** Inserts the notifications whose dedupe_key is new; returns the ones inserted. */
export async function insertNewNotifications(db: Db, rows: readonly Insertable<NotificationTable>[]): Promise<Insertable<NotificationTable>[]> {
  if (rows.length === 0) return [];
  const fresh: Insertable<NotificationTable>[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const keys = chunk.map((r) => r.dedupe_key);
    const existing = new Set((await db.selectFrom('notifications').select('dedupe_key').where('dedupe_key', 'in', keys).execute()).map((r) => r.dedupe_key));
    for (const r of chunk) {
      if (existing.has(r.dedupe_key) || seen.has(r.dedupe_key)) continue;
      seen.add(r.dedupe_key);
      fresh.push(r);
    }
  }
  for (let i = 0; i < fresh.length; i += 1000) await db.insertInto('notifications').values(fresh.slice(i, i + 1000)).execute();
  return fresh;
}

/** The actor's own organisation's inbox (still filtered by scope: the one jurisdiction rule). */
export async function listInbox(
  db: Db,
  f: { organisationId: string; scope: Scope; unreadOnly: boolean; limit: number },
): Promise<NotificationRow[]> {
  let q = db
    .selectFrom('notifications')
    .selectAll()
    .where('organisation_id', '=', f.organisationId)
    .where((eb) => scoped(eb, 'notifications.path', f.scope));
  if (f.unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).execute();
}

export async function countUnread(db: Db, f: { organisationId: string; scope: Scope }): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', f.organisationId)
    .where('read_at', 'is', null)
    .where((eb) => scoped(eb, 'notifications.path', f.scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function findInboxNotification(db: Db, id: string, f: { organisationId: string; scope: Scope }): Promise<NotificationRow | undefined> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', f.organisationId)
    .where((eb) => scoped(eb, 'notifications.path', f.scope))
    .executeTakeFirst();
}

export async function markNotificationRead(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();
}

export async function countNotificationsByPrefix(db: Db, prefix: string): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dedupe_key', 'like', `${prefix}%`)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
