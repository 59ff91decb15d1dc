// The hidden-danger benchmark (issue 5) on SQLite and PostgreSQL: generate 1,000,000 hazard findings of 20,000
// enterprises (SQLite: cached in bench/.cache/ per shape and sources), then (1) the list and statistics API —
// latency as the district admin and as a town, and requests/s beside a bare route; (2) the daily escalation pass
// on the generated data and over every finding made open. The escalation pass changes the data, so it runs last.
// Writes bench/results/<stamp>-inspections-scale<s>.json and inspections.md (full scale) or a table beside the JSON.
//
//   npm run bench -- --only inspections [--scale 1] [--db sqlite,postgres] [--parts api,escalation] [--samples 30]
//        [--budget 60] [--duration 10] [--connections 50] [--no-cache] [--no-load]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestMigration } from '@hazgov/db/migrate';
import { BENCH_NOW } from '../generate-province.js';
import { onBenchDatabase } from '../lib/bench-database.js';
import { endpointOptions, isEntryPoint, log, runEachDatabase, sourceHash } from '../lib/bench-run.js';
import { benchFindingApi } from './api-bench.js';
import { benchEscalation } from './escalation-bench.js';
import { FINDINGS_GENERATOR_VERSION, findingsShapeKey, findingsShapeOf, generateFindings, type FindingsShape } from './generate-findings.js';
import { writeFindingsRecord, type FindingsDbRun, type FindingsRecord } from './report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/.cache');
const RESULTS = path.join(ROOT, 'bench/results');
type Part = 'api' | 'escalation';

export const parseFindingsOptions = (argv: readonly string[]) => endpointOptions<Part>(argv, 'api,escalation');
type Options = ReturnType<typeof parseFindingsOptions>;

/** The generated file is only good for the same migrations, builders and generator. */
const findingsSourceHash = (): string => sourceHash(ROOT, ['packages/db/src/migrations', 'bench/inspections'], /\.ts$/, [
  'bench/lib/generate-common.ts', 'bench/enterprises/lib/bulk-write.ts', 'packages/app/src/demo/demo-enterprise-build.ts',
  'packages/app/src/demo/demo-inspections-catalog.ts', 'packages/app/src/demo/demo-inspections-findings.ts', 'data/demo/conghua-enterprises.json',
]);

async function benchDatabase(kind: 'sqlite' | 'postgres', shape: FindingsShape, opts: Options): Promise<FindingsDbRun> {
  const run: FindingsDbRun = { db: kind, status: 'ok' };
  return onBenchDatabase(run, {
    root: ROOT, cacheRoot: CACHE, useCache: opts.cache, tmpPrefix: 'hazgov-bench-hd', log,
    sqliteKey: () => `findings-sqlite-${findingsShapeKey(shape)}-g${FINDINGS_GENERATOR_VERSION}-${latestMigration}-${findingsSourceHash()}`,
    generate: (d) => generateFindings(d, { shape, log: (l) => log(`  ${l}`) }),
  }, async ({ database, generation, workDir, server }) => {
    if (opts.parts.includes('api')) {
      log(`${kind}: GET /api/hidden-dangers and /stats`);
      run.api = await benchFindingApi(database, generation, { ...opts, workDir, server, log });
    }
    if (opts.parts.includes('escalation')) {
      log(`${kind}: the escalation pass`);
      run.escalation = await benchEscalation(database, generation, log);
    }
  });
}

/** Runs the hidden-danger benchmark; returns the process exit code. */
export async function runInspectionsBench(argv: readonly string[]): Promise<number> {
  const opts = parseFindingsOptions(argv);
  const shape = findingsShapeOf(opts.scale);
  log(`HazGov hidden-danger bench: scale ${opts.scale} (${findingsShapeKey(shape)}), databases ${opts.dbs.join(', ')}, parts ${opts.parts.join(', ')}`);
  const runs = await runEachDatabase({
    root: ROOT, dbs: opts.dbs, options: { ...opts, now: BENCH_NOW },
    runOne: (kind) => benchDatabase(kind, shape, opts),
    write: (head, final) => writeFindingsRecord(RESULTS, { benchmark: 'inspections', ...head } satisfies FindingsRecord, final),
  });
  return runs.some((r) => r.status === 'failed') ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) {
  runInspectionsBench(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exit(1); });
}
