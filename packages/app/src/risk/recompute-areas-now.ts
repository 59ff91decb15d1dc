// The district admin's "recompute now" (POST /api/risk/areas/recompute): every area, one transaction, audited.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAllAreasIn } from './recompute-all-areas.js';

export async function recomputeAreasNow(ctx: AppContext, opts: { actor: Actor }): Promise<{ count: number }> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  return inTransaction(ctx, async (trx) => {
    const result = await recomputeAllAreasIn(trx, ctx);
    await recordAudit(trx, { actor: opts.actor, action: 'area_risk.recomputed', entity: 'area_risk', entityId: 'all', after: result, at: ctx.now().toISOString() });
    return result;
  });
}
