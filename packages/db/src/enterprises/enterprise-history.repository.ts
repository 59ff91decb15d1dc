// An enterprise's audit rows, newest first: every write to the enterprise or its children is recorded with the
// enterprise's id as entity_id (app/src/enterprises/enterprise-audit.ts); identification changes, recorded by
// recomputeUnit under each unit's id, are found through the unit ids. audit_log_entity_id makes both lookups cheap.
import type { Db } from '../database.js';
import type { AuditLogTable } from '../schema.js';

export async function listAuditOfEntities(db: Db, entityIds: readonly string[], limit: number): Promise<AuditLogTable[]> {
  if (entityIds.length === 0) return [];
  return db.selectFrom('audit_log').selectAll().where('entity_id', 'in', [...entityIds]).orderBy('seq', 'desc').limit(limit).execute();
}

/** Ids of the enterprise's current units (a deleted unit's recomputations leave the history with it; its deletion stays). */
export async function listUnitIdsOf(db: Db, enterpriseId: string): Promise<string[]> {
  return (await db.selectFrom('enterprise_units').select('id').where('enterprise_id', '=', enterpriseId).execute()).map((r) => r.id);
}
