// Helpers of the enterprise import API tests: upload a workbook, wait for its job, count the rows an import may
// touch (so a refused import is shown to have written nothing, audit rows included).
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestServer } from '../shared/test-server.js';

export const TOUCHED_TABLES = [
  'organisations', 'enterprises', 'enterprise_sites', 'enterprise_units', 'inventory_lines', 'enterprise_licences', 'major_hazard_register',
  'audit_log', 'notifications',
] as const;

export type RowCounts = Record<(typeof TOUCHED_TABLES)[number], number>;

export async function countRows(s: TestServer): Promise<RowCounts> {
  const out = {} as RowCounts;
  for (const t of TOUCHED_TABLES) out[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(s.database.db)).rows[0]?.n ?? 0);
  return out;
}

export async function upload(s: TestServer, who: Session, file: Buffer, opts: { fileName?: string; locale?: string } = {}): Promise<LightMyRequestResponse> {
  const boundary = '----hazgovimport';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${opts.fileName ?? 'enterprises.xlsx'}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return s.app.inject({
    method: 'POST', url: '/api/enterprises/import', payload,
    headers: { ...who.headers, 'content-type': `multipart/form-data; boundary=${boundary}`, ...(opts.locale ? { 'accept-language': opts.locale } : {}) },
  });
}

export type JobView = {
  id: string; status: 'running' | 'failed' | 'done'; phase: string; done: number; total: number;
  problems: { sheet: string | null; row: number | null; column: string | null; code: string; message: string }[];
  result: Record<string, unknown> & { enterprises: number; units: number; lines: number; majorHazards: number } | null;
};

/** Polls the job until it has ended (the import runs in the background of the same process). */
export async function waitForJob(s: TestServer, who: Session, jobId: string, locale = 'zh-CN'): Promise<JobView> {
  for (let i = 0; i < 3000; i += 1) {
    const res = await s.app.inject({ method: 'GET', url: `/api/enterprises/import/${jobId}`, headers: { ...who.headers, 'accept-language': locale } });
    if (res.statusCode !== 200) throw new Error(`poll ${jobId}: ${res.statusCode} ${res.body}`);
    const job = res.json() as JobView;
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${jobId} did not end`);
}

/** Upload, expect 202, wait for the end; the job in both languages. */
export async function importFile(s: TestServer, who: Session, file: Buffer, fileName?: string): Promise<{ zh: JobView; en: JobView }> {
  const res = await upload(s, who, file, { ...(fileName ? { fileName } : {}) });
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  const { jobId } = res.json() as { jobId: string };
  const zh = await waitForJob(s, who, jobId, 'zh-CN');
  const en = await waitForJob(s, who, jobId, 'en');
  return { zh, en };
}
