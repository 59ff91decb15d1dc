// Blacklist entry and joint-punishment notice rows. Queries only: who may act is decided in app/src/blacklist. Entries
// are read through the enterprise scope (their path is the enterprise's); a department's notices through its own path.
import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { BlacklistEntryTable, JointPunishmentNoticeTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type EntryRow = Selectable<BlacklistEntryTable>;
export type EntryView = EntryRow & { territory_id: string | null; territory_name: string | null; enterprise_name: string | null; enterprise_organisation_id: string | null };
export type NoticeRow = Selectable<JointPunishmentNoticeTable>;
export type NoticeView = NoticeRow & { department_name: string };

export type EntryFilter = {
  scope: Scope; status?: string | undefined; partyKind?: string | undefined; q?: string | undefined; limit: number;
  /** only entries in these statuses (an enterprise sees its listing once published, not the deliberation before) */
  statuses?: readonly string[] | undefined;
};

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function withNames(db: Db) {
  return db.selectFrom('blacklist_entries as b')
    .leftJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .leftJoin('organisations as t', 't.id', 'e.territory_id')
    .selectAll('b')
    .select(['e.territory_id as territory_id', 't.name as territory_name', 'e.name as enterprise_name', 'e.organisation_id as enterprise_organisation_id']);
}

export async function listEntries(db: Db, f: EntryFilter): Promise<EntryView[]> {
  let q = withNames(db).where((eb) => scoped(eb, 'b.path', f.scope));
  if (f.status) q = q.where('b.status', '=', f.status);
  if (f.statuses) q = q.where('b.status', 'in', [...f.statuses]);
  if (f.partyKind) q = q.where('b.party_kind', '=', f.partyKind);
  const text = f.q?.trim();
  if (text) {
    const p = `%${escapeLike(text)}%`;
    q = q.where((eb) => eb.or([sql<SqlBool>`b.party_name like ${p} escape '\\'`, sql<SqlBool>`b.credit_code like ${p} escape '\\'`, sql<SqlBool>`b.reason like ${p} escape '\\'`]));
  }
  return q.orderBy('b.proposed_at', 'desc').orderBy('b.id').limit(f.limit).execute();
}

export async function findEntryInScope(db: Db, id: string, scope: Scope): Promise<EntryView | undefined> {
  return withNames(db).where('b.id', '=', id).where((eb) => scoped(eb, 'b.path', scope)).executeTakeFirst();
}

export async function insertEntry(db: Db, row: Insertable<BlacklistEntryTable>): Promise<void> {
  await db.insertInto('blacklist_entries').values(row).execute();
}

export async function updateEntryAtVersion(db: Db, id: string, version: number, changes: Updateable<BlacklistEntryTable>): Promise<boolean> {
  const r = await db.updateTable('blacklist_entries').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Listed entries whose period ended before asOf (listed_until < asOf): the scheduler expires them. */
export async function listEntriesPastListing(db: Db, asOf: string, limit: number): Promise<EntryRow[]> {
  return db.selectFrom('blacklist_entries').selectAll().where('status', 'in', ['published', 'repairing']).where('listed_until', '<', asOf)
    .orderBy('id').limit(limit).execute();
}

/** The current public blacklist: published or in repair (still listed), newest first. The portal's, so no scope. */
export async function listPublishedEntries(db: Db, limit: number): Promise<EntryView[]> {
  return withNames(db).where('b.status', 'in', ['published', 'repairing']).where('b.published_at', 'is not', null)
    .orderBy('b.published_at', 'desc').orderBy('b.id').limit(limit).execute();
}

// ---- joint-punishment notices ----

export async function insertNotices(db: Db, rows: Insertable<JointPunishmentNoticeTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('joint_punishment_notices').values(rows).execute();
}

function noticesWithNames(db: Db) {
  return db.selectFrom('joint_punishment_notices as n').innerJoin('organisations as d', 'd.id', 'n.department_id').selectAll('n').select('d.name as department_name');
}

export async function listNoticesOfEntries(db: Db, entryIds: readonly string[]): Promise<NoticeView[]> {
  if (entryIds.length === 0) return [];
  return noticesWithNames(db).where('n.entry_id', 'in', [...entryIds]).orderBy('n.sent_at').orderBy('d.name').execute();
}

/** The notices a department received (read with scopeOf: its own path; the district admin sees all). */
export async function listNoticesInScope(db: Db, f: { scope: Scope; acknowledged?: boolean | undefined; limit: number }): Promise<NoticeView[]> {
  let q = noticesWithNames(db).where((eb) => scoped(eb, 'n.path', f.scope));
  if (f.acknowledged === true) q = q.where('n.acknowledged_at', 'is not', null);
  if (f.acknowledged === false) q = q.where('n.acknowledged_at', 'is', null);
  return q.orderBy('n.sent_at', 'desc').orderBy('n.id').limit(f.limit).execute();
}

export async function findNoticeInScope(db: Db, id: string, scope: Scope): Promise<NoticeView | undefined> {
  return noticesWithNames(db).where('n.id', '=', id).where((eb) => scoped(eb, 'n.path', scope)).executeTakeFirst();
}

/** Only an unacknowledged notice is acknowledged (a second click changes nothing); returns whether it did. */
export async function acknowledgeNotice(db: Db, id: string, by: string, at: string, response: string): Promise<boolean> {
  const r = await db.updateTable('joint_punishment_notices').set({ acknowledged_at: at, acknowledged_by: by, response })
    .where('id', '=', id).where('acknowledged_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Entries by id without scope: a notice's entry is shown to the department it was sent to, which may not hold the enterprise. */
export async function findEntriesByIds(db: Db, ids: readonly string[]): Promise<EntryView[]> {
  if (ids.length === 0) return [];
  return withNames(db).where('b.id', 'in', [...ids]).execute();
}
