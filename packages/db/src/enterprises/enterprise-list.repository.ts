// The enterprise list: filters, one count query, one page of ids, then the page's aggregates (units, major hazards,
// worst grade, next licence expiry) in grouped queries over those ids only — never a query per row, never an
// aggregate over the whole table. Filters on children are `id in (select enterprise_id …)` so the child tables'
// indexes (is_major_hazard/grade, expires_on, cas/name) drive them. Built for 100,000 enterprises.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { DB } from '../schema.js';
import { inIdOrder } from '../shared/in-id-order.js';
import { scoped } from '../shared/scope.js';
import type { EnterpriseRow } from './enterprises.repository.js';

export type EnterpriseListFilter = {
  scope: Scope;
  q?: string | undefined;
  /** A territory (its enterprises, grid cells included) or a grid cell. */
  place?: { kind: 'territory' | 'grid'; id: string } | undefined;
  industry?: string | undefined;
  activity?: string | undefined;
  status?: string | undefined;
  grade?: number | undefined;
  majorHazard?: boolean | undefined;
  /** Keeps enterprises with a licence expiring on or before this China date (expired ones included). */
  licenceExpiringBy?: string | undefined;
  /** Keeps enterprises with an inventory line of these CAS numbers or exact stored names (matched by the caller). */
  restricted?: { cas: readonly string[]; names: readonly string[] } | undefined;
  page: number;
  pageSize: number;
};

export type EnterpriseListRow = EnterpriseRow & {
  territory_name: string; grid_name: string | null; unit_count: number; major_hazard_count: number; worst_grade: number | null;
  next_licence_expiry: string | null;
};

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (column: string, text: string): Expression<SqlBool> => sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;

function where(eb: ExpressionBuilder<DB, 'enterprises'>, f: EnterpriseListFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [scoped(eb, 'enterprises.path', f.scope)];
  const q = f.q?.trim();
  if (q) all.push(eb.or([contains('enterprises.name', q), contains('enterprises.uscc', q.toUpperCase())]));
  if (f.place) all.push(eb(f.place.kind === 'grid' ? 'enterprises.grid_id' : 'enterprises.territory_id', '=', f.place.id));
  if (f.industry) all.push(eb('enterprises.industry', '=', f.industry));
  if (f.activity) all.push(contains('enterprises.activities', JSON.stringify(f.activity)));
  if (f.status) all.push(eb('enterprises.status', '=', f.status));
  if (f.grade !== undefined) {
    const grade = f.grade;
    all.push(eb('enterprises.id', 'in', eb.selectFrom('enterprise_units').select('enterprise_id').where('is_major_hazard', '=', 1).where('grade', '=', grade)));
  }
  if (f.majorHazard) all.push(eb('enterprises.id', 'in', eb.selectFrom('enterprise_units').select('enterprise_id').where('is_major_hazard', '=', 1)));
  if (f.licenceExpiringBy) {
    all.push(eb('enterprises.id', 'in', eb.selectFrom('enterprise_licences').select('enterprise_id').where('expires_on', '<=', f.licenceExpiringBy)));
  }
  if (f.restricted) {
    const { cas, names } = f.restricted;
    if (cas.length === 0 && names.length === 0) all.push(sql<SqlBool>`1 = 0`);
    else {
      all.push(eb('enterprises.id', 'in', eb.selectFrom('inventory_lines').select('enterprise_id').where((l) => l.or([
        ...(cas.length > 0 ? [l('cas', 'in', [...cas])] : []),
        ...(names.length > 0 ? [l('chemical_name', 'in', [...names])] : []),
      ]))));
    }
  }
  return eb.and(all);
}

export async function listEnterprisePage(db: Db, f: EnterpriseListFilter): Promise<{ rows: EnterpriseListRow[]; total: number }> {
  const counted = await db.selectFrom('enterprises').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => where(eb, f)).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const ids = (await db.selectFrom('enterprises').select('id').where((eb) => where(eb, f))
    .orderBy('name').orderBy('id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute()).map((r) => r.id);
  if (ids.length === 0) return { rows: [], total };

  const [rows, units, licences] = await Promise.all([
    db.selectFrom('enterprises as e')
      .innerJoin('organisations as t', 't.id', 'e.territory_id')
      .leftJoin('organisations as g', 'g.id', 'e.grid_id')
      .selectAll('e').select(['t.name as territory_name', 'g.name as grid_name'])
      .where('e.id', 'in', ids).execute(),
    db.selectFrom('enterprise_units')
      .select((eb) => [
        'enterprise_id', eb.fn.countAll<number>().as('unit_count'), eb.fn.sum<number>('is_major_hazard').as('major_hazard_count'),
        eb.fn.min<number | null>(sql<number | null>`case when is_major_hazard = 1 then grade end`).as('worst_grade'),
      ])
      .where('enterprise_id', 'in', ids).groupBy('enterprise_id').execute(),
    db.selectFrom('enterprise_licences').select((eb) => ['enterprise_id', eb.fn.min<string>('expires_on').as('next_expiry')])
      .where('enterprise_id', 'in', ids).groupBy('enterprise_id').execute(),
  ]);
  const unitsOf = new Map(units.map((u) => [u.enterprise_id, u]));
  const expiryOf = new Map(licences.map((l) => [l.enterprise_id, l.next_expiry]));
  const withCounts = rows.map((r) => {
    const u = unitsOf.get(r.id);
    return {
      ...r, unit_count: Number(u?.unit_count ?? 0), major_hazard_count: Number(u?.major_hazard_count ?? 0),
      worst_grade: u?.worst_grade === null || u?.worst_grade === undefined ? null : Number(u.worst_grade), next_licence_expiry: expiryOf.get(r.id) ?? null,
    };
  });
  return { rows: inIdOrder(ids, withCounts), total };
}

/** (enterprise, name, CAS) of the lines of some enterprises: the caller flags restricted ones with the domain rule. */
export async function listLineNamesOf(db: Db, enterpriseIds: readonly string[]): Promise<{ enterprise_id: string; chemical_name: string; cas: string | null }[]> {
  if (enterpriseIds.length === 0) return [];
  return db.selectFrom('inventory_lines').select(['enterprise_id', 'chemical_name', 'cas']).where('enterprise_id', 'in', [...enterpriseIds]).execute();
}

/** Every distinct stored chemical name (read from the name index): the caller matches them against the restriction list. */
export async function listDistinctLineNames(db: Db): Promise<string[]> {
  return (await db.selectFrom('inventory_lines').select('chemical_name').distinct().execute()).map((r) => r.chemical_name);
}
