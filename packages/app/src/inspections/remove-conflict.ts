// A planner removes a conflict of interest in its scope (404 outside). One transaction, audited with what was removed.
import { deleteConflict, findConflictInScope } from '@hazgov/db/inspections/inspector-conflicts.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requirePlanner } from './plan-access.js';

export async function removeConflict(ctx: AppContext, opts: { actor: Actor; conflictId: string }): Promise<void> {
  requirePlanner(opts.actor);
  const at = ctx.now().toISOString();
  await inTransaction(ctx, async (trx) => {
    const c = await findConflictInScope(trx, opts.conflictId, enterpriseScopeOf(opts.actor));
    if (!c) throw notFound('inspector_conflict');
    await deleteConflict(trx, c.id);
    await recordAudit(trx, { actor: opts.actor, action: 'inspector_conflict.removed', entity: 'inspector_conflict', entityId: c.id, before: { inspectorId: c.inspector_id, enterpriseId: c.enterprise_id, reason: c.reason }, at });
  });
}
