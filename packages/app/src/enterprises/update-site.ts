// Changes a site's name, address or location.
import { findSiteInScope, updateSite as saveSite, type SiteRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { readSiteInput, type SiteInput } from '@hazgov/domain/enterprises/part-inputs';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';
import { assertInsideDistrict } from '../map/inside-district.js';

export async function updateSite(ctx: AppContext, opts: { actor: Actor; siteId: string; input: SiteInput }): Promise<SiteRow> {
  return inTransaction(ctx, async (trx) => {
    const before = await findSiteInScope(trx, opts.siteId, enterpriseScopeOf(opts.actor));
    if (!before) throw notFound('enterprise_site');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, before.enterprise_id);
    const { value: f, problems } = readSiteInput(opts.input);
    if (!f) throw inputError(problems);
    if (f.location) await assertInsideDistrict(trx, f.location, 'location');
    const after: SiteRow = { ...before, name: f.name, address: f.address, lng: f.location?.lng ?? null, lat: f.location?.lat ?? null };
    await saveSite(trx, before.id, after);
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_site', action: 'enterprise_site.updated', before, after });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    return after;
  });
}
