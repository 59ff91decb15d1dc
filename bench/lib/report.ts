// The benchmark's record: one JSON file per run under bench/results/, and bench/results/latest.md, a table a
// person reads. Figures live here, never in test assertions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { GenerateResult } from '../generate-province.js';
import type { LatencyResult } from './latency.js';
import type { LoadResult } from './load.js';

export type ThroughputPair = {
  endpoint: string; real: LoadResult; bare: LoadResult; ratio: number; bodyBytes: number; drainSeconds: number;
  serverPeakRssMb?: number | undefined; serverNote?: string;
  /** a second, longer run when the first window was shorter than one round of concurrent requests */
  sustained?: { load: LoadResult; ratio?: number; serverPeakRssMb?: number | undefined; serverNote?: string };
};

export type DbRun = {
  db: 'sqlite' | 'postgres';
  status: 'ok' | 'skipped' | 'failed';
  note?: string;
  dbVersion?: string;
  generation?: GenerateResult & { cached: boolean; generatedAt: string };
  latency: Record<string, LatencyResult | { missing: string }>;
  throughput: ThroughputPair[];
  peakRssMb?: number;
  seconds?: number;
};

export type BenchRecord = {
  startedAt: string;
  finishedAt: string;
  loadAverageAtEnd: number;
  machine: Record<string, string | number>;
  git: { commit: string; dirty: boolean };
  options: Record<string, unknown>;
  runs: DbRun[];
};

export function machineInfo(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism(), cpuModel: cpus[0]?.model ?? '?', memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, platform: `${os.platform()} ${os.release()}`, arch: os.arch(),
    loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function gitInfo(root: string): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: root }).toString().trim().length > 0;
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/**
 * A benchmark's JSON record (rewritten after every database, so a later failure keeps what was measured) and, when
 * `final`, the human-readable table: `fullScaleMd` (latest.md, enterprises.md, map.md) for a full-scale run; a
 * smaller --scale writes its table beside its JSON so a quick check never replaces the full-scale figures.
 * Files: `<stamp>[-<name>]-scale<s>.json`.
 */
export function writeResultFiles(
  dir: string, record: { startedAt: string; options: Record<string, unknown> }, final: boolean,
  o: { name?: string; fullScaleMd: string; markdown: (jsonName: string) => string },
): { json: string; md: string | undefined } {
  fs.mkdirSync(dir, { recursive: true });
  const scale = Number(record.options.scale ?? 1);
  const stamp = record.startedAt.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const base = `${stamp}${o.name ? `-${o.name}` : ''}-scale${scale}`;
  const json = path.join(dir, `${base}.json`);
  fs.writeFileSync(json, `${JSON.stringify(record, null, 2)}\n`);
  if (!final) return { json, md: undefined };
  const md = scale === 1 ? path.join(dir, o.fullScaleMd) : path.join(dir, `${base}.md`);
  fs.writeFileSync(md, o.markdown(path.basename(json)));
  return { json, md };
}

export function writeRecord(dir: string, record: BenchRecord, final: boolean): { json: string; md: string | undefined } {
  return writeResultFiles(dir, record, final, { fullScaleMd: 'latest.md', markdown: (jsonName) => markdown(record, jsonName) });
}

/** Milliseconds as a table reads them: 1.5 ms, 42 ms, 1.23 s; – for none. */
export const fmtMs = (x: number | null | undefined): string => (x === undefined || x === null || Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
export const fmtN = (x: number | undefined): string => (x === undefined ? '–' : x.toLocaleString('en'));
export const fmtKib = (b: number): string => (b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
const ms = fmtMs;
const n = fmtN;
const kib = fmtKib;

type Latency = Pick<LatencyResult, 'p50' | 'p95' | 'max' | 'n' | 'bytes'>;

/**
 * The rows of a latency table: one per request any run measured, p50 | p95 | max | n of each run (or why it is
 * missing), and the body size. With `answer`, a second column: what the first run that has something to say sent.
 */
export function latencyRows<R, L extends Latency>(
  runs: readonly R[], latencyOf: (run: R) => Record<string, L | { missing: string }> | undefined, answer?: (l: L) => string | undefined,
): string[] {
  const names = [...new Set(runs.flatMap((x) => Object.keys(latencyOf(x) ?? {})))];
  return names.map((name) => {
    let bytes = 0;
    let said: string | undefined;
    const cells = runs.map((x) => {
      const l = latencyOf(x)?.[name];
      if (!l || 'missing' in l) return `${l && 'missing' in l ? l.missing : '–'} | | | `;
      bytes = l.bytes;
      if (answer && !said) said = answer(l);
      return `${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.max)} | ${l.n}`;
    });
    return `| ${name} |${answer ? ` ${said || '–'} |` : ''} ${cells.join(' | ')} | ${bytes ? kib(bytes) : '–'} |`;
  });
}

function sequentialRate(run: DbRun, endpoint: string): string {
  const l = run.latency[endpoint];
  return l && !('missing' in l) && l.p50 > 0 ? (1000 / l.p50).toFixed(l.p50 > 100 ? 2 : 0) : '–';
}

export function markdown(r: BenchRecord, jsonName: string): string {
  const lines: string[] = [];
  const first = r.runs.find((x) => x.generation)?.generation;
  lines.push('# HazGov benchmark — province-size plan', '');
  lines.push(`Run ${r.startedAt} → ${r.finishedAt} on ${r.machine.nproc} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, Node ${r.machine.node}; commit ${r.git.commit}${r.git.dirty ? ' (+ uncommitted changes in packages/)' : ''}. Load average (1 min) at start ${r.machine.loadAverage1m}, at end ${r.loadAverageAtEnd} — other work on the machine shows up as noise. Raw figures: \`${jsonName}\`.`, '');
  if (first) {
    const s = first.shape;
    lines.push(`Scale ${s.scale}: ${s.cities} cities × ${s.unitsPerCity} units × ${s.tasks} tasks × ${s.quarters} quarters = ${n(first.reportsOwed)} reports owed. Clock fixed at 2026-01-20 (all quarters due); "mid" = asOf 2024-08-15. Signed in as the province admin (whole province in scope) unless the row says city user (one city).`, '');
  }
  lines.push('## Latency (sequential requests over loopback HTTP, after warm-up)', '');
  lines.push('| endpoint | ' + r.runs.filter((x) => x.status === 'ok').map((x) => `${x.db} p50 | ${x.db} p95 | ${x.db} max | n`).join(' | ') + ' | body |');
  const okRuns = r.runs.filter((x) => x.status === 'ok');
  lines.push('|---|' + okRuns.map(() => '---:|---:|---:|---:').join('|') + '|---:|');
  lines.push(...latencyRows(okRuns, (x) => x.latency));
  lines.push('', '## Throughput (autocannon, loopback, real server vs a bare Fastify route sending the same bytes)', '');
  lines.push('| db | endpoint | connections × s | real req/s | bare req/s | real / bare | one-at-a-time req/s (1 / p50) | real latency p50 / p99 | errors + timeouts | server peak RSS | body |');
  lines.push('|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|');
  for (const x of okRuns) {
    for (const t of x.throughput) {
      lines.push(`| ${x.db} | ${t.endpoint} | ${t.real.connections} × ${t.real.durationSeconds} | ${t.real.requestsPerSecond} | ${t.bare.requestsPerSecond} | ${(t.ratio * 100).toFixed(t.ratio < 0.01 ? 2 : 1)} % | ${sequentialRate(x, t.endpoint)} | ${ms(t.real.latencyMs.p50)} / ${ms(t.real.latencyMs.p99)} | ${t.real.errors + t.real.timeouts + t.real.non2xx} | ${t.serverPeakRssMb ?? '?'} MB | ${kib(t.bodyBytes)} |${t.serverNote ? ` ${t.serverNote}` : ''}`);
      const sus = t.sustained;
      if (sus) {
        lines.push(`| ${x.db} | ${t.endpoint} (sustained) | ${sus.load.connections} × ${sus.load.durationSeconds} | ${sus.load.requestsPerSecond} | ${t.bare.requestsPerSecond} | ${((sus.ratio ?? 0) * 100).toFixed((sus.ratio ?? 0) < 0.01 ? 2 : 1)} % | ${sequentialRate(x, t.endpoint)} | ${ms(sus.load.latencyMs.p50)} / ${ms(sus.load.latencyMs.p99)} | ${sus.load.errors + sus.load.timeouts + sus.load.non2xx} | ${sus.serverPeakRssMb ?? '?'} MB | ${kib(t.bodyBytes)} |${sus.serverNote ? ` ${sus.serverNote}` : ''}`);
      }
    }
  }
  lines.push('', 'autocannon counts the responses that complete inside its window. With 50 connections every request shares the CPU with 49 others, so when one response costs more than window / 50 few or none finish in time and req/s collapses towards 0; then a "sustained" run repeats the load over a window of about 2.5 × 50 × p50 (at most --sustained-max s) for the steady-state rate. "one-at-a-time" is the ceiling of a single client for comparison.');
  lines.push('', '## Data generation', '');
  lines.push('| db | generated | total | reports phase | index build | progress_reports rows | task-unit pairs | milestone completions | organisations |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.runs) {
    const g = x.generation;
    if (!g) continue;
    lines.push(`| ${x.db} | ${g.cached ? `cached (${g.generatedAt})` : g.generatedAt} | ${g.seconds.total} s | ${g.seconds.reports} s | ${g.seconds.indexes} s | ${n(g.rows.progress_reports)} | ${n(g.rows.plan_task_units)} | ${n(g.rows.milestone_completions)} | ${n(g.rows.organisations)} |`);
  }
  const notes = r.runs.filter((x) => x.note || x.status !== 'ok');
  if (notes.length) {
    lines.push('', '## Notes', '');
    for (const x of notes) lines.push(`- ${x.db}: ${x.status}${x.note ? ` — ${x.note}` : ''}`);
  }
  lines.push('', `Versions: ${r.runs.map((x) => `${x.db} ${x.dbVersion ?? '?'}`).join(', ')}. Peak RSS of the benchmark process: ${r.runs.map((x) => `${x.db} ${x.peakRssMb ?? '?'} MB`).join(', ')}.`, '');
  lines.push('Reproduce: `npm run bench` (full scale) or `npm run bench -- --scale 0.05 --db sqlite`. See bench/README.md.', '');
  lines.push('The enterprise benchmark (100,000 enterprises, GB 18218 identification, list API, import) is in [enterprises.md](enterprises.md).', '');
  lines.push('The map benchmark (100,000 risk points: bounding-box API on both databases, Chromium time to the map drawn, clustered and not) is in [map.md](map.md).', '');
  lines.push('The hidden-danger benchmark (1,000,000 findings: list and statistics API on both databases, the daily escalation pass) is in [inspections.md](inspections.md).', '');
  return lines.join('\n');
}
