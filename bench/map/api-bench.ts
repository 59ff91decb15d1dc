// The bounding-box API (GET /api/map/features) over the generated points: latency of sequential requests on the
// real server in-process — the whole district at zoom 10 (clustered on the server), a zoomed-in view at zoom 15
// (a few hundred points, unclustered), the red filter, the area polygons, all point layers, a town account — then
// requests/s under autocannon on a child server process beside a bare Fastify route sending the same bytes (the
// plan benchmark's method: bench/lib/endpoint-bench.ts).
import type { Database } from '@hazgov/db/database';
import { benchEndpoints, type EndpointOptions, type EndpointResult, type EndpointTarget } from '../lib/endpoint-bench.js';
import type { MapGeneration } from './generate-map.js';

export type ApiOptions = EndpointOptions;
/** What the server answered: features returned and, per layer, the total in view and whether it clustered. */
export type Answer = { features: number; clusters: number; layers: Record<string, { total: number; clustered: boolean }> };
export type ApiResult = EndpointResult<{ answer?: Answer }>;

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

export function mapTargets(g: MapGeneration): EndpointTarget[] {
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

function answerOf(body: Buffer): Answer {
  const fc = JSON.parse(body.toString('utf8')) as { features: { properties?: { cluster?: boolean } }[]; meta?: { layers?: Record<string, { total: number; clustered: boolean }> } };
  return { features: fc.features.length, clusters: fc.features.filter((f) => f.properties?.cluster).length, layers: fc.meta?.layers ?? {} };
}

export async function benchMapApi(
  database: Database,
  g: MapGeneration,
  opts: ApiOptions & { workDir: string; server: { dataDir?: string; databaseUrl?: string }; log: (l: string) => void },
): Promise<ApiResult> {
  return benchEndpoints(database, g.users, mapTargets(g), opts, (body, t) => {
    const answer = answerOf(body);
    opts.log(`    ${t.name}: ${answer.features} features (${answer.clusters} clusters), ${JSON.stringify(answer.layers)}`);
    return { answer };
  });
}
