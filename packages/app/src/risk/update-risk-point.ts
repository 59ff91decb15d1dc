// Saves a risk point with an optimistic lock: the client sends the version it read, and a save over someone else's
// newer save is refused (409) rather than silently overwriting it. The point is rescored with the bands in force; a
// regulator's override stays until a regulator clears it. The area risk of the old and new places is recomputed.
import { findRiskPointById, updateRiskPointAtVersion } from '@hazgov/db/risk/risk-points.repository';
import type { RiskPointInput } from '@hazgov/domain/risk/risk-point-input';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { requireEditablePoint } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { checkRiskPoint } from './risk-point-check.js';
import { auditView, riskPointColumns } from './risk-point-columns.js';

export async function updateRiskPoint(ctx: AppContext, opts: { actor: Actor; pointId: string; version: number; input: RiskPointInput }): Promise<void> {
  const now = ctx.now();
  await inTransaction(ctx, async (trx) => {
    const before = await requireEditablePoint(trx, opts.actor, opts.pointId);
    const checked = await checkRiskPoint(trx, opts.actor, opts.input, chinaDateOf(now));
    const columns = riskPointColumns(checked, chinaDateOf(before.created_at), before.override_level);
    const saved = await updateRiskPointAtVersion(trx, before.id, opts.version, { ...columns, updated_at: now.toISOString() });
    if (!saved) throw new AppError('RISK_POINT_VERSION_CONFLICT', 'conflict', { version: opts.version });
    const after = await findRiskPointById(trx, before.id);
    await auditRiskPoint(trx, ctx, {
      actor: opts.actor, pointId: before.id, entity: 'risk_point', action: 'risk_point.updated', before: auditView(before), after: after ? auditView(after) : undefined,
    });
    const places = new Set([before.territory_id, before.grid_id, checked.place.territoryId, checked.place.gridId].filter((x): x is string => x !== null));
    await recomputeAreasOf(trx, ctx, [...places]);
  });
}
