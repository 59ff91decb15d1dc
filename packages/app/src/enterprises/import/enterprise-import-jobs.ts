// Enterprise imports run in the server process after the upload is answered (202 + job id), one at a time (two
// 10,000-enterprise imports at once would double the memory and contend for the same rows), and report their
// phase and progress here. Jobs live in memory only: a job belongs to the user who started it (anyone else is
// told it does not exist) and is forgotten an hour after it ended. A server restart forgets running jobs; their
// transaction was never committed, so nothing is half written.
import crypto from 'node:crypto';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../../shared/context.js';
import { isRegulator } from '../enterprise-access.js';
import type { ImportProblem } from './import-problem.js';
import { runEnterpriseImport, type ImportPhase } from './import-enterprises-workbook.js';
import type { ImportResult } from './write-plan.js';

export type ImportJob = {
  id: string;
  userId: string;
  status: 'running' | 'failed' | 'done';
  phase: ImportPhase;
  done: number;
  total: number;
  problems: ImportProblem[];
  result: ImportResult | null;
  startedAt: number;
  endedAt: number | null;
};

export const JOB_TTL_MS = 60 * 60 * 1000;
const jobs = new Map<string, ImportJob>();
let queue: Promise<void> = Promise.resolve();

function forget(now: number): void {
  for (const [id, job] of jobs) if (job.endedAt !== null && now - job.endedAt > JOB_TTL_MS) jobs.delete(id);
}

async function run(ctx: AppContext, job: ImportJob, actor: Actor, buffer: Buffer, fileName: string | null): Promise<void> {
  try {
    const outcome = await runEnterpriseImport(ctx, {
      actor, buffer, fileName,
      onProgress: (p) => Object.assign(job, p),
    });
    if (outcome.ok) Object.assign(job, { status: 'done', result: outcome.result, done: job.total });
    else Object.assign(job, { status: 'failed', problems: outcome.problems });
  } catch (err) {
    // an unexpected failure: the transaction rolled back; the user sees a generic problem, the log the cause
    console.error('enterprise import failed', err);
    Object.assign(job, { status: 'failed', problems: [{ sheet: null, row: null, column: null, code: 'ENTERPRISE_IMPORT_FAILED' }] });
  } finally {
    job.endedAt = ctx.now().getTime();
  }
}

/** Queues an import; returns its job id at once. The upload's bytes are held until the job has read them. */
export function startEnterpriseImport(ctx: AppContext, opts: { actor: Actor; buffer: Buffer; fileName: string | null }): { jobId: string; job: Promise<void> } {
  if (!isRegulator(opts.actor)) throw forbidden();
  const now = ctx.now().getTime();
  forget(now);
  const job: ImportJob = {
    id: crypto.randomUUID(), userId: opts.actor.userId, status: 'running', phase: 'reading', done: 0, total: 0, problems: [], result: null,
    startedAt: now, endedAt: null,
  };
  jobs.set(job.id, job);
  const finished = queue.then(() => run(ctx, job, opts.actor, opts.buffer, opts.fileName));
  queue = finished;
  return { jobId: job.id, job: finished };
}

/** The job as its owner sees it; another user's job, an unknown id and an expired job are all 404. */
export function getEnterpriseImport(ctx: AppContext, opts: { actor: Actor; jobId: string }): ImportJob {
  forget(ctx.now().getTime());
  const job = jobs.get(opts.jobId);
  if (!job || job.userId !== opts.actor.userId) throw notFound('enterprise_import');
  return job;
}
