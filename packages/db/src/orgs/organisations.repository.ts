// The organisation tree (district → committee/office/departments; district → territories → grid cells;
// enterprises and agencies under the territory they sit in). Queries only: which kinds are public is an app rule.
import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { OrganisationTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type OrganisationRow = Selectable<OrganisationTable>;

export async function findOrganisationById(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every organisation of the given kinds (the district, territories, grid cells …), by path. */
export async function listOrganisationsOfKinds(db: Db, kinds: readonly string[]): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').selectAll().where('kind', 'in', [...kinds]).orderBy('path').execute();
}

/** Organisations inside the scope, plus (for callers that allow it) every organisation of the given public kinds. */
export async function listOrganisationsInScope(
  db: Db,
  filter: { scope: Scope; publicKinds?: readonly string[] | undefined },
): Promise<OrganisationRow[]> {
  const publicKinds = filter.publicKinds ?? [];
  return db
    .selectFrom('organisations')
    .selectAll()
    .where((eb) =>
      publicKinds.length > 0 ? eb.or([eb('kind', 'in', [...publicKinds]), scoped(eb, 'organisations.path', filter.scope)]) : scoped(eb, 'organisations.path', filter.scope),
    )
    .orderBy('path')
    .execute();
}

export async function insertOrganisation(db: Db, row: Insertable<OrganisationTable>): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

export async function updateOrganisation(
  db: Db,
  id: string,
  changes: Pick<OrganisationRow, 'parent_id' | 'kind' | 'code' | 'name' | 'name_en' | 'path' | 'sort'>,
): Promise<void> {
  await db.updateTable('organisations').set(changes).where('id', '=', id).execute();
}

/** An organisation as notices and lists name it. */
export type OrgRef = { id: string; path: string; name: string };

/** These organisations by id (in chunks of 500: a long IN list is refused by SQLite's parameter limit). */
export async function organisationsByIds(db: Db, ids: readonly string[]): Promise<Map<string, OrgRef>> {
  const out = new Map<string, OrgRef>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of await db.selectFrom('organisations').select(['id', 'path', 'name']).where('id', 'in', unique.slice(i, i + 500)).execute()) out.set(r.id, r);
  }
  return out;
}
