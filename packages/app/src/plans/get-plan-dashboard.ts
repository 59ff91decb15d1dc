// The dashboard: completion per task group, units that reported late or not at all, the plan's timeline,
// reports per quarter (due / on time / late / missing) and totals — as of a date, within the actor's
// jurisdiction. Report numbers come from GROUP BY queries; nothing iterates over reports in memory.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { inScope } from '@hazgov/domain/orgs/scope';
import { countReportsByUnitQuarter } from '@hazgov/db/plans/progress-reports.repository';
import type { AppContext } from '../shared/context.js';
import { groupBy } from './plan-snapshot.js';
import { openPlanView } from './plan-view-context.js';
import { rollupStatusFromCounts, type TaskStatus } from './task-status-of.js';
import { countCompletionsByMilestone } from '@hazgov/db/plans/milestone-completions.repository';

export type PlanDashboard = {
  asOf: string;
  completionByGroup: { groupNo: number; title: string; total: number; done: number; overdue: number }[];
  lateUnits: { unitId: string; name: string; late: number; missing: number }[];
  timeline: { date: string; label: string; kind: string; taskNo: number | null }[];
  reportsByQuarter: { year: number; quarter: number; dueOn: string; due: number; onTime: number; late: number; missing: number }[];
  totals: { tasks: number; items: number; units: number; reports: number };
};

export async function getPlanDashboard(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string; asOf?: string | undefined }): Promise<PlanDashboard> {
  const { db, asOf, snapshot } = await openPlanView(ctx, opts);
  const cells = snapshot.cells.filter((c) => inScope(opts.scope, c.unitPath));
  const [completionCounts, unitQuarterCounts] = await Promise.all([
    countCompletionsByMilestone(db, { planId: snapshot.plan.id, scope: opts.scope, asOf }),
    countReportsByUnitQuarter(db, { planId: snapshot.plan.id, asOf, scope: opts.scope }),
  ]);

  // done / overdue per task from completion counts per milestone (two GROUP BYs; no per-unit rows)
  const events: Record<string, string | null> = {};
  for (const e of snapshot.events) events[e.name] = e.occurred_on !== null && e.occurred_on <= asOf ? e.occurred_on : null;
  const startsOn = snapshot.plan.issued_on ?? snapshot.plan.starts_on ?? '2000-01-01';
  const unitsByTask = new Map<string, number>();
  for (const c of cells) unitsByTask.set(c.taskId, (unitsByTask.get(c.taskId) ?? 0) + 1);
  const statusByTask = new Map<string, TaskStatus>();
  for (const t of snapshot.tasks) {
    statusByTask.set(t.id, rollupStatusFromCounts({
      asOf, startsOn, events, milestones: snapshot.milestonesByTask.get(t.id) ?? [], units: unitsByTask.get(t.id) ?? 0, completions: completionCounts,
    }));
  }
  const completionByGroup = [...groupBy(snapshot.tasks, (t) => String(t.group_no)).values()].map((tasks) => ({
    groupNo: tasks[0]?.group_no ?? 0,
    title: tasks[0]?.group_title ?? '',
    total: tasks.length,
    done: tasks.filter((t) => statusByTask.get(t.id) === 'done').length,
    overdue: tasks.filter((t) => statusByTask.get(t.id) === 'overdue').length,
  }));

  const owedPerUnit = new Map<string, { name: string; tasks: number }>();
  for (const c of cells) {
    const e = owedPerUnit.get(c.unitId);
    if (e) e.tasks += 1;
    else owedPerUnit.set(c.unitId, { name: c.unitName, tasks: 1 });
  }
  const countsByUnitQuarter = new Map(unitQuarterCounts.map((r) => [`${r.organisation_id}|${r.year}|${r.quarter}`, r]));
  const lateUnits: PlanDashboard['lateUnits'] = [];
  const perQuarter = snapshot.quarters
    .filter((q) => q.startsOn <= asOf)
    .map((q) => ({ year: q.year, quarter: q.quarter, dueOn: q.dueOn, due: 0, onTime: 0, late: 0, missing: 0 }));
  for (const [unitId, owed] of owedPerUnit) {
    let late = 0;
    let missing = 0;
    for (const q of perQuarter) {
      const c = countsByUnitQuarter.get(`${unitId}|${q.year}|${q.quarter}`);
      const counted = Math.min(owed.tasks, c?.counted ?? 0);
      const lateHere = Math.min(counted, c?.late ?? 0);
      q.due += owed.tasks;
      q.onTime += counted - lateHere;
      q.late += lateHere;
      late += lateHere;
      if (q.dueOn < asOf) {
        q.missing += owed.tasks - counted;
        missing += owed.tasks - counted;
      }
    }
    if (late + missing > 0) lateUnits.push({ unitId, name: owed.name, late, missing });
  }
  lateUnits.sort((a, b) => b.missing + b.late - (a.missing + a.late) || b.missing - a.missing || a.name.localeCompare(b.name, 'zh-CN'));

  const taskNoById = new Map(snapshot.tasks.map((t) => [t.id, t.task_no]));
  const timeline: PlanDashboard['timeline'] = [
    ...snapshot.phases.map((p) => ({ date: p.starts_on, label: p.name, kind: 'phase', taskNo: null })),
    ...snapshot.submissionKinds.map((k) => ({ date: k.due_on, label: k.label, kind: k.kind, taskNo: null })),
    ...snapshot.milestones.filter((m) => m.dueOn).map((m) => ({ date: m.dueOn as string, label: m.label, kind: m.kind, taskNo: taskNoById.get(m.taskId) ?? null })),
    ...snapshot.events.filter((e) => e.occurred_on).map((e) => ({ date: e.occurred_on as string, label: e.name, kind: 'event', taskNo: null })),
  ];
  const seen = new Set<string>();
  const dedupedTimeline = timeline
    .filter((t) => { const k = `${t.date}|${t.label}|${t.kind}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => a.date.localeCompare(b.date) || (a.taskNo ?? 0) - (b.taskNo ?? 0));

  return {
    asOf,
    completionByGroup,
    lateUnits,
    timeline: dedupedTimeline,
    reportsByQuarter: perQuarter,
    totals: {
      tasks: new Set(snapshot.tasks.map((t) => t.task_no)).size,
      items: snapshot.tasks.length,
      units: owedPerUnit.size,
      reports: perQuarter.reduce((n, q) => n + q.onTime + q.late, 0),
    },
  };
}
