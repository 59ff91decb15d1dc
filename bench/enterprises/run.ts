// The enterprise benchmark (issue 3) on SQLite and PostgreSQL: generate 100,000 enterprises with 100,000 units of
// 10 lines (SQLite: cached in bench/.cache/ per shape and sources), then (1) the enterprise list API — latency and
// requests/s beside a bare route, (2) identification of every unit beside merely reading its rows, (3) import of a
// 10,000-enterprise workbook into an empty database (time, peak memory). Writes
// bench/results/<stamp>-enterprises-scale<s>.json and enterprises.md (full scale) or a table beside the JSON.
//
//   npm run bench -- --only enterprises [--scale 1] [--db sqlite,postgres] [--parts list,identify,import]
//        [--identify-runs 3] [--samples 30] [--budget 60] [--duration 10] [--connections 50] [--import-enterprises N]
//        [--no-cache] [--no-load]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database } from '@hazgov/db/database';
import { latestMigration, migrateToLatest } from '@hazgov/db/migrate';
import { loadDemoPlaces } from '@hazgov/app/demo/seed-enterprises';
import { BENCH_NOW } from '../generate-province.js';
import { startPgCluster, pgServerVersion } from '../lib/pg-cluster.js';
import { gitInfo, machineInfo } from '../lib/report.js';
import { ENTERPRISE_GENERATOR_VERSION, enterpriseShapeKey, enterpriseShapeOf, generateEnterprises, type EnterpriseShape } from './generate-enterprises.js';
import { benchIdentify } from './identify-bench.js';
import { importResultOf, runImportChild } from './import-bench.js';
import { benchList } from './list-bench.js';
import { makeImportWorkbook } from './make-import-workbook.js';
import { writeEnterpriseRecord, type EnterpriseDbRun, type EnterpriseRecord } from './report.js';
import { cachedSqlite } from '../lib/sqlite-cache.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/.cache');
const RESULTS = path.join(ROOT, 'bench/results');
type Part = 'list' | 'identify' | 'import';

export function parseEnterpriseOptions(argv: readonly string[]) {
  const get = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const num = (name: string, dflt: number): number => { const v = get(name); const x = v === undefined ? dflt : Number(v); if (!Number.isFinite(x)) throw new Error(`${name}: not a number`); return x; };
  const dbs = (get('--db') ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as ('sqlite' | 'postgres')[];
  for (const d of dbs) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--db: unknown database ${d}`);
  const parts = (get('--parts') ?? 'list,identify,import').split(',').map((p) => p.trim()) as Part[];
  const scale = num('--scale', 1);
  return {
    scale, dbs, parts, identifyRuns: num('--identify-runs', 3), samples: num('--samples', 30), warmup: num('--warmup', 5), minSamples: num('--min-samples', 10),
    budgetSeconds: num('--budget', 60), connections: num('--connections', 50), durationSeconds: num('--duration', 10), loadTimeoutSeconds: num('--load-timeout', 60),
    importEnterprises: num('--import-enterprises', Math.max(40, Math.round(10_000 * scale))), cache: !argv.includes('--no-cache'), load: !argv.includes('--no-load'),
  };
}
type Options = ReturnType<typeof parseEnterpriseOptions>;

const t0 = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s] ${line}`);

function sourceHash(): string {
  const h = crypto.createHash('sha256');
  const dirs = ['packages/db/src/migrations', 'packages/app/src/demo', 'bench/enterprises', 'data/demo'];
  for (const d of dirs) {
    for (const f of fs.readdirSync(path.join(ROOT, d)).filter((x) => /\.(ts|json)$/.test(x) && !x.includes('.test.')).sort()) h.update(fs.readFileSync(path.join(ROOT, d, f)));
  }
  return h.digest('hex').slice(0, 10);
}

async function prepareSqlite(shape: EnterpriseShape, opts: Options, workDir: string): Promise<Pick<EnterpriseDbRun, 'generation'> & { database: Database }> {
  return cachedSqlite({
    cacheRoot: CACHE, key: `enterprises-sqlite-${enterpriseShapeKey(shape)}-g${ENTERPRISE_GENERATOR_VERSION}-${latestMigration}-${sourceHash()}`,
    useCache: opts.cache, workDir, log, generate: (database) => generateEnterprises(database, { shape, log: (l) => log(`  ${l}`) }),
  });
}

async function benchDatabase(kind: 'sqlite' | 'postgres', shape: EnterpriseShape, opts: Options, workbook: () => Promise<{ file: string; made: { enterprises: number; units: number; lines: number; licences: number }; makeMs: number }>): Promise<EnterpriseDbRun> {
  const started = performance.now();
  const run: EnterpriseDbRun = { db: kind, status: 'ok' };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `hazgov-bench-ent-${kind}-`));
  let database: Database | undefined;
  let stopPg: (() => Promise<void>) | undefined;
  let pgUrl: string | undefined;
  try {
    if (kind === 'sqlite') {
      const p = await prepareSqlite(shape, opts, workDir);
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
      const g = await generateEnterprises(database, { shape, log: (l) => log(`  ${l}`) });
      run.generation = { ...g, cached: false, generatedAt: new Date().toISOString() };
    }
    const generation = run.generation!;
    if (opts.parts.includes('list')) {
      log(`${kind}: enterprise list API`);
      run.list = await benchList(database, generation, { ...opts, workDir, server: kind === 'postgres' ? { databaseUrl: pgUrl! } : { dataDir: workDir }, log });
    }
    if (opts.parts.includes('identify')) {
      log(`${kind}: identification of every unit vs reading its rows (${opts.identifyRuns} runs each)`);
      run.identify = await benchIdentify(database, { runs: opts.identifyRuns, at: BENCH_NOW, log });
    }
    if (opts.parts.includes('import')) {
      const wb = await workbook();
      let target: { dataDir?: string; databaseUrl?: string };
      if (kind === 'postgres') {
        await sql`create database hz_import`.execute(database.db);
        target = { databaseUrl: pgUrl!.replace(/\/[^/]*$/, '/hz_import') };
      } else target = { dataDir: fs.mkdtempSync(path.join(workDir, 'import-')) };
      log(`${kind}: import of ${wb.made.enterprises.toLocaleString('en')} enterprises (${wb.made.units.toLocaleString('en')} units, ${wb.made.lines.toLocaleString('en')} lines) into an empty database`);
      const r = await runImportChild(target, wb.file, 3600);
      run.import = importResultOf(wb.made, wb.file, wb.makeMs, r);
      log(`    ${run.import.outcome} in ${(r.ms / 1000).toFixed(1)} s ${JSON.stringify(r.phasesMs)}; peak RSS ${r.peakRssMb} MB, peak heap ${r.peakHeapMb} MB; stored ${JSON.stringify(r.stored)}`);
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

/** Runs the enterprise benchmark; returns the process exit code. */
export async function runEnterpriseBench(argv: readonly string[]): Promise<number> {
  const opts = parseEnterpriseOptions(argv);
  const shape = enterpriseShapeOf(opts.scale);
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  log(`HazGov enterprise bench: scale ${opts.scale} (${enterpriseShapeKey(shape)}), databases ${opts.dbs.join(', ')}, parts ${opts.parts.join(', ')}`);
  const runs: EnterpriseDbRun[] = [];
  const record = (): EnterpriseRecord => ({
    benchmark: 'enterprises', startedAt, finishedAt: new Date().toISOString(), loadAverageAtEnd: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    machine, git: gitInfo(ROOT), options: { ...opts, now: BENCH_NOW }, runs,
  });
  let made: Awaited<ReturnType<Parameters<typeof benchDatabase>[3]>> | undefined;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-bench-ent-wb-'));
  const workbook = async (): Promise<NonNullable<typeof made>> => {
    if (made) return made;
    const file = path.join(scratch, `import-${opts.importEnterprises}.xlsx`);
    const placesDb = openDatabase({ dataDir: path.join(scratch, 'places') });
    const { seedOrganisations } = await import('@hazgov/app/orgs/seed-organisations');
    const { conghuaOrganisationData } = await import('@hazgov/app/plans/conghua-reference');
    const { systemActor } = await import('@hazgov/app/audit/audit-chain');
    await migrateToLatest(placesDb.db);
    await seedOrganisations({ database: placesDb, now: () => new Date(BENCH_NOW) }, conghuaOrganisationData, { actor: systemActor('bench') });
    const places = await loadDemoPlaces(placesDb.db);
    await placesDb.close();
    const t = performance.now();
    const counts = await makeImportWorkbook(places, { enterprises: opts.importEnterprises, file });
    made = { file, made: counts, makeMs: performance.now() - t };
    log(`  workbook: ${JSON.stringify(counts)}, ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MiB, made in ${(made.makeMs / 1000).toFixed(1)} s`);
    return made;
  };
  try {
    for (const kind of opts.dbs) {
      runs.push(await benchDatabase(kind, shape, opts, workbook));
      writeEnterpriseRecord(RESULTS, record(), false);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const out = writeEnterpriseRecord(RESULTS, record(), true);
  log(`results: ${path.relative(ROOT, out.json)} and ${path.relative(ROOT, out.md ?? '')}`);
  console.log(`\n${fs.readFileSync(out.md ?? out.json, 'utf8')}`);
  return runs.some((r) => r.status === 'failed') ? 1 : 0;
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  runEnterpriseBench(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exit(1); });
}
