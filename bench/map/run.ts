// The map benchmark (issue 4) on SQLite and PostgreSQL: generate 100,000 risk points of 20,000 enterprises spread
// over the district (SQLite: cached in bench/.cache/ per shape and sources), compute area risk once (timed), then
// (1) the bounding-box API GET /api/map/features — latency of the whole district clustered at zoom 10, a zoomed-in
// view at zoom 15, the red filter, the area layer … and requests/s under 50 autocannon connections beside a bare
// route; (2) in Chromium, the time from navigation to the map drawn, clustered and with cluster=off. Writes
// bench/results/<stamp>-map-scale<s>.json and map.md (full scale) or a table beside the JSON.
//
//   npm run bench -- --only map [--scale 1] [--db sqlite,postgres] [--parts api,browser] [--samples 30] [--budget 60]
//        [--duration 10] [--connections 50] [--browser-runs 4] [--browser-timeout 300] [--web-dist DIR] [--no-cache] [--no-load]
//   (the web app for the browser part: HAZGOV_WEB_DIST or --web-dist, a `vite build --outDir` of packages/web)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database } from '@hazgov/db/database';
import { latestMigration } from '@hazgov/db/migrate';
import { recomputeAllAreas } from '@hazgov/app/risk/recompute-all-areas';
import { BENCH_NOW } from '../generate-province.js';
import { cachedSqlite } from '../lib/sqlite-cache.js';
import { startPgCluster, pgServerVersion } from '../lib/pg-cluster.js';
import { gitInfo, machineInfo } from '../lib/report.js';
import { benchMapApi } from './api-bench.js';
import { benchMapBrowser } from './browser-bench.js';
import { MAP_GENERATOR_VERSION, generateMap, mapShapeKey, mapShapeOf, type MapShape } from './generate-map.js';
import { writeMapRecord, type MapDbRun, type MapRecord } from './report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/.cache');
const RESULTS = path.join(ROOT, 'bench/results');
type Part = 'api' | 'browser';

export function parseMapOptions(argv: readonly string[]) {
  const get = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const num = (name: string, dflt: number): number => { const v = get(name); const x = v === undefined ? dflt : Number(v); if (!Number.isFinite(x)) throw new Error(`${name}: not a number`); return x; };
  const dbs = (get('--db') ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as ('sqlite' | 'postgres')[];
  for (const d of dbs) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--db: unknown database ${d}`);
  const parts = (get('--parts') ?? 'api,browser').split(',').map((p) => p.trim()) as Part[];
  return {
    scale: num('--scale', 1), dbs, parts, samples: num('--samples', 30), warmup: num('--warmup', 5), minSamples: num('--min-samples', 10),
    budgetSeconds: num('--budget', 60), connections: num('--connections', 50), durationSeconds: num('--duration', 10), loadTimeoutSeconds: num('--load-timeout', 60),
    browserRuns: num('--browser-runs', 4), browserTimeoutSeconds: num('--browser-timeout', 300),
    webDist: get('--web-dist') ?? process.env.HAZGOV_WEB_DIST, cache: !argv.includes('--no-cache'), load: !argv.includes('--no-load'),
  };
}
type Options = ReturnType<typeof parseMapOptions>;

const t0 = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s] ${line}`);

/** The generated file is only good for the same migrations, demo builders, demo polygons and generator. */
function sourceHash(): string {
  const h = crypto.createHash('sha256');
  for (const d of ['packages/db/src/migrations', 'packages/app/src/demo', 'bench/map', 'data/demo', 'data/geo']) {
    for (const f of fs.readdirSync(path.join(ROOT, d)).filter((x) => /\.(ts|json|geojson)$/.test(x) && !x.includes('.test.')).sort()) h.update(fs.readFileSync(path.join(ROOT, d, f)));
  }
  return h.digest('hex').slice(0, 10);
}

async function benchDatabase(kind: 'sqlite' | 'postgres', shape: MapShape, opts: Options): Promise<MapDbRun> {
  const started = performance.now();
  const run: MapDbRun = { db: kind, status: 'ok' };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `hazgov-bench-map-${kind}-`));
  let database: Database | undefined;
  let stopPg: (() => Promise<void>) | undefined;
  let pgUrl: string | undefined;
  try {
    if (kind === 'sqlite') {
      const p = await cachedSqlite({
        cacheRoot: CACHE, key: `map-sqlite-${mapShapeKey(shape)}-g${MAP_GENERATOR_VERSION}-${latestMigration}-${sourceHash()}`, useCache: opts.cache, workDir, log,
        generate: (d) => generateMap(d, { shape, log: (l) => log(`  ${l}`) }),
      });
      database = p.database;
      run.generation = p.generation;
      run.dbVersion = (await sql<{ v: string }>`select sqlite_version() as v`.execute(database.db)).rows[0]?.v;
    } else {
      const cluster = await startPgCluster(ROOT);
      if ('unavailable' in cluster) return { ...run, status: 'skipped', note: cluster.unavailable };
      stopPg = cluster.stop;
      pgUrl = cluster.url;
      run.dbVersion = await pgServerVersion(cluster.url);
      log(`postgres ${run.dbVersion}: throwaway cluster at ${cluster.url}`);
      database = openDatabase({ databaseUrl: cluster.url });
      const g = await generateMap(database, { shape, log: (l) => log(`  ${l}`) });
      run.generation = { ...g, cached: false, generatedAt: new Date().toISOString() };
    }
    const generation = run.generation!;
    // area risk of every territory and grid cell from the 100,000 points (what the admin's recompute does)
    try {
      const t = performance.now();
      const r = await recomputeAllAreas({ database, now: () => new Date(BENCH_NOW) });
      run.areaRisk = { ms: Math.round(performance.now() - t), count: r.count };
      log(`${kind}: area risk of ${r.count} areas in ${run.areaRisk.ms} ms`);
    } catch (e) {
      run.areaRisk = { failed: e instanceof Error ? e.message : String(e) };
      log(`${kind}: area risk FAILED ${run.areaRisk.failed}`);
    }
    if (opts.parts.includes('api')) {
      log(`${kind}: GET /api/map/features`);
      run.api = await benchMapApi(database, generation, { ...opts, workDir, server: kind === 'postgres' ? { databaseUrl: pgUrl! } : { dataDir: workDir }, log });
    }
    if (opts.parts.includes('browser')) {
      log(`${kind}: Chromium, navigation to the map drawn (${opts.browserRuns} runs per variant)`);
      run.browser = await benchMapBrowser(database, generation, { webDist: opts.webDist, workDir, runs: opts.browserRuns, timeoutSeconds: opts.browserTimeoutSeconds, log });
      if ('skipped' in run.browser) log(`    skipped: ${run.browser.skipped}`);
    }
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

/** Runs the map benchmark; returns the process exit code. */
export async function runMapBench(argv: readonly string[]): Promise<number> {
  const opts = parseMapOptions(argv);
  const shape = mapShapeOf(opts.scale);
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  log(`HazGov map bench: scale ${opts.scale} (${mapShapeKey(shape)}), databases ${opts.dbs.join(', ')}, parts ${opts.parts.join(', ')}`);
  const runs: MapDbRun[] = [];
  const record = (): MapRecord => ({
    benchmark: 'map', startedAt, finishedAt: new Date().toISOString(), loadAverageAtEnd: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    machine, git: gitInfo(ROOT), options: { ...opts, now: BENCH_NOW }, runs,
  });
  for (const kind of opts.dbs) {
    runs.push(await benchDatabase(kind, shape, opts));
    writeMapRecord(RESULTS, record(), false);
  }
  const out = writeMapRecord(RESULTS, record(), true);
  log(`results: ${path.relative(ROOT, out.json)} and ${path.relative(ROOT, out.md ?? '')}`);
  console.log(`\n${fs.readFileSync(out.md ?? out.json, 'utf8')}`);
  return runs.some((r) => r.status === 'failed') ? 1 : 0;
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  runMapBench(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exit(1); });
}
