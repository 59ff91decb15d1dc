// Import of an .xlsx of N enterprises (10,000 at full scale, ~2 units and ~3 lines each) through the platform's
// import use case into an empty database, in a child process (bench/enterprises/import-child.ts) so its time and
// peak memory are the import's own. The workbook is made once per run (make-import-workbook.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export type ImportResult = {
  enterprises: number; units: number; lines: number; licences: number; fileBytes: number; makeMs: number;
  ms: number; phasesMs: Record<string, number>; peakRssMb: number; peakHeapMb: number; rssBeforeMb: number;
  outcome: string; stored: Record<string, number>; problems?: unknown[];
};

const child = fileURLToPath(new URL('./import-child.ts', import.meta.url));

type ChildOut = {
  ok: boolean; ms: number; phasesMs: Record<string, number>; result: unknown; problems: unknown[]; problemCount: number;
  stored: Record<string, number>; peakHeapMb: number; peakRssMb: number; rssBeforeMb: number;
};

export async function runImportChild(target: { dataDir?: string; databaseUrl?: string }, file: string, timeoutSeconds: number): Promise<ChildOut> {
  const started = performance.now();
  const out = await new Promise<string>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify({ ...target, file })], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const killer = setTimeout(() => p.kill('SIGKILL'), timeoutSeconds * 1000);
    p.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
    p.stderr.on('data', (c: Buffer) => { stderr = (stderr + c.toString('utf8')).slice(-8000); });
    p.on('error', reject);
    p.on('close', (code, signal) => {
      clearTimeout(killer);
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(line.slice('RESULT '.length));
      else reject(new Error(`import child ended (${code ?? signal}) after ${((performance.now() - started) / 1000).toFixed(0)} s without a result:\n${stderr.slice(-2000)}`));
    });
  });
  return JSON.parse(out) as ChildOut;
}

export function importResultOf(made: { enterprises: number; units: number; lines: number; licences: number }, file: string, makeMs: number, r: ChildOut): ImportResult {
  return {
    ...made, fileBytes: fs.statSync(file).size, makeMs: Math.round(makeMs), ms: r.ms, phasesMs: r.phasesMs, peakRssMb: r.peakRssMb, peakHeapMb: r.peakHeapMb,
    rssBeforeMb: r.rssBeforeMb, outcome: r.ok ? 'imported' : `refused (${r.problemCount} problems)`, stored: r.stored, ...(r.ok ? {} : { problems: r.problems }),
  };
}
