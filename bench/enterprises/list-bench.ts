// The enterprise list API (GET /api/enterprises) over the generated enterprises: latency of sequential requests on
// the real server in-process (first page, filters, searches; the district admin and a town account), then
// requests/s under autocannon on a child server process beside a bare Fastify route sending the same bytes — the
// plan benchmark's method (bench/lib/endpoint-bench.ts).
import type { Database } from '@hazgov/db/database';
import { benchEndpoints, type EndpointOptions, type EndpointResult, type EndpointTarget } from '../lib/endpoint-bench.js';
import type { EnterpriseGeneration } from './generate-enterprises.js';

export type ListOptions = EndpointOptions;
export type ListResult = EndpointResult<{ total?: number }>;

export function listTargets(g: EnterpriseGeneration): EndpointTarget[] {
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

export async function benchList(
  database: Database,
  g: EnterpriseGeneration,
  opts: ListOptions & { workDir: string; server: { dataDir?: string; databaseUrl?: string }; log: (l: string) => void },
): Promise<ListResult> {
  return benchEndpoints(database, g.users, listTargets(g), opts, (body) => {
    const total = (JSON.parse(body.toString('utf8')) as { total?: number }).total;
    return total === undefined ? {} : { total };
  });
}
