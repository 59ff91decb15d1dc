// The file import at use-case level: a town's table with an unknown unit and an unparsable deadline is previewed
// with row numbers and nothing is saved; fixed, it imports as a cascading plan once the name is mapped, and the
// mapping becomes an alias. And the admin resolving 区各有关单位 for an imported plan.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { TOWN_ITEMS, TOWN_PLAN } from '../../../../e2e/fixtures/make-fixtures.js';
import { conghuaPlanData } from './conghua-reference.js';
import { confirmPlanImport } from './confirm-plan-import.js';
import { importPlan } from './import-plan.js';
import { listUnitAliases } from './list-unit-aliases.js';
import { writeTaskListXlsx } from './office/write-task-list-xlsx.js';
import { previewPlanImport } from './preview-plan-import.js';
import { resolveUnitAlias } from './resolve-unit-alias.js';
import { createPlansFixture, type PlansFixture } from './testing/plans-fixture.js';

let f: PlansFixture;
let admin: Actor;
let wenquan: Actor;
let districtPlanId: string;
const fixture = fs.readFileSync(fileURLToPath(new URL('../../../../e2e/fixtures/town-plan.xlsx', import.meta.url)));
const countPlans = async (): Promise<number> => (await f.database.db.selectFrom('plans').select('id').execute()).length;

beforeAll(async () => {
  f = await createPlansFixture('2017-07-03T02:00:00.000Z');
  admin = await f.actor('safety-committee-office', 'district_admin');
  wenquan = await f.actor('wenquan-town', 'territory');
  districtPlanId = (await importPlan(f.ctx, { actor: admin, data: conghuaPlanData })).planId;
});
afterAll(async () => f.close());

describe('plan file import', () => {
  it('previews the faulty town table with row numbers and saves no plan', async () => {
    const before = await countPlans();
    const p = await previewPlanImport(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), file: fixture, fileName: 'town-plan.xlsx', title: TOWN_PLAN.title, code: TOWN_PLAN.code, parentPlanId: districtPlanId });
    expect(p.items).toHaveLength(5);
    expect(p.unknownUnits).toEqual(['区数据局']);
    const rowOf = (taskNo: number): number => p.items.find((i) => i.taskNo === taskNo)?.row ?? -1;
    expect(p.problems.map((x) => [x.row, x.field, x.code])).toEqual([
      [rowOf(4), 'responsible', 'unknown_unit'],
      [rowOf(5), 'deadline', 'unparsable_deadline'],
    ]);
    expect(rowOf(4)).toBeGreaterThan(1);
    await expect(confirmPlanImport(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), importId: p.importId, mappings: { 区数据局: f.id('industry-bureau') } }))
      .rejects.toMatchObject({ code: 'PLAN_IMPORT_HAS_PROBLEMS', details: [expect.objectContaining({ row: rowOf(5), code: 'PLAN_IMPORT_UNPARSABLE_DEADLINE' })] });
    expect(await countPlans()).toBe(before);
  });

  it('the corrected table needs the mapping, then imports as 温泉镇’s cascading plan', async () => {
    const fixed = TOWN_ITEMS.map((i) => (i.taskNo === 5 ? { ...i, deadlineText: '2018年6月底前完成' } : i));
    const file = await writeTaskListXlsx(TOWN_PLAN, fixed);
    const p = await previewPlanImport(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), file, fileName: '温泉镇方案.xlsx', title: TOWN_PLAN.title, code: TOWN_PLAN.code, parentPlanId: districtPlanId });
    expect(p.problems.map((x) => x.code)).toEqual(['unknown_unit']);
    await expect(confirmPlanImport(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), importId: p.importId }))
      .rejects.toMatchObject({ code: 'PLAN_IMPORT_UNMAPPED_UNITS' });
    await expect(confirmPlanImport(f.ctx, { actor: admin, scope: scopeOf(admin), importId: p.importId, mappings: { 区数据局: f.id('industry-bureau') } }))
      .rejects.toMatchObject({ code: 'PLAN_IMPORT_NOT_FOUND' }); // a preview belongs to the one who uploaded it
    const { planId } = await confirmPlanImport(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), importId: p.importId, mappings: { 区数据局: f.id('industry-bureau') } });
    const plan = await f.database.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ parent_plan_id: districtPlanId, organisation_id: wenquan.organisationId, path: wenquan.organisationPath, reports_from: '2017-Q2', reports_to: '2019-Q3' });
    const mapped = await f.database.db.selectFrom('plan_task_units').selectAll().where('raw_name', '=', '区数据局').execute();
    expect(mapped.map((m) => m.organisation_id)).toEqual([f.id('industry-bureau')]);
    expect((await f.database.db.selectFrom('unit_aliases').selectAll().where('alias', '=', '区数据局').executeTakeFirstOrThrow()).source).toBe('admin');
    await expect(confirmPlanImport(f.ctx, { actor: wenquan, scope: scopeOf(wenquan), importId: p.importId })).rejects.toMatchObject({ code: 'PLAN_IMPORT_NOT_FOUND' });
  });

  it('a preview expires after an hour', async () => {
    const p = await previewPlanImport(f.ctx, { actor: admin, scope: scopeOf(admin), file: fixture, fileName: 'town-plan.xlsx', title: '另一个方案' });
    f.clock.set(new Date(Date.parse(p.expiresAt) + 1000).toISOString());
    await expect(confirmPlanImport(f.ctx, { actor: admin, scope: scopeOf(admin), importId: p.importId })).rejects.toMatchObject({ code: 'PLAN_IMPORT_NOT_FOUND' });
  });

  it('resolving 区各有关单位 turns each placeholder into one row per chosen department', async () => {
    const before = await listUnitAliases(f.ctx, { actor: admin });
    const group = before.unresolved.find((u) => u.rawName === '区各有关单位');
    expect(group?.taskUnits).toBeGreaterThan(10);
    const ids = [f.id('safety-bureau'), f.id('police')];
    const r = await resolveUnitAlias(f.ctx, { actor: admin, alias: '区各有关单位', organisationIds: ids });
    expect(r.group).toBe('区各有关单位');
    const after = await listUnitAliases(f.ctx, { actor: admin });
    expect(after.unresolved.find((u) => u.rawName === '区各有关单位')).toBeUndefined();
    const t12 = await f.database.db.selectFrom('plan_tasks').select('id').where('plan_id', '=', districtPlanId).where('task_no', '=', 12).executeTakeFirstOrThrow();
    const units = await f.database.db.selectFrom('plan_task_units').select(['organisation_id', 'group_name']).where('task_id', '=', t12.id).execute();
    expect(units.map((u) => u.organisation_id).sort()).toEqual([...ids].sort());
    await expect(resolveUnitAlias(f.ctx, { actor: wenquan, alias: '区各有关单位', organisationIds: ids })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
