// The server configuration the benchmark runs with: loopback, a fixed secret (so a session signed by one server
// process is valid in another), no web app, a login rate limit that never bites.
import path from 'node:path';
import type { Config } from '@hazgov/api/config';

export function benchConfig(dataDir: string): Config {
  return {
    port: 0, host: '127.0.0.1', databaseUrl: undefined, dataDir, sessionSecret: 'bench-secret-bench-secret-bench-secret-01',
    sessionIdleMinutes: 30, loginRateLimitPerMinute: 1000, trustProxy: false, webDist: path.join(dataDir, 'no-web-dist'),
  };
}
