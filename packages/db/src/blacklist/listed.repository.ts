// Which enterprises are listed (an entry published or in credit repair): the badge every page shows beside them.
import { listedStatuses } from '@hazgov/domain/blacklist/types';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';

// Presenters pass the ids of one page (≤ a few hundred); chunked so a large page stays under SQLite's variable limit.
const CHUNK = 500;

/** The enterprise ids of listed entries, once each: what "listed" means, for both questions below. */
const listedIds = (db: Db) => db.selectFrom('blacklist_entries').select('enterprise_id').distinct().where('status', 'in', [...listedStatuses]);

export async function listedEnterpriseIdsAmong(db: Db, enterpriseIds: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(enterpriseIds)];
  const listed = new Set<string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const rows = await listedIds(db).where('enterprise_id', 'in', chunk).execute();
    for (const r of rows) if (r.enterprise_id) listed.add(r.enterprise_id);
  }
  return listed;
}

/** Every listed enterprise in a scope (the caller's district): `GET /api/blacklist/listed` for the badge hook. */
export async function listedEnterpriseIdsIn(db: Db, scope: Scope): Promise<string[]> {
  const rows = await listedIds(db).where('enterprise_id', 'is not', null).where((eb) => scoped(eb, 'path', scope)).orderBy('enterprise_id').execute();
  return rows.map((r) => r.enterprise_id!).filter(Boolean);
}
