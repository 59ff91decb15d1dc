// Risk point rows. Queries only: who may read or write is decided by the use cases (app/src/risk/risk-point-access.ts);
// every read that serves a user takes the scope and applies it with scoped(). The list is one count, one page of ids
// (worst level first, then name) and the page's rows with the territory / grid / enterprise names joined in.
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import { levelRankSql } from './level-rank-sql.js';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { DB, RiskPointTable } from '../schema.js';
import { inIdOrder } from '../shared/in-id-order.js';
import { scoped } from '../shared/scope.js';

export type RiskPointRow = Selectable<RiskPointTable>;
export type RiskPointNames = { territory_name: string; grid_name: string | null; enterprise_name: string | null; enterprise_organisation_id: string | null };
export type RiskPointView = RiskPointRow & RiskPointNames;

export type RiskPointFilter = {
  scope: Scope;
  q?: string | undefined;
  enterpriseId?: string | undefined;
  /** a territory (its points, grid cells included) or a grid cell */
  territoryId?: string | undefined;
  levels?: readonly string[] | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  method?: string | undefined;
  /** points whose next review is before this China date (today: late ones) */
  reviewLateOn?: string | undefined;
  publicOnly?: boolean | undefined;
  page: number;
  pageSize: number;
};

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (column: string, text: string): Expression<SqlBool> => sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;
/** red 1 … blue 4: the sort key of "worst first" (levelRank in domain/risk/types.ts). */
const levelOrder = levelRankSql('rp.level');

function where(eb: ExpressionBuilder<DB & { rp: RiskPointTable }, 'rp'>, f: RiskPointFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [scoped(eb, 'rp.path', f.scope)];
  const q = f.q?.trim();
  if (q) all.push(eb.or([contains('rp.name', q), contains('rp.location', q), contains('rp.hazard_factors_json', q)]));
  if (f.enterpriseId) all.push(eb('rp.enterprise_id', '=', f.enterpriseId));
  if (f.territoryId) all.push(eb.or([eb('rp.territory_id', '=', f.territoryId), eb('rp.grid_id', '=', f.territoryId)]));
  if (f.levels && f.levels.length > 0) all.push(eb('rp.level', 'in', [...f.levels]));
  if (f.status) all.push(eb('rp.status', '=', f.status));
  if (f.kind) all.push(eb('rp.kind', '=', f.kind));
  if (f.method) all.push(eb('rp.method', '=', f.method));
  if (f.reviewLateOn) all.push(eb('rp.next_review_on', '<', f.reviewLateOn));
  if (f.publicOnly) all.push(eb('rp.enterprise_id', 'is', null));
  return eb.and(all);
}

function withNames(db: Db) {
  return db.selectFrom('risk_points as rp')
    .innerJoin('organisations as t', 't.id', 'rp.territory_id')
    .leftJoin('organisations as g', 'g.id', 'rp.grid_id')
    .leftJoin('enterprises as e', 'e.id', 'rp.enterprise_id')
    .selectAll('rp').select(['t.name as territory_name', 'g.name as grid_name', 'e.name as enterprise_name', 'e.organisation_id as enterprise_organisation_id']);
}

export async function listRiskPointPage(db: Db, f: RiskPointFilter): Promise<{ rows: RiskPointView[]; total: number }> {
  const counted = await db.selectFrom('risk_points as rp').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => where(eb, f)).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (total === 0) return { rows: [], total };
  // the page's ids first (sorting narrow rows), then the page's rows with their names
  const ids = (await db.selectFrom('risk_points as rp').select('rp.id').where((eb) => where(eb, f))
    .orderBy(levelOrder).orderBy('rp.name').orderBy('rp.id')
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute()).map((r) => r.id);
  if (ids.length === 0) return { rows: [], total };
  return { rows: inIdOrder(ids, await withNames(db).where('rp.id', 'in', ids).execute()), total };
}

export async function findRiskPointInScope(db: Db, id: string, scope: Scope): Promise<RiskPointView | undefined> {
  return withNames(db).where('rp.id', '=', id).where((eb) => scoped(eb, 'rp.path', scope)).executeTakeFirst();
}

/** Every point of an enterprise in the scope (the printed notice board and cards sort them themselves). */
export async function listRiskPointsOfEnterprise(db: Db, enterpriseId: string, scope: Scope): Promise<RiskPointView[]> {
  return withNames(db).where('rp.enterprise_id', '=', enterpriseId).where((eb) => scoped(eb, 'rp.path', scope)).orderBy('rp.id').execute();
}

export async function findRiskPointById(db: Db, id: string): Promise<RiskPointView | undefined> {
  return withNames(db).where('rp.id', '=', id).executeTakeFirst();
}

export async function insertRiskPoint(db: Db, row: Insertable<RiskPointTable>): Promise<void> {
  await db.insertInto('risk_points').values(row).execute();
}

/** Optimistic lock: changes the row only when it still has `version`; returns false when someone else saved first. */
export async function updateRiskPointAtVersion(db: Db, id: string, version: number, changes: Updateable<RiskPointTable>): Promise<boolean> {
  const r = await db.updateTable('risk_points').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** A change that is not an edit of the record (override, review, warning sent): bumps the version all the same when asked. */
export async function updateRiskPoint(db: Db, id: string, changes: Updateable<RiskPointTable>): Promise<void> {
  await db.updateTable('risk_points').set(changes).where('id', '=', id).execute();
}

/** The point with its comments and confirmations (they reference it). */
export async function deleteRiskPointWithChildren(db: Db, id: string): Promise<void> {
  await db.deleteFrom('risk_comments').where('risk_point_id', '=', id).execute();
  await db.deleteFrom('risk_confirmations').where('risk_point_id', '=', id).execute();
  await db.deleteFrom('risk_points').where('id', '=', id).execute();
}

export type LateReviewRow = Pick<RiskPointRow, 'id' | 'name' | 'path' | 'enterprise_id' | 'territory_id' | 'next_review_on' | 'level'> & {
  enterprise_name: string | null; enterprise_organisation_id: string | null; territory_path: string;
};

/** Points whose review is due before `today` and not yet warned about for that due date (review_warned_for). */
export async function listUnwarnedLateReviews(db: Db, today: string): Promise<LateReviewRow[]> {
  return db.selectFrom('risk_points as rp')
    .innerJoin('organisations as t', 't.id', 'rp.territory_id')
    .leftJoin('enterprises as e', 'e.id', 'rp.enterprise_id')
    .select(['rp.id', 'rp.name', 'rp.path', 'rp.enterprise_id', 'rp.territory_id', 'rp.next_review_on', 'rp.level',
      'e.name as enterprise_name', 'e.organisation_id as enterprise_organisation_id', 't.path as territory_path'])
    .where('rp.next_review_on', '<', today)
    .where((eb) => eb.or([eb('rp.review_warned_for', 'is', null), eb('rp.review_warned_for', '!=', eb.ref('rp.next_review_on'))]))
    .orderBy('rp.next_review_on').orderBy('rp.id')
    .execute();
}

/**
 * For the enterprises context: an enterprise moved to another territory or grid cell takes its risk points (and their
 * comments and confirmations) along, so jurisdiction follows the move. Returns the places the points left.
 */
export async function moveRiskPointsOfEnterprise(db: Db, m: { enterpriseId: string; path: string; territoryId: string; gridId: string | null }): Promise<string[]> {
  const old = await db.selectFrom('risk_points').select(['territory_id', 'grid_id']).where('enterprise_id', '=', m.enterpriseId).execute();
  if (old.length === 0) return [];
  await db.updateTable('risk_points').set({ path: m.path, territory_id: m.territoryId, grid_id: m.gridId }).where('enterprise_id', '=', m.enterpriseId).execute();
  const ids = db.selectFrom('risk_points').select('id').where('enterprise_id', '=', m.enterpriseId);
  await db.updateTable('risk_comments').set({ path: m.path }).where('risk_point_id', 'in', ids).execute();
  await db.updateTable('risk_confirmations').set({ path: m.path }).where('risk_point_id', 'in', ids).execute();
  return [...new Set(old.flatMap((r) => [r.territory_id, ...(r.grid_id ? [r.grid_id] : [])]))];
}

/**
 * For the enterprises context, before a unit or site is deleted (risk points reference it): its points stay as points
 * of the site (a unit's, when it had one) or of the enterprise, so neither the delete fails nor the points vanish.
 */
export async function detachRiskPointsFrom(db: Db, part: { unitId: string } | { siteId: string }): Promise<void> {
  if ('unitId' in part) {
    await db.updateTable('risk_points').set((eb) => ({ unit_id: null, kind: eb.case().when('site_id', 'is not', null).then('site').else('enterprise').end() }))
      .where('unit_id', '=', part.unitId).execute();
  } else {
    await db.updateTable('risk_points').set({ site_id: null, kind: 'enterprise' }).where('site_id', '=', part.siteId).where('unit_id', 'is', null).execute();
    await db.updateTable('risk_points').set({ site_id: null }).where('site_id', '=', part.siteId).execute();
  }
}
