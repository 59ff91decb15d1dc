// Licences, sites and units of an enterprise (rows carry the enterprise's path). Queries only.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { EnterpriseLicenceTable, EnterpriseSiteTable, EnterpriseUnitTable, MajorHazardRegisterTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type LicenceRow = Selectable<EnterpriseLicenceTable>;
export type SiteRow = Selectable<EnterpriseSiteTable>;
export type UnitRow = Selectable<EnterpriseUnitTable>;
export type RegisterRow = Selectable<MajorHazardRegisterTable>;
export async function findLicenceInScope(db: Db, id: string, scope: Scope): Promise<LicenceRow | undefined> {
  return db.selectFrom('enterprise_licences').selectAll().where('id', '=', id).where((eb) => scoped(eb, 'enterprise_licences.path', scope)).executeTakeFirst();
}
export async function findSiteInScope(db: Db, id: string, scope: Scope): Promise<SiteRow | undefined> {
  return db.selectFrom('enterprise_sites').selectAll().where('id', '=', id).where((eb) => scoped(eb, 'enterprise_sites.path', scope)).executeTakeFirst();
}
export async function findUnitInScope(db: Db, id: string, scope: Scope): Promise<UnitRow | undefined> {
  return db.selectFrom('enterprise_units').selectAll().where('id', '=', id).where((eb) => scoped(eb, 'enterprise_units.path', scope)).executeTakeFirst();
}

export async function listLicences(db: Db, enterpriseId: string): Promise<LicenceRow[]> {
  return db.selectFrom('enterprise_licences').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('expires_on').orderBy('id').execute();
}
export async function insertLicence(db: Db, row: Insertable<EnterpriseLicenceTable>): Promise<void> {
  await db.insertInto('enterprise_licences').values(row).execute();
}
export async function updateLicence(db: Db, id: string, changes: Updateable<EnterpriseLicenceTable>): Promise<void> {
  await db.updateTable('enterprise_licences').set(changes).where('id', '=', id).execute();
}
export async function deleteLicence(db: Db, id: string): Promise<void> {
  await db.deleteFrom('enterprise_licences').where('id', '=', id).execute();
}

export async function listSites(db: Db, enterpriseId: string): Promise<SiteRow[]> {
  return db.selectFrom('enterprise_sites').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('sort').orderBy('name').orderBy('id').execute();
}
export async function insertSite(db: Db, row: Insertable<EnterpriseSiteTable>): Promise<void> {
  await db.insertInto('enterprise_sites').values(row).execute();
}
export async function updateSite(db: Db, id: string, changes: Updateable<EnterpriseSiteTable>): Promise<void> {
  await db.updateTable('enterprise_sites').set(changes).where('id', '=', id).execute();
}
export async function deleteSite(db: Db, id: string): Promise<void> {
  await db.deleteFrom('enterprise_sites').where('id', '=', id).execute();
}
export async function countUnitsOfSite(db: Db, siteId: string): Promise<number> {
  const r = await db.selectFrom('enterprise_units').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listUnits(db: Db, enterpriseId: string): Promise<UnitRow[]> {
  return db.selectFrom('enterprise_units').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('sort').orderBy('name').orderBy('id').execute();
}
export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('enterprise_units').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function nextSort(db: Db, table: 'enterprise_sites' | 'enterprise_units', enterpriseId: string): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.max<number>('sort').as('m')).where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}
export async function insertUnit(db: Db, row: Insertable<EnterpriseUnitTable>): Promise<void> {
  await db.insertInto('enterprise_units').values(row).execute();
}
export async function updateUnit(db: Db, id: string, changes: Updateable<EnterpriseUnitTable>): Promise<void> {
  await db.updateTable('enterprise_units').set(changes).where('id', '=', id).execute();
}
/** A unit with its inventory and register row (which reference it). */
export async function deleteUnitWithInventory(db: Db, id: string): Promise<void> {
  await db.deleteFrom('inventory_lines').where('unit_id', '=', id).execute();
  await db.deleteFrom('major_hazard_register').where('unit_id', '=', id).execute();
  await db.deleteFrom('enterprise_units').where('id', '=', id).execute();
}

export async function listRegisters(db: Db, enterpriseId: string): Promise<RegisterRow[]> {
  return db.selectFrom('major_hazard_register').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('unit_id').execute();
}
