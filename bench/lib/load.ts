// Throughput under concurrent load: autocannon in a child process against a URL on loopback, summarised to what the
// report needs. The child has a hard kill timer, so a stuck load never outlives the benchmark.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export type LoadOptions = { url: string; connections: number; durationSeconds: number; timeoutSeconds: number; headers?: Record<string, string> };
export type LoadResult = {
  url: string; connections: number; durationSeconds: number;
  requestsPerSecond: number; requestsTotal: number; bytesPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number; mean: number };
  non2xx: number; errors: number; timeouts: number;
};

const worker = fileURLToPath(new URL('./autocannon-worker.mjs', import.meta.url));

type AutocannonJson = {
  requests: { average: number; total: number }; throughput: { average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number; average: number };
  non2xx: number; errors: number; timeouts: number; duration: number;
};

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const args = JSON.stringify({ url: o.url, connections: o.connections, duration: o.durationSeconds, timeout: o.timeoutSeconds, headers: o.headers ?? {} });
  const started = performance.now();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [worker, args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const err: Buffer[] = [];
    const killer = setTimeout(() => child.kill('SIGKILL'), (o.durationSeconds + o.timeoutSeconds + 60) * 1000);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      if (code === 0) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`autocannon exited ${code}: ${Buffer.concat(err).toString('utf8').slice(-500)}`));
    });
  });
  const r = JSON.parse(out) as AutocannonJson;
  const wall = (performance.now() - started) / 1000;
  // autocannon's requests.average is the mean of per-second buckets; total / duration is the same figure without
  // the rounding of short runs
  const seconds = r.duration || Math.min(wall, o.durationSeconds);
  return {
    url: o.url, connections: o.connections, durationSeconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round((r.requests.total / seconds) * 10) / 10, requestsTotal: r.requests.total,
    bytesPerSecond: Math.round(r.throughput.average),
    latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max, mean: Math.round(r.latency.average * 10) / 10 },
    non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
  };
}
