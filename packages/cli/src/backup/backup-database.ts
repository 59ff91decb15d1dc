// `hazgov backup`: SQLite → a consistent copy with VACUUM INTO (safe while the server runs; WAL readers are not
// blocked); PostgreSQL → the portable JSON-lines dump of every table.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { sql } from 'kysely';
import type { Database } from '@hazgov/db/database';
import { currentMigration } from '@hazgov/db/migrate';
import { BACKUP_FORMAT, BACKUP_VERSION, encodeRow, type BackupHeader } from './backup-format.js';
import { readRows, tablesInOrder } from './tables.js';

export type BackupResult = { file: string; format: 'sqlite' | 'jsonl'; rows: number | null; bytes: number };

export type BackupFormat = 'sqlite' | 'jsonl';

/** SQLite defaults to a SQLite file; PostgreSQL (or `format: 'jsonl'`, e.g. to move SQLite → PostgreSQL) to JSON lines. */
export async function backupDatabase(database: Database, out: string, now: Date, format?: BackupFormat): Promise<BackupResult> {
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (database.kind === 'sqlite' && format !== 'jsonl') {
    await sql`vacuum into ${file}`.execute(database.db);
    return { file, format: 'sqlite', rows: null, bytes: fs.statSync(file).size };
  }
  const tables = await tablesInOrder(database);
  const header: BackupHeader = {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, kind: database.kind, migration: await currentMigration(database.db),
    createdAt: now.toISOString(), tables: tables.map((t) => t.name),
  };
  const tmp = `${file}.partial`;
  const stream = fs.createWriteStream(tmp, { encoding: 'utf8' });
  const write = async (line: unknown): Promise<void> => {
    if (!stream.write(`${JSON.stringify(line)}\n`)) await once(stream, 'drain');
  };
  let rows = 0;
  await write(header);
  for (const table of tables) {
    for await (const r of readRows(database.db, table)) {
      await write({ t: table.name, r: encodeRow(r) });
      rows += 1;
    }
  }
  await write({ end: true, rows });
  stream.end();
  await once(stream, 'finish');
  fs.renameSync(tmp, file); // only a complete dump ever carries the requested name
  return { file, format: 'jsonl', rows, bytes: fs.statSync(file).size };
}
