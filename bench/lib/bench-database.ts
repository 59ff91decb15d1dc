// One benchmark database for one run: SQLite from the generated-file cache (bench/lib/sqlite-cache.ts), or a
// throwaway PostgreSQL cluster generated afresh; then the benchmark's own measurements; a failure is recorded in the
// run, not thrown; the database, the cluster and the work folder are always cleaned up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database } from '@hazgov/db/database';
import type { DbKind } from './bench-run.js';
import { startPgCluster, pgServerVersion } from './pg-cluster.js';
import { cachedSqlite } from './sqlite-cache.js';

export type Generated<G> = G & { cached: boolean; generatedAt: string };
export type BaseRun<G> = {
  db: DbKind; status: 'ok' | 'skipped' | 'failed'; note?: string; dbVersion?: string;
  generation?: Generated<G>; peakRssMb?: number; seconds?: number;
};
/** What the measurements get: the open database, what was generated, a work folder, how a child server reaches the data. */
export type OpenBenchDatabase<G> = { database: Database; generation: Generated<G>; workDir: string; server: { dataDir?: string; databaseUrl?: string } };

export async function onBenchDatabase<G extends object, R extends BaseRun<G>>(
  run: R,
  o: {
    root: string; cacheRoot: string; useCache: boolean; tmpPrefix: string; log: (line: string) => void;
    /** the SQLite cache key (computed only for SQLite) */
    sqliteKey: () => string;
    generate: (database: Database) => Promise<G>;
  },
  measure: (db: OpenBenchDatabase<G>) => Promise<void>,
): Promise<R> {
  const { log } = o;
  const kind = run.db;
  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `${o.tmpPrefix}-${kind}-`));
  let database: Database | undefined;
  let stopPg: (() => Promise<void>) | undefined;
  let pgUrl: string | undefined;
  try {
    if (kind === 'sqlite') {
      const p = await cachedSqlite({ cacheRoot: o.cacheRoot, key: o.sqliteKey(), useCache: o.useCache, workDir, log, generate: o.generate });
      database = p.database;
      run.generation = p.generation;
      run.dbVersion = (await sql<{ v: string }>`select sqlite_version() as v`.execute(database.db)).rows[0]?.v;
    } else {
      const cluster = await startPgCluster(o.root);
      if ('unavailable' in cluster) {
        log(`postgres: skipped — ${cluster.unavailable}`);
        return { ...run, status: 'skipped', note: cluster.unavailable };
      }
      stopPg = cluster.stop;
      pgUrl = cluster.url;
      run.dbVersion = await pgServerVersion(cluster.url);
      log(`postgres ${run.dbVersion}: throwaway cluster at ${cluster.url}`);
      database = openDatabase({ databaseUrl: cluster.url });
      const g = await o.generate(database);
      run.generation = { ...g, cached: false, generatedAt: new Date().toISOString() };
    }
    await measure({ database, generation: run.generation!, workDir, server: pgUrl ? { databaseUrl: pgUrl } : { dataDir: workDir } });
  } catch (e) {
    run.status = 'failed';
    run.note = e instanceof Error ? e.message : String(e);
    log(`${kind}: FAILED ${run.note}`);
    if (e instanceof Error && e.stack) console.error(e.stack);
  } finally {
    if (database) await database.close().catch(() => {});
    if (stopPg) await stopPg().catch((e: unknown) => log(`postgres: stop failed: ${String(e)}`));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  run.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  run.seconds = Math.round((performance.now() - started) / 100) / 10;
  return run;
}
