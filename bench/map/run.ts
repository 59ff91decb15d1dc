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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { latestMigration } from '@hazgov/db/migrate';
import { recomputeAllAreas } from '@hazgov/app/risk/recompute-all-areas';
import { BENCH_NOW } from '../generate-province.js';
import { onBenchDatabase } from '../lib/bench-database.js';
import { argvReader, endpointOptions, isEntryPoint, log, runEachDatabase, sourceHash } from '../lib/bench-run.js';
import { benchMapApi } from './api-bench.js';
import { benchMapBrowser } from './browser-bench.js';
import { MAP_GENERATOR_VERSION, generateMap, mapShapeKey, mapShapeOf, type MapShape } from './generate-map.js';
import { writeMapRecord, type MapDbRun, type MapRecord } from './report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/.cache');
const RESULTS = path.join(ROOT, 'bench/results');
type Part = 'api' | 'browser';

export function parseMapOptions(argv: readonly string[]) {
  const { get, num } = argvReader(argv);
  return {
    ...endpointOptions<Part>(argv, 'api,browser'),
    browserRuns: num('--browser-runs', 4), browserTimeoutSeconds: num('--browser-timeout', 300), webDist: get('--web-dist') ?? process.env.HAZGOV_WEB_DIST,
  };
}
type Options = ReturnType<typeof parseMapOptions>;

/** The generated file is only good for the same migrations, demo builders, demo polygons and generator. */
const mapSourceHash = (): string => sourceHash(ROOT, ['packages/db/src/migrations', 'packages/app/src/demo', 'bench/map', 'data/demo', 'data/geo'], /\.(ts|json|geojson)$/, ['bench/lib/generate-common.ts', 'bench/enterprises/lib/bulk-write.ts']);

async function benchDatabase(kind: 'sqlite' | 'postgres', shape: MapShape, opts: Options): Promise<MapDbRun> {
  const run: MapDbRun = { db: kind, status: 'ok' };
  return onBenchDatabase(run, {
    root: ROOT, cacheRoot: CACHE, useCache: opts.cache, tmpPrefix: 'hazgov-bench-map', log,
    sqliteKey: () => `map-sqlite-${mapShapeKey(shape)}-g${MAP_GENERATOR_VERSION}-${latestMigration}-${mapSourceHash()}`,
    generate: (d) => generateMap(d, { shape, log: (l) => log(`  ${l}`) }),
  }, async ({ database, generation, workDir, server }) => {
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
      run.api = await benchMapApi(database, generation, { ...opts, workDir, server, log });
    }
    if (opts.parts.includes('browser')) {
      log(`${kind}: Chromium, navigation to the map drawn (${opts.browserRuns} runs per variant)`);
      run.browser = await benchMapBrowser(database, generation, { webDist: opts.webDist, workDir, runs: opts.browserRuns, timeoutSeconds: opts.browserTimeoutSeconds, log });
      if ('skipped' in run.browser) log(`    skipped: ${run.browser.skipped}`);
    }
  });
}

/** Runs the map benchmark; returns the process exit code. */
export async function runMapBench(argv: readonly string[]): Promise<number> {
  const opts = parseMapOptions(argv);
  const shape = mapShapeOf(opts.scale);
  log(`HazGov map bench: scale ${opts.scale} (${mapShapeKey(shape)}), databases ${opts.dbs.join(', ')}, parts ${opts.parts.join(', ')}`);
  const runs = await runEachDatabase({
    root: ROOT, dbs: opts.dbs, options: { ...opts, now: BENCH_NOW },
    runOne: (kind) => benchDatabase(kind, shape, opts),
    write: (head, final) => writeMapRecord(RESULTS, { benchmark: 'map', ...head } satisfies MapRecord, final),
  });
  return runs.some((r) => r.status === 'failed') ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) {
  runMapBench(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exit(1); });
}
