// The bounding-box API (GET /api/map/features) over the generated points: latency of sequential requests on the
// real server in-process — the whole district at zoom 10 (clustered on the server), a zoomed-in view at zoom 15
// (a few hundred points, unclustered), the red filter, the area polygons, all point layers, a town account — then
// requests/s under autocannon on a child server process beside a bare Fastify route sending the same bytes (the
// plan benchmark's method and helpers, bench/lib).
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
import type { MapGeneration } from './generate-map.js';

export type ApiOptions = { samples: number; warmup: number; minSamples: number; budgetSeconds: number; connections: number; durationSeconds: number; loadTimeoutSeconds: number; load: boolean };
/** What the server answered: features returned and, per layer, the total in view and whether it clustered. */
export type Answer = { features: number; clusters: number; layers: Record<string, { total: number; clustered: boolean }> };
export type ApiResult = { latency: Record<string, (LatencyResult & { answer?: Answer }) | { missing: string }>; throughput: ThroughputPair[] };

type Target = { name: string; path: string; user: 'admin' | 'town'; load?: boolean };

/** A view of w × h screen pixels at a zoom (Web Mercator, 256-px tiles) centred on a point: its bbox. */
export function viewBbox(centre: { lng: number; lat: number }, zoom: number, w: number, h: number): string {
  const degPerPx = 360 / (256 * 2 ** zoom);
  const halfW = (w / 2) * degPerPx;
  const halfH = (h / 2) * degPerPx * Math.cos((centre.lat * Math.PI) / 180);
  const f = (x: number): string => x.toFixed(5);
  return `${f(centre.lng - halfW)},${f(centre.lat - halfH)},${f(centre.lng + halfW)},${f(centre.lat + halfH)}`;
}

/** Between 温泉 and 良口, away from the town centres: the district's background density. */
export const ZOOM_CENTRE = { lng: 113.7, lat: 23.6 };

export function mapTargets(g: MapGeneration): Target[] {
  const b = g.districtBbox;
  const district = `${b.minLng},${b.minLat},${b.maxLng},${b.maxLat}`;
  const zoomed = viewBbox(ZOOM_CENTRE, 15, 1280, 800);
  return [
    { name: 'district z10, risk_points (clustered)', path: `/api/map/features?bbox=${district}&layers=risk_points&zoom=10`, user: 'admin', load: true },
    { name: 'view z15 1280×800, risk_points', path: `/api/map/features?bbox=${zoomed}&layers=risk_points&zoom=15`, user: 'admin' },
    { name: 'district z10, risk_points level=red', path: `/api/map/features?bbox=${district}&layers=risk_points&zoom=10&level=red`, user: 'admin' },
    { name: 'district z10, layers=areas', path: `/api/map/features?bbox=${district}&layers=areas&zoom=10`, user: 'admin' },
    { name: 'district z10, enterprises + risk_points + major_hazards', path: `/api/map/features?bbox=${district}&layers=enterprises,risk_points,major_hazards&zoom=10`, user: 'admin' },
    { name: 'district z10, risk_points cluster=off', path: `/api/map/features?bbox=${district}&layers=risk_points&zoom=10&cluster=off`, user: 'admin' },
    { name: 'town user (温泉镇), district z10, risk_points', path: `/api/map/features?bbox=${district}&layers=risk_points&zoom=10`, user: 'town' },
  ];
}

export async function login(base: string, username: string, password: string): Promise<Record<string, string>> {
  const r = await request(base, { method: 'POST', path: '/api/auth/login', json: { username, password } });
  if (r.status !== 200) throw new Error(`login ${username}: HTTP ${r.status} ${r.body.toString('utf8').slice(0, 300)}`);
  const session = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('hazgov_session='));
  if (!session) throw new Error('login: no hazgov_session cookie');
  return { cookie: session, 'accept-language': 'zh-CN' };
}

function answerOf(body: Buffer): Answer {
  const fc = JSON.parse(body.toString('utf8')) as { features: { properties?: { cluster?: boolean } }[]; meta?: { layers?: Record<string, { total: number; clustered: boolean }> } };
  return { features: fc.features.length, clusters: fc.features.filter((f) => f.properties?.cluster).length, layers: fc.meta?.layers ?? {} };
}

export async function benchMapApi(
  database: Database,
  g: MapGeneration,
  opts: ApiOptions & { workDir: string; server: { dataDir?: string; databaseUrl?: string }; log: (l: string) => void },
): Promise<ApiResult> {
  const result: ApiResult = { latency: {}, throughput: [] };
  const ctx: AppContext = { database, now: () => new Date(BENCH_NOW) };
  const app = await buildServer({ ctx, config: benchConfig(opts.workDir) });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const headers: Record<'admin' | 'town', Record<string, string>> = { admin: {}, town: {} };
  const bodies = new Map<string, { body: Buffer; contentType: string }>();
  const targets = mapTargets(g);
  try {
    headers.admin = await login(base, g.users.admin, g.users.password);
    headers.town = await login(base, g.users.town, g.users.password);
    for (const t of targets) {
      const probe = await request(base, { path: t.path, headers: headers[t.user] });
      if (probe.status !== 200) {
        const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(probe.body.toString('utf8'))?.[1] ?? String(probe.status);
        result.latency[t.name] = { missing: `HTTP ${probe.status} ${code}` };
        opts.log(`    ${t.name}: HTTP ${probe.status} ${code} — not measured`);
        continue;
      }
      const answer = answerOf(probe.body);
      opts.log(`    ${t.name}: ${answer.features} features (${answer.clusters} clusters), ${JSON.stringify(answer.layers)}`);
      bodies.set(t.name, { body: probe.body, contentType: String(probe.headers['content-type'] ?? 'application/json; charset=utf-8') });
      const l = await sampleLatency({ base, path: t.path, headers: headers[t.user], warmup: Math.max(0, opts.warmup - 1), samples: opts.samples, budgetSeconds: opts.budgetSeconds, minSamples: opts.minSamples }, opts.log);
      result.latency[t.name] = { ...l, answer };
    }
    closeClient();
  } finally {
    await app.close();
  }
  if (!opts.load) return result;
  for (const t of targets.filter((x) => x.load && bodies.has(x.name))) {
    const captured = bodies.get(t.name)!;
    const child = await spawnServer({ ...opts.server, configDir: opts.workDir });
    await request(child.url, { path: t.path, headers: headers[t.user] });
    closeClient();
    opts.log(`  autocannon ${opts.connections} connections × ${opts.durationSeconds} s on ${t.name}`);
    const real = await runLoad({ url: `${child.url}${t.path}`, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds, headers: headers[t.user] });
    const end = await child.stop();
    const drainSeconds = await waitForIdle({ maxSeconds: 120 });
    const bare = await startBareServer(captured.body, captured.contentType);
    try {
      const b = await runLoad({ url: bare.url, connections: opts.connections, durationSeconds: opts.durationSeconds, timeoutSeconds: opts.loadTimeoutSeconds });
      const serverNote = end.crashed ? `server CRASHED (exit ${end.code ?? end.signal}): ${end.stderrTail.split('\n').slice(-3).join(' / ')}` : undefined;
      result.throughput.push({ endpoint: t.name, real, bare: b, ratio: b.requestsPerSecond > 0 ? real.requestsPerSecond / b.requestsPerSecond : 0, bodyBytes: captured.body.length, drainSeconds, serverPeakRssMb: end.peakRssMb, ...(serverNote ? { serverNote } : {}) });
      opts.log(`    real ${real.requestsPerSecond} req/s (p50 ${real.latencyMs.p50} ms, p99 ${real.latencyMs.p99} ms, errors ${real.errors + real.timeouts + real.non2xx}); bare ${b.requestsPerSecond} req/s`);
    } finally {
      await bare.app.close();
    }
    await waitForIdle({ maxSeconds: 60 });
  }
  return result;
}
