// One unit's page in a plan: what it owes and each task's status, its reports, the quarters it reported late or
// not at all, and its one-off submissions — as of a date. A unit outside the actor's jurisdiction is "not found".
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { inScope } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { findOrganisation, type OrganisationRow } from '@hazgov/db/plans/plan-organisations.repository';
import { listReports, type ProgressReportListRow } from '@hazgov/db/plans/progress-reports.repository';
import type { AppContext } from '../shared/context.js';
import { loadCellFacts } from './cell-facts.js';
import { listPlanSubmissions, type SubmissionStatusRow } from './list-plan-submissions.js';
import { openPlanView } from './plan-view-context.js';
import type { TaskStatus } from './task-status-of.js';

export type UnitOwes = { taskId: string; taskNo: number; itemNo: number; title: string; role: 'lead' | 'responsible'; status: TaskStatus };
export type UnitLate = { year: number; quarter: number; dueOn: string; taskId: string; taskNo: number; missing: boolean };
export type UnitPage = {
  asOf: string; unit: OrganisationRow; owes: UnitOwes[]; reports: ProgressReportListRow[]; late: UnitLate[]; submissions: SubmissionStatusRow[];
};

export async function getPlanUnit(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string; unitId: string; asOf?: string | undefined }): Promise<UnitPage> {
  const { db, asOf, snapshot } = await openPlanView(ctx, opts);
  const unit = await findOrganisation(db, opts.unitId);
  if (!unit || !inScope(opts.scope, unit.path)) throw new AppError('PLAN_UNIT_NOT_FOUND', 'not_found', { unitId: opts.unitId });
  const cells = snapshot.cellsByUnit.get(unit.id) ?? [];
  const facts = await loadCellFacts(db, snapshot, { asOf, scope: opts.scope, cells, unitIds: [unit.id] });
  const taskById = new Map(snapshot.tasks.map((t) => [t.id, t]));
  const owes: UnitOwes[] = cells.flatMap((c) => {
    const t = taskById.get(c.taskId);
    const f = facts.get(c.index);
    return t && f ? [{ taskId: t.id, taskNo: t.task_no, itemNo: t.item_no, title: t.title, role: c.role, status: f.status }] : [];
  });
  owes.sort((a, b) => a.taskNo - b.taskNo || a.itemNo - b.itemNo);
  const reports = (await listReports(db, { planId: snapshot.plan.id, scope: opts.scope, unitId: unit.id }))
    .filter((r) => r.submitted_on === null || r.submitted_on <= asOf);
  const counted = new Map(reports.filter((r) => (r.status === 'submitted' || r.status === 'accepted') && r.submitted_on).map((r) => [`${r.task_id}|${r.year}|${r.quarter}`, r]));
  const late: UnitLate[] = [];
  for (const q of snapshot.quarters) {
    if (q.dueOn >= asOf) continue;
    for (const o of owes) {
      const r = counted.get(`${o.taskId}|${q.year}|${q.quarter}`);
      if (!r) late.push({ year: q.year, quarter: q.quarter, dueOn: q.dueOn, taskId: o.taskId, taskNo: o.taskNo, missing: true });
      else if ((r.submitted_on ?? '') > q.dueOn) late.push({ year: q.year, quarter: q.quarter, dueOn: q.dueOn, taskId: o.taskId, taskNo: o.taskNo, missing: false });
    }
  }
  const submissions = await listPlanSubmissions(ctx, { actor: opts.actor, scope: opts.scope, planId: snapshot.plan.id, unitId: unit.id, asOf });
  return { asOf, unit, owes, reports, late, submissions };
}
