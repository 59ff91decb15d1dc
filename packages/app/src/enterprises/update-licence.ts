// Changes a licence (renewed: a new number and expiry; the expiry warnings then fire again for the new date).
import { findLicenceInScope, updateLicence as saveLicence, type LicenceRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { readLicenceInput, type LicenceInput } from '@hazgov/domain/enterprises/part-inputs';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';

export async function updateLicence(ctx: AppContext, opts: { actor: Actor; licenceId: string; input: LicenceInput }): Promise<LicenceRow> {
  return inTransaction(ctx, async (trx) => {
    const before = await findLicenceInScope(trx, opts.licenceId, enterpriseScopeOf(opts.actor));
    if (!before) throw notFound('enterprise_licence');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, before.enterprise_id);
    const { value: f, problems } = readLicenceInput(opts.input);
    if (!f) throw inputError(problems);
    const after: LicenceRow = { ...before, kind: f.kind, number: f.number, scope: f.scope, issuer: f.issuer, issued_on: f.issuedOn, expires_on: f.expiresOn };
    await saveLicence(trx, before.id, after);
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_licence', action: 'enterprise_licence.updated', before, after });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    return after;
  });
}
