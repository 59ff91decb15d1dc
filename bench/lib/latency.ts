// Sequential latency sampling: warm-up requests first (JIT, page cache, prepared plans), then N timed requests one
// after another, bounded by a time budget so a slow endpoint at full scale still finishes.
import { performance } from 'node:perf_hooks';
import { request } from './http-client.js';
import { summarise, type LatencySummary } from './stats.js';

export type LatencyOptions = { base: string; path: string; headers: Record<string, string>; warmup: number; samples: number; budgetSeconds: number; minSamples: number };
export type LatencyResult = LatencySummary & { path: string; bytes: number; status: number; warmup: number; budgetHit: boolean };

export async function sampleLatency(o: LatencyOptions, log: (l: string) => void): Promise<LatencyResult> {
  let bytes = 0;
  let status = 0;
  for (let i = 0; i < o.warmup; i += 1) {
    const r = await request(o.base, { path: o.path, headers: o.headers });
    status = r.status;
    bytes = r.body.length;
    if (r.status !== 200) throw new Error(`${o.path}: HTTP ${r.status} ${r.body.toString('utf8').slice(0, 300)}`);
  }
  const times: number[] = [];
  const started = performance.now();
  let budgetHit = false;
  for (let i = 0; i < o.samples; i += 1) {
    const r = await request(o.base, { path: o.path, headers: o.headers });
    if (r.status !== 200) throw new Error(`${o.path}: HTTP ${r.status} ${r.body.toString('utf8').slice(0, 300)}`);
    times.push(r.ms);
    bytes = r.body.length;
    status = r.status;
    if (times.length >= o.minSamples && (performance.now() - started) / 1000 > o.budgetSeconds) { budgetHit = true; break; }
  }
  const s = summarise(times);
  log(`    ${o.path}: n=${s.n} p50=${s.p50} ms p95=${s.p95} ms max=${s.max} ms (${(bytes / 1024).toFixed(0)} KiB)${budgetHit ? ' [time budget reached]' : ''}`);
  return { ...s, path: o.path, bytes, status, warmup: o.warmup, budgetHit };
}
