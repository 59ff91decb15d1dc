// The organisations a plan names: read-only lookups the plans context needs (names for matching, paths for scope).
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { OrganisationTable } from '../schema.js';

export type OrganisationRow = Selectable<OrganisationTable>;

export async function listAllOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').selectAll().orderBy('path').execute();
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrganisationsByIds(db: Db, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  const out: OrganisationRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    out.push(...(await db.selectFrom('organisations').selectAll().where('id', 'in', ids.slice(i, i + 1000)).execute()));
  }
  return out;
}

export async function findOrganisationByName(db: Db, name: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('name', '=', name).orderBy('path').executeTakeFirst();
}

export async function countOrganisations(db: Db): Promise<number> {
  const r = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}
