// Late-review warnings raised by the scheduler itself, against a real database with an injected clock: a point due
// on a date is on time that day and late the next; the owner (enterprise, or a public place's territory) and the
// territory are told once per due date; a review moves the due date and the next lateness is warned about again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hazgov/db/database';
import { TOWN_A } from '../orgs/organisation-fixture.js';
import { clockedTestDb, districtAdmin as admin, runSchedulerOnce } from '../plans/testing/scheduler-testbed.js';
import type { AppContext } from '../shared/context.js';
import { createRiskPoint } from './create-risk-point.js';
import { reviewRiskPoint } from './review-risk-point.js';
import { runRiskReviewCheck } from './run-risk-review-check.js';

let database: Database;
let ctx: AppContext;
let setNow: (iso: string) => void;
let pointId = '';
const warnings = async () => database.db.selectFrom('notifications').select(['organisation_id', 'dedupe_key', 'link']).where('kind', '=', 'risk_review_late').orderBy('dedupe_key').execute();
const runScheduler = () => runSchedulerOnce(ctx, { onError: () => undefined }); // the other daily steps are tested by their owners

beforeAll(async () => {
  ({ database, ctx, setNow } = await clockedTestDb('2026-01-01T02:00:00.000Z')); // China date 2026-01-01
  pointId = await createRiskPoint(ctx, {
    actor: admin,
    input: {
      kind: 'station', territoryId: TOWN_A, name: '温泉燃气门站', posts: ['值班员'], hazardFactors: ['天然气泄漏'], accidentTypes: ['爆炸'],
      assessment: { method: 'matrix', inputs: { l: 2, s: 4 } }, controlLevel: 'company', responsibleDepartment: '运行部', responsiblePerson: '陈六',
      measures: { engineering: ['紧急切断阀'], management: [], training: [], ppe: [], emergency: [] }, status: 'controlled', reviewIntervalDays: 30,
    },
  }); // due 2026-01-01 + 30 = 2026-01-31
});
afterAll(async () => database.close());

describe('risk review check', () => {
  it('is quiet on the due day and warns the territory once the day after (a public place: owner and territory are one)', async () => {
    setNow('2026-01-31T02:00:00.000Z');
    await runScheduler();
    expect(await warnings()).toEqual([]);
    setNow('2026-02-01T02:00:00.000Z');
    await runScheduler();
    await runScheduler();
    expect(await runRiskReviewCheck(ctx, '2026-02-02')).toEqual({ warned: 0 });
    expect(await warnings()).toEqual([{ organisation_id: TOWN_A, dedupe_key: `risk-review-late:${pointId}:2026-01-31:${TOWN_A}`, link: `/risk/points/${pointId}` }]);
    const row = await database.db.selectFrom('risk_points').select('review_warned_for').where('id', '=', pointId).executeTakeFirstOrThrow();
    expect(row.review_warned_for).toBe('2026-01-31');
    const audit = await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', 'risk.review-check').execute();
    expect(audit).toEqual([{ action: 'scheduler.risk-review-check' }]);
  });

  it('a review sets the next due date; late again, warned again', async () => {
    await reviewRiskPoint(ctx, { actor: admin, pointId, reviewedOn: '2026-02-01', status: 'attention' }); // next 2026-03-03 (28 days of Feb + 3)
    setNow('2026-03-04T02:00:00.000Z');
    await runScheduler();
    expect((await warnings()).map((w) => w.dedupe_key)).toEqual([
      `risk-review-late:${pointId}:2026-01-31:${TOWN_A}`, `risk-review-late:${pointId}:2026-03-03:${TOWN_A}`,
    ]);
  });
});
