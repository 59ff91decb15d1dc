// An enterprise's history: the audit rows of the enterprise and its parts (see enterprise-audit.ts), and the
// identification changes of its units, newest first. Scoped like the record itself.
import type { AuditLogTable } from '@hazgov/db/schema';
import { listAuditOfEntities, listUnitIdsOf } from '@hazgov/db/enterprises/enterprise-history.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requireEnterpriseInScope } from './enterprise-access.js';

export const HISTORY_LIMIT = 1000;

export type HistoryEntry = { at: string; actorName: string; action: string; entity: string; entityId: string; before: unknown; after: unknown };

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The part a row is about: the enterprise itself, or the id its before/after carries (licence, unit …). */
function entityIdOf(row: AuditLogTable, before: unknown, after: unknown): string {
  if (row.entity === 'enterprise') return row.entity_id;
  for (const v of [after, before]) {
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.id === 'string') return o.id;
      if (typeof o.unitId === 'string') return o.unitId;
    }
  }
  return row.entity_id;
}

export async function listEnterpriseHistory(ctx: AppContext, opts: { actor: Actor; enterpriseId: string }): Promise<HistoryEntry[]> {
  const db = ctx.database.db;
  const enterprise = await requireEnterpriseInScope(db, opts.actor, opts.enterpriseId);
  const rows = await listAuditOfEntities(db, [enterprise.id, ...(await listUnitIdsOf(db, enterprise.id))], HISTORY_LIMIT);
  return rows.map((row) => {
    const before = parse(row.before_json);
    const after = parse(row.after_json);
    return { at: row.at, actorName: row.actor_name, action: row.action, entity: row.entity, entityId: entityIdOf(row, before, after), before, after };
  });
}
