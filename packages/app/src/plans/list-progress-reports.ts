// Progress reports the actor may read (scoped), filtered by quarter, unit or task.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { listReports, type ProgressReportListRow } from '@hazgov/db/plans/progress-reports.repository';
import type { AppContext } from '../shared/context.js';
import { requireVisiblePlan } from './plan-access.js';

export type ListProgressReportsOptions = {
  actor: Actor; scope: Scope; planId: string;
  year?: number | undefined; quarter?: number | undefined; unitId?: string | undefined; taskId?: string | undefined;
};

export async function listProgressReports(ctx: AppContext, opts: ListProgressReportsOptions): Promise<ProgressReportListRow[]> {
  const db = ctx.database.db;
  const plan = await requireVisiblePlan(db, opts.planId, opts.actor, opts.scope);
  return listReports(db, { planId: plan.id, scope: opts.scope, year: opts.year, quarter: opts.quarter, unitId: opts.unitId, taskId: opts.taskId });
}
