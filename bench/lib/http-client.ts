// A minimal keep-alive HTTP client on loopback for the latency sampler: one request at a time, the clock stops when
// the last byte of the body has arrived (what a browser waits for), not at the first header.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export type HttpResult = { status: number; body: Buffer; headers: http.IncomingHttpHeaders; ms: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function request(
  base: string,
  opts: { method?: string; path: string; headers?: Record<string, string>; json?: unknown; timeoutMs?: number },
): Promise<HttpResult> {
  const url = new URL(opts.path, base);
  const payload = opts.json === undefined ? undefined : Buffer.from(JSON.stringify(opts.json));
  const headers: Record<string, string> = { ...(opts.headers ?? {}), ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}) };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url, { method: opts.method ?? 'GET', headers, agent, timeout: opts.timeoutMs ?? 600_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${opts.timeoutMs ?? 600_000} ms: ${url.pathname}`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export function closeClient(): void {
  agent.destroy();
}
