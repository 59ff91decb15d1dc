// `npm run bench`: the province-size benchmark on SQLite and PostgreSQL. For each database: generate the province
// (SQLite: reuse bench/.cache/ for the same shape), start the real server in-process on loopback, sign in as the
// generated province admin, sample board and dashboard latency, then measure requests/s under autocannon beside a
// bare Fastify route that sends the same bytes. Writes bench/results/<stamp>-scale<s>.json and latest.md.
//
//   npm run bench -- [--scale 1] [--db sqlite,postgres] [--samples 50] [--warmup 5] [--duration 10]
//                    [--connections 50] [--budget 180] [--sustained-max 240] [--heap-mb N] [--no-cache] [--no-load]
//                    [--also /api/path/:planId/x ...] [--only plans|enterprises|map|inspections]
// Then the enterprise benchmark (bench/enterprises/run.ts), the map benchmark (bench/map/run.ts) and the hidden-danger
// benchmark (bench/inspections/run.ts) with the same --scale and --db, unless --only plans.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from '@hazgov/db/database';
import { latestMigration } from '@hazgov/db/migrate';
import type { AppContext } from '@hazgov/app/shared/context';
import { buildServer } from '@hazgov/api/server';
import { BENCH_MID_AS_OF, BENCH_NOW, GENERATOR_VERSION, generateProvince } from './generate-province.js';
import { startBareServer } from './lib/bare-server.js';
import { onBenchDatabase } from './lib/bench-database.js';
import { argvReader, log, runEachDatabase, sourceHash } from './lib/bench-run.js';
import { benchConfig } from './lib/bench-config.js';
import { spawnServer } from './lib/spawn-server.js';
import { waitForIdle } from './lib/drain.js';
import { closeClient, request } from './lib/http-client.js';
import { sampleLatency } from './lib/latency.js';
import { login } from './lib/endpoint-bench.js';
import { runLoad } from './lib/load.js';
import { shapeKey, shapeOf, type ProvinceShape } from './lib/province-shape.js';
import { writeRecord, type BenchRecord, type DbRun, type ThroughputPair } from './lib/report.js';
import { runEnterpriseBench } from './enterprises/run.js';
import { runMapBench } from './map/run.js';
import { runInspectionsBench } from './inspections/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/.cache');
const RESULTS = path.join(ROOT, 'bench/results');

type Options = {
  scale: number; dbs: ('sqlite' | 'postgres')[]; samples: number; warmup: number; minSamples: number; budgetSeconds: number;
  connections: number; durationSeconds: number; loadTimeoutSeconds: number; cache: boolean; load: boolean; also: string[]; heapMb: number | undefined; sustainedMaxSeconds: number;
};

function parseOptions(argv: readonly string[]): Options {
  const { get, num, dbs } = argvReader(argv);
  return {
    scale: num('--scale', 1), dbs: dbs(), samples: num('--samples', 50), warmup: num('--warmup', 5), minSamples: num('--min-samples', 10),
    budgetSeconds: num('--budget', 180), connections: num('--connections', 50), durationSeconds: num('--duration', 10),
    loadTimeoutSeconds: num('--load-timeout', 120), cache: !argv.includes('--no-cache'), load: !argv.includes('--no-load'),
    sustainedMaxSeconds: num('--sustained-max', 240),
    heapMb: get('--heap-mb') ? num('--heap-mb', 0) : undefined,
    also: argv.flatMap((a, i) => (a === '--also' && argv[i + 1] ? [argv[i + 1]!] : [])),
  };
}

/** The migrations are edited in place while the schema is young: a cached file is only good for the same sources. */
const provinceSourceHash = (): string => sourceHash(ROOT, ['packages/db/src/migrations'], /\.ts$/, ['bench/generate-province.ts', 'bench/lib/province-shape.ts']);

async function benchDatabase(kind: 'sqlite' | 'postgres', shape: ProvinceShape, opts: Options): Promise<DbRun> {
  const run: DbRun = { db: kind, status: 'ok', latency: {}, throughput: [] };
  return onBenchDatabase(run, {
    root: ROOT, cacheRoot: CACHE, useCache: opts.cache, tmpPrefix: 'hazgov-bench', log,
    sqliteKey: () => `sqlite-${shapeKey(shape)}-g${GENERATOR_VERSION}-${latestMigration}-${provinceSourceHash()}`,
    generate: (database) => generateProvince(database, { shape, log: (l) => log(`  ${l}`) }),
  }, async ({ database, generation, workDir, server }) => {
    const ctx: AppContext = { database, now: () => new Date(BENCH_NOW) };
    const app = await buildServer({ ctx, config: benchConfig(workDir) });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    log(`${kind}: server on ${base}`);
    type Target = { name: string; path: string; headers: Record<string, string> };
    let targets: Target[] = [];
    const bodies = new Map<string, { body: Buffer; contentType: string }>();
    try {
      const admin = await login(base, generation.users.admin, generation.users.password);
      const city = await login(base, generation.users.city, generation.users.password);
      const plan = `/api/plans/${generation.planId}`;
      targets = [
        { name: 'board', path: `${plan}/board`, headers: admin },
        { name: 'board (mid asOf)', path: `${plan}/board?asOf=${BENCH_MID_AS_OF}`, headers: admin },
        { name: 'dashboard', path: `${plan}/dashboard`, headers: admin },
        { name: 'dashboard (mid asOf)', path: `${plan}/dashboard?asOf=${BENCH_MID_AS_OF}`, headers: admin },
        { name: 'board (city user)', path: `${plan}/board`, headers: city },
        { name: 'dashboard (city user)', path: `${plan}/dashboard`, headers: city },
        ...opts.also.map((p) => ({ name: p, path: p.replaceAll(':planId', generation.planId), headers: admin })),
      ];
      log(`${kind}: latency, ${opts.warmup} warm-up + up to ${opts.samples} sequential requests each (budget ${opts.budgetSeconds} s)`);
      for (const t of targets) {
        const probe = await request(base, { path: t.path, headers: t.headers });
        if (probe.status === 404 || probe.status === 501) {
          const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(probe.body.toString('utf8'))?.[1] ?? String(probe.status);
          run.latency[t.name] = { missing: `HTTP ${probe.status} ${code}` };
          log(`    ${t.path}: HTTP ${probe.status} ${code} — not measured`);
          continue;
        }
        if (probe.status !== 200) throw new Error(`${t.path}: HTTP ${probe.status} ${probe.body.toString('utf8').slice(0, 300)}`);
        bodies.set(t.name, { body: probe.body, contentType: String(probe.headers['content-type'] ?? 'application/json; charset=utf-8') });
        run.latency[t.name] = await sampleLatency({ base, path: t.path, headers: t.headers, warmup: Math.max(0, opts.warmup - 1), samples: opts.samples, budgetSeconds: opts.budgetSeconds, minSamples: opts.minSamples }, log);
      }
      closeClient();
    } finally {
      await app.close();
    }
    if (opts.load && bodies.size > 0) {
      // The load phase runs the same server in a child process: at province scale 50 concurrent boards can exhaust
      // the heap, and such a crash is a result to record, not a reason to lose the run.
      const alsoIdle = kind === 'postgres' ? () => pgIdle(database) : undefined;
      for (const t of targets.filter((x) => (x.name === 'board' || x.name === 'dashboard' || opts.also.includes(x.name)) && bodies.has(x.name))) {
        const captured = bodies.get(t.name)!;
        const child = await spawnServer({ ...server, configDir: workDir, heapMb: opts.heapMb });
        const warm = await request(child.url, { path: t.path, headers: t.headers }); // the latency server was warm; so is this one
        closeClient();
        if (warm.status !== 200) log(`    warm-up request: HTTP ${warm.status}`);
        log(`${kind}: autocannon ${opts.connections} connections × ${opts.durationSeconds} s on ${t.name} (server child pid ${child.pid}, warmed in ${warm.ms.toFixed(0)} ms)`);
        const real = await runLoad({ url: `${child.url}${t.path}`, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds, headers: t.headers });
        const end = await child.stop();
        const drainSeconds = await waitForIdle({ maxSeconds: 300, alsoIdle });
        const serverNote = end.crashed ? `server CRASHED during the load (exit ${end.code ?? end.signal}): ${end.stderrTail.split('\n').slice(-3).join(' / ')}` : undefined;
        log(`    real: ${real.requestsPerSecond} req/s (${real.requestsTotal} requests, p50 ${real.latencyMs.p50} ms, errors ${real.errors}, timeouts ${real.timeouts}, non-2xx ${real.non2xx}); server peak RSS ${end.peakRssMb ?? '?'} MB${serverNote ? `; ${serverNote}` : ''}`);
        // When fewer responses than connections completed, the window was shorter than one round of 50 requests sharing
        // the CPU: measure again over a window long enough for a steady state (bounded by --sustained-max).
        let sustained: ThroughputPair['sustained'];
        const p50 = (run.latency[t.name] as { p50?: number } | undefined)?.p50 ?? 0;
        if (opts.sustainedMaxSeconds > 0 && !end.crashed && real.requestsTotal < opts.connections && p50 > 0) {
          const seconds = Math.min(opts.sustainedMaxSeconds, Math.max(opts.durationSeconds * 2, Math.ceil((2.5 * opts.connections * p50) / 1000)));
          const again = await spawnServer({ ...server, configDir: workDir, heapMb: opts.heapMb });
          await request(again.url, { path: t.path, headers: t.headers });
          closeClient();
          log(`${kind}: sustained load, ${opts.connections} connections × ${seconds} s on ${t.name}`);
          const long = await runLoad({ url: `${again.url}${t.path}`, connections: opts.connections, durationSeconds: seconds, timeoutSeconds: Math.max(opts.loadTimeoutSeconds, seconds), headers: t.headers });
          const longEnd = await again.stop();
          await waitForIdle({ maxSeconds: 300, alsoIdle });
          const note = longEnd.crashed ? `server CRASHED during the sustained load (exit ${longEnd.code ?? longEnd.signal}): ${longEnd.stderrTail.split('\n').slice(-3).join(' / ')}` : undefined;
          sustained = { load: long, serverPeakRssMb: longEnd.peakRssMb, ...(note ? { serverNote: note } : {}) };
          log(`    sustained: ${long.requestsPerSecond} req/s (${long.requestsTotal} requests, p50 ${long.latencyMs.p50} ms, errors ${long.errors}, timeouts ${long.timeouts}); server peak RSS ${longEnd.peakRssMb ?? '?'} MB${note ? `; ${note}` : ''}`);
        }
        const bare = await startBareServer(captured.body, captured.contentType);
        try {
          const b = await runLoad({ url: bare.url, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds });
          const pair: ThroughputPair = {
            endpoint: t.name, real, bare: b, ratio: b.requestsPerSecond > 0 ? real.requestsPerSecond / b.requestsPerSecond : 0, bodyBytes: captured.body.length, drainSeconds,
            serverPeakRssMb: end.peakRssMb, ...(serverNote ? { serverNote } : {}),
            ...(sustained ? { sustained: { ...sustained, ratio: b.requestsPerSecond > 0 ? sustained.load.requestsPerSecond / b.requestsPerSecond : 0 } } : {}),
          };
          run.throughput.push(pair);
          log(`    bare: ${b.requestsPerSecond} req/s → real / bare = ${(pair.ratio * 100).toFixed(2)} %`);
        } finally {
          await bare.app.close();
        }
        await waitForIdle({ maxSeconds: 60 });
      }
    }
  });
}

async function pgIdle(database: Database): Promise<boolean> {
  const r = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(database.db);
  return (r.rows[0]?.n ?? 0) === 0;
}

async function main(): Promise<void> {
  // --only enterprises: the enterprise benchmark alone (bench/enterprises/run.ts); --only plans: this one alone
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  if (only === 'enterprises') { process.exitCode = await runEnterpriseBench(process.argv.slice(2)); return; }
  if (only === 'map') { process.exitCode = await runMapBench(process.argv.slice(2)); return; }
  if (only === 'inspections') { process.exitCode = await runInspectionsBench(process.argv.slice(2)); return; }
  await mainPlans();
  if (only !== 'plans' && (await runEnterpriseBench(process.argv.slice(2))) !== 0) process.exitCode = 1;
  if (only !== 'plans' && (await runMapBench(process.argv.slice(2))) !== 0) process.exitCode = 1;
  if (only !== 'plans' && (await runInspectionsBench(process.argv.slice(2))) !== 0) process.exitCode = 1;
}

async function mainPlans(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const shape = shapeOf(opts.scale);
  log(`HazGov bench: scale ${opts.scale} (${shapeKey(shape)}), databases ${opts.dbs.join(', ')}, ${os.availableParallelism()} cores, Node ${process.version}`);
  const heapLimitMb = Math.round((await import('node:v8')).getHeapStatistics().heap_size_limit / 2 ** 20);
  const runs = await runEachDatabase({
    root: ROOT, dbs: opts.dbs, options: { ...opts, now: BENCH_NOW, midAsOf: BENCH_MID_AS_OF, heapLimitMb },
    runOne: (kind) => benchDatabase(kind, shape, opts),
    write: (record, final) => writeRecord(RESULTS, record satisfies BenchRecord, final),
  });
  if (runs.some((r) => r.status === 'failed')) process.exitCode = 1;
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
