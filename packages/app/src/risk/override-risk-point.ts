// A regulator's grade for a risk point (调整风险等级): the level it sets wins over the computed one until cleared,
// with the reason, who and when kept on the row and in the audit. The owner (enterprise, or the territory of a
// public place) is told. Clearing it: clear-risk-override.ts.
import { updateRiskPoint } from '@hazgov/db/risk/risk-points.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid } from '@hazgov/domain/shared/app-error';
import type { RiskLevel } from '@hazgov/domain/risk/types';
import { notify } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { mayOverride, requirePointInScope } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { draftForOwner } from './risk-point-notice.js';

export const OVERRIDE_REASON_MIN = 4;
export const LEVEL_ZH: Record<RiskLevel, string> = { red: '重大风险（红）', orange: '较大风险（橙）', yellow: '一般风险（黄）', blue: '低风险（蓝）' };

export function checkReason(reason: string): string {
  const r = reason.trim();
  if ([...r].length < OVERRIDE_REASON_MIN) {
    throw invalid('RISK_OVERRIDE_REASON_REQUIRED', [{ field: 'reason', code: 'RISK_OVERRIDE_REASON_REQUIRED', params: { min: OVERRIDE_REASON_MIN } }], { min: OVERRIDE_REASON_MIN });
  }
  return r;
}

export async function overrideRiskPoint(ctx: AppContext, opts: { actor: Actor; pointId: string; level: RiskLevel; reason: string }): Promise<void> {
  const at = ctx.now().toISOString();
  await inTransaction(ctx, async (trx) => {
    const before = await requirePointInScope(trx, opts.actor, opts.pointId);
    if (!mayOverride(opts.actor)) throw forbidden();
    const reason = checkReason(opts.reason);
    const change = { override_level: opts.level, override_reason: reason, override_by: opts.actor.displayName, override_at: at, level: opts.level, updated_at: at };
    await updateRiskPoint(trx, before.id, change);
    await auditRiskPoint(trx, ctx, {
      actor: opts.actor, pointId: before.id, entity: 'risk_point', action: 'risk_point.overridden',
      before: { id: before.id, level: before.level, computed_level: before.computed_level, override_level: before.override_level, override_reason: before.override_reason },
      after: { id: before.id, level: opts.level, computed_level: before.computed_level, override_level: opts.level, override_reason: reason },
    });
    await notify(trx, [await draftForOwner(trx, before, {
      kind: 'risk_override', title: `风险点“${before.name}”的等级被调整为${LEVEL_ZH[opts.level]}`,
      body: `${opts.actor.displayName}：${reason}`, dedupeKey: `risk-override:${before.id}:${at}`,
    })], at);
    await recomputeAreasOf(trx, ctx, [before.territory_id, ...(before.grid_id ? [before.grid_id] : [])]);
  });
}
