// Issues a supervision notice (督查通报) to target units; each target gets an inbox notification.
import crypto from 'node:crypto';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { insertNotice, type NoticeRow } from '@hazgov/db/notices/notices.repository';
import { findPlan } from '@hazgov/db/plans/plans.repository';
import { findOrganisationsByIds } from '@hazgov/db/plans/plan-organisations.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { notify } from '../notifications/notify.js';

export type CreateNoticeOptions = { actor: Actor; planId: string; title: string; body: string; targetUnitIds: readonly string[] };

export async function createNotice(ctx: AppContext, opts: CreateNoticeOptions): Promise<NoticeRow> {
  if (opts.actor.role !== 'district_admin') throw new AppError('FORBIDDEN', 'forbidden');
  const title = opts.title.trim();
  const body = opts.body.trim();
  if (!title) throw invalid('NOTICE_TITLE_REQUIRED', [{ field: 'title', code: 'NOTICE_TITLE_REQUIRED' }]);
  if (!body) throw invalid('NOTICE_BODY_REQUIRED', [{ field: 'body', code: 'NOTICE_BODY_REQUIRED' }]);
  const targetIds = [...new Set(opts.targetUnitIds)];
  if (targetIds.length === 0) throw invalid('NOTICE_TARGETS_REQUIRED', [{ field: 'targetUnitIds', code: 'NOTICE_TARGETS_REQUIRED' }]);
  return inTransaction(ctx, async (trx) => {
    const plan = await findPlan(trx, opts.planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND', 'not_found', { planId: opts.planId });
    const orgs = await findOrganisationsByIds(trx, targetIds);
    const missing = targetIds.filter((id) => !orgs.some((o) => o.id === id));
    if (missing.length) {
      throw invalid('NOTICE_TARGET_UNKNOWN', missing.map((id) => ({ field: 'targetUnitIds', code: 'NOTICE_TARGET_UNKNOWN', params: { id } })), { id: missing[0] ?? '' });
    }
    const at = ctx.now().toISOString();
    const notice: NoticeRow = {
      id: crypto.randomUUID(), plan_id: plan.id, from_organisation_id: opts.actor.organisationId, title, body, issued_at: at, issued_by: opts.actor.userId,
    };
    await insertNotice(trx, notice, orgs.map((o) => ({ notice_id: notice.id, organisation_id: o.id, path: o.path, acknowledged_at: null, acknowledged_by: null })));
    await notify(
      trx,
      orgs.map((o) => ({
        organisationId: o.id, path: o.path, kind: 'notice', title: `督查通报：${title}`, body: body.slice(0, 300),
        link: `/notices/${notice.id}`, dedupeKey: `notice:${notice.id}:${o.id}`,
      })),
      at,
    );
    await recordAudit(trx, { actor: opts.actor, action: 'notice.create', entity: 'notice', entityId: notice.id, after: { ...notice, targetUnitIds: orgs.map((o) => o.id) }, at });
    return notice;
  });
}
