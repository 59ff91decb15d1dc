// What every benchmark runner (plans, enterprises, map, hidden dangers) shares: reading its options, the timestamped log, the hash
// that decides whether a cached generated database is still good, the entry-point check, and the loop over the
// databases that writes the record after each one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gitInfo, machineInfo } from './report.js';

export type DbKind = 'sqlite' | 'postgres';

/** `--name value` options of a benchmark's argv; `--db` is a comma list of sqlite and postgres. */
export function argvReader(argv: readonly string[]) {
  const get = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const num = (name: string, dflt: number): number => { const v = get(name); const x = v === undefined ? dflt : Number(v); if (!Number.isFinite(x)) throw new Error(`${name}: not a number`); return x; };
  const dbs = (): DbKind[] => {
    const list = (get('--db') ?? 'sqlite,postgres').split(',').map((d) => d.trim());
    for (const d of list) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--db: unknown database ${d}`);
    return list as DbKind[];
  };
  return { get, num, dbs };
}

/**
 * The options the endpoint benchmarks (enterprises, map, hidden dangers) read alike: scale, databases, parts
 * (`defaultParts` when --parts is absent), the sequential latency sampling, the autocannon load and the cache.
 */
export function endpointOptions<P extends string>(argv: readonly string[], defaultParts: string) {
  const { num, get, dbs } = argvReader(argv);
  return {
    scale: num('--scale', 1), dbs: dbs(), parts: (get('--parts') ?? defaultParts).split(',').map((p) => p.trim()) as P[],
    samples: num('--samples', 30), warmup: num('--warmup', 5), minSamples: num('--min-samples', 10), budgetSeconds: num('--budget', 60),
    connections: num('--connections', 50), durationSeconds: num('--duration', 10), loadTimeoutSeconds: num('--load-timeout', 60),
    cache: !argv.includes('--no-cache'), load: !argv.includes('--no-load'),
  };
}

const t0 = performance.now();
/** A line prefixed with the seconds since the benchmark started. */
export const log = (line: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s] ${line}`);

/**
 * The migrations and generators are edited in place while the schema is young: a cached generated file is only good
 * for the same sources — the files of `dirs` matching `pattern` (tests left out), then the single `files`.
 */
export function sourceHash(root: string, dirs: readonly string[], pattern: RegExp, files: readonly string[] = []): string {
  const h = crypto.createHash('sha256');
  for (const d of dirs) {
    for (const f of fs.readdirSync(path.join(root, d)).filter((x) => pattern.test(x) && !x.includes('.test.')).sort()) h.update(fs.readFileSync(path.join(root, d, f)));
  }
  for (const f of files) h.update(fs.readFileSync(path.join(root, f)));
  return h.digest('hex').slice(0, 10);
}

/** True when the module at `moduleUrl` is the script node was started with. */
export const isEntryPoint = (moduleUrl: string): boolean => Boolean(process.argv[1]) && moduleUrl === pathToFileURL(process.argv[1]!).href;

export type RecordHead = {
  startedAt: string; finishedAt: string; loadAverageAtEnd: number;
  machine: Record<string, string | number>; git: { commit: string; dirty: boolean }; options: Record<string, unknown>;
};

/**
 * Runs `runOne` on each database in turn, writing the record (JSON only) after each, so a later failure keeps what
 * was measured; then the final record and its table, which it prints. Returns the runs.
 */
export async function runEachDatabase<R>(o: {
  root: string; dbs: readonly DbKind[]; options: Record<string, unknown>;
  runOne: (kind: DbKind) => Promise<R>; write: (record: RecordHead & { runs: R[] }, final: boolean) => { json: string; md: string | undefined };
}): Promise<R[]> {
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const runs: R[] = [];
  const record = (): RecordHead & { runs: R[] } => ({
    startedAt, finishedAt: new Date().toISOString(), loadAverageAtEnd: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    machine, git: gitInfo(o.root), options: o.options, runs,
  });
  for (const kind of o.dbs) {
    runs.push(await o.runOne(kind));
    o.write(record(), false);
  }
  const out = o.write(record(), true);
  log(`results: ${path.relative(o.root, out.json)} and ${path.relative(o.root, out.md ?? '')}`);
  console.log(`\n${fs.readFileSync(out.md ?? out.json, 'utf8')}`);
  return runs;
}
