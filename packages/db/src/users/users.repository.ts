// User accounts and their sign-in counters. Queries only: lockout and password rules live in app/ and domain/.
import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { UserTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type UserRow = Selectable<UserTable>;
/** A user with the organisation facts every caller needs (name for display, path for jurisdiction). */
export type UserWithOrganisation = UserRow & {
  organisation_name: string;
  organisation_name_en: string | null;
  organisation_kind: string;
  organisation_path: string;
};

function withOrganisation(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .selectAll('u')
    .select(['o.name as organisation_name', 'o.name_en as organisation_name_en', 'o.kind as organisation_kind', 'o.path as organisation_path']);
}

export async function findUserByUsername(db: Db, username: string): Promise<UserWithOrganisation | undefined> {
  return withOrganisation(db).where('u.username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<UserWithOrganisation | undefined> {
  return withOrganisation(db).where('u.id', '=', id).executeTakeFirst();
}

export async function listUsersInScope(db: Db, filter: { scope: Scope; organisationId?: string | undefined }): Promise<UserWithOrganisation[]> {
  let q = withOrganisation(db).where((eb) => scoped(eb, 'o.path', filter.scope));
  if (filter.organisationId) q = q.where('u.organisation_id', '=', filter.organisationId);
  return q.orderBy('o.path').orderBy('u.username').execute();
}

export async function insertUser(db: Db, row: Insertable<UserTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function setLoginCounters(db: Db, id: string, counters: { failed_logins: number; locked_until: string | null }): Promise<void> {
  await db.updateTable('users').set(counters).where('id', '=', id).execute();
}

/**
 * Counts one more failed sign-in atomically (the UPDATE takes the row lock, so concurrent failures cannot
 * both read 4 and write 5) and returns the new count. A lapsed lock starts the count afresh.
 */
export async function incrementFailedLogins(db: Db, id: string, nowIso: string): Promise<number> {
  await db
    .updateTable('users')
    .set((eb) => ({
      failed_logins: eb.case().when('locked_until', 'is not', null).then(1).else(eb('failed_logins', '+', 1)).end(),
      locked_until: null,
    }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]))
    .execute();
  const row = await db.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', id).executeTakeFirst();
  return row?.locked_until && row.locked_until > nowIso ? -1 : Number(row?.failed_logins ?? 0);
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string, changedAt: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, password_changed_at: changedAt }).where('id', '=', id).execute();
}

export async function countUsers(db: Db): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The display names of these users, by id (inspectors named on inspections and draws). */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
