// Area risk (区域风险) rows and the factors behind them. An area (territory or grid cell) holds what lies inside its
// path: major-hazard units by grade, risk points by level (and how many are out of control), sensitive targets
// (map_features of layer sensitive_target), and its residents (map_areas.population, null when unknown).
// The factors are read as ONE grouped query per table, grouped by the record's own path, and rolled up in memory to
// every area whose path is a prefix — so recomputing all areas costs four queries however many areas there are.
import type { Selectable } from 'kysely';
import type { AreaFactors } from '@hazgov/domain/risk/types';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { AreaRiskTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type AreaRiskRow = Selectable<AreaRiskTable>;
export type AreaRef = { id: string; path: string; kind: 'territory' | 'grid'; parent_id: string | null };

const AREA_KINDS = ['territory', 'grid'] as const;
/** Above this many areas one unscoped pass is cheaper than a long OR of path prefixes. */
const MANY_AREAS = 40;

/** Territories and grid cells by id (other kinds ignored), plus every territory above a given grid cell. */
export async function findAreasWithParents(db: Db, ids: readonly string[]): Promise<AreaRef[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').select(['id', 'path', 'kind', 'parent_id'])
    .where('kind', 'in', [...AREA_KINDS])
    .where((eb) => eb.or([eb('id', 'in', [...ids]), eb('id', 'in', eb.selectFrom('organisations as g').select('g.parent_id').where('g.id', 'in', [...ids]).where('g.kind', '=', 'grid'))]))
    .orderBy('path')
    .execute();
  return rows as AreaRef[];
}

export async function listAllAreas(db: Db): Promise<AreaRef[]> {
  const rows = await db.selectFrom('organisations').select(['id', 'path', 'kind', 'parent_id']).where('kind', 'in', [...AREA_KINDS]).orderBy('path').execute();
  return rows as AreaRef[];
}

const emptyFactors = (): AreaFactors => ({
  majorHazards: { 1: 0, 2: 0, 3: 0, 4: 0 }, riskPoints: { red: 0, orange: 0, yellow: 0, blue: 0 }, outOfControl: 0, sensitiveTargets: 0, population: null,
});

/** Each prefix of a path that ends with '/': '/a/b/c/' → '/', '/a/', '/a/b/', '/a/b/c/'. */
function prefixesOf(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i + 1));
  return out;
}

/** The factors of each area, keyed by organisation id. */
export async function factorsOfAreas(db: Db, areas: readonly AreaRef[]): Promise<Map<string, AreaFactors>> {
  const out = new Map<string, AreaFactors>(areas.map((a) => [a.id, emptyFactors()]));
  if (areas.length === 0) return out;
  const byPath = new Map<string, AreaFactors[]>();
  for (const a of areas) byPath.set(a.path, [...(byPath.get(a.path) ?? []), out.get(a.id)!]);
  const scope: Scope = areas.length > MANY_AREAS ? { paths: ['/'], all: true } : { paths: areas.map((a) => a.path), all: false };
  const into = (path: string, add: (f: AreaFactors) => void): void => {
    for (const p of prefixesOf(path)) for (const f of byPath.get(p) ?? []) add(f);
  };

  const [units, points, targets, populations] = await Promise.all([
    db.selectFrom('enterprise_units as u').select(['u.path', 'u.grade', (eb) => eb.fn.countAll<number>().as('n')])
      .where('u.is_major_hazard', '=', 1).where('u.grade', 'in', [1, 2, 3, 4]).where((eb) => scoped(eb, 'u.path', scope))
      .groupBy(['u.path', 'u.grade']).execute(),
    db.selectFrom('risk_points as rp')
      .select(['rp.path', 'rp.level', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>(eb.case().when('rp.status', '=', 'out_of_control').then(1).else(0).end()).as('ooc')])
      .where((eb) => scoped(eb, 'rp.path', scope))
      .groupBy(['rp.path', 'rp.level']).execute(),
    db.selectFrom('map_features as m').select(['m.path', (eb) => eb.fn.countAll<number>().as('n')])
      .where('m.layer', '=', 'sensitive_target').where((eb) => scoped(eb, 'm.path', scope))
      .groupBy('m.path').execute(),
    db.selectFrom('map_areas').select(['organisation_id', 'population']).where('organisation_id', 'in', areas.map((a) => a.id)).execute(),
  ]);
  for (const r of units) {
    const g = String(r.grade) as '1' | '2' | '3' | '4';
    into(r.path, (f) => { f.majorHazards[g] += Number(r.n); });
  }
  for (const r of points) {
    const level = r.level as keyof AreaFactors['riskPoints'];
    into(r.path, (f) => {
      if (level in f.riskPoints) f.riskPoints[level] += Number(r.n);
      f.outOfControl += Number(r.ooc ?? 0);
    });
  }
  for (const r of targets) into(r.path, (f) => { f.sensitiveTargets += Number(r.n); });
  for (const p of populations) {
    const f = out.get(p.organisation_id);
    if (f && p.population !== null) f.population = Number(p.population);
  }
  return out;
}

export async function upsertAreaRisk(db: Db, rows: readonly AreaRiskRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db.insertInto('area_risk').values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet((eb) => ({
        path: eb.ref('excluded.path'), kind: eb.ref('excluded.kind'), level: eb.ref('excluded.level'), score: eb.ref('excluded.score'),
        factors_json: eb.ref('excluded.factors_json'), supervision_months: eb.ref('excluded.supervision_months'), computed_at: eb.ref('excluded.computed_at'),
      })))
      .execute();
  }
}

export type AreaRiskListRow = AreaRiskRow & { name: string; parent_id: string | null; has_polygon: number };

export async function listAreaRisk(db: Db, filter: { scope: Scope; kind?: string | undefined; level?: string | undefined }): Promise<AreaRiskListRow[]> {
  let q = db.selectFrom('area_risk as a').innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('map_areas as m', 'm.organisation_id', 'a.organisation_id')
    .selectAll('a')
    .select(['o.name', 'o.parent_id', (eb) => eb.case().when('m.organisation_id', 'is not', null).then(1).else(0).end().as('has_polygon')])
    .where((eb) => scoped(eb, 'a.path', filter.scope));
  if (filter.kind) q = q.where('a.kind', '=', filter.kind);
  if (filter.level) q = q.where('a.level', '=', filter.level);
  return q.orderBy('a.kind', 'desc').orderBy('o.sort').orderBy('a.path').execute() as Promise<AreaRiskListRow[]>;
}
