// Enterprise rows and their organisation rows. Queries only: who may read or write is decided by the use cases
// (app/src/enterprises/enterprise-access.ts); reads that serve a user take the scope and apply it with scoped().
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { EnterpriseTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type EnterpriseRow = Selectable<EnterpriseTable>;
export type EnterpriseNames = { territory_name: string; grid_name: string | null };

export async function findEnterpriseInScope(db: Db, id: string, scope: Scope): Promise<EnterpriseRow | undefined> {
  return db.selectFrom('enterprises').selectAll().where('id', '=', id).where((eb) => scoped(eb, 'enterprises.path', scope)).executeTakeFirst();
}

export async function findEnterpriseById(db: Db, id: string): Promise<EnterpriseRow | undefined> {
  return db.selectFrom('enterprises').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findEnterpriseIdByUscc(db: Db, uscc: string): Promise<string | undefined> {
  return (await db.selectFrom('enterprises').select('id').where('uscc', '=', uscc).executeTakeFirst())?.id;
}

export async function enterpriseNames(db: Db, e: Pick<EnterpriseRow, 'territory_id' | 'grid_id'>): Promise<EnterpriseNames> {
  const ids = [e.territory_id, ...(e.grid_id ? [e.grid_id] : [])];
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
  const name = (id: string | null): string | null => rows.find((r) => r.id === id)?.name ?? null;
  return { territory_name: name(e.territory_id) ?? e.territory_id, grid_name: e.grid_id ? name(e.grid_id) : null };
}

/** A unique index refused the row (two saves of one credit code racing past the caller's check). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export async function insertEnterprise(db: Db, row: Insertable<EnterpriseTable>): Promise<void> {
  await db.insertInto('enterprises').values(row).execute();
}

/** Optimistic lock: changes the row only when it still has `version`; returns false when someone else saved first. */
export async function updateEnterpriseAtVersion(db: Db, id: string, version: number, changes: Updateable<EnterpriseTable>): Promise<boolean> {
  const r = await db.updateTable('enterprises').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function updateEnterprise(db: Db, id: string, changes: Updateable<EnterpriseTable>): Promise<void> {
  await db.updateTable('enterprises').set(changes).where('id', '=', id).execute();
}

const CHILD_TABLES = ['enterprise_licences', 'enterprise_sites', 'enterprise_units', 'inventory_lines', 'major_hazard_register', 'enterprise_declarations'] as const;

/**
 * Moves an enterprise to another territory or grid cell: its organisation row, the enterprise, every child row and
 * its organisation's inbox take the new path, so jurisdiction follows the move in one statement per table.
 */
/** Where enterprises are now (territory and grid cell), for a move to know what it leaves. */
export async function findEnterprisePlaces(db: Db, ids: readonly string[]): Promise<{ id: string; territory_id: string; grid_id: string | null }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('enterprises').select(['id', 'territory_id', 'grid_id']).where('id', 'in', [...ids]).execute();
}

export async function moveEnterprise(db: Db, m: { enterpriseId: string; organisationId: string; parentId: string; path: string }): Promise<void> {
  await db.updateTable('organisations').set({ parent_id: m.parentId, path: m.path }).where('id', '=', m.organisationId).execute();
  await db.updateTable('notifications').set({ path: m.path }).where('organisation_id', '=', m.organisationId).execute();
  await db.updateTable('enterprises').set({ path: m.path }).where('id', '=', m.enterpriseId).execute();
  for (const table of CHILD_TABLES) await db.updateTable(table).set({ path: m.path }).where('enterprise_id', '=', m.enterpriseId).execute();
}

/** The organisation row carries the enterprise's name (and credit code as its code) for inboxes and org lists. */
export async function renameEnterpriseOrganisation(db: Db, organisationId: string, name: string, uscc: string): Promise<void> {
  await db.updateTable('organisations').set({ name, code: uscc }).where('id', '=', organisationId).execute();
}
