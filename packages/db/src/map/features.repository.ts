// The map's bounding-box reads, one per layer, built for 100,000 points: every layer is first COUNTED in the view
// (scoped, filtered); a point layer holding more than the threshold is then answered as grid cells grouped in SQL
// (count, mean position, worst level/grade per cell) instead of rows. Cells are floor((lng − minLng)/cell) — CAST on
// SQLite (truncation equals floor for the non-negative offsets inside the box), floor() on PostgreSQL, whose CAST
// rounds. Jurisdiction through scoped() only; `underPath` narrows to one territory or grid cell (its path prefix).
import { PostgresAdapter, sql, type Expression, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { levelRankSql } from '../risk/level-rank-sql.js';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { BBox } from '@hazgov/domain/map/types';
import type { Db } from '../database.js';
import type { DB } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type MapFilters = {
  levels?: readonly string[] | undefined;
  grades?: readonly number[] | undefined;
  activity?: string | undefined;
  riskStatus?: string | undefined;
  enterpriseStatus?: string | undefined;
  category?: string | undefined;
  /** the path of the territory or grid cell asked for (territoryId=), or undefined */
  underPath?: string | undefined;
};
export type LayerQuery = { scope: Scope; bbox: BBox; filters: MapFilters; today: string };
/** What a clustered layer returns: one row per non-empty cell. `worst` is a level rank (1 red) or a grade (1 worst). */
export type ClusterRow = { count: number; lng: number; lat: number; worst: number | null };

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const under = (column: string, path: string): Expression<SqlBool> => sql<SqlBool>`${sql.ref(column)} like ${escapeLike(path) + '%'} escape '\\'`;
const num = (n: number): RawBuilder<number> => sql.lit(n) as RawBuilder<number>; // finite numbers checked by parseBbox

function inBox(lng: string, lat: string, b: BBox, scan = false): Expression<SqlBool> {
  // `+column` keeps SQLite off the (lat, lng) index: see plan()
  const r = (c: string) => (scan ? sql`+${sql.ref(c)}` : sql.ref(c));
  return sql<SqlBool>`${r(lng)} >= ${num(b.minLng)} and ${r(lng)} <= ${num(b.maxLng)} and ${r(lat)} >= ${num(b.minLat)} and ${r(lat)} <= ${num(b.maxLat)}`;
}

/** Above this many square degrees (a z13 screen is ~0.03) a view holds much of the district. */
const WIDE_VIEW_DEG2 = 0.05;
type Planned = LayerQuery & { scan: boolean };
/** SQLite has no range statistics and always takes the (lat, lng) index for a box, then reads each row it matches
 * from the table for the path and level: for a view holding most of 100,000 points that is twice as slow as reading
 * the table straight through (measured: 92 → 45 ms for the whole district, 86 → 52 ms filtered to red). PostgreSQL's
 * planner has statistics and chooses for itself. */
function plan(db: Db, q: LayerQuery): Planned {
  const wide = (q.bbox.maxLng - q.bbox.minLng) * (q.bbox.maxLat - q.bbox.minLat) > WIDE_VIEW_DEG2;
  return { ...q, scan: wide && !(db.getExecutor().adapter instanceof PostgresAdapter) };
}
function overlapsBox(prefix: string, b: BBox): Expression<SqlBool> {
  const r = (c: string) => sql.ref(`${prefix}.${c}`);
  return sql<SqlBool>`${r('min_lng')} <= ${num(b.maxLng)} and ${r('max_lng')} >= ${num(b.minLng)} and ${r('min_lat')} <= ${num(b.maxLat)} and ${r('max_lat')} >= ${num(b.minLat)}`;
}

function cellOf(db: Db, column: RawBuilder<number> | ReturnType<typeof sql.ref>, min: number, cell: number): RawBuilder<number> {
  const offset = sql`(${column} - ${num(min)}) / ${num(cell)}`;
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql<number>`cast(floor(${offset}) as integer)` : sql<number>`cast(${offset} as integer)`;
}

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any FROM list: only the row count is read
async function countCapped(db: Db, rows: SelectQueryBuilder<DB, any, { one: number }>, cap: number | undefined): Promise<number> {
  const inner = cap === undefined ? rows : rows.limit(cap + 1);
  const r = await db.selectFrom(inner.as('x')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

function clusterRows(rows: { n: unknown; lng: unknown; lat: unknown; worst: unknown }[]): ClusterRow[] {
  return rows.map((r) => ({ count: Number(r.n), lng: Number(r.lng), lat: Number(r.lat), worst: toNumber(r.worst) }));
}

// ---------- enterprises ----------
function enterpriseWhere(eb: ExpressionBuilder<DB, 'enterprises'>, q: Planned): Expression<SqlBool> {
  const f = q.filters;
  const all: Expression<SqlBool>[] = [scoped(eb, 'enterprises.path', q.scope), inBox('enterprises.lng', 'enterprises.lat', q.bbox, q.scan)];
  if (f.underPath) all.push(under('enterprises.path', f.underPath));
  if (f.activity) all.push(sql<SqlBool>`enterprises.activities like ${`%${escapeLike(JSON.stringify(f.activity))}%`} escape '\\'`);
  if (f.enterpriseStatus) all.push(eb('enterprises.status', '=', f.enterpriseStatus));
  if (f.grades?.length) {
    all.push(eb('enterprises.id', 'in', eb.selectFrom('enterprise_units').select('enterprise_id').where('is_major_hazard', '=', 1).where('grade', 'in', [...f.grades])));
  }
  if (f.levels?.length) {
    all.push(eb('enterprises.id', 'in', eb.selectFrom('risk_points').select('enterprise_id').where('level', 'in', [...f.levels]).where('enterprise_id', 'is not', null)));
  }
  return eb.and(all);
}

/** How many in view, counting no further than `cap` (then cap + 1): enough to choose rows or clusters cheaply. */
export async function countEnterprises(db: Db, query: LayerQuery, cap?: number): Promise<number> {
  const q = plan(db, query);
  return countCapped(db, db.selectFrom('enterprises').select(sql<number>`1`.as('one')).where((eb) => enterpriseWhere(eb, q)), cap);
}

export type EnterprisePointRow = {
  id: string; name: string; activities: string; status: string; territory_name: string; lng: number; lat: number;
  worst_grade: number | null; worst_level_rank: number | null;
};

export async function enterprisePoints(db: Db, query: LayerQuery): Promise<EnterprisePointRow[]> {
  const q = plan(db, query);
  const rows = await db.selectFrom('enterprises').innerJoin('organisations as t', 't.id', 'enterprises.territory_id')
    .select(['enterprises.id', 'enterprises.name', 'enterprises.activities', 'enterprises.status', 't.name as territory_name', 'enterprises.lng', 'enterprises.lat'])
    .where((eb) => enterpriseWhere(eb, q)).orderBy('enterprises.id').execute();
  const grade = new Map<string, number>();
  const level = new Map<string, number>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const grades = await db.selectFrom('enterprise_units').select(['enterprise_id', (eb) => eb.fn.min('grade').as('g')])
      .where('enterprise_id', 'in', chunk).where('is_major_hazard', '=', 1).groupBy('enterprise_id').execute();
    for (const g of grades) if (g.g !== null) grade.set(g.enterprise_id, Number(g.g));
    const levels = await db.selectFrom('risk_points').select(['enterprise_id', sql<number>`min(${levelRankSql('level')})`.as('l')])
      .where('enterprise_id', 'in', chunk).groupBy('enterprise_id').execute();
    for (const l of levels) if (l.enterprise_id && l.l !== null) level.set(l.enterprise_id, Number(l.l));
  }
  return rows.map((r) => ({ ...r, lng: Number(r.lng), lat: Number(r.lat), worst_grade: grade.get(r.id) ?? null, worst_level_rank: level.get(r.id) ?? null }));
}

/** Enterprise cells; a cell's `worst` is the worst major-hazard grade of its enterprises, found by a second grouped
 * query over major-hazard units only (hundreds, not 100,000) on the same cells and merged by cell. */
export async function enterpriseClusters(db: Db, query: LayerQuery, cell: number): Promise<ClusterRow[]> {
  const q = plan(db, query);
  const cx = cellOf(db, sql.ref('enterprises.lng'), q.bbox.minLng, cell);
  const cy = cellOf(db, sql.ref('enterprises.lat'), q.bbox.minLat, cell);
  const rows = await db.selectFrom('enterprises')
    .select([cx.as('cx'), cy.as('cy'), (eb) => eb.fn.countAll().as('n'), sql<number>`avg(enterprises.lng)`.as('lng'), sql<number>`avg(enterprises.lat)`.as('lat')])
    .where((eb) => enterpriseWhere(eb, q)).groupBy([cx, cy]).execute();
  const grades = await db.selectFrom('enterprises').innerJoin('enterprise_units as u', 'u.enterprise_id', 'enterprises.id')
    .select([cx.as('cx'), cy.as('cy'), sql<number>`min(u.grade)`.as('g')])
    .where((eb) => eb.and([enterpriseWhere(eb, q), eb('u.is_major_hazard', '=', 1)])).groupBy([cx, cy]).execute();
  const worst = new Map(grades.map((g) => [`${g.cx}:${g.cy}`, toNumber(g.g)]));
  return clusterRows(rows.map((r) => ({ ...r, worst: worst.get(`${r.cx}:${r.cy}`) ?? null })));
}

// ---------- major hazards (units with is_major_hazard = 1, at the unit's position, else the enterprise's) ----------
const mhLng = sql<number>`coalesce(u.lng, e.lng)`;
const mhLat = sql<number>`coalesce(u.lat, e.lat)`;
function majorHazardBase(db: Db, q: LayerQuery) {
  const f = q.filters;
  const b = q.bbox;
  return db.selectFrom('enterprise_units as u').innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .where((eb) => {
      const all: Expression<SqlBool>[] = [
        scoped(eb, 'u.path', q.scope), eb('u.is_major_hazard', '=', 1),
        sql<SqlBool>`${mhLng} >= ${num(b.minLng)} and ${mhLng} <= ${num(b.maxLng)} and ${mhLat} >= ${num(b.minLat)} and ${mhLat} <= ${num(b.maxLat)}`,
      ];
      if (f.underPath) all.push(under('u.path', f.underPath));
      if (f.grades?.length) all.push(eb('u.grade', 'in', [...f.grades]));
      if (f.activity) all.push(sql<SqlBool>`e.activities like ${`%${escapeLike(JSON.stringify(f.activity))}%`} escape '\\'`);
      if (f.enterpriseStatus) all.push(eb('e.status', '=', f.enterpriseStatus));
      return eb.and(all);
    });
}

export async function countMajorHazards(db: Db, q: LayerQuery, cap?: number): Promise<number> {
  return countCapped(db, majorHazardBase(db, q).select(sql<number>`1`.as('one')), cap);
}

export type MajorHazardPointRow = { id: string; enterprise_id: string; enterprise_name: string; name: string; grade: number | null; r: number | null; lng: number; lat: number };
export async function majorHazardPoints(db: Db, q: LayerQuery): Promise<MajorHazardPointRow[]> {
  const rows = await majorHazardBase(db, q)
    .select(['u.id', 'u.enterprise_id', 'e.name as enterprise_name', 'u.name', 'u.grade', 'u.r_value as r', mhLng.as('lng'), mhLat.as('lat')])
    .orderBy('u.id').execute();
  return rows.map((r) => ({ ...r, grade: toNumber(r.grade), r: toNumber(r.r), lng: Number(r.lng), lat: Number(r.lat) }));
}

export async function majorHazardClusters(db: Db, q: LayerQuery, cell: number): Promise<ClusterRow[]> {
  const cx = cellOf(db, mhLng, q.bbox.minLng, cell);
  const cy = cellOf(db, mhLat, q.bbox.minLat, cell);
  const rows = await majorHazardBase(db, q)
    .select([cx.as('cx'), cy.as('cy'), (eb) => eb.fn.countAll().as('n'), sql<number>`avg(${mhLng})`.as('lng'), sql<number>`avg(${mhLat})`.as('lat'), sql<number>`min(u.grade)`.as('worst')])
    .groupBy([cx, cy]).execute();
  return clusterRows(rows);
}

// ---------- risk points ----------
function riskWhere(eb: ExpressionBuilder<DB, 'risk_points'>, q: Planned): Expression<SqlBool> {
  const f = q.filters;
  const all: Expression<SqlBool>[] = [scoped(eb, 'risk_points.path', q.scope), inBox('risk_points.lng', 'risk_points.lat', q.bbox, q.scan)];
  if (f.underPath) all.push(under('risk_points.path', f.underPath));
  if (f.levels?.length) all.push(eb('risk_points.level', 'in', [...f.levels]));
  if (f.riskStatus) all.push(eb('risk_points.status', '=', f.riskStatus));
  return eb.and(all);
}

export async function countRiskPoints(db: Db, query: LayerQuery, cap?: number): Promise<number> {
  const q = plan(db, query);
  return countCapped(db, db.selectFrom('risk_points').select(sql<number>`1`.as('one')).where((eb) => riskWhere(eb, q)), cap);
}

export type RiskPointMapRow = {
  id: string; name: string; level: string; status: string; enterprise_id: string | null; enterprise_name: string | null; review_late: boolean; lng: number; lat: number;
};
export async function riskPointPoints(db: Db, query: LayerQuery): Promise<RiskPointMapRow[]> {
  const q = plan(db, query);
  const rows = await db.selectFrom('risk_points').leftJoin('enterprises as e', 'e.id', 'risk_points.enterprise_id')
    .select(['risk_points.id', 'risk_points.name', 'risk_points.level', 'risk_points.status', 'risk_points.enterprise_id', 'e.name as enterprise_name',
      'risk_points.next_review_on', 'risk_points.lng', 'risk_points.lat'])
    .where((eb) => riskWhere(eb, q)).orderBy('risk_points.id').execute();
  return rows.map(({ next_review_on, ...r }) => ({ ...r, review_late: next_review_on < q.today, lng: Number(r.lng), lat: Number(r.lat) }));
}

export async function riskPointClusters(db: Db, query: LayerQuery, cell: number): Promise<ClusterRow[]> {
  const q = plan(db, query);
  const cx = cellOf(db, sql.ref('risk_points.lng'), q.bbox.minLng, cell);
  const cy = cellOf(db, sql.ref('risk_points.lat'), q.bbox.minLat, cell);
  const rows = await db.selectFrom('risk_points')
    .select([cx.as('cx'), cy.as('cy'), (eb) => eb.fn.countAll().as('n'), sql<number>`avg(risk_points.lng)`.as('lng'), sql<number>`avg(risk_points.lat)`.as('lat'),
      sql<number>`min(${levelRankSql('risk_points.level')})`.as('worst')])
    .where((eb) => riskWhere(eb, q)).groupBy([cx, cy]).execute();
  return clusterRows(rows);
}

// ---------- map features (pipelines, sensitive targets, chemical parks) ----------
function featureWhere(eb: ExpressionBuilder<DB, 'map_features'>, layer: string, q: LayerQuery): Expression<SqlBool> {
  const f = q.filters;
  const all: Expression<SqlBool>[] = [eb('map_features.layer', '=', layer), scoped(eb, 'map_features.path', q.scope), overlapsBox('map_features', q.bbox)];
  if (f.underPath) all.push(under('map_features.path', f.underPath));
  if (f.category) all.push(eb('map_features.category', '=', f.category));
  return eb.and(all);
}

export async function countFeatures(db: Db, layer: string, q: LayerQuery, cap?: number): Promise<number> {
  return countCapped(db, db.selectFrom('map_features').select(sql<number>`1`.as('one')).where((eb) => featureWhere(eb, layer, q)), cap);
}

export type FeatureMapRow = { id: string; name: string; category: string | null; population: number | null; geometry_json: string };
export async function featureRows(db: Db, layer: string, q: LayerQuery): Promise<FeatureMapRow[]> {
  const rows = await db.selectFrom('map_features').select(['id', 'name', 'category', 'population', 'geometry_json'])
    .where((eb) => featureWhere(eb, layer, q)).orderBy('id').execute();
  return rows.map((r) => ({ ...r, population: toNumber(r.population) }));
}

export async function featureClusters(db: Db, layer: string, q: LayerQuery, cell: number): Promise<ClusterRow[]> {
  const cx = cellOf(db, sql.ref('map_features.lng'), q.bbox.minLng, cell);
  const cy = cellOf(db, sql.ref('map_features.lat'), q.bbox.minLat, cell);
  const rows = await db.selectFrom('map_features')
    .select([cx.as('cx'), cy.as('cy'), (eb) => eb.fn.countAll().as('n'), sql<number>`avg(map_features.lng)`.as('lng'), sql<number>`avg(map_features.lat)`.as('lat'), sql<null>`null`.as('worst')])
    .where((eb) => featureWhere(eb, layer, q)).groupBy([cx, cy]).execute();
  return clusterRows(rows);
}

// ---------- areas (territory and grid polygons with their area risk) ----------
function areaWhere(eb: ExpressionBuilder<DB, 'map_areas'>, q: LayerQuery): Expression<SqlBool> {
  const f = q.filters;
  const all: Expression<SqlBool>[] = [eb('map_areas.kind', 'in', ['territory', 'grid']), scoped(eb, 'map_areas.path', q.scope), overlapsBox('map_areas', q.bbox)];
  if (f.underPath) all.push(under('map_areas.path', f.underPath));
  return eb.and(all);
}

export async function countAreas(db: Db, q: LayerQuery): Promise<number> {
  const r = await db.selectFrom('map_areas').select((eb) => eb.fn.countAll().as('n')).where((eb) => areaWhere(eb, q)).executeTakeFirstOrThrow();
  return Number(r.n);
}

export type AreaMapRow = {
  id: string; name: string; kind: string; geometry_json: string; level: string | null; score: number | null; supervision_months: number | null;
};
export async function areaRows(db: Db, q: LayerQuery): Promise<AreaMapRow[]> {
  const rows = await db.selectFrom('map_areas').innerJoin('organisations as o', 'o.id', 'map_areas.organisation_id')
    .leftJoin('area_risk as r', 'r.organisation_id', 'map_areas.organisation_id')
    .select(['map_areas.organisation_id as id', 'o.name', 'map_areas.kind', 'map_areas.geometry_json', 'r.level', 'r.score', 'r.supervision_months'])
    .where((eb) => {
      const base = areaWhere(eb, q);
      return q.filters.levels?.length ? eb.and([base, eb('r.level', 'in', [...q.filters.levels])]) : base;
    })
    .orderBy('map_areas.kind', 'desc').orderBy('map_areas.organisation_id').execute();
  return rows.map((r) => ({ ...r, score: toNumber(r.score), supervision_months: toNumber(r.supervision_months) }));
}
