// The real server in its own process, for the load phase: 50 concurrent province-size boards can exhaust a Node
// heap, and a crash must end up in the results, not end the benchmark. Same buildServer, same clock and config as
// the in-process latency server; it prints "LISTENING <url>" when ready, and on SIGTERM (or when its parent goes
// away) prints "RSS <peak MB>" and exits.
//
//   node --import tsx bench/lib/server-child.ts '{"databaseUrl":"postgres://…"}' | '{"dataDir":"/tmp/…"}'
import { openDatabase } from '@hazgov/db/database';
import type { AppContext } from '@hazgov/app/shared/context';
import { buildServer } from '@hazgov/api/server';
import { BENCH_NOW } from '../generate-province.js';
import { benchConfig } from './bench-config.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as { databaseUrl?: string; dataDir?: string; configDir: string };
const database = openDatabase(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : { dataDir: opts.dataDir });
const ctx: AppContext = { database, now: () => new Date(BENCH_NOW) };
const app = await buildServer({ ctx, config: benchConfig(opts.configDir) });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`LISTENING ${url}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`RSS ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
  // in-flight province boards may take many seconds: do not wait for them
  setTimeout(() => process.exit(0), 2000).unref();
  void app.close().then(() => database.close()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop); // the parent died or closed our stdin
process.stdin.resume();
