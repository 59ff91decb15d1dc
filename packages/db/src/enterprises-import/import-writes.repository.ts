// The enterprise import's writes, called inside its one transaction: multi-row inserts in chunks under the
// dialects' parameter limits (plans/bulk-insert.ts), one UPDATE per changed row (changes are the exception; a
// first import of 10,000 enterprises is inserts only), and the audit rows appended as one batch after the chain's
// lock. Queries only; the use case decides what to write.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { AuditLogTable, DB } from '../schema.js';
import { insertInChunks } from '../plans/bulk-insert.js';

export async function insertMany<T extends keyof DB & string>(db: Db, table: T, rows: readonly Insertable<DB[T]>[]): Promise<number> {
  return insertInChunks(db, table, rows);
}

type UpdatableTable = 'enterprises' | 'enterprise_units' | 'enterprise_licences' | 'organisations';

export async function updateById<T extends UpdatableTable>(db: Db, table: T, id: string, set: Updateable<DB[T]>): Promise<void> {
  // Kysely cannot narrow a generic table name; every table here has a text primary key `id`
  await db.updateTable(table as 'enterprises').set(set as Updateable<DB['enterprises']>).where('id', '=', id).execute();
}

/** Removes the inventory lines of units whose inventory the import replaces. */
export async function deleteLinesOfUnits(db: Db, unitIds: readonly string[]): Promise<void> {
  for (let i = 0; i < unitIds.length; i += 500) await db.deleteFrom('inventory_lines').where('unit_id', 'in', unitIds.slice(i, i + 500)).execute();
}

/** Appends audit rows already chained by the caller, then moves the anchor to the last one. */
export async function appendAuditRows(db: Db, rows: readonly AuditLogTable[]): Promise<void> {
  const last = rows.at(-1);
  if (!last) return;
  await insertInChunks(db, 'audit_log', rows);
  const anchored = await db.updateTable('audit_anchor').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).executeTakeFirst();
  if (Number(anchored.numUpdatedRows) === 0) await db.insertInto('audit_anchor').values({ id: 1, seq: last.seq, hash: last.hash }).execute();
}

export type IdentificationUpdate = {
  id: string;
  columns: { ident_status: string; s_exact: string | null; s_value: number | null; is_major_hazard: number; r_exact: string | null; r_value: number | null; grade: number | null; ident_json: string | null; identified_at: string | null };
};

/**
 * Stores the identification of many units in a few statements: `WITH v(...) AS (VALUES …) UPDATE … FROM v`, which
 * both SQLite (≥ 3.33) and PostgreSQL run. VALUES parameters arrive untyped on PostgreSQL (text), so numeric
 * columns are cast back: the stored values are those a one-row UPDATE with the same numbers stores.
 */
export async function updateIdentifications(db: Db, rows: readonly IdentificationUpdate[]): Promise<void> {
  const perStatement = 2500; // 10 parameters a row: 25,000, under SQLite's 32,766 and PostgreSQL's 65,535
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((r) => {
      const c = r.columns;
      return sql`(${r.id}, ${c.ident_status}, ${c.s_exact}, ${c.s_value}, ${c.is_major_hazard}, ${c.r_exact}, ${c.r_value}, ${c.grade}, ${c.ident_json}, ${c.identified_at})`;
    });
    await sql`with v(id, ident_status, s_exact, s_value, is_major_hazard, r_exact, r_value, grade, ident_json, identified_at) as (values ${sql.join(values)})
      update enterprise_units set
        ident_status = v.ident_status, s_exact = v.s_exact, s_value = cast(v.s_value as real), is_major_hazard = cast(v.is_major_hazard as integer),
        r_exact = v.r_exact, r_value = cast(v.r_value as real), grade = cast(v.grade as integer), ident_json = v.ident_json, identified_at = v.identified_at
      from v where enterprise_units.id = v.id`.execute(db);
  }
}
