// What every read-only plan view starts from: the visible plan, the working calendar, the structure snapshot and
// the date the view is "as of" (today in China unless asked).
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { invalid } from '@hazgov/domain/shared/app-error';
import type { Db } from '@hazgov/db/database';
import type { AppContext } from '../shared/context.js';
import { loadWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { chinaDateOf, isIsoDate } from './china-date.js';
import { requireVisiblePlan } from './plan-access.js';
import { loadPlanSnapshot, type PlanSnapshot } from './plan-snapshot.js';

export type PlanView = { db: Db; asOf: string; calendar: WorkingCalendar; snapshot: PlanSnapshot };

export async function openPlanView(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string; asOf?: string | undefined }): Promise<PlanView> {
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw invalid('PLAN_DATE_INVALID', [{ field: 'asOf', code: 'PLAN_DATE_INVALID' }]);
  const db = ctx.database.db;
  const plan = await requireVisiblePlan(db, opts.planId, opts.actor, opts.scope);
  const calendar = await loadWorkingCalendar(db);
  const snapshot = await loadPlanSnapshot(db, plan, calendar.quarterlyReportDue);
  return { db, asOf: opts.asOf ?? chinaDateOf(ctx.now()), calendar, snapshot };
}
