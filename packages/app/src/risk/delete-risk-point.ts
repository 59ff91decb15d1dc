// Removes a risk point with its comments and post confirmations in one transaction; the audit row keeps the whole
// record (history outlives the point), and the area risk of its places is recomputed without it.
import { deleteRiskPointWithChildren } from '@hazgov/db/risk/risk-points.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { requireEditablePoint } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { auditView } from './risk-point-columns.js';

export async function deleteRiskPoint(ctx: AppContext, opts: { actor: Actor; pointId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const before = await requireEditablePoint(trx, opts.actor, opts.pointId);
    await deleteRiskPointWithChildren(trx, before.id);
    await auditRiskPoint(trx, ctx, { actor: opts.actor, pointId: before.id, entity: 'risk_point', action: 'risk_point.deleted', before: auditView(before) });
    await recomputeAreasOf(trx, ctx, [before.territory_id, ...(before.grid_id ? [before.grid_id] : [])]);
  });
}
