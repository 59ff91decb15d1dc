// A throwaway PostgreSQL 15 cluster for one benchmark run, through scripts/pg-throwaway.sh (the STACK.md recipe:
// temp dir, trust auth, loopback, fsync off). Returns undefined with a reason when the binaries are absent.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export type PgCluster = { url: string; dir: string; stop: () => Promise<void> };

export async function startPgCluster(root: string): Promise<PgCluster | { unavailable: string }> {
  const script = path.join(root, 'scripts/pg-throwaway.sh');
  const bin = process.env.HAZGOV_PG_BIN ?? '/usr/lib/postgresql/15/bin';
  if (!fs.existsSync(path.join(bin, 'initdb'))) return { unavailable: `PostgreSQL binaries not found in ${bin} (run scripts/ensure-system-deps.sh)` };
  if (!fs.existsSync(script)) return { unavailable: `${script} is missing` };
  const { stdout } = await run('bash', [script, 'start'], { cwd: root, timeout: 120_000 });
  const vars = Object.fromEntries(
    stdout.split('\n').map((l) => /^(\w+)=(.*)$/.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => [m[1]!, unquote(m[2]!)]),
  );
  const url = vars.DATABASE_URL;
  const dir = vars.HAZGOV_PG_DIR;
  if (!url || !dir) throw new Error(`pg-throwaway.sh start printed no DATABASE_URL:\n${stdout}`);
  return { url, dir, stop: async () => { await run('bash', [script, 'stop', dir], { cwd: root, timeout: 120_000 }); } };
}

function unquote(v: string): string {
  // printf %q output: plain words, or $'…' / backslash escapes for odd characters (none in a temp path or URL)
  return v.replace(/\\(.)/g, '$1');
}

export async function pgServerVersion(url: string): Promise<string> {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ v: string }>("select current_setting('server_version') as v");
    return r.rows[0]?.v ?? '?';
  } finally {
    await c.end();
  }
}
