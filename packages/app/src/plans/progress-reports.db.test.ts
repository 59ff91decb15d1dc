// Saving, submitting, returning and resubmitting a quarterly report; lateness from the working-day calendar;
// who may report on what (a grid cell for its town's 各镇 task, nobody for a task it does not owe); scoping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { conghuaPlanData } from './conghua-reference.js';
import { getPlanUnit } from './get-plan-unit.js';
import { importPlan } from './import-plan.js';
import { listProgressReports } from './list-progress-reports.js';
import { reviewProgressReport } from './review-progress-report.js';
import { saveProgressReport } from './save-progress-report.js';
import { createPlansFixture, type PlansFixture } from './testing/plans-fixture.js';

let f: PlansFixture;
let planId: string;
let admin: Actor;
let wenquan: Actor;
let liangkou: Actor;
let grid: Actor;
const taskId = async (no: number, item = 1): Promise<string> =>
  (await f.database.db.selectFrom('plan_tasks').select('id').where('plan_id', '=', planId).where('task_no', '=', no).where('item_no', '=', item).executeTakeFirstOrThrow()).id;
const save = (actor: Actor, task: string, over: Partial<{ year: number; quarter: number; progress: number; content: string; submit: boolean }> = {}) =>
  saveProgressReport(f.ctx, { actor, scope: scopeOf(actor), planId, taskId: task, year: 2017, quarter: 3, progress: 40, content: '开展隐患排查', submit: false, ...over });

beforeAll(async () => {
  f = await createPlansFixture('2017-09-25T02:00:00.000Z');
  admin = await f.actor('safety-committee-office', 'district_admin');
  wenquan = await f.actor('wenquan-town', 'territory');
  liangkou = await f.actor('liangkou-town', 'territory');
  grid = await f.actor('wenquan-town-grid-1', 'territory');
  planId = (await importPlan(f.ctx, { actor: admin, data: conghuaPlanData })).planId;
});
afterAll(async () => f.close());

describe('progress reports', () => {
  it('draft → submit → refused twice → returned (unit told) → resubmitted late → accepted', async () => {
    const t1 = await taskId(1);
    const draft = await save(wenquan, t1);
    expect(draft).toMatchObject({ status: 'draft', submitted_at: null, due_on: '2017-09-30', unit_name: '温泉镇', task_no: 1 });
    const submitted = await save(wenquan, t1, { progress: 50, submit: true });
    expect(submitted).toMatchObject({ id: draft.id, status: 'submitted', submitted_on: '2017-09-25', progress: 50 });
    await expect(save(wenquan, t1, { submit: true })).rejects.toMatchObject({ code: 'PLAN_REPORT_ALREADY_SUBMITTED', kind: 'conflict' });

    await expect(reviewProgressReport(f.ctx, { actor: admin, scope: scopeOf(admin), planId, reportId: draft.id, decision: 'return' }))
      .rejects.toMatchObject({ code: 'PLAN_REVIEW_COMMENT_REQUIRED' });
    const returned = await reviewProgressReport(f.ctx, { actor: admin, scope: scopeOf(admin), planId, reportId: draft.id, decision: 'return', comment: '请补充数据' });
    expect(returned.status).toBe('returned');
    const inbox = await f.database.db.selectFrom('notifications').selectAll().where('organisation_id', '=', wenquan.organisationId).execute();
    expect(inbox.map((n) => n.kind)).toEqual(['report_returned']);

    f.clock.set('2017-10-09T02:00:00.000Z'); // after the National Day holiday: late
    const resubmitted = await save(wenquan, t1, { progress: 55, submit: true });
    expect(resubmitted).toMatchObject({ status: 'submitted', submitted_on: '2017-10-09' });
    expect((resubmitted.submitted_on ?? '') > resubmitted.due_on).toBe(true);
    const accepted = await reviewProgressReport(f.ctx, { actor: admin, scope: scopeOf(admin), planId, reportId: draft.id, decision: 'accept' });
    expect(accepted.status).toBe('accepted');
    await expect(reviewProgressReport(f.ctx, { actor: admin, scope: scopeOf(admin), planId, reportId: draft.id, decision: 'accept' }))
      .rejects.toMatchObject({ code: 'PLAN_REPORT_NOT_SUBMITTED' });
    const audit = await f.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'progress_report').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['progress_report.save', 'progress_report.submit', 'progress_report.return', 'progress_report.submit', 'progress_report.accept']);
  });

  it('only owed tasks, only quarters of the plan, only started quarters', async () => {
    await expect(save(wenquan, await taskId(2))).rejects.toMatchObject({ code: 'PLAN_TASK_NOT_OWED', kind: 'forbidden' });
    await expect(save(wenquan, await taskId(1), { year: 2017, quarter: 1 })).rejects.toMatchObject({ code: 'PLAN_QUARTER_OUT_OF_RANGE' });
    await expect(save(wenquan, await taskId(1), { year: 2018, quarter: 2, submit: true })).rejects.toMatchObject({ code: 'PLAN_QUARTER_NOT_STARTED' });
  });

  it('a grid cell reports as itself on its town’s 各镇 task, not on a task naming the town itself', async () => {
    const own = await save(grid, await taskId(4), { submit: true, year: 2017, quarter: 4 });
    expect(own).toMatchObject({ organisation_id: grid.organisationId, unit_name: '温泉镇第一网格' });
    await expect(save(grid, await taskId(9))).rejects.toMatchObject({ code: 'PLAN_TASK_NOT_OWED' }); // task 9 names 温泉镇 directly
  });

  it('another town neither lists, reviews nor opens the unit page of 温泉镇; the town sees its grid’s report', async () => {
    expect(await listProgressReports(f.ctx, { actor: liangkou, scope: scopeOf(liangkou), planId })).toEqual([]);
    await expect(getPlanUnit(f.ctx, { actor: liangkou, scope: scopeOf(liangkou), planId, unitId: wenquan.organisationId })).rejects.toMatchObject({ code: 'PLAN_UNIT_NOT_FOUND', kind: 'not_found' });
    const [r] = await listProgressReports(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), planId, taskId: await taskId(1) });
    await expect(reviewProgressReport(f.ctx, { actor: liangkou, scope: scopeOf(liangkou), planId, reportId: r?.id ?? '', decision: 'accept' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const townSees = await listProgressReports(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), planId });
    expect(townSees.map((x) => x.unit_name).sort()).toEqual(['温泉镇', '温泉镇第一网格']);
    const gridSees = await listProgressReports(f.ctx, { actor: grid, scope: scopeOf(grid), planId });
    expect(gridSees.map((x) => x.unit_name)).toEqual(['温泉镇第一网格']);
  });
});
