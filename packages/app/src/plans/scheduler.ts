// The in-process scheduler: runs the overdue check (then the licence-expiry check, the risk context's and the inspection contexts' daily work) once at start and
// every N minutes, never two at once. The
// state lives in job_runs, so stopping and starting (or a second instance on the same database) resumes where
// the last run ended and sends nothing twice.
import { runLicenceExpiryCheck } from '../enterprises/run-licence-expiry-check.js';
import { runRiskDaily } from '../risk/run-risk-daily.js';
import { runInspectionsDaily } from '../inspections/run-inspections-daily.js';
import type { AppContext } from '../shared/context.js';
import { chinaDateOf } from './china-date.js';
import { runOverdueCheck, type OverdueCheckResult } from './run-overdue-check.js';

export type Scheduler = { stop: () => Promise<void>; runNow: () => Promise<OverdueCheckResult | null> };
export type SchedulerOptions = { intervalMinutes?: number; onError?: (err: unknown) => void; onRun?: (r: OverdueCheckResult) => void };

export function startScheduler(ctx: AppContext, opts: SchedulerOptions = {}): Scheduler {
  const intervalMs = Math.max(1, opts.intervalMinutes ?? 15) * 60_000;
  let running: Promise<OverdueCheckResult | null> | null = null;
  let stopped = false;
  const runNow = (): Promise<OverdueCheckResult | null> => {
    if (stopped) return Promise.resolve(null);
    if (running) return running;
    const asOf = chinaDateOf(ctx.now());
    running = runOverdueCheck(ctx, asOf)
      .then((r) => { opts.onRun?.(r); return r; })
      .catch((err: unknown) => { (opts.onError ?? ((e) => console.error('scheduler: overdue check failed', e)))(err); return null; })
      // licence warnings run after the overdue check, and fail on their own without hiding its result
      .then(async (r) => {
        await runLicenceExpiryCheck(ctx, asOf).catch((err: unknown) => (opts.onError ?? ((e) => console.error('scheduler: licence expiry check failed', e)))(err));
        await runRiskDaily(ctx, asOf, (step, err) => (opts.onError ?? ((e) => console.error(`scheduler: ${step} failed`, e)))(err));
        await runInspectionsDaily(ctx, asOf, (step, err) => (opts.onError ?? ((e) => console.error(`scheduler: ${step} failed`, e)))(err));
        return r;
      })
      .finally(() => { running = null; });
    return running;
  };
  void runNow();
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  const stop = async (): Promise<void> => {
    stopped = true;
    clearInterval(timer);
    if (running) await running; // let an in-flight run commit before the caller closes the database
  };
  return { stop, runNow };
}
