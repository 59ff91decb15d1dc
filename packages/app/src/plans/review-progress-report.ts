// The district office accepts a submitted report or returns it with a comment; a returned report reopens for the
// unit and the unit is told in its inbox.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { findReportListRow, findScopedReport, updateReport, type ProgressReportListRow } from '@hazgov/db/plans/progress-reports.repository';
import { findTask } from '@hazgov/db/plans/plans.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { notify } from '../notifications/notify.js';
import { requireDistrictAdmin, requireVisiblePlan } from './plan-access.js';

export type ReviewProgressReportOptions = {
  actor: Actor; scope: Scope; planId: string; reportId: string; decision: 'accept' | 'return'; comment?: string | null | undefined;
};

export async function reviewProgressReport(ctx: AppContext, opts: ReviewProgressReportOptions): Promise<ProgressReportListRow> {
  requireDistrictAdmin(opts.actor);
  const comment = opts.comment?.trim() || null;
  if (opts.decision === 'return' && !comment) throw invalid('PLAN_REVIEW_COMMENT_REQUIRED', [{ field: 'comment', code: 'PLAN_REVIEW_COMMENT_REQUIRED' }]);
  return inTransaction(ctx, async (trx) => {
    const plan = await requireVisiblePlan(trx, opts.planId, opts.actor, opts.scope);
    const report = await findScopedReport(trx, plan.id, opts.reportId, opts.scope);
    if (!report) throw new AppError('PLAN_REPORT_NOT_FOUND', 'not_found', { reportId: opts.reportId });
    if (report.status !== 'submitted') throw new AppError('PLAN_REPORT_NOT_SUBMITTED', 'conflict', { status: report.status });
    const at = ctx.now().toISOString();
    const patch = {
      status: opts.decision === 'accept' ? 'accepted' : 'returned', review_comment: comment, reviewed_at: at, reviewed_by: opts.actor.userId, updated_at: at,
    };
    await updateReport(trx, report.id, patch);
    const after = { ...report, ...patch };
    if (opts.decision === 'return') {
      const task = await findTask(trx, plan.id, report.task_id);
      const label = task ? `第${task.task_no}项“${task.title}”` : '';
      await notify(trx, [{
        organisationId: report.organisation_id, path: report.path, kind: 'report_returned',
        title: `${report.year}年第${report.quarter}季度进展报告被退回`,
        body: `${label}的季度进展报告已被区安委办退回，请修改后重新报送。意见：${comment ?? ''}`,
        link: `/plans/${plan.id}/reports/${report.id}`, dedupeKey: `report-returned:${report.id}:${at}`,
      }], at);
    }
    await recordAudit(trx, { actor: opts.actor, action: `progress_report.${opts.decision}`, entity: 'progress_report', entityId: report.id, before: report, after, at });
    const view = await findReportListRow(trx, report.id);
    if (!view) throw new AppError('PLAN_REPORT_NOT_FOUND', 'not_found', { reportId: report.id });
    return view;
  });
}
