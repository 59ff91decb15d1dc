// For tests of the scheduler's daily steps: a test database with the organisation fixture and a clock the test
// moves, the district admin as actor, and one real scheduler pass (start, run now, stop) at the clock's time.
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { organisationFixture } from '../../orgs/organisation-fixture.js';
import { seedOrganisations } from '../../orgs/seed-organisations.js';
import type { AppContext } from '../../shared/context.js';
import { startScheduler, type SchedulerOptions } from '../scheduler.js';

export const districtAdmin: Actor = {
  userId: 'u-admin', username: 'admin', displayName: '区安委办', role: 'district_admin', organisationId: 'org-safety-committee-office',
  organisationPath: '/440117/org-safety-committee/org-safety-committee-office/',
};

export type ClockedTestDb = { database: Database; ctx: AppContext; setNow: (iso: string) => void };

/** A fresh test database seeded with the organisation fixture; `ctx.now()` answers `startIso` until `setNow`. */
export async function clockedTestDb(startIso: string): Promise<ClockedTestDb> {
  let current = new Date(startIso);
  const database = await createTestDb();
  const ctx: AppContext = { database, now: () => new Date(current) };
  await seedOrganisations(ctx, organisationFixture);
  return { database, ctx, setNow: (iso) => { current = new Date(iso); } };
}

/** Runs the scheduler once as production does (its first pass), waiting for it to finish. */
export async function runSchedulerOnce(ctx: AppContext, opts: Pick<SchedulerOptions, 'onError'> = {}): Promise<void> {
  const scheduler = startScheduler(ctx, { intervalMinutes: 60, ...opts });
  await scheduler.runNow();
  await scheduler.stop();
}
