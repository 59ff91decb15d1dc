// Notices the actor may see: every notice for the district office, otherwise those addressed inside its scope.
import type { Scope } from '@hazgov/domain/orgs/scope';
import { listNotices as listNoticeRows, listNoticeTargets, type NoticeListRow, type NoticeTargetRow } from '@hazgov/db/notices/notices.repository';
import type { AppContext } from '../shared/context.js';

export type NoticeView = NoticeListRow & { targets: NoticeTargetRow[] };

export async function listNotices(ctx: AppContext, opts: { scope: Scope; planId?: string | undefined }): Promise<NoticeView[]> {
  const db = ctx.database.db;
  const notices = await listNoticeRows(db, { scope: opts.scope, planId: opts.planId });
  const targets = await listNoticeTargets(db, notices.map((n) => n.id), opts.scope);
  return notices.map((n) => ({ ...n, targets: targets.filter((t) => t.notice_id === n.id) }));
}
