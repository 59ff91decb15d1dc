// The hidden-danger list and statistics API over the generated findings: latency of sequential requests on the real
// server in-process — GET /api/hidden-dangers (the default first page, overdue=1, a territory, a search word, deep
// paging, majors under 挂牌督办) and GET /api/hidden-dangers/stats, as the district admin and as a town — then
// requests/s under autocannon on a child server beside a bare route sending the same bytes (bench/lib/endpoint-bench.ts).
import type { Database } from '@hazgov/db/database';
import { benchEndpoints, type EndpointOptions, type EndpointResult, type EndpointTarget } from '../lib/endpoint-bench.js';
import type { FindingsGeneration } from './generate-findings.js';

/** What the server answered: items on the page and the total it reported (list), or the totals (stats). */
export type Answer = { items?: number; total?: number; totals?: Record<string, number> };
export type ApiResult = EndpointResult<{ answer?: Answer }>;

export function findingTargets(g: FindingsGeneration): EndpointTarget[] {
  const q = encodeURIComponent(g.searchWord);
  return [
    { name: 'list, default page', path: '/api/hidden-dangers', user: 'admin', load: true },
    { name: 'list, overdue=1', path: '/api/hidden-dangers?overdue=1', user: 'admin' },
    { name: 'list, territoryId (another town)', path: `/api/hidden-dangers?territoryId=${g.territoryId}`, user: 'admin' },
    { name: `list, q=${g.searchWord}`, path: `/api/hidden-dangers?q=${q}`, user: 'admin' },
    { name: 'list, status=open&severity=major', path: '/api/hidden-dangers?status=open&severity=major', user: 'admin' },
    { name: 'list, supervision=listed', path: '/api/hidden-dangers?supervision=listed', user: 'admin' },
    { name: 'list, page 200', path: '/api/hidden-dangers?page=200', user: 'admin' },
    { name: 'stats', path: '/api/hidden-dangers/stats', user: 'admin', load: true },
    { name: 'stats, a year (from/to)', path: `/api/hidden-dangers/stats?from=${Number(g.today.slice(0, 4)) - 1}${g.today.slice(4)}&to=${g.today}`, user: 'admin' },
    { name: 'town: list, default page', path: '/api/hidden-dangers', user: 'town' },
    { name: 'town: list, overdue=1', path: '/api/hidden-dangers?overdue=1', user: 'town' },
    { name: `town: list, q=${g.searchWord}`, path: `/api/hidden-dangers?q=${q}`, user: 'town' },
    { name: 'town: stats', path: '/api/hidden-dangers/stats', user: 'town' },
  ];
}

function answerOf(body: Buffer): Answer {
  const j = JSON.parse(body.toString('utf8')) as { items?: unknown[]; total?: number; totals?: Record<string, number> };
  return { ...(j.items ? { items: j.items.length } : {}), ...(j.total !== undefined ? { total: j.total } : {}), ...(j.totals ? { totals: j.totals } : {}) };
}

export async function benchFindingApi(
  database: Database, g: FindingsGeneration,
  opts: EndpointOptions & { workDir: string; server: { dataDir?: string; databaseUrl?: string }; log: (l: string) => void },
): Promise<ApiResult> {
  return benchEndpoints(database, g.users, findingTargets(g), opts, (body, t) => {
    const answer = answerOf(body);
    opts.log(`    ${t.name}: ${JSON.stringify(answer)}`);
    return { answer };
  });
}
