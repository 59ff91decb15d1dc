// The risk point list against a real database: jurisdiction through scoped() (a town sees its own points, grid cells
// included; a sibling path prefix does not leak), every filter, worst-first sort and paging; the late-review query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Database } from '../database.js';
import type { RiskPointTable } from '../schema.js';
import { createTestDb } from '../test-db.js';
import { deleteRiskPointWithChildren, detachRiskPointsFrom, findRiskPointInScope, listRiskPointPage, listUnwarnedLateReviews, moveRiskPointsOfEnterprise, updateRiskPoint } from './risk-points.repository.js';

let database: Database;
const AT = '2026-03-01T00:00:00.000Z';
const T1 = '440117103';
const T2 = '440117104';
const T1X = '4401171030'; // a territory whose path starts with T1's id: '/440117/4401171030/' must not match '/440117/440117103/'

const org = (id: string, parent: string | null, kind: string, path: string, name: string) =>
  ({ id, parent_id: parent, kind, code: null, name, name_en: null, path, sort: 0, created_at: AT });
const point = (id: string, o: Partial<Insertable<RiskPointTable>>): Insertable<RiskPointTable> => ({
  id, path: `/440117/${T1}/`, enterprise_id: null, site_id: null, unit_id: null, territory_id: T1, grid_id: null, kind: 'filling_station', name: id,
  location: null, lng: null, lat: null, coord_input: null, posts_json: '[]', hazard_factors_json: '["汽油泄漏"]', accident_types_json: '[]', method: 'lec',
  inputs_json: '{}', score: 1, computed_level: 'blue', override_level: null, override_reason: null, override_by: null, override_at: null, level: 'blue',
  control_level: 'company', responsible_department: '安全部', responsible_person: '张三', responsible_phone: null, measures_json: '{}', emergency_text: null,
  status: 'controlled', review_interval_days: 90, last_reviewed_on: null, next_review_on: '2026-06-01', review_warned_for: null, created_at: AT, updated_at: AT, ...o,
});
const scope = (...paths: string[]): Scope => ({ paths, all: false });
const ALL: Scope = { paths: ['/'], all: true };
const names = async (f: Partial<Parameters<typeof listRiskPointPage>[1]>) =>
  (await listRiskPointPage(database.db, { scope: ALL, page: 1, pageSize: 50, ...f })).rows.map((r) => r.id);

beforeAll(async () => {
  database = await createTestDb();
  const db = database.db;
  await db.insertInto('organisations').values([
    org('440117', null, 'district', '/440117/', '从化区'),
    org(T1, '440117', 'territory', `/440117/${T1}/`, '温泉镇'),
    org(`${T1}-g1`, T1, 'grid', `/440117/${T1}/${T1}-g1/`, '温泉镇第一网格'),
    org(T2, '440117', 'territory', `/440117/${T2}/`, '良口镇'),
    org(T1X, '440117', 'territory', `/440117/${T1X}/`, '前缀镇'),
    org('ent-a', T1, 'enterprise', `/440117/${T1}/ent-a/`, '温泉化工'),
  ]).execute();
  await db.insertInto('enterprises').values({
    id: 'ea', organisation_id: 'ent-a', path: `/440117/${T1}/ent-a/`, territory_id: T1, grid_id: null, name: '温泉化工', uscc: '91440117MA59C1XP3U',
    legal_representative: null, address: null, lng: null, lat: null, coord_input: null, industry: null, activities: '[]', status: 'operating', chemical_park: null,
    staff_count: null, contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: AT, updated_at: AT,
  }).execute();
  await db.insertInto('risk_points').values([
    point('a-blue-station', {}),
    point('b-red-tank', { enterprise_id: 'ea', path: `/440117/${T1}/ent-a/`, kind: 'unit', level: 'red', computed_level: 'red', status: 'attention', next_review_on: '2026-02-01' }),
    point('c-orange-grid', { grid_id: `${T1}-g1`, path: `/440117/${T1}/${T1}-g1/`, level: 'orange', computed_level: 'red', override_level: 'orange', method: 'ls' }),
    point('a-red-pipeline', { kind: 'pipeline_segment', level: 'red', computed_level: 'red', hazard_factors_json: '["管道腐蚀"]', next_review_on: '2026-02-28', review_warned_for: '2026-02-28' }),
    point('d-yellow-liangkou', { territory_id: T2, path: `/440117/${T2}/`, level: 'yellow', computed_level: 'yellow', status: 'out_of_control', next_review_on: '2026-01-01' }),
    point('e-red-prefix', { territory_id: T1X, path: `/440117/${T1X}/`, level: 'red', computed_level: 'red' }),
  ]).execute();
  await db.insertInto('risk_comments').values({ id: 'c1', risk_point_id: 'b-red-tank', path: `/440117/${T1}/ent-a/`, author_id: 'u', author_name: 'x', author_organisation: 'y', body: 'z', created_at: AT }).execute();
  await db.insertInto('risk_confirmations').values({ id: 'f1', risk_point_id: 'b-red-tank', path: `/440117/${T1}/ent-a/`, post: 'p', person_name: 'n', confirmed_on: '2026-03-01', note: null, recorded_by: 'u', created_at: AT }).execute();
});
afterAll(async () => database.close());

describe('risk point list', () => {
  it('sorts worst level first, then by name', async () => {
    expect(await names({})).toEqual(['a-red-pipeline', 'b-red-tank', 'e-red-prefix', 'c-orange-grid', 'd-yellow-liangkou', 'a-blue-station']);
  });

  it('scopes by path: a town sees its own and its grid cells’ and enterprises’ points, not a sibling whose id shares its prefix', async () => {
    expect(await names({ scope: scope(`/440117/${T1}/`) })).toEqual(['a-red-pipeline', 'b-red-tank', 'c-orange-grid', 'a-blue-station']);
    expect(await names({ scope: scope(`/440117/${T1}/ent-a/`) })).toEqual(['b-red-tank']);
    expect(await names({ scope: scope() })).toEqual([]);
    expect(await findRiskPointInScope(database.db, 'b-red-tank', scope(`/440117/${T2}/`))).toBeUndefined();
    expect(await findRiskPointInScope(database.db, 'b-red-tank', scope(`/440117/${T1}/`))).toMatchObject({ enterprise_name: '温泉化工', territory_name: '温泉镇', enterprise_organisation_id: 'ent-a' });
    expect((await findRiskPointInScope(database.db, 'c-orange-grid', ALL))?.grid_name).toBe('温泉镇第一网格');
  });

  it('filters: q, enterprise, territory or grid cell, levels, status, kind, method, late review, public only', async () => {
    expect(await names({ q: '腐蚀' })).toEqual(['a-red-pipeline']); // in the hazard factors
    expect(await names({ q: 'tank' })).toEqual(['b-red-tank']);
    expect(await names({ q: '%' })).toEqual([]); // a LIKE wildcard is taken literally
    expect(await names({ enterpriseId: 'ea' })).toEqual(['b-red-tank']);
    expect(await names({ territoryId: T2 })).toEqual(['d-yellow-liangkou']);
    expect(await names({ territoryId: `${T1}-g1` })).toEqual(['c-orange-grid']);
    expect(await names({ levels: ['orange', 'yellow'] })).toEqual(['c-orange-grid', 'd-yellow-liangkou']);
    expect(await names({ status: 'out_of_control' })).toEqual(['d-yellow-liangkou']);
    expect(await names({ kind: 'pipeline_segment' })).toEqual(['a-red-pipeline']);
    expect(await names({ method: 'ls' })).toEqual(['c-orange-grid']);
    expect(await names({ reviewLateOn: '2026-03-01' })).toEqual(['a-red-pipeline', 'b-red-tank', 'd-yellow-liangkou']); // due 02-28, 02-01, 01-01
    expect(await names({ publicOnly: true, levels: ['red'] })).toEqual(['a-red-pipeline', 'e-red-prefix']);
  });

  it('pages with one total', async () => {
    const page2 = await listRiskPointPage(database.db, { scope: ALL, page: 2, pageSize: 4 });
    expect({ total: page2.total, ids: page2.rows.map((r) => r.id) }).toEqual({ total: 6, ids: ['d-yellow-liangkou', 'a-blue-station'] });
    expect(await listRiskPointPage(database.db, { scope: scope(`/440117/${T2}/`), levels: ['red'], page: 1, pageSize: 10 })).toEqual({ rows: [], total: 0 });
  });
});

describe('late reviews and deletion', () => {
  it('lists late points not yet warned for their due date, with whom to tell', async () => {
    const late = await listUnwarnedLateReviews(database.db, '2026-03-01');
    expect(late.map((r) => [r.id, r.enterprise_organisation_id, r.territory_path])).toEqual([
      ['d-yellow-liangkou', null, `/440117/${T2}/`], ['b-red-tank', 'ent-a', `/440117/${T1}/`], // a-red-pipeline was warned for 02-28 already
    ]);
    await updateRiskPoint(database.db, 'b-red-tank', { review_warned_for: '2026-02-01' });
    expect((await listUnwarnedLateReviews(database.db, '2026-03-01')).map((r) => r.id)).toEqual(['d-yellow-liangkou']);
  });

  it('an enterprise’s points (and their comments, confirmations) follow it when it moves', async () => {
    const left = await moveRiskPointsOfEnterprise(database.db, { enterpriseId: 'ea', path: `/440117/${T2}/ent-a/`, territoryId: T2, gridId: null });
    expect(left).toEqual([T1]);
    expect(await names({ scope: scope(`/440117/${T1}/`) })).not.toContain('b-red-tank');
    expect(await names({ scope: scope(`/440117/${T2}/`) })).toContain('b-red-tank');
    const paths = await Promise.all((['risk_comments', 'risk_confirmations'] as const).map(async (t) =>
      (await database.db.selectFrom(t).select('path').where('risk_point_id', '=', 'b-red-tank').executeTakeFirstOrThrow()).path));
    expect(paths).toEqual([`/440117/${T2}/ent-a/`, `/440117/${T2}/ent-a/`]);
    expect(await moveRiskPointsOfEnterprise(database.db, { enterpriseId: 'nobody', path: '/x/', territoryId: T2, gridId: null })).toEqual([]);
  });

  it('points of a unit or site about to be deleted stay, as the site’s or the enterprise’s', async () => {
    await database.db.insertInto('enterprise_sites').values({ id: 's1', enterprise_id: 'ea', path: `/440117/${T2}/ent-a/`, name: '厂区', address: null, lng: null, lat: null }).execute();
    await database.db.insertInto('enterprise_units').values({
      id: 'u1', enterprise_id: 'ea', site_id: 's1', path: `/440117/${T2}/ent-a/`, name: '罐区', kind: 'storage', facility: null, lng: null, lat: null,
      population_500m: null, population_source: null, s_exact: null, s_value: null, r_exact: null, r_value: null, grade: null, ident_json: null, identified_at: null,
    }).execute();
    await database.db.insertInto('risk_points').values([
      point('u-point', { enterprise_id: 'ea', kind: 'unit', unit_id: 'u1', site_id: 's1' }),
      point('s-point', { enterprise_id: 'ea', kind: 'site', site_id: 's1' }),
    ]).execute();
    await detachRiskPointsFrom(database.db, { unitId: 'u1' });
    await database.db.deleteFrom('enterprise_units').where('id', '=', 'u1').execute();
    const kinds = async () => (await database.db.selectFrom('risk_points').select(['id', 'kind', 'site_id', 'unit_id']).where('id', 'in', ['u-point', 's-point']).orderBy('id').execute());
    expect(await kinds()).toEqual([{ id: 's-point', kind: 'site', site_id: 's1', unit_id: null }, { id: 'u-point', kind: 'site', site_id: 's1', unit_id: null }]);
    await detachRiskPointsFrom(database.db, { siteId: 's1' });
    await database.db.deleteFrom('enterprise_sites').where('id', '=', 's1').execute();
    expect(await kinds()).toEqual([{ id: 's-point', kind: 'enterprise', site_id: null, unit_id: null }, { id: 'u-point', kind: 'enterprise', site_id: null, unit_id: null }]);
    await database.db.deleteFrom('risk_points').where('id', 'in', ['u-point', 's-point']).execute();
  });

  it('deletes a point with its comments and confirmations', async () => {
    await deleteRiskPointWithChildren(database.db, 'b-red-tank');
    const left = await Promise.all((['risk_points', 'risk_comments', 'risk_confirmations'] as const).map(async (t) =>
      (await database.db.selectFrom(t).select('id').where((eb) => eb(t === 'risk_points' ? 'id' : 'risk_point_id', '=', 'b-red-tank')).execute()).length));
    expect(left).toEqual([0, 0, 0]);
  });
});
