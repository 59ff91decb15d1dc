// A planner records that an inspector may not inspect an enterprise (in its scope); the inspector must be one of the
// district's. A pair is recorded once (409 otherwise). One transaction, audited.
import crypto from 'node:crypto';
import { listInspectorsUnder } from '@hazgov/db/inspections/draw-pool.repository';
import { findConflictInScope, findConflictPair, insertConflict } from '@hazgov/db/inspections/inspector-conflicts.repository';
import { findEnterpriseInScope } from '@hazgov/db/enterprises/enterprises.repository';
import { districtPathOf, enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { conflictView, type ConflictView } from './inspector-conflicts.js';
import { requirePlanner } from './plan-access.js';

export async function addConflict(ctx: AppContext, opts: { actor: Actor; input: { inspectorId: string; enterpriseId: string; reason: string } }): Promise<ConflictView> {
  requirePlanner(opts.actor);
  const { inspectorId, enterpriseId } = opts.input;
  const reason = (opts.input.reason ?? '').trim();
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const scope = enterpriseScopeOf(opts.actor);
    const details: ErrorDetail[] = [];
    const enterprise = await findEnterpriseInScope(trx, enterpriseId, scope);
    if (!enterprise) details.push({ field: 'enterpriseId', code: 'CONFLICT_ENTERPRISE_UNKNOWN', params: { field: 'enterpriseId' } });
    const inspectors = await listInspectorsUnder(trx, districtPathOf(opts.actor.organisationPath));
    if (!inspectors.some((i) => i.id === inspectorId)) details.push({ field: 'inspectorId', code: 'CONFLICT_INSPECTOR_UNKNOWN', params: { field: 'inspectorId' } });
    if (!reason) details.push({ field: 'reason', code: 'CONFLICT_REASON_REQUIRED', params: { field: 'reason' } });
    else if (reason.length > 500) details.push({ field: 'reason', code: 'PLAN_FIELD_TOO_LONG', params: { field: 'reason', max: 500 } });
    if (details.length) throw new AppError('INSPECTOR_CONFLICT_INVALID', 'input', {}, details);
    if (await findConflictPair(trx, inspectorId, enterpriseId)) throw new AppError('INSPECTOR_CONFLICT_EXISTS', 'conflict');
    const id = crypto.randomUUID();
    await insertConflict(trx, { id, path: enterprise!.path, inspector_id: inspectorId, enterprise_id: enterpriseId, reason, created_by: opts.actor.userId, created_at: at });
    await recordAudit(trx, { actor: opts.actor, action: 'inspector_conflict.recorded', entity: 'inspector_conflict', entityId: id, after: { inspectorId, enterpriseId, reason }, at });
    return conflictView((await findConflictInScope(trx, id, scope))!);
  });
}
