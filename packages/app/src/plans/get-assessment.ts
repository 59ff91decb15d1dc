// The yearly assessment (考核) per unit: counts of what each unit owed in the year and achieved on time — quarterly
// reports (due in the year, on time), dated milestones (met by their day), the contact return — weighted by the
// plan's criteria through the domain's score rule. Only what was due by asOf (today, or the year's end) counts.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { inScope } from '@hazgov/domain/orgs/scope';
import { computeAssessmentScore, defaultAssessmentCriteria, type CriterionCount, type CriterionScore } from '@hazgov/domain/plans/assessment-score';
import { invalid } from '@hazgov/domain/shared/app-error';
import { listCriteria } from '@hazgov/db/plans/assessment-criteria.repository';
import { listCompletions } from '@hazgov/db/plans/milestone-completions.repository';
import { listSubmissions } from '@hazgov/db/plans/plan-submissions.repository';
import { countReportsByUnitQuarter } from '@hazgov/db/plans/progress-reports.repository';
import type { AppContext } from '../shared/context.js';
import { openPlanView } from './plan-view-context.js';

export type AssessmentRow = { unitId: string; name: string; score: number | null; breakdown: CriterionScore[] };
export type Assessment = { year: number; asOf: string; criteria: { key: string; label: string; weight: number }[]; rows: AssessmentRow[] };

export async function planCriteria(ctx: AppContext, planId: string): Promise<{ key: string; label: string; weight: number }[]> {
  const rows = await listCriteria(ctx.database.db, planId);
  if (rows.length) return rows.map((r) => ({ key: r.key, label: r.label, weight: r.weight }));
  return defaultAssessmentCriteria.map((c) => ({ key: c.key, label: c.label ?? c.key, weight: c.weight }));
}

export async function getAssessment(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string; year?: number | undefined }): Promise<Assessment> {
  const view = await openPlanView(ctx, opts);
  const { db, snapshot } = view;
  const year = opts.year ?? Number(view.asOf.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('PLAN_YEAR_INVALID', [{ field: 'year', code: 'PLAN_YEAR_INVALID' }]);
  const yearEnd = `${year}-12-31`;
  const asOf = view.asOf < yearEnd ? view.asOf : yearEnd;
  const inYear = (d: string | null): d is string => d !== null && d.startsWith(`${year}-`) && d <= asOf;
  const criteria = await planCriteria(ctx, snapshot.plan.id);
  const cells = snapshot.cells.filter((c) => inScope(opts.scope, c.unitPath));
  const units = new Map<string, { name: string; tasks: Set<string> }>();
  for (const c of cells) {
    const u = units.get(c.unitId) ?? { name: c.unitName, tasks: new Set<string>() };
    u.tasks.add(c.taskId);
    units.set(c.unitId, u);
  }
  const [reportCounts, completions, contactReturns] = await Promise.all([
    countReportsByUnitQuarter(db, { planId: snapshot.plan.id, asOf, scope: opts.scope, year }),
    listCompletions(db, { planId: snapshot.plan.id, scope: opts.scope, asOf }),
    listSubmissions(db, { planId: snapshot.plan.id, scope: opts.scope, kind: 'contact_return', submittedOn: asOf }),
  ]);
  const quartersDue = snapshot.quarters.filter((q) => inYear(q.dueOn) && q.dueOn < asOf);
  const dueQuarterKeys = new Set(quartersDue.map((q) => `${q.year}|${q.quarter}`));
  const onTimeByUnit = new Map<string, number>();
  for (const r of reportCounts) {
    if (!dueQuarterKeys.has(`${r.year}|${r.quarter}`)) continue;
    onTimeByUnit.set(r.organisation_id, (onTimeByUnit.get(r.organisation_id) ?? 0) + (r.counted - r.late));
  }
  const completedOn = new Map(completions.map((c) => [`${c.milestone_id}|${c.organisation_id}`, c.completed_on]));
  const datedMilestones = snapshot.milestones.filter((m) => m.dueOn !== null && inYear(m.dueOn) && m.dueOn < asOf);
  const contactKind = snapshot.submissionKinds.find((k) => k.kind === 'contact_return');
  const contactByUnit = new Map(contactReturns.map((s) => [s.organisation_id, s.submitted_on]));

  const rows: AssessmentRow[] = [];
  for (const [unitId, u] of units) {
    const reportsExpected = quartersDue.length * u.tasks.size;
    const ms = datedMilestones.filter((m) => u.tasks.has(m.taskId));
    const met = ms.filter((m) => { const on = completedOn.get(`${m.id}|${unitId}`); return on !== undefined && on <= (m.dueOn as string); }).length;
    const contactDue = contactKind && inYear(contactKind.due_on) && contactKind.due_on < asOf ? 1 : 0;
    const contactOn = contactByUnit.get(unitId);
    const inputs: Record<string, CriterionCount> = {
      on_time_reports: { expected: reportsExpected, achieved: Math.min(reportsExpected, onTimeByUnit.get(unitId) ?? 0) },
      milestones_met: { expected: ms.length, achieved: met },
      contact_return: { expected: contactDue, achieved: contactDue && contactOn && contactKind && contactOn <= contactKind.due_on ? 1 : 0 },
    };
    const result = computeAssessmentScore(criteria, inputs);
    rows.push(result.ok ? { unitId, name: u.name, score: result.score, breakdown: result.breakdown } : { unitId, name: u.name, score: null, breakdown: [] });
  }
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, 'zh-CN'));
  return { year, asOf, criteria, rows };
}
