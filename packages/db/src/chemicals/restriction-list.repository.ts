// The district's prohibited / restricted / controlled list (禁限控目录). Queries only: the matching rule lives in
// domain/chemicals/restriction.ts (restrictionFor), the "who may edit" rule in the use cases.
import type { Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import { restrictionLevels, type RestrictionEntry, type RestrictionLevel } from '@hazgov/domain/chemicals/restriction';
import type { Db } from '../database.js';
import type { RestrictionListTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type RestrictionRow = Selectable<RestrictionListTable>;

const isLevel = (s: string): s is RestrictionLevel => (restrictionLevels as readonly string[]).includes(s);

/** The row as the domain's matching input; a level the code does not know (hand-edited database) is skipped, not guessed. */
export function restrictionEntryOf(row: RestrictionRow): RestrictionEntry | null {
  if (!isLevel(row.level)) return null;
  return { id: row.id, chemicalName: row.chemical_name, cas: row.cas, level: row.level, note: row.note };
}

export async function listRestrictionRows(db: Db): Promise<RestrictionRow[]> {
  return db.selectFrom('restriction_list').selectAll().orderBy('chemical_name').orderBy('id').execute();
}

export async function listRestrictionEntries(db: Db): Promise<RestrictionEntry[]> {
  const rows = await listRestrictionRows(db);
  return rows.map(restrictionEntryOf).filter((e): e is RestrictionEntry => e !== null);
}

export async function findRestriction(db: Db, id: string): Promise<RestrictionRow | undefined> {
  return db.selectFrom('restriction_list').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRestriction(db: Db, row: RestrictionRow): Promise<void> {
  await db.insertInto('restriction_list').values(row).execute();
}

export type RestrictionChange = Pick<RestrictionRow, 'chemical_name' | 'cas' | 'level' | 'note' | 'updated_at' | 'updated_by'>;

/** Returns false when there is no such row. */
export async function updateRestriction(db: Db, id: string, change: RestrictionChange): Promise<boolean> {
  const r = await db.updateTable('restriction_list').set(change).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Returns false when there is no such row. */
export async function deleteRestriction(db: Db, id: string): Promise<boolean> {
  const r = await db.deleteFrom('restriction_list').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Inventory lines in scope grouped by what the matching rule reads (name as typed, CAS): far fewer groups than lines,
 * so the caller can run restrictionFor over each group and add up the counts.
 */
export async function countInventoryLinesByChemical(db: Db, scope: Scope): Promise<{ chemical_name: string; cas: string | null; n: number }[]> {
  const rows = await db
    .selectFrom('inventory_lines as l')
    .select(['l.chemical_name', 'l.cas', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => scoped(eb, 'l.path', scope))
    .groupBy(['l.chemical_name', 'l.cas'])
    .execute();
  return rows.map((r) => ({ chemical_name: r.chemical_name, cas: r.cas, n: Number(r.n) }));
}
