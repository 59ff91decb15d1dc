// Adds a site (厂区 / 库区) to an enterprise.
import crypto from 'node:crypto';
import { insertSite, nextSort, type SiteRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { readSiteInput, type SiteInput } from '@hazgov/domain/enterprises/part-inputs';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';
import { assertInsideDistrict } from '../map/inside-district.js';

export async function addSite(ctx: AppContext, opts: { actor: Actor; enterpriseId: string; input: SiteInput }): Promise<SiteRow> {
  return inTransaction(ctx, async (trx) => {
    const enterprise = await requireEditableEnterprise(trx, opts.actor, opts.enterpriseId);
    const { value: f, problems } = readSiteInput(opts.input);
    if (!f) throw inputError(problems);
    if (f.location) await assertInsideDistrict(trx, f.location, 'location');
    const row: SiteRow = {
      id: crypto.randomUUID(), enterprise_id: enterprise.id, path: enterprise.path, name: f.name, address: f.address,
      lng: f.location?.lng ?? null, lat: f.location?.lat ?? null, sort: await nextSort(trx, 'enterprise_sites', enterprise.id),
    };
    await insertSite(trx, row);
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_site', action: 'enterprise_site.created', after: row });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    return row;
  });
}
