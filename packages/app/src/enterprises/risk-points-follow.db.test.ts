// A risk point outlives the record it was put on, and follows its enterprise: deleting the unit re-attaches the
// point to the unit's site, deleting the site to the enterprise, and moving the enterprise to another town moves the
// point (and its comments) there, re-grading both towns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { organisationFixture, TOWN_A, TOWN_B } from '../orgs/organisation-fixture.js';
import { seedOrganisations } from '../orgs/seed-organisations.js';
import { createRiskPoint } from '../risk/create-risk-point.js';
import type { AppContext } from '../shared/context.js';
import { addSite } from './add-site.js';
import { addUnit } from './add-unit.js';
import { createEnterprise } from './create-enterprise.js';
import { deleteSite } from './delete-site.js';
import { deleteUnit } from './delete-unit.js';
import { enterpriseInput } from './testing/enterprise-fixture.js';
import { updateEnterprise } from './update-enterprise.js';

let database: Database;
let ctx: AppContext;
const admin: Actor = {
  userId: 'u-admin', username: 'admin', displayName: '区安委办', role: 'district_admin', organisationId: 'org-safety-committee-office',
  organisationPath: '/440117/org-safety-committee/org-safety-committee-office/',
};
let enterpriseId: string;
let pointId: string;
const point = () => database.db.selectFrom('risk_points').selectAll().where('id', '=', pointId).executeTakeFirstOrThrow();

beforeAll(async () => {
  database = await createTestDb();
  ctx = { database, now: () => new Date('2026-06-01T02:00:00.000Z') };
  await seedOrganisations(ctx, organisationFixture);
  enterpriseId = await createEnterprise(ctx, { actor: admin, input: enterpriseInput({ territoryId: TOWN_A }) });
  const site = await addSite(ctx, { actor: admin, enterpriseId, input: { name: '一厂区' } });
  const unit = await addUnit(ctx, { actor: admin, enterpriseId, input: { name: '甲醇储罐区', kind: 'storage', siteId: site.id } });
  pointId = await createRiskPoint(ctx, {
    actor: admin,
    input: {
      kind: 'unit', enterpriseId, siteId: site.id, unitId: unit.id, name: '甲醇储罐区', posts: ['储罐巡检工'], hazardFactors: ['甲醇泄漏'],
      accidentTypes: ['火灾'], assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 } }, // D = 6 × 6 × 15 = 540 ≥ 320: red
      controlLevel: 'company', responsibleDepartment: '安全部', responsiblePerson: '王五', measures: { engineering: ['可燃气体报警'] },
      status: 'controlled', reviewIntervalDays: 90,
    },
  });
  await database.db.insertInto('risk_comments').values({
    id: 'rc-follow', risk_point_id: pointId, path: (await point()).path, author_id: 'u-admin', author_name: '区安委办', author_organisation: '区安委办', body: '请复核', created_at: '2026-06-01T02:00:00.000Z',
  }).execute();
});
afterAll(async () => database.close());

describe('risk points follow their enterprise', () => {
  it('deleting the unit keeps the point, as a point of the unit\'s site', async () => {
    const before = await point();
    expect(before).toMatchObject({ kind: 'unit', level: 'red' });
    await deleteUnit(ctx, { actor: admin, unitId: before.unit_id! });
    expect(await point()).toMatchObject({ kind: 'site', unit_id: null, site_id: before.site_id });
  });

  it('deleting the site keeps it as a point of the enterprise', async () => {
    await deleteSite(ctx, { actor: admin, siteId: (await point()).site_id! });
    expect(await point()).toMatchObject({ kind: 'enterprise', unit_id: null, site_id: null, enterprise_id: enterpriseId });
  });

  it('moving the enterprise to another town moves the point and its comment, and re-grades both towns', async () => {
    const e = await database.db.selectFrom('enterprises').select(['version', 'path']).where('id', '=', enterpriseId).executeTakeFirstOrThrow();
    await updateEnterprise(ctx, { actor: admin, enterpriseId, version: e.version, input: enterpriseInput({ territoryId: TOWN_B }) });
    const moved = await point();
    const townB = await database.db.selectFrom('organisations').select('path').where('id', '=', TOWN_B).executeTakeFirstOrThrow();
    expect(moved.territory_id).toBe(TOWN_B);
    expect(moved.path.startsWith(townB.path)).toBe(true);
    const comment = await database.db.selectFrom('risk_comments').select('path').where('id', '=', 'rc-follow').executeTakeFirstOrThrow();
    expect(comment.path).toBe(moved.path);
    const areas = await database.db.selectFrom('area_risk').select(['organisation_id', 'factors_json']).where('organisation_id', 'in', [TOWN_A, TOWN_B]).execute();
    const reds = Object.fromEntries(areas.map((a) => [a.organisation_id, (JSON.parse(a.factors_json) as { riskPoints: { red: number } }).riskPoints.red]));
    expect(reds).toEqual({ [TOWN_A]: 0, [TOWN_B]: 1 });
  });
});
