// What every read-only plan view starts from: the visible plan, the working calendar, the structure snapshot and
// the date the view is "as of" (today in China unless asked). The snapshot (every task × unit pair: 250,000 rows
// for a province) is cached per database and plan, keyed on plans.structure_rev and the calendar overrides, so
// only a change of units, events or calendar rebuilds it; every process checks the key, so caches never go stale.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { invalid } from '@hazgov/domain/shared/app-error';
import type { Database, Db } from '@hazgov/db/database';
import { planViewVersion, type PlanRow } from '@hazgov/db/plans/plans.repository';
import type { AppContext } from '../shared/context.js';
import { loadWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { chinaDateOf, isIsoDate } from './china-date.js';
import { requireVisiblePlan } from './plan-access.js';
import { loadPlanSnapshot, type PlanSnapshot } from './plan-snapshot.js';

export type PlanView = { db: Db; asOf: string; calendar: WorkingCalendar; snapshot: PlanSnapshot };

type Cached = { version: string; calendar: WorkingCalendar; snapshot: PlanSnapshot };
const cache = new WeakMap<Database, Map<string, Cached>>();
const MAX_PLANS_CACHED = 20;

export async function openPlanView(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string; asOf?: string | undefined }): Promise<PlanView> {
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw invalid('PLAN_DATE_INVALID', [{ field: 'asOf', code: 'PLAN_DATE_INVALID' }]);
  const db = ctx.database.db;
  const plan = await requireVisiblePlan(db, opts.planId, opts.actor, opts.scope);
  const { calendar, snapshot } = await cachedSnapshot(ctx.database, plan);
  return { db, asOf: opts.asOf ?? chinaDateOf(ctx.now()), calendar, snapshot };
}

export async function cachedSnapshot(database: Database, plan: PlanRow): Promise<{ calendar: WorkingCalendar; snapshot: PlanSnapshot }> {
  const db = database.db;
  const version = (await planViewVersion(db, plan.id)) ?? '';
  const perDb = cache.get(database) ?? new Map<string, Cached>();
  cache.set(database, perDb);
  const hit = perDb.get(plan.id);
  if (hit && hit.version === version) return hit;
  const calendar = await loadWorkingCalendar(db);
  const snapshot = await loadPlanSnapshot(db, plan, calendar.quarterlyReportDue);
  if (perDb.size >= MAX_PLANS_CACHED) perDb.delete(perDb.keys().next().value as string);
  perDb.set(plan.id, { version, calendar, snapshot });
  return { calendar, snapshot };
}
