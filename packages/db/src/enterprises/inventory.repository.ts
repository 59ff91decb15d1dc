// Inventory lines (one row per substance in a unit) and the catalog look-up that decides whether a substance outside
// GB 18218 Table 1 is known at all. Queries only.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { InventoryLineTable } from '../schema.js';

export type InventoryLineRow = Selectable<InventoryLineTable>;

export async function listLinesOfEnterprise(db: Db, enterpriseId: string): Promise<InventoryLineRow[]> {
  return db.selectFrom('inventory_lines').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('unit_id').orderBy('sort').orderBy('id').execute();
}

export async function listLinesOfUnit(db: Db, unitId: string): Promise<InventoryLineRow[]> {
  return db.selectFrom('inventory_lines').selectAll().where('unit_id', '=', unitId).orderBy('sort').orderBy('id').execute();
}

/** Replaces a unit's whole inventory (the caller recomputes the unit in the same transaction). */
export async function replaceUnitLines(db: Db, unitId: string, rows: readonly Insertable<InventoryLineTable>[]): Promise<void> {
  await db.deleteFrom('inventory_lines').where('unit_id', '=', unitId).execute();
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('inventory_lines').values(rows.slice(i, i + 200)).execute();
}

/**
 * Names, aliases and CAS numbers of active catalog entries matching any of those given (exact text; the caller
 * compares names by chemicalNameKey; a % or _ in a name only widens the candidates). The catalog may hold a few thousand entries; this reads only the matches.
 */
export async function findCatalogMatches(db: Db, q: { names: readonly string[]; cas: readonly string[] }): Promise<{ names: string[]; cas: string[] }> {
  if (q.names.length === 0 && q.cas.length === 0) return { names: [], cas: [] };
  const rows = await db
    .selectFrom('catalog_entries as c')
    .innerJoin('catalog_editions as ed', 'ed.id', 'c.edition_id')
    .select(['c.name', 'c.aliases', 'c.cas'])
    .where('ed.active', '=', 1)
    .where((eb) => eb.or([
      ...(q.names.length > 0 ? [eb('c.name', 'in', [...q.names])] : []),
      ...(q.cas.length > 0 ? [eb('c.cas', 'in', [...q.cas])] : []),
      ...q.names.map((n) => eb('c.aliases', 'like', `%${JSON.stringify(n).slice(1, -1)}%`)),
    ]))
    .limit(1000)
    .execute();
  const names: string[] = [];
  const cas: string[] = [];
  for (const r of rows) {
    names.push(r.name);
    try { names.push(...(JSON.parse(r.aliases) as string[])); } catch { /* a malformed alias list names nothing */ }
    if (r.cas) cas.push(r.cas);
  }
  return { names, cas };
}
