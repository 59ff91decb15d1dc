// Self-declarations (one per enterprise and year) and the regulators' review queue. Queries only.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { EnterpriseDeclarationTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type DeclarationRow = Selectable<EnterpriseDeclarationTable>;
export type DeclarationListRow = DeclarationRow & { enterprise_name: string };

const withName = (db: Db) => db.selectFrom('enterprise_declarations as d').innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
  .selectAll('d').select('e.name as enterprise_name');

export async function listDeclarationsOf(db: Db, enterpriseId: string): Promise<DeclarationListRow[]> {
  return withName(db).where('d.enterprise_id', '=', enterpriseId).orderBy('d.year', 'desc').execute();
}

/** The enterprise's latest declaration (highest year), or undefined before its first. */
export async function currentDeclarationOf(db: Db, enterpriseId: string): Promise<DeclarationListRow | undefined> {
  return withName(db).where('d.enterprise_id', '=', enterpriseId).orderBy('d.year', 'desc').limit(1).executeTakeFirst();
}

export async function findDeclarationInScope(db: Db, id: string, scope: Scope): Promise<DeclarationListRow | undefined> {
  return withName(db).where('d.id', '=', id).where((eb) => scoped(eb, 'd.path', scope)).executeTakeFirst();
}

export async function findDeclarationOfYear(db: Db, enterpriseId: string, year: number): Promise<DeclarationRow | undefined> {
  return db.selectFrom('enterprise_declarations').selectAll().where('enterprise_id', '=', enterpriseId).where('year', '=', year).executeTakeFirst();
}

/** The latest approved declaration before a year: what "copy forward" starts from. */
export async function lastApprovedBefore(db: Db, enterpriseId: string, year: number): Promise<DeclarationRow | undefined> {
  return db.selectFrom('enterprise_declarations').selectAll().where('enterprise_id', '=', enterpriseId).where('status', '=', 'approved')
    .where('year', '<', year).orderBy('year', 'desc').limit(1).executeTakeFirst();
}

export async function insertDeclaration(db: Db, row: Insertable<EnterpriseDeclarationTable>): Promise<void> {
  await db.insertInto('enterprise_declarations').values(row).execute();
}

export async function updateDeclaration(db: Db, id: string, changes: Updateable<EnterpriseDeclarationTable>): Promise<void> {
  await db.updateTable('enterprise_declarations').set(changes).where('id', '=', id).execute();
}

/** Declarations in the scope with a status (the review queue: 'submitted'), oldest submission first. */
export async function listDeclarationsByStatus(db: Db, f: { scope: Scope; status: string; limit: number }): Promise<DeclarationListRow[]> {
  return withName(db).where('d.status', '=', f.status).where((eb) => scoped(eb, 'd.path', f.scope))
    .orderBy('d.submitted_at').orderBy('d.updated_at').orderBy('d.id').limit(f.limit).execute();
}
