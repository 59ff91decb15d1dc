// Adds a licence (安全生产许可证, 经营许可证 …) to an enterprise.
import crypto from 'node:crypto';
import { insertLicence, type LicenceRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { readLicenceInput, type LicenceInput } from '@hazgov/domain/enterprises/part-inputs';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';

export async function addLicence(ctx: AppContext, opts: { actor: Actor; enterpriseId: string; input: LicenceInput }): Promise<LicenceRow> {
  return inTransaction(ctx, async (trx) => {
    const enterprise = await requireEditableEnterprise(trx, opts.actor, opts.enterpriseId);
    const { value: f, problems } = readLicenceInput(opts.input);
    if (!f) throw inputError(problems);
    const row: LicenceRow = {
      id: crypto.randomUUID(), enterprise_id: enterprise.id, path: enterprise.path, kind: f.kind, number: f.number, scope: f.scope, issuer: f.issuer,
      issued_on: f.issuedOn, expires_on: f.expiresOn, created_at: ctx.now().toISOString(),
    };
    await insertLicence(trx, row);
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_licence', action: 'enterprise_licence.created', after: row });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    return row;
  });
}
