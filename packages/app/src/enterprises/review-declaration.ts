// A regulator approves a submitted declaration or returns it with a comment (required); the enterprise's inbox is
// told either way. A returned declaration reopens to draft when the enterprise edits its record.
import { currentDeclarationOf, findDeclarationInScope, updateDeclaration, type DeclarationListRow } from '@hazgov/db/enterprises/declarations.repository';
import { findEnterpriseById, updateEnterprise } from '@hazgov/db/enterprises/enterprises.repository';
import { nextDeclarationStatus } from '@hazgov/domain/enterprises/declaration-state';
import type { DeclarationStatus } from '@hazgov/domain/enterprises/enterprise-values';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid, notFound } from '@hazgov/domain/shared/app-error';
import { notify } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { isRegulator } from './enterprise-access.js';
import { auditEnterprise } from './enterprise-audit.js';

export async function reviewDeclaration(
  ctx: AppContext,
  opts: { actor: Actor; declarationId: string; decision: 'approve' | 'return'; comment?: string | null | undefined },
): Promise<DeclarationListRow> {
  if (!isRegulator(opts.actor)) throw forbidden();
  const comment = opts.comment?.trim() || null;
  return inTransaction(ctx, async (trx) => {
    const declaration = await findDeclarationInScope(trx, opts.declarationId, enterpriseScopeOf(opts.actor));
    if (!declaration) throw notFound('enterprise_declaration');
    if (opts.decision === 'return' && !comment) {
      throw invalid('DECLARATION_REVIEW_COMMENT_REQUIRED', [{ field: 'comment', code: 'DECLARATION_REVIEW_COMMENT_REQUIRED' }]);
    }
    const next = nextDeclarationStatus(declaration.status as DeclarationStatus, opts.decision);
    if (!next) throw new AppError('DECLARATION_NOT_SUBMITTED', 'conflict', { status: declaration.status });
    const enterprise = await findEnterpriseById(trx, declaration.enterprise_id);
    if (!enterprise) throw notFound('enterprise');

    const at = ctx.now().toISOString();
    const after: DeclarationListRow = { ...declaration, status: next, reviewed_at: at, reviewed_by: opts.actor.displayName, review_comment: comment, updated_at: at };
    await updateDeclaration(trx, declaration.id, { status: next, reviewed_at: at, reviewed_by: opts.actor.displayName, review_comment: comment, updated_at: at });
    if ((await currentDeclarationOf(trx, enterprise.id))?.id === declaration.id) {
      await updateEnterprise(trx, enterprise.id, { declaration_status: next, updated_at: at });
    }
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_declaration', action: `enterprise_declaration.${next}`,
      before: { id: declaration.id, status: declaration.status }, after: { id: declaration.id, status: next, comment },
    });
    const approved = next === 'approved';
    await notify(trx, [{
      organisationId: enterprise.organisation_id, path: enterprise.path, kind: approved ? 'declaration_approved' : 'declaration_returned',
      title: approved ? `${declaration.year}年度自主申报已通过审核` : `${declaration.year}年度自主申报被退回，请修改后重新提交`,
      body: approved ? `审核人：${opts.actor.displayName}。${comment ? `意见：${comment}` : ''}` : `退回意见：${comment ?? ''}（审核人：${opts.actor.displayName}）`,
      link: `/enterprises/${encodeURIComponent(enterprise.id)}`, dedupeKey: `declaration-review:${declaration.id}:${next}:${at}`,
    }], at);
    return after;
  });
}
