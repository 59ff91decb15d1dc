// A fresh, migrated database for one test file: a temp SQLite file, or a fresh schema on the PostgreSQL
// server named by DATABASE_URL. Never a mock: the same dialects the platform runs on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database.js';
import { migrateToLatest } from './migrate.js';

export async function createTestDb(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres/.test(url)) {
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const database = openDatabase({ databaseUrl: url, searchPath: schema });
    await migrateToLatest(database.db);
    const close = database.close;
    return {
      ...database,
      close: async () => {
        await close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-test-'));
  const database = openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  const close = database.close;
  return { ...database, close: async () => { await close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}
