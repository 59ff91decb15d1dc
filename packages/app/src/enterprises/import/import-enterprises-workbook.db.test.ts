// importEnterprisesWorkbook against a real database (SQLite; PostgreSQL when DATABASE_URL is set): records written
// through the enterprise form export and re-import as no change; the identification an import stores is the one
// recomputeUnit stores; a larger workbook goes through the chunked writes, batched audit and summary messages; a
// changed territory moves the enterprise with its children.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { verifyAuditChain } from '../../audit/audit-chain.js';
import { recomputeUnit } from '../../major-hazards/recompute-unit.js';
import { organisationFixture, TOWN_A, TOWN_B } from '../../orgs/organisation-fixture.js';
import { seedOrganisations } from '../../orgs/seed-organisations.js';
import type { AppContext } from '../../shared/context.js';
import { addLicence } from '../add-licence.js';
import { addSite } from '../add-site.js';
import { addUnit } from '../add-unit.js';
import { createEnterprise } from '../create-enterprise.js';
import { replaceInventory } from '../replace-inventory.js';
import { enterpriseInput } from '../testing/enterprise-fixture.js';
import { exportEnterprisesWorkbook } from './export-enterprises-workbook.js';
import { importEnterprisesWorkbook } from './import-enterprises-workbook.js';
import { buildImportWorkbook } from './testing/import-workbook-builder.js';
import { bulkImportWorkbook } from './testing/bulk-import-workbook.js';
import { validUsccOf } from './testing/valid-uscc.js';

let database: Database;
let ctx: AppContext;
const admin: Actor = {
  userId: 'u-admin', username: 'admin', displayName: '区安委办', role: 'district_admin', organisationId: 'org-safety-committee-office',
  organisationPath: '/440117/org-safety-committee/org-safety-committee-office/',
};
const run = (buffer: Buffer) => importEnterprisesWorkbook(ctx, { actor: admin, buffer, locale: 'zh-CN' });
const count = async (table: 'enterprises' | 'enterprise_units' | 'inventory_lines' | 'audit_log' | 'major_hazard_register' | 'notifications'): Promise<number> =>
  Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  database = await createTestDb();
  ctx = { database, now: () => new Date('2026-03-02T02:00:00.000Z') };
  await seedOrganisations(ctx, organisationFixture);
}, 60_000);
afterAll(async () => database?.close());

describe('importEnterprisesWorkbook', () => {
  it('an export of records saved through the enterprise form re-imports as no change', async () => {
    const id = await createEnterprise(ctx, {
      actor: admin,
      input: enterpriseInput({
        location: { lng: 113.59, lat: 23.55, crs: 'gcj02' }, gridId: `${TOWN_A}-g2`, activities: ['trade', 'storage'], keyProcesses: ['氯化工艺', '加氢工艺'],
        contacts: [{ duty: '主要负责人', name: '张三', phone: '13800138000' }, { duty: '安全负责人', name: '李四', phone: null }], inChemicalPark: true, chemicalPark: '明珠工业园',
      }),
    });
    const site = await addSite(ctx, { actor: admin, enterpriseId: id, input: { name: '一厂区' } });
    const tank = await addUnit(ctx, { actor: admin, enterpriseId: id, input: { name: '罐区', kind: 'storage', facility: 'tank_farm', siteId: site.id, population500m: 80, location: { lng: 113.591, lat: 23.551, crs: 'wgs84' } } });
    await addUnit(ctx, { actor: admin, enterpriseId: id, input: { name: '空仓库', kind: 'storage', facility: 'warehouse' } });
    await replaceInventory(ctx, {
      actor: admin, unitId: tank.id,
      lines: [
        { chemicalName: '液氨', cas: '7664-41-7', quantity: '12.50', quantityUnit: 't', physicalState: 'liquefied_gas', containerType: '卧式储罐' },
        { chemicalName: '甲醇', quantity: '50', quantityUnit: 'm3', density: '0.7915', densityUnit: 't/m3', hazardSymbols: ['W5.3', 'J5'], betaSymbol: 'W5.3' },
        { chemicalName: '硝化棉', quantity: '0.5', quantityUnit: 't' }, // names several Table 1 rows: stored, identification incomplete
      ],
    });
    await addLicence(ctx, { actor: admin, enterpriseId: id, input: { kind: 'safety_production', number: '(粤)WH安许证字[2024]0001', scope: '氨', issuer: '广东省应急管理厅', issuedOn: '2024-01-05', expiresOn: '2027-01-04' } });

    const snapshot = async () => ({
      enterprises: await database.db.selectFrom('enterprises').selectAll().execute(),
      units: await database.db.selectFrom('enterprise_units').selectAll().orderBy('id').execute(),
      lines: await database.db.selectFrom('inventory_lines').selectAll().orderBy('id').execute(),
      licences: await database.db.selectFrom('enterprise_licences').selectAll().execute(),
      sites: await database.db.selectFrom('enterprise_sites').selectAll().execute(),
      audit: await count('audit_log'),
    });
    const before = await snapshot();
    const exported = await exportEnterprisesWorkbook(ctx, { actor: admin, query: {} });
    const outcome = await run(exported);
    expect(outcome).toMatchObject({ ok: true, result: { enterprises: 0, units: 0, lines: 0, unchanged: { enterprises: 1, units: 2, licences: 1 } } });
    expect(await snapshot()).toEqual(before);
  });

  it('stores the identification recomputeUnit would store', async () => {
    const X = validUsccOf(7001);
    const outcome = await run(await buildImportWorkbook({
      enterprises: [{ name: '温泉戊化工有限公司', uscc: X, territory: '温泉镇', activities: '储存', status: '在产' }],
      units: [{ uscc: X, name: '甲类仓库', kind: '储存单元', population: 35 }],
      inventory: [
        { uscc: X, unit: '甲类仓库', chemicalName: '环氧乙烷', quantity: 4, quantityUnit: 't' }, // 4/10, β 2 → 0.8
        { uscc: X, unit: '甲类仓库', chemicalName: '丙烯酸乙酯', quantity: 3, quantityUnit: 't', hazardSymbols: 'W5.1,J5', betaSymbol: 'W5.1' }, // Q = min(W5.1 10, J5 500) = 10: 3/10, β 1.5 → 0.45
        { uscc: X, unit: '甲类仓库', chemicalName: '氯', quantity: 1500, quantityUnit: 'kg' }, // 1.5/5 = 0.3, β 4 → 1.2
      ],
    }));
    expect(outcome.ok).toBe(true);
    const columns = ['ident_status', 's_exact', 's_value', 'is_major_hazard', 'r_exact', 'r_value', 'grade', 'ident_json'] as const;
    const unit = await database.db.selectFrom('enterprise_units').select(['id', ...columns]).where('name', '=', '甲类仓库').executeTakeFirstOrThrow();
    // S = 0.4 + 0.3 + 0.3 = 1 exactly: a major hazard; α(35 people) = 1.2; R = 1.2 × (0.8 + 0.45 + 1.2) = 2.94 → grade 4
    expect(unit).toMatchObject({ s_exact: '1', is_major_hazard: 1, r_exact: '147/50', grade: 4 });
    await database.db.transaction().execute((trx) => recomputeUnit(trx, ctx, { unitId: unit.id, actor: admin }));
    const again = await database.db.selectFrom('enterprise_units').select(['id', ...columns]).where('id', '=', unit.id).executeTakeFirstOrThrow();
    expect(again).toEqual(unit);
  });

  it('imports 1,500 enterprises in one go: chunked writes, one audit entry each, a summary message per organisation', async () => {
    const before = { enterprises: await count('enterprises'), lines: await count('inventory_lines'), audit: await count('audit_log') };
    const places = [{ territory: '温泉镇', grid: '温泉镇第一网格' }, { territory: '良口镇', grid: null }, { territory: '园区管委会', grid: null }];
    const outcome = await run(await bulkImportWorkbook({ enterprises: 1500, places, firstNumber: 100000 }));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 5)));
    const r = outcome.result;
    expect(r).toMatchObject({ enterprises: 1500, units: 3000, lines: 9000, created: { licences: 1500 } });
    expect(r.identification.graded + r.identification.needsPopulation + r.identification.belowThreshold).toBe(3000);
    expect(Object.values(r.identification.byGrade).every((n) => n > 0)).toBe(true);
    expect(await count('enterprises') - before.enterprises).toBe(1500);
    expect(await count('inventory_lines') - before.lines).toBe(9000);
    expect(await count('audit_log') - before.audit).toBe(1500);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
    expect(await count('major_hazard_register')).toBeGreaterThanOrEqual(r.majorHazards);
    const summaries = await database.db.selectFrom('notifications').select(['organisation_id', 'title']).where('title', 'like', '批量导入%').orderBy('organisation_id').execute();
    expect(summaries.map((n) => n.organisation_id)).toEqual([TOWN_A, TOWN_B, 'org-safety-committee-office', 'park-committee'].sort());
  }, 120_000);

  it('a changed territory moves the enterprise, its organisation, every child row and its risk points', async () => {
    const X = validUsccOf(7001);
    const stored = await database.db.selectFrom('enterprises').select(['id', 'path', 'territory_id']).where('uscc', '=', X).executeTakeFirstOrThrow();
    await database.db.insertInto('risk_points').values({
      id: 'rp-import-move', path: stored.path, enterprise_id: stored.id, site_id: null, unit_id: null, territory_id: stored.territory_id, grid_id: null,
      kind: 'enterprise', name: '储罐区', location: null, lng: null, lat: null, coord_input: null, posts_json: '[]', hazard_factors_json: '["泄漏"]',
      accident_types_json: '[]', method: 'lec', inputs_json: '{"l":6,"e":6,"c":15}', score: 540, computed_level: 'red', override_level: null, // 6×6×15 = 540: red
      override_reason: null, override_by: null, override_at: null, level: 'red', control_level: 'company', responsible_department: '安全部',
      responsible_person: '王五', responsible_phone: null, measures_json: '{"engineering":["报警"]}', emergency_text: null, status: 'controlled',
      review_interval_days: 90, last_reviewed_on: null, next_review_on: '2026-12-31', review_warned_for: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
    }).execute();
    const row = { name: '温泉戊化工有限公司', uscc: X, territory: '良口镇', grid: '良口镇第一网格', activities: '储存', status: '在产' };
    const outcome = await run(await buildImportWorkbook({ enterprises: [row] }));
    expect(outcome).toMatchObject({ ok: true, result: { updated: { enterprises: 1 }, unchanged: { units: 0 } } });
    const e = await database.db.selectFrom('enterprises').selectAll().where('uscc', '=', X).executeTakeFirstOrThrow();
    expect(e).toMatchObject({ territory_id: TOWN_B, grid_id: `${TOWN_B}-g1`, path: `/440117/${TOWN_B}/${TOWN_B}-g1/${e.organisation_id}/` });
    const childPaths = await database.db.selectFrom('enterprise_units').select('path').where('enterprise_id', '=', e.id)
      .union(database.db.selectFrom('inventory_lines').select('path').where('enterprise_id', '=', e.id))
      .union(database.db.selectFrom('major_hazard_register').select('path').where('enterprise_id', '=', e.id)).execute();
    expect(childPaths).toEqual([{ path: e.path }]);
    const point = await database.db.selectFrom('risk_points').select(['path', 'territory_id', 'grid_id']).where('id', '=', 'rp-import-move').executeTakeFirstOrThrow();
    expect(point).toEqual({ path: e.path, territory_id: TOWN_B, grid_id: `${TOWN_B}-g1` });
    const townB = await database.db.selectFrom('area_risk').select('factors_json').where('organisation_id', '=', TOWN_B).executeTakeFirstOrThrow();
    expect((JSON.parse(townB.factors_json) as { riskPoints: { red: number } }).riskPoints.red).toBe(1); // the moved red point now counts in 良口镇
  });
});
