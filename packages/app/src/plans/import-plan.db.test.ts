import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '@hazgov/domain/orgs/scope';
import { verifyAuditChain } from '../audit/audit-chain.js';
import { conghuaPlanData } from './conghua-reference.js';
import { getPlanTask } from './get-plan-task.js';
import { importPlan, type ImportPlanResult } from './import-plan.js';
import { createPlansFixture, type PlansFixture } from './testing/plans-fixture.js';

let f: PlansFixture;
let result: ImportPlanResult;

beforeAll(async () => {
  f = await createPlansFixture();
  result = await importPlan(f.ctx, { actor: await f.actor('safety-committee-office', 'district_admin'), data: conghuaPlanData });
});
afterAll(async () => f.close());

describe('importPlan (Conghua 从府办〔2017〕26号)', () => {
  it('creates 41 tasks in 42 items with every unit name known', async () => {
    expect(result.tasks).toBe(41);
    expect(result.items).toBe(42);
    expect(result.unknownUnits).toEqual([]);
    expect(result.deadlineProblems).toEqual([]);
    expect(result.unresolvedGroups).toEqual(['区各有关单位']);
    const n = await f.database.db.selectFrom('plan_tasks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(42);
  });

  it('makes milestones per deadline kind and one event for the conditional item', async () => {
    const db = f.database.db;
    const kinds = await db.selectFrom('plan_tasks').select(['deadline_kind']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('deadline_kind').execute();
    const byKind = Object.fromEntries(kinds.map((k) => [k.deadline_kind, Number(k.n)]));
    // Counted by hand from the 完成时间 column of 附件1:
    // fixed "…前完成": 1, 2, 3.1, 9, 11, 12, 13, 14, 26, 27, 28 → 11; "持续推进": 4, 5, 15, 19–23, 25, 29, 35–37, 39, 41 → 15;
    // "阶段性成果 + 深化提升": 6–8, 10, 16–18, 24, 31, 34, 38, 40 → 12; "阶段性成果 + 持续": 30, 32, 33 → 3; conditional: 3.2.
    expect(byKind).toEqual({ fixed: 11, ongoing: 15, interim_deepening: 12, interim_ongoing: 3, conditional: 1 });
    expect(result.milestones).toEqual({ fixed: 11, ongoing: 18, interim: 15, deepening: 12, conditional: 1 });
    const events = await db.selectFrom('plan_events').selectAll().execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: '省公安厅追溯体系信息系统建立', occurred_on: null });
    const t6 = await db.selectFrom('plan_tasks').selectAll().where('task_no', '=', 6).executeTakeFirstOrThrow();
    const ms = await db.selectFrom('milestones').selectAll().where('task_id', '=', t6.id).orderBy('sort').execute();
    expect(ms.map((m) => [m.kind, m.starts_on, m.due_on])).toEqual([['interim', null, '2018-03-31'], ['deepening', '2018-04-01', '2019-10-31']]);
  });

  it('expands 各镇（街、场、园区） to the 11 territorial units and keeps 区各有关单位 as a group', async () => {
    const admin = await f.actor('safety-committee-office', 'district_admin');
    const t1 = await f.database.db.selectFrom('plan_tasks').selectAll().where('task_no', '=', 1).executeTakeFirstOrThrow();
    const page = await getPlanTask(f.ctx, { actor: admin, scope: SYSTEM_SCOPE, planId: result.planId, taskId: t1.id, asOf: '2017-06-09' });
    expect(page.units.filter((u) => u.group === 'all_territories')).toHaveLength(11);
    expect(page.units.filter((u) => !u.mapped)).toEqual([expect.objectContaining({ rawName: '区各有关单位', group: '区各有关单位' })]);
    const t9 = await f.database.db.selectFrom('plan_tasks').selectAll().where('task_no', '=', 9).executeTakeFirstOrThrow();
    const p9 = await getPlanTask(f.ctx, { actor: admin, scope: SYSTEM_SCOPE, planId: result.planId, taskId: t9.id, asOf: '2017-06-09' });
    expect(p9.units.map((u) => `${u.role}:${u.name}`)).toEqual(expect.arrayContaining(['lead:区城管局', 'responsible:温泉镇', 'responsible:城郊街道']));
  });

  it('refuses the same plan twice and audits the import once', async () => {
    const admin = await f.actor('safety-committee-office', 'district_admin');
    await expect(importPlan(f.ctx, { actor: admin, data: conghuaPlanData })).rejects.toMatchObject({ code: 'PLAN_CODE_EXISTS' });
    const audit = await f.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'plan.import').execute();
    expect(audit).toHaveLength(1);
    expect(await verifyAuditChain(f.database.db)).toMatchObject({ ok: true });
  });
});
