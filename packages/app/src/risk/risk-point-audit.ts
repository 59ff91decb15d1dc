// Every write to a risk point or one of its parts is audited under the POINT's id (entity_id), the entity naming
// what changed ('risk_point', 'risk_comment', 'risk_confirmation') and before/after carrying the part's own id. So a
// point's history is one indexed lookup, and it outlives the point's deletion.
import type { Db } from '@hazgov/db/database';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';

export type RiskEntity = 'risk_point' | 'risk_comment' | 'risk_confirmation';

export async function auditRiskPoint(
  trx: Db,
  ctx: AppContext,
  e: { actor: AuditActor; pointId: string; entity: RiskEntity; action: string; before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(trx, { actor: e.actor, action: e.action, entity: e.entity, entityId: e.pointId, before: e.before, after: e.after, at: ctx.now().toISOString() });
}
