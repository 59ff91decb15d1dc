// Inserts many rows in chunks that stay under both dialects' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535).
import type { Insertable } from 'kysely';
import type { Db } from '../database.js';
import type { DB } from '../schema.js';

const MAX_PARAMS = 30000;

export async function insertInChunks<T extends keyof DB & string>(db: Db, table: T, rows: readonly Insertable<DB[T]>[]): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const perRow = Math.max(1, Object.keys(first as object).length);
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely cannot narrow a generic table name
    await db.insertInto(table).values(rows.slice(i, i + size) as any).execute();
  }
  return rows.length;
}
