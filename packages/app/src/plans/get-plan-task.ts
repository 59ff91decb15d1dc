// One task's page: its text, the units that owe it (mapped or still waiting for an admin), its milestones with
// the units' completions, and the reports the actor may read — all as of a date.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { inScope } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { listReports, type ProgressReportListRow } from '@hazgov/db/plans/progress-reports.repository';
import type { PlanTaskRow } from '@hazgov/db/plans/plans.repository';
import type { AppContext } from '../shared/context.js';
import { loadCellFacts } from './cell-facts.js';
import type { SnapshotMilestone } from './plan-snapshot.js';
import { openPlanView } from './plan-view-context.js';
import { taskStatus, type TaskStatus } from './task-status-of.js';

export type TaskPageUnit = {
  unitId: string | null; name: string; role: 'lead' | 'responsible'; rawName: string; mapped: boolean; group: string | null; status: TaskStatus | null;
};
export type TaskPage = {
  asOf: string;
  task: PlanTaskRow & { status: TaskStatus };
  units: TaskPageUnit[];
  milestones: (SnapshotMilestone & { completions: { unitId: string; completedOn: string; note: string | null }[] })[];
  reports: ProgressReportListRow[];
};

export async function getPlanTask(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string; taskId: string; asOf?: string | undefined }): Promise<TaskPage> {
  const { db, asOf, snapshot } = await openPlanView(ctx, opts);
  const task = snapshot.tasks.find((t) => t.id === opts.taskId);
  if (!task) throw new AppError('PLAN_TASK_NOT_FOUND', 'not_found', { taskId: opts.taskId });
  const cells = (snapshot.cellsByTask.get(task.id) ?? []).filter((c) => inScope(opts.scope, c.unitPath));
  const facts = await loadCellFacts(db, snapshot, { asOf, scope: opts.scope, cells, taskIds: [task.id] });
  const units: TaskPageUnit[] = [];
  const seen = new Set<string>();
  for (const u of snapshot.taskUnits) {
    if (u.task_id !== task.id) continue;
    if (u.organisation_id) {
      if (seen.has(u.organisation_id) || !u.org_path || !inScope(opts.scope, u.org_path)) continue;
      seen.add(u.organisation_id);
    }
    const cell = u.organisation_id ? snapshot.cellIndex.get(task.id)?.get(u.organisation_id) : undefined;
    const f = cell ? facts.get(cell.index) : undefined;
    units.push({
      unitId: u.organisation_id, name: u.org_name ?? u.raw_name, role: f?.cell.role ?? (u.role === 'lead' ? 'lead' : 'responsible'), rawName: u.raw_name,
      mapped: u.organisation_id !== null, group: u.group_name, status: f?.status ?? null,
    });
  }
  const milestones = (snapshot.milestonesByTask.get(task.id) ?? []).map((m) => ({
    ...m,
    completions: [...facts.values()].flatMap((f) => {
      const on = f.completions.get(m.id);
      return on ? [{ unitId: f.cell.unitId, completedOn: on, note: null }] : [];
    }),
  }));
  const reports = await listReports(db, { planId: snapshot.plan.id, scope: opts.scope, taskId: task.id, countedOn: undefined });
  const visibleReports = reports.filter((r) => (r.submitted_on ?? r.updated_at.slice(0, 10)) <= asOf);
  return {
    asOf,
    task: { ...task, status: taskStatus([...facts.values()].map((f) => f.status)) },
    units,
    milestones,
    reports: visibleReports,
  };
}
