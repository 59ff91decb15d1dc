// Conflicts of interest (回避): an inspector who may not inspect an enterprise. A conflict carries the enterprise's
// path and is read through scoped() like the enterprise itself.
import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { InspectorConflictTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type InspectorConflictRow = Selectable<InspectorConflictTable> & { inspector_name: string; enterprise_name: string };

const base = (db: Db) => db.selectFrom('inspector_conflicts as c')
  .innerJoin('users as u', 'u.id', 'c.inspector_id')
  .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
  .selectAll('c').select(['u.display_name as inspector_name', 'e.name as enterprise_name']);

export async function listConflictsInScope(db: Db, scope: Scope, filter: { enterpriseId?: string | undefined; inspectorId?: string | undefined } = {}): Promise<InspectorConflictRow[]> {
  let q = base(db).where((eb) => scoped(eb, 'c.path', scope));
  if (filter.enterpriseId) q = q.where('c.enterprise_id', '=', filter.enterpriseId);
  if (filter.inspectorId) q = q.where('c.inspector_id', '=', filter.inspectorId);
  return q.orderBy('c.created_at', 'desc').orderBy('c.id').execute();
}

export async function findConflictInScope(db: Db, id: string, scope: Scope): Promise<InspectorConflictRow | undefined> {
  return base(db).where('c.id', '=', id).where((eb) => scoped(eb, 'c.path', scope)).executeTakeFirst();
}

export async function findConflictPair(db: Db, inspectorId: string, enterpriseId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('inspector_conflicts').select('id').where('inspector_id', '=', inspectorId).where('enterprise_id', '=', enterpriseId).executeTakeFirst();
}

export async function insertConflict(db: Db, row: Insertable<InspectorConflictTable>): Promise<void> {
  await db.insertInto('inspector_conflicts').values(row).execute();
}

export async function deleteConflict(db: Db, id: string): Promise<void> {
  await db.deleteFrom('inspector_conflicts').where('id', '=', id).execute();
}

/** Every conflict naming one of these enterprises (a draw's excluded pairs), sorted for a stable stored list. */
export async function conflictsOfEnterprises(db: Db, enterpriseIds: readonly string[]): Promise<{ inspector_id: string; enterprise_id: string; reason: string }[]> {
  const out: { inspector_id: string; enterprise_id: string; reason: string }[] = [];
  for (let i = 0; i < enterpriseIds.length; i += 500) {
    out.push(...await db.selectFrom('inspector_conflicts').select(['inspector_id', 'enterprise_id', 'reason'])
      .where('enterprise_id', 'in', enterpriseIds.slice(i, i + 500)).execute());
  }
  const k = (c: { inspector_id: string; enterprise_id: string }) => `${c.enterprise_id}\u0000${c.inspector_id}`;
  return out.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
