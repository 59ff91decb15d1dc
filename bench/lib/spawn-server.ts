// Starts bench/lib/server-child.ts and waits for its URL; stop() ends it (SIGTERM, then SIGKILL) and reports how it
// ended: its peak RSS, or the crash (exit code, signal, last lines of stderr — e.g. "JavaScript heap out of memory").
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ChildServer = { url: string; pid: number; stop: () => Promise<ChildEnd>; ended: () => ChildEnd | undefined };
export type ChildEnd = { code: number | null; signal: string | null; peakRssMb?: number; crashed: boolean; stderrTail: string };

const script = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export async function spawnServer(opts: { databaseUrl?: string; dataDir?: string; configDir: string; heapMb?: number }): Promise<ChildServer> {
  const execArgv = ['--import', 'tsx', ...(opts.heapMb ? [`--max-old-space-size=${opts.heapMb}`] : [])];
  const child = spawn(process.execPath, [...execArgv, script, JSON.stringify(opts)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let end: ChildEnd | undefined;
  let stopping = false;
  const exited = new Promise<ChildEnd>((resolve) => {
    child.on('exit', (code, signal) => {
      const rss = /RSS (\d+)/.exec(stdout)?.[1];
      end = { code, signal, crashed: !stopping, stderrTail: stderr.split('\n').filter(Boolean).slice(-8).join('\n'), ...(rss ? { peakRssMb: Number(rss) } : {}) };
      resolve(end);
    });
  });
  child.stderr.on('data', (c: Buffer) => { stderr = (stderr + c.toString('utf8')).slice(-20_000); });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server child did not start in 120 s:\n${stderr.slice(-2000)}`)), 120_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      const m = /LISTENING (\S+)/.exec(stdout);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    void exited.then((e) => { clearTimeout(timer); reject(new Error(`server child exited before listening (${e.code ?? e.signal}):\n${e.stderrTail}`)); });
  });
  return {
    url,
    pid: child.pid ?? -1,
    ended: () => end,
    stop: async () => {
      if (end) return end;
      stopping = true;
      const hwm = peakRssOf(child.pid);
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const e = await exited;
      clearTimeout(killer);
      return e.peakRssMb === undefined && hwm !== undefined ? { ...e, peakRssMb: hwm } : e;
    },
  };
}

/** VmHWM: the peak resident set of a live process (Linux), read before it is asked to stop. */
function peakRssOf(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
