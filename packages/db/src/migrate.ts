// ONE migration set for both dialects, applied at start and by `hazgov migrate`.
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-enterprises.js';
import * as m0003 from './migrations/0003-risk-map.js';
import * as m0004 from './migrations/0004-inspections.js';

const migrations: Record<string, Migration> = { '0001-foundation': m0001, '0002-enterprises': m0002, '0003-risk-map': m0003,
  '0004-inspections': m0004 };

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? 'none';

// On PostgreSQL the migrator must be told its schema: kysely decides whether kysely_migration exists by
// introspecting EVERY schema, so a second database living in another schema of the same server (parallel test
// files, or two installations) would make it skip creating its own tables and then fail to find them.
async function migratorFor(db: Db): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  try {
    const r = await sql<{ s: string }>`select current_schema() as s`.execute(db);
    migrationTableSchema = r.rows[0]?.s;
  } catch {
    migrationTableSchema = undefined; // SQLite: one database per file, nothing to disambiguate
  }
  return new Migrator({ db, provider: new StaticProvider(), ...(migrationTableSchema ? { migrationTableSchema } : {}) });
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function currentMigration(db: Db): Promise<string> {
  const migrator = await migratorFor(db);
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt).map((m) => m.name).sort().at(-1) ?? 'none';
}
