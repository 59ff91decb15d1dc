// `hazgov restore`: into an EMPTY database only — a restore never merges with or overwrites live data. Accepts a
// SQLite backup file or a JSON-lines dump, into either dialect (so it doubles as the SQLite → PostgreSQL move).
// The backup must come from the same migration as this version of HazGov: migrations are forward-only, and
// loading old rows into a newer schema is not something to guess at.
import fs from 'node:fs';
import readline from 'node:readline';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { Database, Db } from '@hazgov/db/database';
import { currentMigration, latestMigration, migrateToLatest } from '@hazgov/db/migrate';
import type { DB } from '@hazgov/db/schema';
import { BACKUP_FORMAT, SQLITE_MAGIC, binaryBytesOf, decodeRow, type BackupHeader, type BackupRowLine, type BackupTrailer } from './backup-format.js';
import { countRows, readRows, tablesInOrder } from './tables.js';

export type RestoreResult = { rows: number; from: 'sqlite' | 'jsonl' };
type Batch = { table: string; rows: Record<string, unknown>[]; bytes: number };
const BATCH = 200;
/** A batch of photos is flushed at 32 MB, whatever its row count. */
const BATCH_BYTES = 32 * 1024 * 1024;

export async function restoreDatabase(target: Database, file: string): Promise<RestoreResult> {
  if (!fs.existsSync(file)) throw new AppError('BACKUP_FILE_INVALID', 'input', { file });
  await migrateToLatest(target.db);
  await assertEmpty(target);
  return isSqliteFile(file) ? restoreFromSqlite(target, file) : restoreFromJsonLines(target, file);
}

export function isSqliteFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    fs.readSync(fd, buf, 0, 16, 0);
    return buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

async function assertEmpty(target: Database): Promise<void> {
  for (const table of await tablesInOrder(target)) {
    if ((await countRows(target.db, table.name)) > 0) throw new AppError('RESTORE_TARGET_NOT_EMPTY', 'conflict', { table: table.name });
  }
}

function assertSameMigration(migration: string, file: string): void {
  if (migration !== latestMigration) throw new AppError('BACKUP_MIGRATION_MISMATCH', 'input', { file, backup: migration, current: latestMigration });
}

async function restoreFromSqlite(target: Database, file: string): Promise<RestoreResult> {
  const source = new Kysely<DB>({ dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true, fileMustExist: true }) }) });
  try {
    assertSameMigration(await currentMigration(source), file);
    const sourceDb: Database = { db: source, kind: 'sqlite', location: file, close: () => source.destroy() };
    const tables = await tablesInOrder(sourceDb);
    const rows = await load(target.db, (async function* () {
      for (const t of tables) for await (const r of readRows(source, t)) yield { t: t.name, r };
    })());
    return { rows, from: 'sqlite' };
  } finally {
    await source.destroy();
  }
}

async function restoreFromJsonLines(target: Database, file: string): Promise<RestoreResult> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseLine(first.value, file) as BackupHeader;
  if (first.done || header.format !== BACKUP_FORMAT) throw new AppError('BACKUP_FILE_INVALID', 'input', { file });
  assertSameMigration(header.migration, file);
  let trailer: BackupTrailer | null = null;
  const rows = await load(target.db, (async function* () {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const line = parseLine(next.value, file) as BackupRowLine | BackupTrailer;
      if ('end' in line) { trailer = line; break; }
      yield { t: line.t, r: decodeRow(line.r) };
    }
  })(), (count) => {
    const end = trailer as BackupTrailer | null;
    if (!end || end.rows !== count) throw new AppError('BACKUP_FILE_INVALID', 'input', { file });
  });
  lines.close();
  return { rows, from: 'jsonl' };
}

function parseLine(line: string | undefined, file: string): unknown {
  try {
    return JSON.parse(line ?? '');
  } catch {
    throw new AppError('BACKUP_FILE_INVALID', 'input', { file });
  }
}

/**
 * Inserts every row in one transaction: a restore that fails half-way — or a file that turns out to be cut
 * short, which `check` detects before the commit — leaves the database empty, not half-full.
 */
async function load(db: Db, lines: AsyncIterable<BackupRowLine>, check: (count: number) => void = () => {}): Promise<number> {
  let count = 0;
  await db.transaction().execute(async (trx) => {
    let batch: Batch | null = null;
    const flush = async (): Promise<void> => {
      if (batch && batch.rows.length > 0) await trx.insertInto(batch.table as keyof DB).values(batch.rows as never).execute();
      batch = null;
    };
    for await (const { t, r } of lines) {
      if (!batch || batch.table !== t || batch.rows.length >= BATCH || batch.bytes >= BATCH_BYTES) {
        await flush();
        batch = { table: t, rows: [], bytes: 0 };
      }
      batch.rows.push(r);
      batch.bytes += binaryBytesOf(r);
      count += 1;
    }
    await flush();
    check(count);
  });
  return count;
}
