// Conflicts of interest (回避): list, record, remove. Read and written by the planners (district admin, departments,
// territories) for enterprises in their scope; an inspector named must be an inspector of the district. Audited under
// entity inspector_conflict.
import crypto from 'node:crypto';
import { listInspectorsUnder } from '@hazgov/db/inspections/draw-pool.repository';
import {
  deleteConflict, findConflictInScope, findConflictPair, insertConflict, listConflictsInScope, type InspectorConflictRow,
} from '@hazgov/db/inspections/inspector-conflicts.repository';
import { findEnterpriseInScope } from '@hazgov/db/enterprises/enterprises.repository';
import { districtPathOf, enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, notFound, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { mayReadPlans, requirePlanner } from './plan-access.js';

export type ConflictView = { id: string; inspector: { id: string; name: string }; enterprise: { id: string; name: string }; reason: string; createdAt: string };
export const conflictView = (c: InspectorConflictRow): ConflictView => ({
  id: c.id, inspector: { id: c.inspector_id, name: c.inspector_name }, enterprise: { id: c.enterprise_id, name: c.enterprise_name }, reason: c.reason, createdAt: c.created_at,
});

export async function listConflicts(ctx: AppContext, opts: { actor: Actor; enterpriseId?: string | undefined; inspectorId?: string | undefined }): Promise<ConflictView[]> {
  if (!mayReadPlans(opts.actor)) throw forbidden();
  return (await listConflictsInScope(ctx.database.db, enterpriseScopeOf(opts.actor), opts)).map(conflictView);
}

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
