// Reading a unit's inventory for GB 18218 identification and storing the result on the unit. Unscoped: callers are
// use cases that have already checked the unit is in the actor's jurisdiction (or the system itself).
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { EnterpriseUnitTable, InventoryLineTable } from '../schema.js';

export type UnitForIdentification = Selectable<EnterpriseUnitTable> & { enterprise_name: string; territory_id: string };
export type InventoryLineRow = Selectable<InventoryLineTable>;

export async function loadUnitForIdentification(db: Db, unitId: string): Promise<{ unit: UnitForIdentification; lines: InventoryLineRow[] } | null> {
  const unit = await db
    .selectFrom('enterprise_units as u')
    .innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .selectAll('u')
    .select(['e.name as enterprise_name', 'e.territory_id'])
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  if (!unit) return null;
  const lines = await db.selectFrom('inventory_lines').selectAll().where('unit_id', '=', unitId).orderBy('sort').orderBy('id').execute();
  return { unit, lines };
}

export type IdentificationColumns = Pick<
  Selectable<EnterpriseUnitTable>,
  'ident_status' | 's_exact' | 's_value' | 'is_major_hazard' | 'r_exact' | 'r_value' | 'grade' | 'ident_json' | 'identified_at'
>;

export async function saveIdentification(db: Db, unitId: string, columns: IdentificationColumns): Promise<void> {
  await db.updateTable('enterprise_units').set(columns).where('id', '=', unitId).execute();
}

/** Creates the register row of a unit newly identified as a major hazard (not filed yet); keeps an existing one. */
export async function ensureRegisterRow(db: Db, row: { unitId: string; enterpriseId: string; path: string; at: string }): Promise<boolean> {
  const existing = await db.selectFrom('major_hazard_register').select('unit_id').where('unit_id', '=', row.unitId).executeTakeFirst();
  if (existing) return false;
  await db.insertInto('major_hazard_register').values({
    unit_id: row.unitId, enterprise_id: row.enterpriseId, path: row.path, filing_status: 'not_filed', filing_number: null, filed_on: null,
    principal_name: null, principal_phone: null, technical_name: null, technical_phone: null, operations_name: null, operations_phone: null,
    updated_at: row.at,
  }).execute();
  return true;
}

/** Organisations of kind office in a district (the district office is told of major-hazard changes). */
export async function listOfficesOf(db: Db, districtPath: string): Promise<{ id: string; path: string }[]> {
  return db.selectFrom('organisations').select(['id', 'path']).where('kind', '=', 'office').where('path', 'like', `${districtPath}%`).execute();
}

/** Organisations told when a unit crosses S = 1 or changes grade: its territory and the district's office(s). */
export async function identificationRecipients(db: Db, territoryId: string): Promise<{ id: string; path: string }[]> {
  const territory = await db.selectFrom('organisations').select(['id', 'path']).where('id', '=', territoryId).executeTakeFirst();
  if (!territory) return [];
  return [territory, ...(await listOfficesOf(db, `/${territory.path.split('/').filter(Boolean)[0] ?? ''}/`))];
}
