// A risk point's history: the audit rows recorded under its id (the point, its comments, confirmations, overrides
// and reviews; see risk-point-audit.ts), newest first. Scoped like the point itself.
import { listAuditOfEntities } from '@hazgov/db/enterprises/enterprise-history.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { HistoryEntry } from '../enterprises/list-enterprise-history.js';
import type { AppContext } from '../shared/context.js';
import { requirePointInScope } from './risk-point-access.js';

export const HISTORY_LIMIT = 1000;
const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export async function listRiskPointHistory(ctx: AppContext, opts: { actor: Actor; pointId: string }): Promise<HistoryEntry[]> {
  const db = ctx.database.db;
  const point = await requirePointInScope(db, opts.actor, opts.pointId);
  const rows = await listAuditOfEntities(db, [point.id], HISTORY_LIMIT);
  return rows.map((row) => {
    const before = parse(row.before_json);
    const after = parse(row.after_json);
    const part = [after, before].find((v): v is { id: string } => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string');
    return { at: row.at, actorName: row.actor_name, action: row.action, entity: row.entity, entityId: part?.id ?? row.entity_id, before, after };
  });
}
