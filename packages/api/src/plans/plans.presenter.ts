// The only shapes of the plans context that leave the API: rows are mapped field by field, never sent raw.
import type { ProgressReportListRow } from '@hazgov/db/plans/progress-reports.repository';
import type { PlanListRow } from '@hazgov/db/plans/plans.repository';
import type { PlanBoard } from '@hazgov/app/plans/get-plan-board';
import type { PlanDetail } from '@hazgov/app/plans/get-plan';
import type { TaskPage } from '@hazgov/app/plans/get-plan-task';
import type { UnitPage } from '@hazgov/app/plans/get-plan-unit';
import type { SubmissionStatusRow } from '@hazgov/app/plans/list-plan-submissions';
import type { PlanImportPreview } from '@hazgov/app/plans/preview-plan-import';
import type { Assessment } from '@hazgov/app/plans/get-assessment';
import type { UnitAliasOverview } from '@hazgov/app/plans/list-unit-aliases';
import { formatImportProblem } from '@hazgov/domain/plans/import-messages';
import type { z } from 'zod';
import { translate } from '../shared/messages.js';
import type { Locale } from '../shared/request.js';
import type {
  aliasListResponse, assessmentResponse, boardResponse, importPreviewResponse, planListResponse, planResponse, progressReport, submissionView,
  taskResponse, unitResponse,
} from './plans.schemas.js';

type Out<T extends z.ZodType> = z.output<T>;

export function presentPlanListItem(p: PlanListRow): Out<typeof planListResponse>['items'][number] {
  return { id: p.id, code: p.code, title: p.title, issuedOn: p.issued_on, organisationName: p.organisation_name, taskCount: p.task_count, itemCount: p.item_count, parentPlanId: p.parent_plan_id };
}

export function presentPlan(d: PlanDetail): Out<typeof planResponse> {
  const { plan } = d.snapshot;
  return {
    id: plan.id, code: plan.code, title: plan.title, issuedOn: plan.issued_on, startsOn: plan.starts_on, endsOn: plan.ends_on, parentPlanId: plan.parent_plan_id,
    organisation: { id: plan.organisation_id, name: d.organisation?.name ?? '' },
    phases: d.snapshot.phases.map((p) => ({ kind: p.kind, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
    groups: d.groups,
    submissions: d.snapshot.submissionKinds.map((k) => ({ kind: k.kind as 'summary', label: k.label, dueOn: k.due_on })),
    quarters: d.snapshot.quarters.map((q) => ({ year: q.year, quarter: q.quarter, dueOn: q.dueOn })),
    events: d.snapshot.events.map((e) => ({ id: e.id, name: e.name, occurredOn: e.occurred_on })),
  };
}

export function presentReport(r: ProgressReportListRow): Out<typeof progressReport> {
  return {
    id: r.id, taskId: r.task_id, taskNo: r.task_no, itemNo: r.item_no, unitId: r.organisation_id, unitName: r.unit_name, year: r.year, quarter: r.quarter,
    dueOn: r.due_on, status: r.status as 'draft', progress: r.progress, content: r.content, problems: r.problems, nextSteps: r.next_steps,
    submittedAt: r.submitted_at, submittedBy: r.submitted_by, late: r.submitted_on !== null && r.submitted_on > r.due_on,
    reviewComment: r.review_comment, reviewedAt: r.reviewed_at, updatedAt: r.updated_at,
  };
}

export function presentBoard(b: PlanBoard): Out<typeof boardResponse> {
  return {
    asOf: b.asOf,
    units: b.units.map((u) => ({ id: u.id, name: u.name, nameEn: u.nameEn, kind: u.kind })),
    rows: b.rows.map((r) => ({
      taskId: r.taskId, groupNo: r.groupNo, groupTitle: r.groupTitle, taskNo: r.taskNo, itemNo: r.itemNo, title: r.title,
      deadlineText: r.deadlineText, deadlineKind: r.deadlineKind, status: r.status, unresolved: r.unresolved,
      cells: r.cells.map((c) => ({
        unitId: c.unitId, role: c.role, status: c.status,
        ...(c.lastReport ? { lastReport: { year: c.lastReport.year, quarter: c.lastReport.quarter, progress: c.lastReport.progress, submittedAt: c.lastReport.submitted_at } } : {}),
      })),
    })),
  };
}

export function presentTask(p: TaskPage): Out<typeof taskResponse> {
  const t = p.task;
  return {
    asOf: p.asOf,
    task: {
      id: t.id, groupNo: t.group_no, groupTitle: t.group_title, taskNo: t.task_no, itemNo: t.item_no, title: t.title, content: t.content,
      leadText: t.lead_text, responsibleText: t.responsible_text, deadlineText: t.deadline_text, deadlineKind: t.deadline_kind, status: t.status,
    },
    units: p.units.map((u) => ({ unitId: u.unitId, name: u.name, role: u.role, rawName: u.rawName, mapped: u.mapped, group: u.group, status: u.status })),
    milestones: p.milestones.map((m) => ({
      id: m.id, kind: m.kind, label: m.label, startsOn: m.startsOn, dueOn: m.dueOn,
      ...(m.eventId ? { event: { id: m.eventId, name: m.eventName ?? '', occurredOn: m.eventOccurredOn } } : {}),
      completions: m.completions,
    })),
    reports: p.reports.map(presentReport),
  };
}

export function presentSubmission(s: SubmissionStatusRow): Out<typeof submissionView> {
  return {
    id: s.id, kind: s.kind as 'summary', unitId: s.unitId, unitName: s.unitName, dueOn: s.dueOn, submittedAt: s.submittedAt, late: s.late,
    missing: s.missing, body: s.body, childPlanId: s.childPlanId,
  };
}

export function presentUnitPage(p: UnitPage): Out<typeof unitResponse> {
  return {
    asOf: p.asOf,
    unit: { id: p.unit.id, name: p.unit.name, nameEn: p.unit.name_en, kind: p.unit.kind },
    owes: p.owes,
    reports: p.reports.map(presentReport),
    late: p.late,
    submissions: p.submissions.map(presentSubmission),
  };
}

export function presentImportPreview(p: PlanImportPreview, locale: Locale): Out<typeof importPreviewResponse> {
  return {
    importId: p.importId, expiresAt: p.expiresAt, title: p.title, code: p.code, parentPlanId: p.parentPlanId,
    items: p.items.map((i) => ({
      row: i.row, groupNo: i.groupNo, groupTitle: p.groups.find((g) => g.no === i.groupNo)?.title ?? '', taskNo: i.taskNo, itemNo: i.itemNo, title: i.title,
      leadText: i.leadText, responsibleText: i.responsibleText, deadlineText: i.deadlineText, deadlineKind: i.deadlineKind,
      units: [
        ...i.leadUnits.map((u) => ({ rawName: u.raw, role: 'lead' as const, unitId: u.kind === 'group' ? null : u.key, unitName: u.canonical, group: u.kind === 'unit' ? null : u.kind === 'group' ? u.canonical : 'all_territories' })),
        ...i.responsibleUnits.map((u) => ({ rawName: u.raw, role: 'responsible' as const, unitId: u.kind === 'group' ? null : u.key, unitName: u.canonical, group: u.kind === 'unit' ? null : u.kind === 'group' ? u.canonical : 'all_territories' })),
      ],
    })),
    problems: [
      ...p.tableProblems.map((t) => ({ row: t.row, field: t.field ?? null, code: `PLAN_TABLE_${t.code.toUpperCase()}`, message: translate(`PLAN_TABLE_${t.code.toUpperCase()}`, locale, { row: t.row, ...(t.params ?? {}) }) })),
      ...p.problems.map((x) => ({ row: x.row, field: x.field, code: x.code, message: formatImportProblem(x, locale) })),
    ],
    unknownUnits: p.unknownUnits,
  };
}

export function presentAssessment(a: Assessment): Out<typeof assessmentResponse> {
  return {
    year: a.year, asOf: a.asOf, criteria: a.criteria,
    rows: a.rows.map((r) => ({
      unitId: r.unitId, name: r.name, score: r.score,
      breakdown: r.breakdown.map((b) => ({ key: b.key, value: b.ratio, points: b.points, due: b.expected, met: b.achieved })),
    })),
  };
}

export function presentAliases(o: UnitAliasOverview): Out<typeof aliasListResponse> {
  return {
    items: o.aliases.map((a) => ({
      alias: a.alias, organisationId: a.organisation_id, organisationName: a.org_name, group: a.group_name, memberIds: a.member_ids, source: a.source, pendingTaskUnits: a.pending,
    })),
    unresolved: o.unresolved,
  };
}

/** Content-Disposition for a download whose name is Chinese: an ASCII fallback plus the RFC 5987 UTF-8 name. */
export function attachment(fileName: string): string {
  const ext = /\.[a-z0-9]+$/i.exec(fileName)?.[0] ?? '';
  return `attachment; filename="hazgov-export${ext}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
