// The enterprise facts printed on the risk documents (风险公告栏, 岗位风险告知卡) — its points come from
// risk-points.repository. Scoped on the enterprise's path: outside the jurisdiction the use case answers 404.
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';

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
