// Clears a regulator's grade (撤销调整): the computed level is back in force. A reason is needed like for the
// override itself; the owner is told; the audit keeps the grade that was cleared and why.
import { updateRiskPoint } from '@hazgov/db/risk/risk-points.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import type { RiskLevel } from '@hazgov/domain/risk/types';
import { notify } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { checkReason, LEVEL_ZH } from './override-risk-point.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { mayOverride, requirePointInScope } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { draftForOwner } from './risk-point-notice.js';

export async function clearRiskOverride(ctx: AppContext, opts: { actor: Actor; pointId: string; reason: string }): Promise<void> {
  const at = ctx.now().toISOString();
  await inTransaction(ctx, async (trx) => {
    const before = await requirePointInScope(trx, opts.actor, opts.pointId);
    if (!mayOverride(opts.actor)) throw forbidden();
    const reason = checkReason(opts.reason);
    if (!before.override_level) throw new AppError('RISK_OVERRIDE_NONE', 'conflict');
    await updateRiskPoint(trx, before.id, { override_level: null, override_reason: null, override_by: null, override_at: null, level: before.computed_level, updated_at: at });
    await auditRiskPoint(trx, ctx, {
      actor: opts.actor, pointId: before.id, entity: 'risk_point', action: 'risk_point.override_cleared',
      before: { id: before.id, level: before.level, override_level: before.override_level, override_reason: before.override_reason },
      after: { id: before.id, level: before.computed_level, override_level: null, reason },
    });
    const level = before.computed_level as RiskLevel;
    await notify(trx, [await draftForOwner(trx, before, {
      kind: 'risk_override', title: `风险点“${before.name}”的等级调整已撤销，恢复为${LEVEL_ZH[level] ?? level}`,
      body: `${opts.actor.displayName}：${reason}`, dedupeKey: `risk-override-cleared:${before.id}:${at}`,
    })], at);
    await recomputeAreasOf(trx, ctx, [before.territory_id, ...(before.grid_id ? [before.grid_id] : [])]);
  });
}
