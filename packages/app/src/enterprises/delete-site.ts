// Removes a site; refused while units still sit on it (move or delete them first, so no unit loses its place silently).
import { detachRiskPointsFrom } from '@hazgov/db/risk/risk-points.repository';
import { countUnitsOfSite, deleteSite as removeSite, findSiteInScope } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';

export async function deleteSite(ctx: AppContext, opts: { actor: Actor; siteId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const before = await findSiteInScope(trx, opts.siteId, enterpriseScopeOf(opts.actor));
    if (!before) throw notFound('enterprise_site');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, before.enterprise_id);
    const units = await countUnitsOfSite(trx, before.id);
    if (units > 0) throw new AppError('SITE_HAS_UNITS', 'conflict', { count: units, name: before.name });
    await detachRiskPointsFrom(trx, { siteId: before.id }); // they stay, as points of the enterprise
    await removeSite(trx, before.id);
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_site', action: 'enterprise_site.deleted', before });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
  });
}
