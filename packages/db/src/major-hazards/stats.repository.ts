// Counts of units by grade and territory for the major hazard statistics, in scope. One grouped query each.
import { sql } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';

export type TerritoryGradeCount = { territory_id: string; territory_name: string; grade: number; n: number };

export async function countGradedByTerritory(db: Db, scope: Scope): Promise<TerritoryGradeCount[]> {
  const rows = await db
    .selectFrom('enterprise_units as u')
    .innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .select(['t.id as territory_id', 't.name as territory_name', 't.sort as territory_sort', 'u.grade', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => scoped(eb, 'u.path', scope))
    .where('u.is_major_hazard', '=', 1)
    .where('u.grade', 'is not', null)
    .groupBy(['t.id', 't.name', 't.sort', 'u.grade'])
    .orderBy('t.sort')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({ territory_id: r.territory_id, territory_name: r.territory_name, grade: Number(r.grade), n: Number(r.n) }));
}

export async function countUnitsByStatus(db: Db, scope: Scope): Promise<{ total: number; belowThreshold: number; major: number }> {
  const row = await db
    .selectFrom('enterprise_units as u')
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`sum(case when u.ident_status = 'ok' and u.is_major_hazard = 0 then 1 else 0 end)`.as('below'),
      sql<number>`sum(case when u.is_major_hazard = 1 then 1 else 0 end)`.as('major'),
    ])
    .where((eb) => scoped(eb, 'u.path', scope))
    .executeTakeFirstOrThrow();
  return { total: Number(row.total ?? 0), belowThreshold: Number(row.below ?? 0), major: Number(row.major ?? 0) };
}
