// Reads behind the printed risk documents (风险公告栏, 岗位风险告知卡): an enterprise and its risk points, or one point
// and the points sharing its owner. Every read is scoped on the record's own path (an enterprise's points carry the
// enterprise's path), so a caller outside the jurisdiction gets nothing and the use case answers 404.
import type { Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { RiskPointTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type PrintedPointRow = Selectable<RiskPointTable> & { enterprise_name: string | null; territory_name: string };
export type PrintedEnterpriseRow = { id: string; name: string; address: string | null; contacts_json: string; territory_name: string };

export async function findEnterpriseForPrint(db: Db, enterpriseId: string, scope: Scope): Promise<PrintedEnterpriseRow | undefined> {
  return db
    .selectFrom('enterprises as e')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .select(['e.id', 'e.name', 'e.address', 'e.contacts_json', 't.name as territory_name'])
    .where('e.id', '=', enterpriseId)
    .where((eb) => scoped(eb, 'e.path', scope))
    .executeTakeFirst();
}

function pointsQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('risk_points as p')
    .leftJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'p.territory_id')
    .selectAll('p')
    .select(['e.name as enterprise_name', 't.name as territory_name'])
    .where((eb) => scoped(eb, 'p.path', scope));
}

/** Every risk point of the enterprise in the scope, in no particular order (the document sorts worst first). */
export async function listEnterprisePointsForPrint(db: Db, enterpriseId: string, scope: Scope): Promise<PrintedPointRow[]> {
  return pointsQuery(db, scope).where('p.enterprise_id', '=', enterpriseId).orderBy('p.id').execute();
}

export async function findPointForPrint(db: Db, pointId: string, scope: Scope): Promise<PrintedPointRow | undefined> {
  return pointsQuery(db, scope).where('p.id', '=', pointId).executeTakeFirst();
}
