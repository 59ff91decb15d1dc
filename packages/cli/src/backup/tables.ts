// The tables of a database in foreign-key order (referenced tables first), read from the database's own
// catalogue so that a table added by a later migration is backed up without anyone remembering to list it.
import { sql } from 'kysely';
import type { Database, Db } from '@hazgov/db/database';

export type TableInfo = { name: string; primaryKey: string[]; selfRefs: { column: string; refColumn: string }[] };

/** Never copied: migration bookkeeping is recreated by migrating; sessions are sign-in material and expire anyway. */
export const SKIPPED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock', 'sessions']);

type Fk = { table: string; column: string; refTable: string; refColumn: string };

export async function tablesInOrder(database: Database): Promise<TableInfo[]> {
  const { names, fks, pks } = database.kind === 'postgres' ? await pgCatalogue(database.db) : await sqliteCatalogue(database.db);
  const tables = names.filter((n) => !SKIPPED_TABLES.has(n)).sort();
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string): void => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const fk of fks) if (fk.table === t && fk.refTable !== t && tables.includes(fk.refTable)) visit(fk.refTable);
    visiting.delete(t);
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered.map((name) => ({
    name,
    primaryKey: pks.get(name) ?? [],
    selfRefs: fks.filter((f) => f.table === name && f.refTable === name).map((f) => ({ column: f.column, refColumn: f.refColumn })),
  }));
}

async function sqliteCatalogue(db: Db): Promise<{ names: string[]; fks: Fk[]; pks: Map<string, string[]> }> {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  const names = rows.rows.map((r) => r.name);
  const fks: Fk[] = [];
  const pks = new Map<string, string[]>();
  for (const name of names) {
    const list = await sql<{ table: string; from: string; to: string }>`select * from pragma_foreign_key_list(${name})`.execute(db);
    for (const f of list.rows) fks.push({ table: name, column: f.from, refTable: f.table, refColumn: f.to });
    const info = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name})`.execute(db);
    pks.set(name, info.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name));
  }
  return { names, fks, pks };
}

async function pgCatalogue(db: Db): Promise<{ names: string[]; fks: Fk[]; pks: Map<string, string[]> }> {
  const t = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const f = await sql<{ table_name: string; column_name: string; ref_table: string; ref_column: string }>`
    select tc.table_name, kcu.column_name, ccu.table_name as ref_table, ccu.column_name as ref_column
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
  const p = await sql<{ table_name: string; column_name: string; ordinal_position: number }>`
    select tc.table_name, kcu.column_name, kcu.ordinal_position
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
    order by tc.table_name, kcu.ordinal_position`.execute(db);
  const pks = new Map<string, string[]>();
  for (const r of p.rows) pks.set(r.table_name, [...(pks.get(r.table_name) ?? []), r.column_name]);
  return {
    names: t.rows.map((r) => r.table_name),
    fks: f.rows.map((r) => ({ table: r.table_name, column: r.column_name, refTable: r.ref_table, refColumn: r.ref_column })),
    pks,
  };
}

export async function countRows(db: Db, table: string): Promise<number> {
  const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Tables of file bytes (a photo is up to 8 MB): read a few rows at a time, never 5,000 photos at once. */
const SMALL_PAGES: Record<string, number> = { attachment_contents: 8 };

export async function* readRows(db: Db, table: TableInfo, pageSize = SMALL_PAGES[table.name] ?? 5000): AsyncGenerator<Record<string, unknown>> {
  const orderBy = table.primaryKey.length > 0 ? sql.join(table.primaryKey.map((c) => sql.ref(c))) : sql.raw('1');
  const page = (offset: number) =>
    sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${orderBy} limit ${pageSize} offset ${offset}`.execute(db);
  if (table.selfRefs.length > 0) {
    // a self-referencing table (organisations, plans) is small: read whole and ordered parents-first
    const all: Record<string, unknown>[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const { rows } = await page(offset);
      all.push(...rows);
      if (rows.length < pageSize) break;
    }
    yield* parentsFirst(all, table);
    return;
  }
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await page(offset);
    yield* rows;
    if (rows.length < pageSize) return;
  }
}

function parentsFirst(rows: Record<string, unknown>[], table: TableInfo): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const placed = new Set<string>();
  let pending = rows;
  while (pending.length > 0) {
    const next: Record<string, unknown>[] = [];
    for (const row of pending) {
      const ready = table.selfRefs.every((r) => row[r.column] === null || row[r.column] === undefined || placed.has(`${r.refColumn}:${String(row[r.column])}`));
      if (ready) {
        out.push(row);
        for (const r of table.selfRefs) placed.add(`${r.refColumn}:${String(row[r.refColumn])}`);
      } else next.push(row);
    }
    if (next.length === pending.length) return [...out, ...next]; // a dangling reference: keep the rows, the insert will say why
    pending = next;
  }
  return out;
}
