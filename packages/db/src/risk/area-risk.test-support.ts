// For area-risk and dashboard tests: rows written straight into the tables (risk points are H1's use cases; here only
// what an area holds matters): an enterprise with graded major-hazard units, risk points, sensitive targets, an
// area's polygon with its population. Every helper takes the organisation the record lies in and derives the path.
import type { Db } from '../database.js';

const AT = '2026-03-02T02:00:00.000Z';

export async function pathOf(db: Db, orgId: string): Promise<string> {
  return (await db.selectFrom('organisations').select('path').where('id', '=', orgId).executeTakeFirstOrThrow()).path;
}

/** An enterprise under a territory (or one of its grid cells) with one unit per grade given (null: not a major hazard). */
export async function seedEnterpriseWithUnits(
  db: Db, e: { id: string; territoryId: string; gridId?: string | null; industry?: string | null; grades: (number | null)[] },
): Promise<{ path: string }> {
  const parent = await pathOf(db, e.gridId ?? e.territoryId);
  const orgId = `org-${e.id}`;
  const path = `${parent}${orgId}/`;
  await db.insertInto('organisations').values({ id: orgId, parent_id: e.gridId ?? e.territoryId, kind: 'enterprise', code: null, name: `企业${e.id}`, name_en: null, path, sort: 0, created_at: AT }).execute();
  await db.insertInto('enterprises').values({
    id: e.id, organisation_id: orgId, path, territory_id: e.territoryId, grid_id: e.gridId ?? null, name: `企业${e.id}`, uscc: `USCC${e.id}`.padEnd(18, '0').slice(0, 18),
    legal_representative: null, address: null, lng: null, lat: null, coord_input: null, industry: e.industry ?? null, activities: '["storage"]', status: 'operating',
    chemical_park: null, staff_count: null, contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: AT, updated_at: AT,
  }).execute();
  for (const [n, grade] of e.grades.entries()) {
    await db.insertInto('enterprise_units').values({
      id: `${e.id}-u${n}`, enterprise_id: e.id, site_id: null, path, name: `单元${n}`, kind: 'storage', facility: 'tank_farm', lng: null, lat: null,
      population_500m: 10, population_source: 'entered', ident_status: 'ok', s_exact: null, s_value: null, is_major_hazard: grade === null ? 0 : 1,
      r_exact: null, r_value: null, grade, ident_json: null, identified_at: AT,
    }).execute();
  }
  return { path };
}

export type TestPoint = {
  id: string; territoryId: string; gridId?: string | null; enterpriseId?: string | null; kind?: string; level: string; computedLevel?: string;
  overrideLevel?: string | null; status?: string; nextReviewOn?: string; method?: string; inputs?: Record<string, number>; score?: number; name?: string;
};

/** A risk point: an enterprise's carries the enterprise's path, a public place's its grid cell's or territory's. */
export async function seedPoint(db: Db, p: TestPoint): Promise<void> {
  const path = p.enterpriseId
    ? (await db.selectFrom('enterprises').select('path').where('id', '=', p.enterpriseId).executeTakeFirstOrThrow()).path
    : await pathOf(db, p.gridId ?? p.territoryId);
  await db.insertInto('risk_points').values({
    id: p.id, path, enterprise_id: p.enterpriseId ?? null, site_id: null, unit_id: null, territory_id: p.territoryId, grid_id: p.gridId ?? null,
    kind: p.kind ?? (p.enterpriseId ? 'unit' : 'filling_station'), name: p.name ?? `风险点${p.id}`, location: null, lng: null, lat: null, coord_input: null,
    posts_json: '["操作岗"]', hazard_factors_json: '["泄漏"]', accident_types_json: '["火灾"]', method: p.method ?? 'ls',
    inputs_json: JSON.stringify(p.inputs ?? { l: 3, s: 3 }), score: p.score ?? 9, computed_level: p.computedLevel ?? p.level,
    override_level: p.overrideLevel ?? null, override_reason: p.overrideLevel ? '现场核查' : null, override_by: p.overrideLevel ? '检查员' : null,
    override_at: p.overrideLevel ? AT : null, level: p.level, control_level: 'company', responsible_department: '安全部', responsible_person: '张三',
    responsible_phone: null, measures_json: '{"engineering":["联锁"],"management":[],"training":[],"ppe":[],"emergency":[]}', emergency_text: null,
    status: p.status ?? 'controlled', review_interval_days: 90, last_reviewed_on: null, next_review_on: p.nextReviewOn ?? '2026-06-01',
    review_warned_for: null, created_at: AT, updated_at: AT,
  }).execute();
}

export async function seedSensitiveTarget(db: Db, t: { id: string; areaId: string; layer?: string }): Promise<void> {
  const path = await pathOf(db, t.areaId);
  await db.insertInto('map_features').values({
    id: t.id, path, territory_id: t.areaId, layer: t.layer ?? 'sensitive_target', category: 'school', name: `学校${t.id}`,
    geometry_json: '{"type":"Point","coordinates":[113.6,23.6]}', lng: 113.6, lat: 23.6, min_lng: 113.6, min_lat: 23.6, max_lng: 113.6, max_lat: 23.6,
    population: 500, properties_json: '{}', source: 'test.geojson', coord_input: 'wgs84', created_at: AT, created_by: null,
  }).execute();
}

export async function seedAreaPolygon(db: Db, a: { orgId: string; kind: 'territory' | 'grid'; population: number | null }): Promise<void> {
  const path = await pathOf(db, a.orgId);
  const square = { type: 'Polygon', coordinates: [[[113.5, 23.5], [113.7, 23.5], [113.7, 23.7], [113.5, 23.7], [113.5, 23.5]]] };
  await db.insertInto('map_areas').values({
    organisation_id: a.orgId, path, kind: a.kind, geometry_json: JSON.stringify(square), min_lng: 113.5, min_lat: 23.5, max_lng: 113.7, max_lat: 23.7,
    population: a.population, source: 'test.geojson', coord_input: 'wgs84', imported_at: AT, imported_by: null,
  }).execute();
}

/**
 * The small tree the repository tests share: district d; towns a and ab (ab starts with a's id: the prefix trap);
 * grid cell g1 of a. Enterprises: e1 in a (units grade 1, grade 4, one not a major hazard; industry 化学原料),
 * e2 in g1 (grade 2; no industry), e3 in ab (grade 3; industry 仓储). Points (today 2026-03-02):
 *   p1 e1 red attention late · p2 e1 yellow controlled · p3 e2 orange out_of_control · p4 public g1 blue
 *   p5 public a orange controlled late · p6 e3 red controlled.
 * Sensitive targets: one in a, one in g1, one in ab; a pipeline in a (not a target). Residents: a 42,000, ab 10,000, g1 unknown.
 */
export async function seedAreaTree(db: Db): Promise<void> {
  await db.insertInto('organisations').values([
    { id: 'd', parent_id: null, kind: 'district', code: null, name: '区', name_en: null, path: '/d/', sort: 0, created_at: AT },
    { id: 'a', parent_id: 'd', kind: 'territory', code: null, name: 'A镇', name_en: null, path: '/d/a/', sort: 1, created_at: AT },
    { id: 'ab', parent_id: 'd', kind: 'territory', code: null, name: 'AB镇', name_en: null, path: '/d/ab/', sort: 2, created_at: AT },
    { id: 'g1', parent_id: 'a', kind: 'grid', code: null, name: 'A镇第一网格', name_en: null, path: '/d/a/g1/', sort: 3, created_at: AT },
  ]).execute();
  await seedEnterpriseWithUnits(db, { id: 'e1', territoryId: 'a', industry: '化学原料', grades: [1, 4, null] });
  await seedEnterpriseWithUnits(db, { id: 'e2', territoryId: 'a', gridId: 'g1', grades: [2] });
  await seedEnterpriseWithUnits(db, { id: 'e3', territoryId: 'ab', industry: '仓储', grades: [3] });
  await seedPoint(db, { id: 'p1', territoryId: 'a', enterpriseId: 'e1', level: 'red', status: 'attention', nextReviewOn: '2026-01-01' });
  await seedPoint(db, { id: 'p2', territoryId: 'a', enterpriseId: 'e1', level: 'yellow' });
  await seedPoint(db, { id: 'p3', territoryId: 'a', gridId: 'g1', enterpriseId: 'e2', level: 'orange', status: 'out_of_control' });
  await seedPoint(db, { id: 'p4', territoryId: 'a', gridId: 'g1', level: 'blue' });
  await seedPoint(db, { id: 'p5', territoryId: 'a', level: 'orange', nextReviewOn: '2026-03-01' });
  await seedPoint(db, { id: 'p6', territoryId: 'ab', enterpriseId: 'e3', level: 'red' });
  await seedSensitiveTarget(db, { id: 't1', areaId: 'a' });
  await seedSensitiveTarget(db, { id: 't2', areaId: 'g1' });
  await seedSensitiveTarget(db, { id: 't3', areaId: 'ab' });
  await seedSensitiveTarget(db, { id: 'pipe1', areaId: 'a', layer: 'pipeline' });
  await seedAreaPolygon(db, { orgId: 'a', kind: 'territory', population: 42_000 });
  await seedAreaPolygon(db, { orgId: 'ab', kind: 'territory', population: 10_000 });
}
