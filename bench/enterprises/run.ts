// The enterprise benchmark (issue 3) on SQLite and PostgreSQL: generate 100,000 enterprises with 100,000 units of
// 10 lines (SQLite: cached in bench/.cache/ per shape and sources), then (1) the enterprise list API — latency and
// requests/s beside a bare route, (2) identification of every unit beside merely reading its rows, (3) import of a
// 10,000-enterprise workbook into an empty database (time, peak memory). Writes
// bench/results/<stamp>-enterprises-scale<s>.json and enterprises.md (full scale) or a table beside the JSON.
//
//   npm run bench -- --only enterprises [--scale 1] [--db sqlite,postgres] [--parts list,identify,import]
//        [--identify-runs 3] [--samples 30] [--budget 60] [--duration 10] [--connections 50] [--import-enterprises N]
//        [--no-cache] [--no-load]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '@hazgov/db/database';
import { latestMigration, migrateToLatest } from '@hazgov/db/migrate';
import { loadDemoPlaces } from '@hazgov/app/demo/seed-enterprises';
import { BENCH_NOW } from '../generate-province.js';
import { onBenchDatabase } from '../lib/bench-database.js';
import { argvReader, endpointOptions, isEntryPoint, log, runEachDatabase, sourceHash } from '../lib/bench-run.js';
import { ENTERPRISE_GENERATOR_VERSION, enterpriseShapeKey, enterpriseShapeOf, generateEnterprises, type EnterpriseShape } from './generate-enterprises.js';
import { benchIdentify } from './identify-bench.js';
import { importResultOf, runImportChild } from './import-bench.js';
import { benchList } from './list-bench.js';
import { makeImportWorkbook } from './make-import-workbook.js';
import { writeEnterpriseRecord, type EnterpriseDbRun, type EnterpriseRecord } from './report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/.cache');
const RESULTS = path.join(ROOT, 'bench/results');
type Part = 'list' | 'identify' | 'import';

export function parseEnterpriseOptions(argv: readonly string[]) {
  const { num } = argvReader(argv);
  const common = endpointOptions<Part>(argv, 'list,identify,import');
  return {
    ...common, identifyRuns: num('--identify-runs', 3),
    importEnterprises: num('--import-enterprises', Math.max(40, Math.round(10_000 * common.scale))),
  };
}
type Options = ReturnType<typeof parseEnterpriseOptions>;

/** The generated file is only good for the same migrations, demo builders and generator. */
const enterpriseSourceHash = (): string => sourceHash(ROOT, ['packages/db/src/migrations', 'packages/app/src/demo', 'bench/enterprises', 'data/demo'], /\.(ts|json)$/, ['bench/lib/generate-common.ts', 'bench/enterprises/lib/bulk-write.ts']);

type Workbook = () => Promise<{ file: string; made: { enterprises: number; units: number; lines: number; licences: number }; makeMs: number }>;

async function benchDatabase(kind: 'sqlite' | 'postgres', shape: EnterpriseShape, opts: Options, workbook: Workbook): Promise<EnterpriseDbRun> {
  const run: EnterpriseDbRun = { db: kind, status: 'ok' };
  return onBenchDatabase(run, {
    root: ROOT, cacheRoot: CACHE, useCache: opts.cache, tmpPrefix: 'hazgov-bench-ent', log,
    sqliteKey: () => `enterprises-sqlite-${enterpriseShapeKey(shape)}-g${ENTERPRISE_GENERATOR_VERSION}-${latestMigration}-${enterpriseSourceHash()}`,
    generate: (database) => generateEnterprises(database, { shape, log: (l) => log(`  ${l}`) }),
  }, async ({ database, generation, workDir, server }) => {
    if (opts.parts.includes('list')) {
      log(`${kind}: enterprise list API`);
      run.list = await benchList(database, generation, { ...opts, workDir, server, log });
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
        target = { databaseUrl: server.databaseUrl!.replace(/\/[^/]*$/, '/hz_import') };
      } else target = { dataDir: fs.mkdtempSync(path.join(workDir, 'import-')) };
      log(`${kind}: import of ${wb.made.enterprises.toLocaleString('en')} enterprises (${wb.made.units.toLocaleString('en')} units, ${wb.made.lines.toLocaleString('en')} lines) into an empty database`);
      const r = await runImportChild(target, wb.file, 3600);
      run.import = importResultOf(wb.made, wb.file, wb.makeMs, r);
      log(`    ${run.import.outcome} in ${(r.ms / 1000).toFixed(1)} s ${JSON.stringify(r.phasesMs)}; peak RSS ${r.peakRssMb} MB, peak heap ${r.peakHeapMb} MB; stored ${JSON.stringify(r.stored)}`);
    }
  });
}

/** Runs the enterprise benchmark; returns the process exit code. */
export async function runEnterpriseBench(argv: readonly string[]): Promise<number> {
  const opts = parseEnterpriseOptions(argv);
  const shape = enterpriseShapeOf(opts.scale);
  log(`HazGov enterprise bench: scale ${opts.scale} (${enterpriseShapeKey(shape)}), databases ${opts.dbs.join(', ')}, parts ${opts.parts.join(', ')}`);
  let made: Awaited<ReturnType<Workbook>> | undefined;
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
    const runs = await runEachDatabase({
      root: ROOT, dbs: opts.dbs, options: { ...opts, now: BENCH_NOW },
      runOne: (kind) => benchDatabase(kind, shape, opts, workbook),
      write: (head, final) => writeEnterpriseRecord(RESULTS, { benchmark: 'enterprises', ...head } satisfies EnterpriseRecord, final),
    });
    return runs.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) {
  runEnterpriseBench(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exit(1); });
}
