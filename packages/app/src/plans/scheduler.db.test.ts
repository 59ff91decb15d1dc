// The scheduler against a real database with an injected clock: reminders 5 working days before the quarter's
// last working day, overdue notices the day after, a digest to the office; a restart (a new scheduler on the same
// database) neither duplicates nor misses what fell due while it was down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '@hazgov/domain/orgs/scope';
import { conghuaPlanData } from './conghua-reference.js';
import { importPlan } from './import-plan.js';
import { runOverdueCheck, OVERDUE_JOB } from './run-overdue-check.js';
import { saveProgressReport } from './save-progress-report.js';
import { startScheduler } from './scheduler.js';
import { createPlansFixture, type PlansFixture } from './testing/plans-fixture.js';

let f: PlansFixture;
let planId: string;
const count = async (prefix: string): Promise<number> =>
  Number((await f.database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('dedupe_key', 'like', `${prefix}%`).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  f = await createPlansFixture('2017-09-10T01:00:00.000Z');
  const data = { ...conghuaPlanData, submissions: [], items: conghuaPlanData.items.filter((i) => i.taskNo === 9) }; // 区城管局 leads, 11 units
  planId = (await importPlan(f.ctx, { actor: await f.actor('safety-committee-office', 'district_admin'), data })).planId;
  // the run before the window: nothing is due yet, and the state starts here
  f.clock.set('2017-09-20T01:00:00.000Z');
  await runOverdueCheck(f.ctx, '2017-09-20');
});
afterAll(async () => f.close());

describe('overdue check and scheduler', () => {
  it('reminds owing units 5 working days before 2017-09-30 (a make-up working day) and not those that reported', async () => {
    const wenquan = await f.actor('wenquan-town', 'territory');
    const t9 = await f.database.db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).executeTakeFirstOrThrow();
    f.clock.set('2017-09-22T03:00:00.000Z');
    await saveProgressReport(f.ctx, { actor: wenquan, scope: { paths: [wenquan.organisationPath], all: false }, planId, taskId: t9.id, year: 2017, quarter: 3, progress: 40, content: '排查管道沿线隐患', submit: true });
    // 2017-09-30 is a Saturday worked in lieu of the National Day holiday: the due day. 5 working days before: 09-25.
    f.clock.set('2017-09-25T01:00:00.000Z');
    const scheduler = startScheduler(f.ctx, { intervalMinutes: 60 });
    await scheduler.runNow();
    await scheduler.stop();
    expect(await count(`report-due:${planId}:`)).toBe(11); // 12 units owe task 9; 温泉镇 reported
    expect(await count(`report-due:${planId}:${f.id('wenquan-town')}:`)).toBe(0);
    expect(await count(`digest:${planId}:2017-09-25`)).toBe(1);
  });

  it('a restarted scheduler the same day sends nothing twice', async () => {
    const before = await count('');
    const again = startScheduler(f.ctx, { intervalMinutes: 60 });
    await again.runNow();
    await again.stop();
    expect(await count('')).toBe(before);
  });

  it('catches up after being down: overdue notices for the quarter, the milestone and a digest, once', async () => {
    // down from 2017-09-25 until 2017-10-12 (National Day week passed unseen)
    f.clock.set('2017-10-12T01:00:00.000Z');
    const s = startScheduler(f.ctx, { intervalMinutes: 60 });
    await s.runNow();
    await s.stop();
    expect(await count(`report-overdue:${planId}:`)).toBe(11);
    // task 9's only milestone was due 2017-06-30, before the first run's window: no retroactive flood
    expect(await count('milestone_overdue:')).toBe(0);
    expect(await count(`digest:${planId}:2017-10-12`)).toBe(1);
    const run = await f.database.db.selectFrom('job_runs').selectAll().where('job', '=', OVERDUE_JOB).executeTakeFirstOrThrow();
    expect(run.last_as_of).toBe('2017-10-12');
    const rerun = await runOverdueCheck(f.ctx, '2017-10-12');
    expect(rerun.notifications).toBe(0);
  });

  it('each unit sees only its own inbox', async () => {
    const rows = await f.database.db.selectFrom('notifications').select(['organisation_id', 'path']).execute();
    expect(rows.every((r) => r.path.includes(`/${r.organisation_id}/`))).toBe(true);
    expect(SYSTEM_SCOPE.all).toBe(true);
  });
});
