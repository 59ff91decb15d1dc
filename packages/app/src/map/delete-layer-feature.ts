// DELETE /api/map/layers/:id (district admin): removes one imported map feature, audited with what it was.
import { deleteFeature, findFeatureInScope } from '@hazgov/db/map/map-features.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export async function deleteLayerFeature(ctx: AppContext, opts: { actor: Actor; id: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const before = await findFeatureInScope(trx, opts.id, enterpriseScopeOf(opts.actor));
    if (!before) throw notFound('map_feature');
    if (opts.actor.role !== 'district_admin') throw forbidden();
    await deleteFeature(trx, before.id);
    await recordAudit(trx, { actor: opts.actor, action: 'map_feature.deleted', entity: 'map_feature', entityId: before.id, before, at: ctx.now().toISOString() });
  });
}
