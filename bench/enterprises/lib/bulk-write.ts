// Bulk writes for the enterprise benchmark's generator: PostgreSQL takes 10,000 rows per statement as one array per
// column through `unnest` (several times faster than VALUES lists); SQLite takes multi-row VALUES under its
// parameter limit (insertInChunks). Secondary indexes of the big tables are dropped for the load and rebuilt after,
// as the plan benchmark's generator does.
import { sql, type Insertable } from 'kysely';
import type { Database, Db } from '@hazgov/db/database';
import type { DB } from '@hazgov/db/schema';
import { insertInChunks } from '@hazgov/db/plans/bulk-insert';

const INT = new Set(['sort', 'in_chemical_park', 'staff_count', 'is_demo', 'version', 'population_500m', 'is_major_hazard', 'grade', 'table1_serial', 'outside_table1', 'year']);
const REAL = new Set(['lng', 'lat', 's_value', 'r_value']);
const PG_ROWS = 10_000;

export async function writeRows<T extends keyof DB & string>(db: Db, kind: Database['kind'], table: T, rows: readonly Insertable<DB[T]>[]): Promise<number> {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (!first) return 0;
  if (kind !== 'postgres') return insertInChunks(db, table, rows);
  const columns = Object.keys(first);
  for (let i = 0; i < rows.length; i += PG_ROWS) {
    const chunk = rows.slice(i, i + PG_ROWS) as readonly Record<string, unknown>[];
    const arrays = columns.map((c) => sql`${chunk.map((r) => r[c] ?? null)}::${sql.raw(INT.has(c) ? 'int[]' : REAL.has(c) ? 'float8[]' : 'text[]')}`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(db);
  }
  return rows.length;
}

export type DeferredIndex = { name: string; sql: string };

/** Drops a table's plain indexes (not its primary key or unique constraints) and returns how to recreate them. */
export async function dropSecondaryIndexes(database: Database, table: string): Promise<DeferredIndex[]> {
  const db = database.db;
  const found = database.kind === 'sqlite'
    ? (await sql<DeferredIndex>`select name, sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db)).rows
    : (await sql<DeferredIndex>`
        select i.indexname as name, i.indexdef as sql from pg_indexes i
        where i.tablename = ${table} and i.schemaname = current_schema()
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = ${table}::regclass)`.execute(db)).rows;
  for (const d of found) await sql`drop index ${sql.ref(d.name)}`.execute(db);
  return found;
}

export async function recreateIndexes(db: Db, deferred: readonly DeferredIndex[], log: (line: string) => void): Promise<void> {
  for (const d of deferred) {
    const t = performance.now();
    await sql.raw(d.sql).execute(db);
    log(`  index ${d.name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
