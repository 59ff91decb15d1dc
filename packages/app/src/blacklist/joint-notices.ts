// Joint-punishment notices as their receiving department sees them (scopeOf: its own path; the district admin all),
// and the acknowledgement with what the department did. The notice's entry is shown with it: the department was sent it.
import { acknowledgeNotice as ack, findEntriesByIds, findNoticeInScope, listNoticesInScope, type EntryView, type NoticeView } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid, notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export async function listNotices(ctx: AppContext, opts: { actor: Actor; acknowledged?: boolean | undefined }): Promise<{ notice: NoticeView; entry: EntryView }[]> {
  const db = ctx.database.db;
  const notices = await listNoticesInScope(db, { scope: scopeOf(opts.actor), acknowledged: opts.acknowledged, limit: 1000 });
  const entries = new Map((await findEntriesByIds(db, [...new Set(notices.map((n) => n.entry_id))])).map((e) => [e.id, e]));
  return notices.flatMap((notice) => (entries.has(notice.entry_id) ? [{ notice, entry: entries.get(notice.entry_id)! }] : []));
}

export async function acknowledgeNotice(ctx: AppContext, opts: { actor: Actor; noticeId: string; response: string }): Promise<{ notice: NoticeView; entry: EntryView }> {
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const notice = await findNoticeInScope(trx, opts.noticeId, scopeOf(opts.actor));
    if (!notice) throw notFound('joint_punishment_notice');
    // the receiving department itself acknowledges (the admin reads every notice but does not answer for a department)
    if (notice.department_id !== opts.actor.organisationId) throw forbidden();
    const response = (opts.response ?? '').trim();
    if (!response) throw invalid('BLACKLIST_RESPONSE_REQUIRED', [{ field: 'response', code: 'BLACKLIST_RESPONSE_REQUIRED' }]);
    if (!(await ack(trx, notice.id, opts.actor.userId, at, response))) throw new AppError('BLACKLIST_NOTICE_ACKNOWLEDGED', 'conflict');
    await recordAudit(trx, {
      actor: opts.actor, action: 'joint_punishment_notice.acknowledged', entity: 'joint_punishment_notice', entityId: notice.id, at,
      before: { id: notice.id, entry_id: notice.entry_id, acknowledged_at: null }, after: { id: notice.id, entry_id: notice.entry_id, acknowledged_at: at, response },
    });
    const fresh = (await findNoticeInScope(trx, notice.id, scopeOf(opts.actor)))!;
    const entry = (await findEntriesByIds(trx, [notice.entry_id]))[0]!;
    return { notice: fresh, entry };
  });
}
