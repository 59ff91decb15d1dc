// The enterprise list API (GET /api/enterprises) over the generated enterprises: latency of sequential requests on
// the real server in-process (first page, filters, searches; the district admin and a town account), then
// requests/s under autocannon on a child server process beside a bare Fastify route sending the same bytes — the
// plan benchmark's method and helpers (bench/lib).
import type { AppContext } from '@hazgov/app/shared/context';
import type { Database } from '@hazgov/db/database';
import { buildServer } from '@hazgov/api/server';
import { BENCH_NOW } from '../generate-province.js';
import { startBareServer } from '../lib/bare-server.js';
import { benchConfig } from '../lib/bench-config.js';
import { waitForIdle } from '../lib/drain.js';
import { closeClient, request } from '../lib/http-client.js';
import { sampleLatency, type LatencyResult } from '../lib/latency.js';
import { runLoad } from '../lib/load.js';
import type { ThroughputPair } from '../lib/report.js';
import { spawnServer } from '../lib/spawn-server.js';
import type { EnterpriseGeneration } from './generate-enterprises.js';

export type ListOptions = { samples: number; warmup: number; minSamples: number; budgetSeconds: number; connections: number; durationSeconds: number; loadTimeoutSeconds: number; load: boolean };
export type ListResult = { latency: Record<string, (LatencyResult & { total?: number }) | { missing: string }>; throughput: ThroughputPair[] };

type Target = { name: string; path: string; user: 'admin' | 'town'; load?: boolean };

export function listTargets(g: EnterpriseGeneration): Target[] {
  return [
    { name: 'first page', path: '/api/enterprises?page=1&pageSize=20', user: 'admin', load: true },
    { name: 'grade=1', path: '/api/enterprises?grade=1&page=1&pageSize=20', user: 'admin', load: true },
    { name: 'grade=4', path: '/api/enterprises?grade=4&page=1&pageSize=20', user: 'admin' },
    { name: `q=${g.samples.word}`, path: `/api/enterprises?q=${encodeURIComponent(g.samples.word)}&page=1&pageSize=20`, user: 'admin', load: true },
    { name: 'q=credit code', path: `/api/enterprises?q=${g.samples.uscc}&page=1&pageSize=20`, user: 'admin' },
    { name: 'page 200', path: '/api/enterprises?page=200&pageSize=20', user: 'admin' },
    { name: 'licence expiring ≤ 30 d', path: '/api/enterprises?licenceExpiringWithinDays=30&page=1&pageSize=20', user: 'admin' },
    { name: 'restricted=1', path: '/api/enterprises?restricted=1&page=1&pageSize=20', user: 'admin' },
    { name: 'territory + industry', path: `/api/enterprises?territoryId=${g.users.townId}&industry=${encodeURIComponent('加油站')}&page=1&pageSize=20`, user: 'admin' },
    { name: 'town user, first page', path: '/api/enterprises?page=1&pageSize=20', user: 'town' },
  ];
}

async function login(base: string, username: string, password: string): Promise<Record<string, string>> {
  const r = await request(base, { method: 'POST', path: '/api/auth/login', json: { username, password } });
  if (r.status !== 200) throw new Error(`login ${username}: HTTP ${r.status} ${r.body.toString('utf8').slice(0, 300)}`);
  const session = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('hazgov_session='));
  if (!session) throw new Error('login: no hazgov_session cookie');
  return { cookie: session, 'accept-language': 'zh-CN' };
}

export async function benchList(
  database: Database,
  g: EnterpriseGeneration,
  opts: ListOptions & { workDir: string; server: { dataDir?: string; databaseUrl?: string }; log: (l: string) => void },
): Promise<ListResult> {
  const result: ListResult = { latency: {}, throughput: [] };
  const ctx: AppContext = { database, now: () => new Date(BENCH_NOW) };
  const app = await buildServer({ ctx, config: benchConfig(opts.workDir) });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const headers: Record<'admin' | 'town', Record<string, string>> = { admin: {}, town: {} };
  const bodies = new Map<string, { body: Buffer; contentType: string }>();
  const targets = listTargets(g);
  try {
    headers.admin = await login(base, g.users.admin, g.users.password);
    headers.town = await login(base, g.users.town, g.users.password);
    for (const t of targets) {
      const probe = await request(base, { path: t.path, headers: headers[t.user] });
      if (probe.status !== 200) {
        const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(probe.body.toString('utf8'))?.[1] ?? '';
        result.latency[t.name] = { missing: `HTTP ${probe.status} ${code}`.trim() };
        opts.log(`    ${t.path}: HTTP ${probe.status} ${code} — not measured`);
        continue;
      }
      const total = (JSON.parse(probe.body.toString('utf8')) as { total?: number }).total;
      bodies.set(t.name, { body: probe.body, contentType: String(probe.headers['content-type'] ?? 'application/json; charset=utf-8') });
      const l = await sampleLatency({ base, path: t.path, headers: headers[t.user], warmup: Math.max(0, opts.warmup - 1), samples: opts.samples, budgetSeconds: opts.budgetSeconds, minSamples: opts.minSamples }, opts.log);
      result.latency[t.name] = { ...l, ...(total === undefined ? {} : { total }) };
    }
    closeClient();
  } finally {
    await app.close();
  }
  if (!opts.load) return result;
  for (const t of targets.filter((x) => x.load && bodies.has(x.name))) {
    const captured = bodies.get(t.name)!;
    const child = await spawnServer({ ...opts.server, configDir: opts.workDir });
    const warm = await request(child.url, { path: t.path, headers: headers[t.user] });
    closeClient();
    opts.log(`    autocannon ${opts.connections} × ${opts.durationSeconds} s on ${t.name} (child pid ${child.pid}, warm-up HTTP ${warm.status} in ${warm.ms.toFixed(0)} ms)`);
    const real = await runLoad({ url: `${child.url}${t.path}`, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds, headers: headers[t.user] });
    const end = await child.stop();
    const drainSeconds = await waitForIdle({ maxSeconds: 120 });
    const bare = await startBareServer(captured.body, captured.contentType);
    try {
      const b = await runLoad({ url: bare.url, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds });
      const serverNote = end.crashed ? `server CRASHED (exit ${end.code ?? end.signal}): ${end.stderrTail.split('\n').slice(-2).join(' / ')}` : undefined;
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
