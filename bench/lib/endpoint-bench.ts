// An API benchmark over generated data, the plan benchmark's method: sequential requests on the real server
// in-process (latency after warm-up), then requests/s under autocannon on a child server process beside a bare
// Fastify route sending the same bytes. Used by the enterprise list and the map benchmarks.
import type { AppContext } from '@hazgov/app/shared/context';
import type { Database } from '@hazgov/db/database';
import { buildServer } from '@hazgov/api/server';
import { BENCH_NOW } from '../generate-province.js';
import { startBareServer } from './bare-server.js';
import { benchConfig } from './bench-config.js';
import { waitForIdle } from './drain.js';
import { closeClient, request } from './http-client.js';
import { sampleLatency, type LatencyResult } from './latency.js';
import { runLoad } from './load.js';
import type { ThroughputPair } from './report.js';
import { spawnServer } from './spawn-server.js';

export type EndpointOptions = { samples: number; warmup: number; minSamples: number; budgetSeconds: number; connections: number; durationSeconds: number; loadTimeoutSeconds: number; load: boolean };
export type EndpointTarget = { name: string; path: string; user: 'admin' | 'town'; load?: boolean };
export type EndpointResult<X> = { latency: Record<string, (LatencyResult & X) | { missing: string }>; throughput: ThroughputPair[] };

/** Signs in over HTTP; the session cookie (and zh-CN) as request headers. */
export async function login(base: string, username: string, password: string): Promise<Record<string, string>> {
  const r = await request(base, { method: 'POST', path: '/api/auth/login', json: { username, password } });
  if (r.status !== 200) throw new Error(`login ${username}: HTTP ${r.status} ${r.body.toString('utf8').slice(0, 300)}`);
  const session = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('hazgov_session='));
  if (!session) throw new Error('login: no hazgov_session cookie');
  return { cookie: session, 'accept-language': 'zh-CN' };
}

/**
 * Measures each target as `users.admin` or `users.town`: a target not answering 200 is recorded as missing; `describe`
 * adds what the answer held (counts) to its latency row. Then, unless `opts.load` is off, the targets marked `load`.
 */
export async function benchEndpoints<X extends object>(
  database: Database,
  users: { admin: string; town: string; password: string },
  targets: readonly EndpointTarget[],
  opts: EndpointOptions & { workDir: string; server: { dataDir?: string; databaseUrl?: string }; log: (l: string) => void },
  describe: (body: Buffer, target: EndpointTarget) => X,
): Promise<EndpointResult<X>> {
  const result: EndpointResult<X> = { latency: {}, throughput: [] };
  const ctx: AppContext = { database, now: () => new Date(BENCH_NOW) };
  const app = await buildServer({ ctx, config: benchConfig(opts.workDir) });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const headers: Record<'admin' | 'town', Record<string, string>> = { admin: {}, town: {} };
  const bodies = new Map<string, { body: Buffer; contentType: string }>();
  try {
    headers.admin = await login(base, users.admin, users.password);
    headers.town = await login(base, users.town, users.password);
    for (const t of targets) {
      const probe = await request(base, { path: t.path, headers: headers[t.user] });
      if (probe.status !== 200) {
        const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(probe.body.toString('utf8'))?.[1] ?? '';
        result.latency[t.name] = { missing: `HTTP ${probe.status} ${code}`.trim() };
        opts.log(`    ${t.name}: HTTP ${probe.status} ${code} — not measured`);
        continue;
      }
      const extra = describe(probe.body, t);
      bodies.set(t.name, { body: probe.body, contentType: String(probe.headers['content-type'] ?? 'application/json; charset=utf-8') });
      const l = await sampleLatency({ base, path: t.path, headers: headers[t.user], warmup: Math.max(0, opts.warmup - 1), samples: opts.samples, budgetSeconds: opts.budgetSeconds, minSamples: opts.minSamples }, opts.log);
      result.latency[t.name] = { ...l, ...extra };
    }
    closeClient();
  } finally {
    await app.close();
  }
  if (!opts.load) return result;
  for (const t of targets.filter((x) => x.load && bodies.has(x.name))) {
    const captured = bodies.get(t.name)!;
    const child = await spawnServer({ ...opts.server, configDir: opts.workDir });
    const warm = await request(child.url, { path: t.path, headers: headers[t.user] }); // the latency server was warm; so is this one
    closeClient();
    opts.log(`    autocannon ${opts.connections} × ${opts.durationSeconds} s on ${t.name} (child pid ${child.pid}, warm-up HTTP ${warm.status} in ${warm.ms.toFixed(0)} ms)`);
    const real = await runLoad({ url: `${child.url}${t.path}`, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds, headers: headers[t.user] });
    const end = await child.stop();
    const drainSeconds = await waitForIdle({ maxSeconds: 120 });
    const bare = await startBareServer(captured.body, captured.contentType);
    try {
      const b = await runLoad({ url: bare.url, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds });
      const serverNote = end.crashed ? `server CRASHED (exit ${end.code ?? end.signal}): ${end.stderrTail.split('\n').slice(-3).join(' / ')}` : undefined;
      const pair: ThroughputPair = {
        endpoint: t.name, real, bare: b, ratio: b.requestsPerSecond > 0 ? real.requestsPerSecond / b.requestsPerSecond : 0, bodyBytes: captured.body.length, drainSeconds,
        serverPeakRssMb: end.peakRssMb, ...(serverNote ? { serverNote } : {}),
      };
      result.throughput.push(pair);
      opts.log(`    real ${real.requestsPerSecond} req/s (p50 ${real.latencyMs.p50} ms, p99 ${real.latencyMs.p99} ms, errors ${real.errors + real.timeouts + real.non2xx}) · bare ${b.requestsPerSecond} req/s → ${(pair.ratio * 100).toFixed(1)} %`);
    } finally {
      await bare.app.close();
    }
    await waitForIdle({ maxSeconds: 60 });
  }
  return result;
}
