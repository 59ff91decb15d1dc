// Enterprise, site and unit coordinates must lie inside the district once its boundary is loaded — through the form
// (field `location`, nothing saved) and through the workbook import (row and column named, nothing written). The
// probe point is Tiananmen, Beijing (116.397, 39.909): far outside 从化区 (113.28–114.06 E, 23.37–23.94 N).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { seedDistrictBoundary } from '../map/seed-district-boundary.js';
import { organisationFixture } from '../orgs/organisation-fixture.js';
import { seedOrganisations } from '../orgs/seed-organisations.js';
import type { AppContext } from '../shared/context.js';
import { addUnit } from './add-unit.js';
import { createEnterprise } from './create-enterprise.js';
import { importEnterprisesWorkbook } from './import/import-enterprises-workbook.js';
import { buildImportWorkbook } from './import/testing/import-workbook-builder.js';
import { validUsccOf } from './import/testing/valid-uscc.js';
import { enterpriseInput, USCC } from './testing/enterprise-fixture.js';

const BEIJING = { lng: 116.397, lat: 39.909, crs: 'wgs84' as const };
let database: Database;
let ctx: AppContext;
const admin: Actor = {
  userId: 'u-admin', username: 'admin', displayName: '区安委办', role: 'district_admin', organisationId: 'org-safety-committee-office',
  organisationPath: '/440117/org-safety-committee/org-safety-committee-office/',
};
const refusal = async (work: Promise<unknown>) => work.then(() => null, (e: unknown) => (e instanceof AppError ? { code: e.code, fields: e.details.map((d) => d.field) } : e));
const enterprises = async () => Number((await database.db.selectFrom('enterprises').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  database = await createTestDb();
  ctx = { database, now: () => new Date('2026-06-01T02:00:00.000Z') };
  await seedOrganisations(ctx, organisationFixture);
  expect(await seedDistrictBoundary(ctx)).toEqual({ seeded: true });
});
afterAll(async () => database.close());

describe('coordinates inside the district', () => {
  it('refuses an enterprise in Beijing on `location` and saves nothing; one in 温泉镇 is saved', async () => {
    expect(await refusal(createEnterprise(ctx, { actor: admin, input: enterpriseInput({ location: BEIJING }) })))
      .toEqual({ code: 'MAP_POINT_OUTSIDE_DISTRICT', fields: ['location'] });
    expect(await enterprises()).toBe(0);
    await createEnterprise(ctx, { actor: admin, input: enterpriseInput() }); // 113.586, 23.548: 温泉镇
    expect(await enterprises()).toBe(1);
  });

  it('refuses a unit placed in Beijing', async () => {
    const e = await database.db.selectFrom('enterprises').select('id').where('uscc', '=', USCC[0]).executeTakeFirstOrThrow();
    expect(await refusal(addUnit(ctx, { actor: admin, enterpriseId: e.id, input: { name: '储罐区', kind: 'storage', location: BEIJING } })))
      .toEqual({ code: 'MAP_POINT_OUTSIDE_DISTRICT', fields: ['location'] });
  });

  it('names the import row and column of a point outside the district, and writes nothing', async () => {
    const row = { name: '北京某化工有限公司', uscc: validUsccOf(8101), territory: '温泉镇', activities: '储存', status: '在产', lng: BEIJING.lng, lat: BEIJING.lat, crs: 'WGS-84' };
    const outcome = await importEnterprisesWorkbook(ctx, { actor: admin, buffer: await buildImportWorkbook({ enterprises: [row] }), locale: 'zh-CN' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([expect.objectContaining({ sheet: '企业', row: 3, column: '经度', code: 'MAP_POINT_OUTSIDE_DISTRICT' })]);
    expect(await enterprises()).toBe(1);
  });
});
