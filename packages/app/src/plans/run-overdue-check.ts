// The overdue check: what became due or overdue since the last run (job_runs.last_as_of, persisted, so a restart
// or a machine that was off for a week catches up), as inbox notifications to the owing units, plus a daily
// digest to the plan's office. Every notification has a dedupe_key, so a rerun never sends twice.
//   · quarterly reports: a reminder 5 working days before the due day, "overdue" the day after it
//   · milestones with a date: the same two moments, to units that have not declared them met
//   · one-off submissions (implementation plan, contact return, summary): the same two moments
// A first run ever looks back FIRST_RUN_LOOKBACK_DAYS only, so installing on an old plan does not flood inboxes.
import { findPlan, listAllPlanIds } from '@hazgov/db/plans/plans.repository';
import { findJobRun, saveJobRun } from '@hazgov/db/plans/job-runs.repository';
import { countReportsByUnitQuarter } from '@hazgov/db/plans/progress-reports.repository';
import { listCompletions } from '@hazgov/db/plans/milestone-completions.repository';
import { listSubmissions } from '@hazgov/db/plans/plan-submissions.repository';
import { findOrganisation } from '@hazgov/db/plans/plan-organisations.repository';
import type { Db } from '@hazgov/db/database';
import { SYSTEM_SCOPE } from '@hazgov/domain/orgs/scope';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { loadWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import { addDays } from './china-date.js';
import { groupBy, loadPlanSnapshot, type PlanSnapshot } from './plan-snapshot.js';

export const OVERDUE_JOB = 'plans.overdue-check';
export const REMINDER_WORKING_DAYS = 5;
export const FIRST_RUN_LOOKBACK_DAYS = 7;

export type OverdueCheckResult = { from: string; asOf: string; notifications: number; byKind: Record<string, number> };

export async function runOverdueCheck(ctx: AppContext, asOf: string): Promise<OverdueCheckResult> {
  return inTransaction(ctx, async (trx) => {
    const run = await findJobRun(trx, OVERDUE_JOB);
    const from = run?.last_as_of ?? addDays(asOf, -FIRST_RUN_LOOKBACK_DAYS);
    const at = ctx.now().toISOString();
    const byKind: Record<string, number> = {};
    if (from < asOf) {
      const calendar = await loadWorkingCalendar(trx);
      for (const planId of await listAllPlanIds(trx)) {
        const plan = await findPlan(trx, planId);
        if (!plan) continue;
        const snapshot = await loadPlanSnapshot(trx, plan, calendar.quarterlyReportDue);
        const drafts = await planNotifications(trx, snapshot, calendar, from, asOf);
        const sent = await notifyCounting(trx, drafts, at, byKind);
        const digest = await digestFor(trx, snapshot, asOf, drafts, sent);
        if (digest) await notifyCounting(trx, [digest], at, byKind);
      }
    }
    const notifications = Object.values(byKind).reduce((a, b) => a + b, 0);
    const result: OverdueCheckResult = { from, asOf, notifications, byKind: Object.fromEntries(Object.entries(byKind).filter(([, n]) => n > 0)) };
    await saveJobRun(trx, { job: OVERDUE_JOB, last_run_at: at, last_as_of: from < asOf ? asOf : from, last_result: JSON.stringify(result) });
    if (notifications > 0) {
      await recordAudit(trx, { actor: systemActor('scheduler'), action: 'scheduler.overdue-check', entity: 'job_run', entityId: OVERDUE_JOB, after: result, at });
    }
    return result;
  });
}

async function notifyCounting(trx: Db, drafts: readonly NotificationDraft[], at: string, byKind: Record<string, number>): Promise<number> {
  let total = 0;
  for (const [kind, list] of groupBy(drafts, (d) => d.kind)) {
    const n = await notify(trx, list, at);
    byKind[kind] = (byKind[kind] ?? 0) + n;
    total += n;
  }
  return total;
}

/** Does the moment fall in the window (from, asOf]? */
const inWindow = (date: string, from: string, asOf: string): boolean => date > from && date <= asOf;

async function planNotifications(trx: Db, s: PlanSnapshot, calendar: WorkingCalendar, from: string, asOf: string): Promise<NotificationDraft[]> {
  const planId = s.plan.id;
  const drafts: NotificationDraft[] = [];
  const units = new Map(s.cells.map((c) => [c.unitId, c]));
  const tasksByUnit = groupBy(s.cells, (c) => c.unitId);
  const link = `/plans/${planId}`;

  // quarterly reports
  for (const q of s.quarters) {
    const remindOn = calendar.addWorkingDays(q.dueOn, -REMINDER_WORKING_DAYS);
    const overdueOn = addDays(q.dueOn, 1);
    const remind = inWindow(remindOn, from, asOf) && asOf <= q.dueOn;
    const overdue = inWindow(overdueOn, from, asOf);
    if (!remind && !overdue) continue;
    const counts = (await countReportsByUnitQuarter(trx, { planId, asOf, scope: SYSTEM_SCOPE, year: q.year })).filter((r) => r.quarter === q.quarter);
    const counted = new Map(counts.map((r) => [r.organisation_id, r.counted]));
    for (const [unitId, cells] of tasksByUnit) {
      const unit = units.get(unitId);
      const owing = cells.length - (counted.get(unitId) ?? 0);
      if (!unit || owing <= 0) continue;
      const label = `${q.year}年第${q.quarter}季度`;
      if (overdue) {
        drafts.push({ organisationId: unitId, path: unit.unitPath, kind: 'report_overdue', title: `${label}工作进展逾期未报送`,
          body: `您单位尚有 ${owing} 项任务的${label}工作进展未报送（截止 ${q.dueOn}），请尽快报送区安委办。`, link, dedupeKey: `report-overdue:${planId}:${unitId}:${q.year}Q${q.quarter}` });
      } else {
        drafts.push({ organisationId: unitId, path: unit.unitPath, kind: 'report_due', title: `${label}工作进展将于 ${q.dueOn} 截止报送`,
          body: `您单位有 ${owing} 项任务的${label}工作进展尚未报送，请于 ${q.dueOn}（本季度最后一个工作日）前报送。`, link, dedupeKey: `report-due:${planId}:${unitId}:${q.year}Q${q.quarter}` });
      }
    }
  }

  // dated milestones
  const dueMilestones = s.milestones.filter((m) => m.dueOn && (inWindow(calendar.addWorkingDays(m.dueOn, -REMINDER_WORKING_DAYS), from, asOf) || inWindow(addDays(m.dueOn, 1), from, asOf)));
  if (dueMilestones.length) {
    const completed = new Set((await listCompletions(trx, { planId, scope: SYSTEM_SCOPE, asOf })).map((c) => `${c.milestone_id}|${c.organisation_id}`));
    const taskNo = new Map(s.tasks.map((t) => [t.id, `${t.task_no}${t.item_no > 1 ? `-${t.item_no}` : ''}`]));
    for (const m of dueMilestones) {
      const dueOn = m.dueOn as string;
      const overdue = inWindow(addDays(dueOn, 1), from, asOf);
      if (!overdue && asOf > dueOn) continue;
      for (const c of s.cellsByTask.get(m.taskId) ?? []) {
        if (completed.has(`${m.id}|${c.unitId}`)) continue;
        const kind = overdue ? 'milestone_overdue' : 'milestone_due';
        drafts.push({ organisationId: c.unitId, path: c.unitPath, kind,
          title: overdue ? `第${taskNo.get(m.taskId)}项任务节点已逾期` : `第${taskNo.get(m.taskId)}项任务节点将于 ${dueOn} 到期`,
          body: `任务节点“${m.label}”（${dueOn}）${overdue ? '已逾期，尚未确认完成' : '即将到期'}。`, link: `${link}/tasks/${m.taskId}`,
          dedupeKey: `${kind}:${m.id}:${c.unitId}` });
      }
    }
  }

  // one-off submissions
  for (const k of s.submissionKinds) {
    const remind = inWindow(calendar.addWorkingDays(k.due_on, -REMINDER_WORKING_DAYS), from, asOf) && asOf <= k.due_on;
    const overdue = inWindow(addDays(k.due_on, 1), from, asOf);
    if (!remind && !overdue) continue;
    const sent = new Set((await listSubmissions(trx, { planId, scope: SYSTEM_SCOPE, kind: k.kind, submittedOn: asOf })).map((x) => x.organisation_id));
    for (const [unitId, unit] of units) {
      if (sent.has(unitId)) continue;
      const kind = overdue ? 'submission_overdue' : 'submission_due';
      drafts.push({ organisationId: unitId, path: unit.unitPath, kind,
        title: overdue ? `${k.label}逾期未报送` : `${k.label}将于 ${k.due_on} 截止`,
        body: `请报送${k.label}（截止 ${k.due_on}）。`, link: `${link}/submissions`, dedupeKey: `${kind}:${planId}:${k.kind}:${unitId}` });
    }
  }
  return drafts;
}

async function digestFor(trx: Db, s: PlanSnapshot, asOf: string, drafts: readonly NotificationDraft[], sent: number): Promise<NotificationDraft | null> {
  if (drafts.length === 0) return null;
  const officeId = s.plan.office_organisation_id ?? s.plan.organisation_id;
  const office = await findOrganisation(trx, officeId);
  if (!office) return null;
  const count = (kind: string): number => new Set(drafts.filter((d) => d.kind === kind).map((d) => d.organisationId)).size;
  const lines = [
    ['report_due', '单位季度进展即将到期'], ['report_overdue', '单位季度进展逾期未报'], ['milestone_due', '单位任务节点即将到期'],
    ['milestone_overdue', '单位任务节点逾期'], ['submission_due', '单位报送材料即将到期'], ['submission_overdue', '单位报送材料逾期未报'],
  ].flatMap(([kind, text]) => (count(kind as string) ? [`${count(kind as string)} 个${text}`] : []));
  return {
    organisationId: office.id, path: office.path, kind: 'digest', title: `${asOf} 督办日报：${s.plan.title}`,
    body: `${lines.join('；')}。本次共发出提醒 ${sent} 条。`, link: `/plans/${s.plan.id}/dashboard?asOf=${asOf}`, dedupeKey: `digest:${s.plan.id}:${asOf}`,
  };
}
