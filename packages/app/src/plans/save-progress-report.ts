// A unit saves (draft) or submits its quarterly progress report on one task. The report is always the actor's own
// unit's; the due date is the quarter's last working day; a submission after it is late.
import crypto from 'node:crypto';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { findReportForCell, findReportListRow, insertReport, updateReport, type ProgressReportListRow, type ProgressReportRow } from '@hazgov/db/plans/progress-reports.repository';
import { findTask, listTaskUnits } from '@hazgov/db/plans/plans.repository';
import { recordAudit } from '../audit/audit-chain.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { chinaDateOf } from './china-date.js';
import { owingCellFor, requireVisiblePlan } from './plan-access.js';
import { owedCells } from './plan-snapshot.js';
import { reportingQuarters } from './reporting-schedule.js';

export type SaveProgressReportOptions = {
  actor: Actor;
  scope: Scope;
  planId: string;
  taskId: string;
  year: number;
  quarter: number;
  progress: number;
  content: string;
  problems?: string | null | undefined;
  nextSteps?: string | null | undefined;
  submit: boolean;
};

export async function saveProgressReport(ctx: AppContext, opts: SaveProgressReportOptions): Promise<ProgressReportListRow> {
  if (!Number.isInteger(opts.progress) || opts.progress < 0 || opts.progress > 100) {
    throw invalid('PLAN_REPORT_PROGRESS_INVALID', [{ field: 'progress', code: 'PLAN_REPORT_PROGRESS_INVALID' }]);
  }
  const content = opts.content.trim();
  if (opts.submit && content === '') throw invalid('PLAN_REPORT_CONTENT_REQUIRED', [{ field: 'content', code: 'PLAN_REPORT_CONTENT_REQUIRED' }]);

  return inTransaction(ctx, async (trx) => {
    const plan = await requireVisiblePlan(trx, opts.planId, opts.actor, opts.scope);
    const task = await findTask(trx, plan.id, opts.taskId);
    if (!task) throw new AppError('PLAN_TASK_NOT_FOUND', 'not_found', { taskId: opts.taskId });
    const cell = owingCellFor(opts.actor, owedCells(await listTaskUnits(trx, plan.id, { taskId: task.id })));
    if (!cell) throw new AppError('PLAN_TASK_NOT_OWED', 'forbidden', { taskNo: task.task_no });

    const calendar = await loadWorkingCalendar(trx);
    const quarter = reportingQuarters(plan, calendar.quarterlyReportDue).find((q) => q.year === opts.year && q.quarter === opts.quarter);
    if (!quarter) throw invalid('PLAN_QUARTER_OUT_OF_RANGE', [{ field: 'quarter', code: 'PLAN_QUARTER_OUT_OF_RANGE' }], { year: opts.year, quarter: opts.quarter });
    const now = ctx.now();
    const at = now.toISOString();
    const today = chinaDateOf(now);
    if (opts.submit && today < quarter.startsOn) {
      throw invalid('PLAN_QUARTER_NOT_STARTED', [{ field: 'quarter', code: 'PLAN_QUARTER_NOT_STARTED' }], { startsOn: quarter.startsOn });
    }

    const existing = await findReportForCell(trx, { taskId: task.id, organisationId: opts.actor.organisationId, year: opts.year, quarter: opts.quarter });
    if (existing && (existing.status === 'submitted' || existing.status === 'accepted')) {
      throw new AppError('PLAN_REPORT_ALREADY_SUBMITTED', 'conflict', { status: existing.status });
    }
    const fields = {
      progress: opts.progress,
      content,
      problems: opts.problems?.trim() || null,
      next_steps: opts.nextSteps?.trim() || null,
      status: opts.submit ? 'submitted' : existing?.status === 'returned' ? 'returned' : 'draft',
      submitted_at: opts.submit ? at : existing?.submitted_at ?? null,
      submitted_on: opts.submit ? today : existing?.submitted_on ?? null,
      submitted_by: opts.submit ? opts.actor.userId : existing?.submitted_by ?? null,
      due_on: quarter.dueOn,
      updated_at: at,
    };
    let row: ProgressReportRow;
    if (existing) {
      await updateReport(trx, existing.id, fields);
      row = { ...existing, ...fields };
    } else {
      row = {
        id: crypto.randomUUID(), plan_id: plan.id, task_id: task.id, organisation_id: opts.actor.organisationId, path: opts.actor.organisationPath,
        year: opts.year, quarter: opts.quarter, review_comment: null, reviewed_at: null, reviewed_by: null, ...fields,
      };
      await insertReport(trx, row);
    }
    await recordAudit(trx, {
      actor: opts.actor, action: opts.submit ? 'progress_report.submit' : 'progress_report.save', entity: 'progress_report', entityId: row.id,
      before: existing ?? undefined, after: row, at,
    });
    const view = await findReportListRow(trx, row.id);
    if (!view) throw new AppError('PLAN_REPORT_NOT_FOUND', 'not_found', { reportId: row.id });
    return view;
  });
}
