// A target unit acknowledges a notice (签收). Only the actor's own organisation can acknowledge its copy.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { acknowledgeNoticeTarget, findNoticeTarget } from '@hazgov/db/notices/notices.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export async function acknowledgeNotice(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; noticeId: string },
): Promise<{ noticeId: string; unitId: string; acknowledgedAt: string }> {
  return inTransaction(ctx, async (trx) => {
    const target = await findNoticeTarget(trx, opts.noticeId, opts.actor.organisationId, opts.scope);
    if (!target) throw new AppError('NOTICE_NOT_FOUND', 'not_found');
    if (target.acknowledged_at) return { noticeId: target.notice_id, unitId: target.organisation_id, acknowledgedAt: target.acknowledged_at };
    const at = ctx.now().toISOString();
    await acknowledgeNoticeTarget(trx, target.notice_id, target.organisation_id, at, opts.actor.userId);
    await recordAudit(trx, {
      actor: opts.actor, action: 'notice.acknowledge', entity: 'notice_target', entityId: `${target.notice_id}:${target.organisation_id}`,
      before: { acknowledgedAt: null }, after: { acknowledgedAt: at }, at,
    });
    return { noticeId: target.notice_id, unitId: target.organisation_id, acknowledgedAt: at };
  });
}
