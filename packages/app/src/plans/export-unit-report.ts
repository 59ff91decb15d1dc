// One unit's quarterly progress report as .docx. A unit exports only its own report; the district office any.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { findOrganisation } from '@hazgov/db/plans/plan-organisations.repository';
import { listReports } from '@hazgov/db/plans/progress-reports.repository';
import type { AppContext } from '../shared/context.js';
import { chinaDateOf } from './china-date.js';
import { writeUnitReportDocx } from './office/write-unit-report-docx.js';
import { openPlanView } from './plan-view-context.js';

export type OfficeExport = { buffer: Buffer; fileName: string; contentType: string };
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportUnitReport(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; planId: string; unitId?: string | undefined; year: number; quarter: number },
): Promise<OfficeExport> {
  const unitId = opts.unitId ?? opts.actor.organisationId;
  if (opts.actor.role !== 'district_admin' && unitId !== opts.actor.organisationId) throw new AppError('PLAN_UNIT_NOT_FOUND', 'not_found', { unitId });
  const { db, snapshot } = await openPlanView(ctx, opts);
  const quarter = snapshot.quarters.find((q) => q.year === opts.year && q.quarter === opts.quarter);
  if (!quarter) throw invalid('PLAN_QUARTER_OUT_OF_RANGE', [{ field: 'quarter', code: 'PLAN_QUARTER_OUT_OF_RANGE' }], { year: opts.year, quarter: opts.quarter });
  const unit = await findOrganisation(db, unitId);
  if (!unit) throw new AppError('PLAN_UNIT_NOT_FOUND', 'not_found', { unitId });
  const reports = await listReports(db, { planId: snapshot.plan.id, scope: opts.scope, unitId, year: opts.year, quarter: opts.quarter });
  const byTask = new Map(reports.map((r) => [r.task_id, r]));
  const tasks = new Map(snapshot.tasks.map((t) => [t.id, t]));
  const rows = (snapshot.cellsByUnit.get(unitId) ?? []).flatMap((c) => {
    const t = tasks.get(c.taskId);
    if (!t) return [];
    const r = byTask.get(t.id);
    return [{
      taskNo: t.task_no, itemNo: t.item_no, title: t.title, progress: r?.progress ?? 0, content: r?.content ?? '',
      problems: r?.problems ?? '', nextSteps: r?.next_steps ?? '', status: r?.status ?? 'missing', submittedAt: r?.submitted_at ?? null,
    }];
  }).sort((a, b) => a.taskNo - b.taskNo || a.itemNo - b.itemNo);
  const buffer = await writeUnitReportDocx({
    planTitle: snapshot.plan.title, unitName: unit.name, year: opts.year, quarter: opts.quarter, dueOn: quarter.dueOn,
    generatedOn: chinaDateOf(ctx.now()), reports: rows,
  });
  return { buffer, fileName: `${unit.name}${opts.year}年第${opts.quarter}季度工作进展.docx`, contentType: DOCX };
}
