// Removes a licence (its audit row keeps what it was).
import { deleteLicence as removeLicence, findLicenceInScope } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';

export async function deleteLicence(ctx: AppContext, opts: { actor: Actor; licenceId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const before = await findLicenceInScope(trx, opts.licenceId, enterpriseScopeOf(opts.actor));
    if (!before) throw notFound('enterprise_licence');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, before.enterprise_id);
    await removeLicence(trx, before.id);
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_licence', action: 'enterprise_licence.deleted', before });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
  });
}
