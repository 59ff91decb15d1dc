// The risk dashboard's figures, each one grouped query over the caller's scope (no per-row look-ups): points by
// level and status, late reviews, by territory, by industry (public places their own bucket), by kind, the 12-month
// trend from the daily snapshots, the points needing attention, and areas by level. A review is late when its
// next_review_on is before today (China date).
import { sql } from 'kysely';
import { levelRankSql } from './level-rank-sql.js';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';

export type LevelCounts = { red: number; orange: number; yellow: number; blue: number };
export const zeroLevels = (): LevelCounts => ({ red: 0, orange: 0, yellow: 0, blue: 0 });
const levelKeys = ['red', 'orange', 'yellow', 'blue'] as const;
const addTo = (c: LevelCounts, level: string, n: number): void => {
  if ((levelKeys as readonly string[]).includes(level)) c[level as keyof LevelCounts] += n;
};
/** Worst first: red 1 … blue 4 (SQL twin of levelRank). */
const levelOrder = levelRankSql('rp.level');

/** The industry bucket of public places (no enterprise) and of enterprises that gave none. */
export const PUBLIC_PLACE_BUCKET = 'public_place';
export const NO_INDUSTRY_BUCKET = 'unspecified';

export type PointTotals = { byLevel: LevelCounts; byStatus: { controlled: number; attention: number; out_of_control: number }; reviewLate: number };

export async function countPointTotals(db: Db, scope: Scope, today: string): Promise<PointTotals> {
  const rows = await db.selectFrom('risk_points as rp')
    .select(['rp.level', 'rp.status', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(case when rp.next_review_on < ${today} then 1 else 0 end)`.as('late')])
    .where((eb) => scoped(eb, 'rp.path', scope))
    .groupBy(['rp.level', 'rp.status'])
    .execute();
  const out: PointTotals = { byLevel: zeroLevels(), byStatus: { controlled: 0, attention: 0, out_of_control: 0 }, reviewLate: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    addTo(out.byLevel, r.level, n);
    if (r.status === 'controlled' || r.status === 'attention' || r.status === 'out_of_control') out.byStatus[r.status] += n;
    out.reviewLate += Number(r.late ?? 0);
  }
  return out;
}

export type TerritoryLevels = { id: string; name: string } & LevelCounts;

/** Every territory in scope (with zeros) plus any territory the scoped points name (a grid user's own town). */
export async function countByTerritory(db: Db, scope: Scope): Promise<TerritoryLevels[]> {
  const [counts, territories] = await Promise.all([
    db.selectFrom('risk_points as rp').innerJoin('organisations as t', 't.id', 'rp.territory_id')
      .select(['t.id', 't.name', 't.sort', 'rp.level', (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => scoped(eb, 'rp.path', scope))
      .groupBy(['t.id', 't.name', 't.sort', 'rp.level'])
      .execute(),
    db.selectFrom('organisations as t').select(['t.id', 't.name', 't.sort'])
      .where('t.kind', '=', 'territory').where((eb) => scoped(eb, 't.path', scope))
      .execute(),
  ]);
  const byId = new Map<string, TerritoryLevels & { sort: number }>();
  for (const t of territories) byId.set(t.id, { id: t.id, name: t.name, sort: Number(t.sort), ...zeroLevels() });
  for (const r of counts) {
    const t = byId.get(r.id) ?? { id: r.id, name: r.name, sort: Number(r.sort), ...zeroLevels() };
    addTo(t, r.level, Number(r.n));
    byId.set(r.id, t);
  }
  return [...byId.values()].sort((a, b) => a.sort - b.sort || a.id.localeCompare(b.id)).map(({ sort: _sort, ...t }) => t);
}

export type IndustryLevels = { industry: string } & LevelCounts;

export async function countByIndustry(db: Db, scope: Scope): Promise<IndustryLevels[]> {
  // literals, not parameters: PostgreSQL must see the GROUP BY expression identical to the selected one
  const bucket = sql<string>`case when rp.enterprise_id is null then ${sql.lit(PUBLIC_PLACE_BUCKET)} when e.industry is null or e.industry = '' then ${sql.lit(NO_INDUSTRY_BUCKET)} else e.industry end`;
  const rows = await db.selectFrom('risk_points as rp').leftJoin('enterprises as e', 'e.id', 'rp.enterprise_id')
    .select([bucket.as('industry'), 'rp.level', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => scoped(eb, 'rp.path', scope))
    .groupBy([bucket, 'rp.level'])
    .execute();
  const map = new Map<string, IndustryLevels>();
  for (const r of rows) {
    const row = map.get(r.industry) ?? { industry: r.industry, ...zeroLevels() };
    addTo(row, r.level, Number(r.n));
    map.set(r.industry, row);
  }
  const total = (x: LevelCounts) => x.red + x.orange + x.yellow + x.blue;
  // most points first; worst-weighted ties by red, then the name
  return [...map.values()].sort((a, b) => total(b) - total(a) || b.red - a.red || a.industry.localeCompare(b.industry));
}

export async function countByKind(db: Db, scope: Scope): Promise<{ kind: string; count: number }[]> {
  const rows = await db.selectFrom('risk_points as rp')
    .select(['rp.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => scoped(eb, 'rp.path', scope))
    .groupBy('rp.kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: Number(r.n) })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export type TrendMonth = { month: string } & LevelCounts;

/** Months from `fromMonth` (YYYY-MM) on: the last snapshot of each territory in each month, summed. Months without one are absent. */
export async function snapshotTrend(db: Db, scope: Scope, fromMonth: string): Promise<TrendMonth[]> {
  const month = sql<string>`substr(s.taken_on, 1, 7)`;
  const lastOfMonth = db.selectFrom('risk_snapshots as s')
    .select(['s.territory_id', month.as('month'), (eb) => eb.fn.max('s.taken_on').as('last_on')])
    .where((eb) => scoped(eb, 's.path', scope))
    .where('s.taken_on', '>=', `${fromMonth}-01`)
    .groupBy(['s.territory_id', month])
    .as('x');
  const rows = await db.selectFrom('risk_snapshots as r')
    .innerJoin(lastOfMonth, (j) => j.onRef('x.territory_id', '=', 'r.territory_id').onRef('x.last_on', '=', 'r.taken_on'))
    .select([
      'x.month',
      (eb) => eb.fn.sum<number>('r.red').as('red'), (eb) => eb.fn.sum<number>('r.orange').as('orange'),
      (eb) => eb.fn.sum<number>('r.yellow').as('yellow'), (eb) => eb.fn.sum<number>('r.blue').as('blue'),
    ])
    .groupBy('x.month')
    .orderBy('x.month')
    .execute();
  return rows.map((r) => ({ month: r.month, red: Number(r.red), orange: Number(r.orange), yellow: Number(r.yellow), blue: Number(r.blue) }));
}

export type AttentionRow = {
  id: string; name: string; kind: string; level: string; status: string; next_review_on: string;
  enterprise_id: string | null; enterprise_name: string | null; territory_id: string; territory_name: string;
  grid_id: string | null; grid_name: string | null; responsible_person: string;
};

/** Red and orange points that are not controlled or whose review is late; worst level, out of control, latest review first. */
export async function listAttention(db: Db, scope: Scope, today: string, limit: number): Promise<AttentionRow[]> {
  return db.selectFrom('risk_points as rp')
    .leftJoin('enterprises as e', 'e.id', 'rp.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'rp.territory_id')
    .leftJoin('organisations as g', 'g.id', 'rp.grid_id')
    .select(['rp.id', 'rp.name', 'rp.kind', 'rp.level', 'rp.status', 'rp.next_review_on', 'rp.enterprise_id', 'e.name as enterprise_name', 'rp.territory_id',
      't.name as territory_name', 'rp.grid_id', 'g.name as grid_name', 'rp.responsible_person'])
    .where((eb) => scoped(eb, 'rp.path', scope))
    .where('rp.level', 'in', ['red', 'orange'])
    .where((eb) => eb.or([eb('rp.status', '!=', 'controlled'), eb('rp.next_review_on', '<', today)]))
    .orderBy(levelOrder)
    .orderBy(sql`case rp.status when 'out_of_control' then 1 when 'attention' then 2 else 3 end`)
    .orderBy('rp.next_review_on')
    .orderBy('rp.name')
    .orderBy('rp.id')
    .limit(limit)
    .execute();
}

export async function countAreasByLevel(db: Db, scope: Scope): Promise<LevelCounts> {
  const rows = await db.selectFrom('area_risk as a')
    .select(['a.level', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => scoped(eb, 'a.path', scope))
    .groupBy('a.level')
    .execute();
  const out = zeroLevels();
  for (const r of rows) addTo(out, r.level, Number(r.n));
  return out;
}
