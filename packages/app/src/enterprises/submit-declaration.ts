// Submits a draft (or returned) declaration: the record is checked first and every gap is answered at once (400
// DECLARATION_INCOMPLETE with one detail per gap); then the whole record is frozen into the declaration, the
// enterprise cannot edit until review, and its territory is told there is a declaration to review.
import { findDeclarationInScope, updateDeclaration, type DeclarationListRow } from '@hazgov/db/enterprises/declarations.repository';
import { findEnterpriseById, updateEnterprise } from '@hazgov/db/enterprises/enterprises.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { missingForDeclaration } from '@hazgov/domain/enterprises/declaration-checklist';
import { nextDeclarationStatus } from '@hazgov/domain/enterprises/declaration-state';
import type { DeclarationStatus } from '@hazgov/domain/enterprises/enterprise-values';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, invalid, notFound } from '@hazgov/domain/shared/app-error';
import { notify } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireMayDeclare } from './enterprise-access.js';
import { auditEnterprise } from './enterprise-audit.js';
import { loadEnterpriseRecord } from './enterprise-record.js';
import { snapshotOf } from './record-snapshot.js';

const statusOf = (ident: string | null): string => (ident ? (JSON.parse(ident) as { status?: string }).status ?? 'empty' : 'empty');

export async function submitDeclaration(ctx: AppContext, opts: { actor: Actor; declarationId: string }): Promise<DeclarationListRow> {
  return inTransaction(ctx, async (trx) => {
    const declaration = await findDeclarationInScope(trx, opts.declarationId, enterpriseScopeOf(opts.actor));
    if (!declaration) throw notFound('enterprise_declaration');
    const enterprise = await findEnterpriseById(trx, declaration.enterprise_id);
    if (!enterprise) throw notFound('enterprise');
    requireMayDeclare(opts.actor, enterprise);
    const next = nextDeclarationStatus(declaration.status as DeclarationStatus, 'submit');
    if (!next) throw new AppError('DECLARATION_NOT_SUBMITTABLE', 'conflict', { status: declaration.status });

    const record = await loadEnterpriseRecord(trx, enterprise);
    const missing = missingForDeclaration({
      legalRepresentative: enterprise.legal_representative, address: enterprise.address, hasLocation: enterprise.lng !== null && enterprise.lat !== null,
      industry: enterprise.industry, activities: JSON.parse(enterprise.activities) as string[],
      contacts: JSON.parse(enterprise.contacts_json) as { duty: string; name: string }[],
      units: record.units.map((u) => ({ name: u.unit.name, identificationStatus: statusOf(u.unit.ident_json) })),
    });
    if (missing.length > 0) throw invalid('DECLARATION_INCOMPLETE', missing, { count: missing.length });

    const at = ctx.now().toISOString();
    const after = { ...declaration, status: next, snapshot_json: JSON.stringify(snapshotOf(record, at)), submitted_at: at, submitted_by: opts.actor.displayName, updated_at: at };
    const { enterprise_name: _name, ...changes } = after;
    await updateDeclaration(trx, declaration.id, changes);
    await updateEnterprise(trx, enterprise.id, { declaration_status: next, updated_at: at });
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_declaration', action: 'enterprise_declaration.submitted',
      before: { id: declaration.id, status: declaration.status }, after: { id: declaration.id, status: next, year: declaration.year },
    });
    const territory = await findOrganisationById(trx, enterprise.territory_id);
    if (territory) {
      await notify(trx, [{
        organisationId: territory.id, path: territory.path, kind: 'declaration_submitted', title: `${enterprise.name} 提交了${declaration.year}年度自主申报，请审核`,
        body: `${enterprise.name}（${enterprise.uscc}）于 ${at.slice(0, 10)} 提交了${declaration.year}年度企业信息自主申报。`,
        link: `/enterprises/${encodeURIComponent(enterprise.id)}`, dedupeKey: `declaration-submitted:${declaration.id}:${at}`,
      }], at);
    }
    return after;
  });
}
