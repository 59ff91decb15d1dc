// The major hazard register: units identified as major hazards (or whose identification is incomplete, so they are
// not lost), their register rows, and counts for the register page and the statistics. Every read is scoped by the
// enterprise path; the unit's stored identification (ident_status, grade, s/r) is what is filtered on.
import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { DB, MajorHazardRegisterTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type RegisterRow = Selectable<MajorHazardRegisterTable>;

export type RegisterFilters = {
  scope: Scope;
  grade?: number | undefined;
  territoryId?: string | undefined;
  filingStatus?: string | undefined;
  /** graded | needs_population | incomplete */
  status?: string | undefined;
  q?: string | undefined;
};

export type RegisterListRow = {
  unit_id: string; unit_name: string; unit_kind: string; enterprise_id: string; enterprise_name: string; territory_id: string; territory_name: string;
  ident_status: string; is_major_hazard: number; grade: number | null; s_exact: string | null; r_exact: string | null; identified_at: string | null;
  filing_status: string | null; principal_name: string | null; technical_name: string | null; operations_name: string | null;
};

type From = DB & { u: DB['enterprise_units']; e: DB['enterprises']; t: DB['organisations']; r: DB['major_hazard_register'] };

const likeEscaped = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Status as the API names it, from the stored columns (recomputeUnit stores 'ok' for graded and below threshold). */
const statusSql = sql<string>`case when u.ident_status = 'ok' and u.is_major_hazard = 1 then 'graded' when u.ident_status = 'ok' then 'below_threshold' else u.ident_status end`;

function base(db: Db) {
  return db
    .selectFrom('enterprise_units as u')
    .innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .leftJoin('major_hazard_register as r', 'r.unit_id', 'u.id');
}

function filtered(eb: ExpressionBuilder<From, 'u' | 'e' | 't' | 'r'>, f: RegisterFilters, withGrade: boolean): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [
    scoped(eb, 'u.path', f.scope),
    eb.or([eb('u.is_major_hazard', '=', 1), eb('u.ident_status', '=', 'incomplete')]),
  ];
  if (withGrade && f.grade !== undefined) conds.push(eb('u.grade', '=', f.grade));
  if (f.territoryId) conds.push(eb.or([eb('e.territory_id', '=', f.territoryId), eb('e.grid_id', '=', f.territoryId)]));
  if (f.filingStatus) conds.push(sql<SqlBool>`coalesce(r.filing_status, 'not_filed') = ${f.filingStatus}`);
  if (f.status) conds.push(sql<SqlBool>`${statusSql} = ${f.status}`);
  if (f.q) {
    const pattern = likeEscaped(f.q.toLowerCase());
    conds.push(eb.or([sql<SqlBool>`lower(u.name) like ${pattern} escape '\\'`, sql<SqlBool>`lower(e.name) like ${pattern} escape '\\'`]));
  }
  return eb.and(conds);
}

export async function listRegister(db: Db, f: RegisterFilters, page: { limit: number; offset: number }): Promise<{ rows: RegisterListRow[]; total: number }> {
  const total = await base(db).where((eb) => filtered(eb, f, true)).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base(db)
    .where((eb) => filtered(eb, f, true))
    .select([
      'u.id as unit_id', 'u.name as unit_name', 'u.kind as unit_kind', 'e.id as enterprise_id', 'e.name as enterprise_name', 't.id as territory_id',
      't.name as territory_name', statusSql.as('ident_status'), 'u.is_major_hazard', 'u.grade', 'u.s_exact', 'u.r_exact', 'u.identified_at',
      'r.filing_status', 'r.principal_name', 'r.technical_name', 'r.operations_name',
    ])
    // Most serious first: graded by grade (1 first) and R, then those waiting for a population, then the incomplete.
    .orderBy(sql`case when u.grade is not null then 0 when u.ident_status = 'needs_population' then 1 else 2 end`)
    .orderBy('u.grade')
    .orderBy('u.r_value', 'desc')
    .orderBy('e.name')
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { rows: rows as RegisterListRow[], total: Number(total.n) };
}

export type GradeCounts = { 1: number; 2: number; 3: number; 4: number; needsPopulation: number; incomplete: number };

/** The register's tab counts: every filter but the grade. */
export async function countRegisterByGrade(db: Db, f: RegisterFilters): Promise<GradeCounts> {
  const rows = await base(db)
    .where((eb) => filtered(eb, f, false))
    .select([statusSql.as('status'), 'u.grade', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy([statusSql, 'u.grade'])
    .execute();
  const counts: GradeCounts = { 1: 0, 2: 0, 3: 0, 4: 0, needsPopulation: 0, incomplete: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.status === 'graded' && (r.grade === 1 || r.grade === 2 || r.grade === 3 || r.grade === 4)) counts[r.grade] += n;
    else if (r.status === 'needs_population') counts.needsPopulation += n;
    else if (r.status === 'incomplete') counts.incomplete += n;
  }
  return counts;
}

export type MajorHazardUnitRow = Selectable<DB['enterprise_units']> & {
  enterprise_name: string; enterprise_uscc: string; enterprise_address: string | null; enterprise_organisation_id: string;
  territory_id: string; territory_name: string;
};

/** One unit in scope with its enterprise and territory; undefined outside the scope (the caller answers 404). */
export async function findUnitInScope(db: Db, unitId: string, scope: Scope): Promise<MajorHazardUnitRow | undefined> {
  return db
    .selectFrom('enterprise_units as u')
    .innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .selectAll('u')
    .select(['e.name as enterprise_name', 'e.uscc as enterprise_uscc', 'e.address as enterprise_address', 'e.organisation_id as enterprise_organisation_id', 't.id as territory_id', 't.name as territory_name'])
    .where('u.id', '=', unitId)
    .where((eb) => scoped(eb, 'u.path', scope))
    .executeTakeFirst();
}

export async function findRegister(db: Db, unitId: string): Promise<RegisterRow | undefined> {
  return db.selectFrom('major_hazard_register').selectAll().where('unit_id', '=', unitId).executeTakeFirst();
}

export async function upsertRegister(db: Db, row: RegisterRow): Promise<void> {
  const { unit_id: unitId, ...change } = row;
  const r = await db.updateTable('major_hazard_register').set(change).where('unit_id', '=', unitId).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) await db.insertInto('major_hazard_register').values(row).execute();
}
