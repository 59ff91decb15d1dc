// 行政处罚决定公开: a decided penalty is published once; from then on the public portal lists it (its public fields).
import { updateCaseAtVersion } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { CASE_DECIDERS, mayPublishCase } from '@hazgov/domain/enforcement/case-workflow';
import type { CaseKind, CaseStatus } from '@hazgov/domain/enforcement/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { auditedCase, requireCaseInScope } from './case-access.js';

export async function publishCase(ctx: AppContext, opts: { actor: Actor; caseId: string }): Promise<void> {
  const at = ctx.now().toISOString();
  await inTransaction(ctx, async (trx) => {
    const c = await requireCaseInScope(trx, opts.actor, opts.caseId);
    if (!CASE_DECIDERS.includes(opts.actor.role)) throw forbidden();
    if (!mayPublishCase(c.kind as CaseKind, c.status as CaseStatus, c.published_at)) {
      throw new AppError('CASE_NOT_PUBLISHABLE', 'conflict', { status: c.status, kind: c.kind });
    }
    if (!(await updateCaseAtVersion(trx, c.id, c.version, { published_at: at, updated_at: at }))) throw new AppError('CASE_VERSION_CONFLICT', 'conflict', { version: c.version });
    await recordAudit(trx, {
      actor: opts.actor, action: 'enforcement_case.published', entity: 'enforcement_case', entityId: c.id, at,
      before: auditedCase(c), after: auditedCase({ ...c, published_at: at, version: c.version + 1 }),
    });
  });
}
