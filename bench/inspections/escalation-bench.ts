// The daily escalation pass (runFindingEscalation, H3's use case as the scheduler calls it) over the generated
// findings, timed twice:
//  1. "steady day": the generated data as the pass would have left it yesterday, run for the clock's date — only
//     the findings whose days overdue cross a threshold today move, plus the digests;
//  2. "all open": every finding made owing (open stays open, every other status becomes rectifying) at escalation
//     level 0 — the 1,000,000 open findings of the issue, most long past their deadline — run for the next day. The reset is
//     set-based and timed on its own; it is setup, not part of the pass.
// Each pass gets its own date so the once-a-day guard (job_runs) lets it run. Notifications written are counted.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database } from '@hazgov/db/database';
import { addDays } from '@hazgov/app/demo/demo-enterprise-names';
import type { FindingsGeneration } from './generate-findings.js';

export type PassResult = { asOf: string; ms: number; escalated: Record<string, number>; digests: number; notifications: number; openBefore: number; levelsAfter: Record<string, number> } | { asOf: string; failed: string };
export type EscalationResult = { steady?: PassResult; allOpen?: PassResult & { resetMs?: number } };

const count = async (database: Database, where: 'open' | 'all'): Promise<number> => {
  const q = database.db.selectFrom('hazard_findings').select((eb) => eb.fn.countAll<number>().as('n'));
  return Number((await (where === 'open' ? q.where('status', '<>', 'closed') : q).executeTakeFirstOrThrow()).n);
};
const notifications = async (database: Database): Promise<number> =>
  Number((await database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const levels = async (database: Database): Promise<Record<string, number>> =>
  Object.fromEntries((await database.db.selectFrom('hazard_findings').select(['escalation_level', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('escalation_level').execute()).map((r) => [String(r.escalation_level), Number(r.n)]));

async function pass(database: Database, asOf: string, log: (l: string) => void): Promise<PassResult> {
  const openBefore = await count(database, 'open');
  const before = await notifications(database);
  const t = performance.now();
  try {
    // loaded when the pass runs (not with the benchmark): the list/stats part does not depend on it
    const { runFindingEscalation } = await import('@hazgov/app/hidden-dangers/run-finding-escalation');
    const r = await runFindingEscalation({ database, now: () => new Date(`${asOf}T01:00:00.000Z`) }, asOf);
    const ms = Math.round(performance.now() - t);
    const result = { asOf, ms, escalated: { ...r.escalated }, digests: r.digests, notifications: (await notifications(database)) - before, openBefore, levelsAfter: await levels(database) };
    log(`    pass ${asOf}: ${ms} ms over ${openBefore.toLocaleString('en')} open findings → escalated ${JSON.stringify(r.escalated)}, digests ${r.digests}, notifications ${result.notifications}; levels now ${JSON.stringify(result.levelsAfter)}`);
    return result;
  } catch (e) {
    log(`    pass ${asOf}: FAILED ${e instanceof Error ? e.message : String(e)}`);
    return { asOf, failed: e instanceof Error ? e.message : String(e) };
  }
}

export async function benchEscalation(database: Database, g: FindingsGeneration, log: (l: string) => void): Promise<EscalationResult> {
  const out: EscalationResult = {};
  log(`    steady day (${g.today}), ${(await count(database, 'all')).toLocaleString('en')} findings`);
  out.steady = await pass(database, g.today, log);
  const t = performance.now();
  await sql`update hazard_findings set status = case when status = 'open' then 'open' else 'rectifying' end, closed_at = null, verified_at = null, verified_by = null, escalation_level = 0, escalated_at = null`.execute(database.db);
  if (database.kind === 'postgres') await sql`vacuum (analyze) hazard_findings`.execute(database.db);
  const resetMs = Math.round(performance.now() - t);
  log(`    reset: every finding open at level 0 in ${resetMs} ms`);
  const next = addDays(g.today, 1);
  out.allOpen = { ...(await pass(database, next, log)), resetMs };
  return out;
}
