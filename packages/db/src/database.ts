// Opens the one database the platform runs on: SQLite (embedded default) or PostgreSQL when a URL is given.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { DB } from './schema.js';

export type DbKind = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Database = { db: Db; kind: DbKind; location: string; close: () => Promise<void> };

// PostgreSQL returns BIGINT/NUMERIC as strings; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export type OpenOptions = { databaseUrl?: string | undefined; dataDir?: string | undefined; searchPath?: string };

export function openDatabase(opts: OpenOptions): Database {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', location: redact(opts.databaseUrl), close: () => db.destroy() };
  }
  const dir = opts.dataDir ?? path.resolve('data/db');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'hazgov.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, kind: 'sqlite', location: file, close: () => db.destroy() };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
