// Board and dashboard numbers against a plan small enough to count by hand.
//
//   T1 (group 1) lead 区安监局, responsible 温泉镇、良口镇, "2017年12月底前完成"    → cells 安监, 温泉, 良口
//   T2 (group 2) responsible 温泉镇, "持续推进"                                     → cell 温泉
//   reporting 2017-Q3 (due Sat 2017-09-30, a make-up working day), Q4 (due Fri 12-29), 2018-Q1 (due Fri 03-30)
//
//   reports  Q3: 温泉T1 09-28 on time (50%), 安监T1 09-30 on time, 温泉T2 10-09 late, 良口T1 none
//            Q4: 温泉T1 12-29 on time (100%), 安监T1 2018-01-05 late, 良口T1 none, 温泉T2 none
//   milestone T1 (due 2017-12-31) met: 温泉 2017-12-20, 安监 2018-01-10 (late); 良口 never
//
//   as of 2018-01-15 — quarters: Q3 due 4 / on time 2 / late 1 / missing 1; Q4 due 4 / 1 / 1 / 2; 2018-Q1 due 4, nothing yet missing
//   late units: 良口 (late 0, missing 2), 温泉 (1, 1), 安监 (1, 0); statuses: T1 安监 done, 温泉 done, 良口 overdue → T1 overdue;
//   T2 温泉 on_track (ongoing, has reported). totals: 2 tasks, 2 items, 3 units, 5 reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { completeMilestone } from './complete-milestone.js';
import { getPlanBoard } from './get-plan-board.js';
import { getPlanDashboard } from './get-plan-dashboard.js';
import { importPlan } from './import-plan.js';
import { saveProgressReport } from './save-progress-report.js';
import { createPlansFixture, type PlansFixture } from './testing/plans-fixture.js';

let f: PlansFixture;
let planId: string;
let admin: Actor;
let ajj: Actor;
let wenquan: Actor;
let liangkou: Actor;
let t1: string;
let t2: string;

beforeAll(async () => {
  f = await createPlansFixture('2017-07-01T02:00:00.000Z');
  admin = await f.actor('safety-committee-office', 'district_admin');
  ajj = await f.actor('safety-bureau', 'department');
  wenquan = await f.actor('wenquan-town', 'territory');
  liangkou = await f.actor('liangkou-town', 'territory');
  planId = (await importPlan(f.ctx, {
    actor: admin,
    data: {
      code: 'TEST-1', title: '测试方案', issuedOn: '2017-06-08', startsOn: '2017-06-08', endsOn: '2018-06-30', quarterlyReports: { from: '2017-Q3', to: '2018-Q1' },
      groups: [{ no: 1, title: '第一组' }, { no: 2, title: '第二组' }],
      items: [
        { groupNo: 1, taskNo: 1, itemNo: 1, title: '任务一', content: '内容一', leadText: '区安监局', responsibleText: '温泉镇、良口镇按职责分工负责', deadlineText: '2017年12月底前完成' },
        { groupNo: 2, taskNo: 2, itemNo: 1, title: '任务二', content: '内容二', leadText: '', responsibleText: '温泉镇负责', deadlineText: '持续推进' },
      ],
    },
  })).planId;
  const ids = await f.database.db.selectFrom('plan_tasks').select(['id', 'task_no']).where('plan_id', '=', planId).orderBy('task_no').execute();
  t1 = ids[0]?.id ?? '';
  t2 = ids[1]?.id ?? '';
  const report = async (actor: Actor, taskId: string, day: string, year: number, quarter: number, progress: number): Promise<void> => {
    f.clock.set(`${day}T03:00:00.000Z`);
    await saveProgressReport(f.ctx, { actor, scope: scopeOf(actor), planId, taskId, year, quarter, progress, content: '进展', submit: true });
  };
  await report(wenquan, t1, '2017-09-28', 2017, 3, 50);
  await report(ajj, t1, '2017-09-30', 2017, 3, 40);
  await report(wenquan, t2, '2017-10-09', 2017, 3, 30);
  f.clock.set('2017-12-20T03:00:00.000Z');
  const milestone = await f.database.db.selectFrom('milestones').select('id').where('task_id', '=', t1).executeTakeFirstOrThrow();
  await completeMilestone(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), planId, milestoneId: milestone.id, completedOn: '2017-12-20' });
  await report(wenquan, t1, '2017-12-29', 2017, 4, 100);
  await report(ajj, t1, '2018-01-05', 2017, 4, 90);
  f.clock.set('2018-01-10T03:00:00.000Z');
  await completeMilestone(f.ctx, { actor: ajj, scope: scopeOf(ajj), planId, milestoneId: milestone.id, completedOn: '2018-01-10' });
  f.clock.set('2018-01-15T03:00:00.000Z');
});
afterAll(async () => f.close());

describe('dashboard as of 2018-01-15 (hand-computed)', () => {
  it('reports per quarter, late units, completion and totals', async () => {
    const d = await getPlanDashboard(f.ctx, { actor: admin, scope: scopeOf(admin), planId, asOf: '2018-01-15' });
    expect(d.reportsByQuarter).toEqual([
      { year: 2017, quarter: 3, dueOn: '2017-09-30', due: 4, onTime: 2, late: 1, missing: 1 },
      { year: 2017, quarter: 4, dueOn: '2017-12-29', due: 4, onTime: 1, late: 1, missing: 2 },
      { year: 2018, quarter: 1, dueOn: '2018-03-30', due: 4, onTime: 0, late: 0, missing: 0 },
    ]);
    expect(d.lateUnits).toEqual([
      { unitId: liangkou.organisationId, name: '良口镇', late: 0, missing: 2 },
      { unitId: wenquan.organisationId, name: '温泉镇', late: 1, missing: 1 },
      { unitId: ajj.organisationId, name: '区安全监管局', late: 1, missing: 0 },
    ]);
    expect(d.completionByGroup).toEqual([
      { groupNo: 1, title: '第一组', total: 1, done: 0, overdue: 1 },
      { groupNo: 2, title: '第二组', total: 1, done: 0, overdue: 0 },
    ]);
    expect(d.totals).toEqual({ tasks: 2, items: 2, units: 3, reports: 5 });
    expect(d.timeline).toContainEqual({ date: '2017-12-31', label: '2017年12月底前完成', kind: 'fixed', taskNo: 1 });
  });

  it('a town’s dashboard counts only its own cells', async () => {
    const d = await getPlanDashboard(f.ctx, { actor: liangkou, scope: scopeOf(liangkou), planId, asOf: '2018-01-15' });
    expect(d.reportsByQuarter[0]).toEqual({ year: 2017, quarter: 3, dueOn: '2017-09-30', due: 1, onTime: 0, late: 0, missing: 1 });
    expect(d.totals).toEqual({ tasks: 2, items: 2, units: 1, reports: 0 });
  });
});

describe('board', () => {
  it('as of 2018-01-15: T1 overdue (良口 never met the milestone), T2 on track', async () => {
    const b = await getPlanBoard(f.ctx, { actor: admin, scope: scopeOf(admin), planId, asOf: '2018-01-15' });
    const status = Object.fromEntries(b.rows.flatMap((r) => r.cells.map((c) => [`${r.taskNo}:${b.units.find((u) => u.id === c.unitId)?.name}`, c.status])));
    expect(status).toEqual({ '1:区安全监管局': 'done', '1:温泉镇': 'done', '1:良口镇': 'overdue', '2:温泉镇': 'on_track' });
    expect(b.rows.map((r) => r.status)).toEqual(['overdue', 'on_track']);
    const cell = b.rows[0]?.cells.find((c) => c.unitId === wenquan.organisationId);
    expect(cell?.lastReport).toMatchObject({ year: 2017, quarter: 4, progress: 100 });
  });

  it('as of 2017-10-01 the late T2 report does not count yet, and filters narrow the rows', async () => {
    const b = await getPlanBoard(f.ctx, { actor: admin, scope: scopeOf(admin), planId, asOf: '2017-10-01' });
    const t2Row = b.rows.find((r) => r.taskNo === 2);
    expect(t2Row?.cells).toEqual([{ unitId: wenquan.organisationId, role: 'responsible', status: 'not_started', lastReport: undefined }]);
    expect(b.rows.find((r) => r.taskNo === 1)?.cells.map((c) => c.status)).toEqual(['on_track', 'on_track', 'not_started']);
    const overdueOnly = await getPlanBoard(f.ctx, { actor: admin, scope: scopeOf(admin), planId, asOf: '2018-01-15', status: 'overdue' });
    expect(overdueOnly.rows.map((r) => r.taskNo)).toEqual([1]);
    const group2 = await getPlanBoard(f.ctx, { actor: admin, scope: scopeOf(admin), planId, asOf: '2018-01-15', groupNo: 2 });
    expect(group2.rows.map((r) => r.taskNo)).toEqual([2]);
    const oneUnit = await getPlanBoard(f.ctx, { actor: admin, scope: scopeOf(admin), planId, asOf: '2018-01-15', unitId: liangkou.organisationId });
    expect(oneUnit.units.map((u) => u.name)).toEqual(['良口镇']);
  });
});
