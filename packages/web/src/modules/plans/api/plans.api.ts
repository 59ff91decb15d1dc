import { api, withQuery } from '../../shared/api/client';
import type {
  Assessment, Board, Criterion, Dashboard, ImportPreview, Person, Plan, PlanSummary, ProgressReport, SaveReportBody,
  SubmissionKind, SubmissionView, TaskDetail, TaskStatus, UnitDetail,
} from './plans.types';

const p = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const plansApi = {
  list: () => api.get<{ items: PlanSummary[] }>('/api/plans'),
  get: (planId: string) => api.get<Plan>(p(planId)),
  board: (planId: string, q: { asOf?: string; groupNo?: number; unitId?: string; status?: TaskStatus }) => api.get<Board>(`${p(planId)}/board`, q),
  task: (planId: string, taskId: string, asOf?: string) => api.get<TaskDetail>(`${p(planId)}/tasks/${encodeURIComponent(taskId)}`, { asOf }),
  unit: (planId: string, unitId: string, asOf?: string) => api.get<UnitDetail>(`${p(planId)}/units/${encodeURIComponent(unitId)}`, { asOf }),
  dashboard: (planId: string, asOf?: string) => api.get<Dashboard>(`${p(planId)}/dashboard`, { asOf }),
  reports: (planId: string, q: { year?: number; quarter?: number; unitId?: string; taskId?: string }) =>
    api.get<{ items: ProgressReport[] }>(`${p(planId)}/reports`, q),
  saveReport: (planId: string, body: SaveReportBody) => api.put<ProgressReport>(`${p(planId)}/reports`, body),
  review: (planId: string, reportId: string, decision: 'accept' | 'return', comment?: string) =>
    api.post<ProgressReport>(`${p(planId)}/reports/${encodeURIComponent(reportId)}/review`, { decision, comment: comment || null }),
  submissions: (planId: string, q: { kind?: SubmissionKind; unitId?: string }) => api.get<{ items: SubmissionView[] }>(`${p(planId)}/submissions`, q),
  saveContactReturn: (planId: string, body: { leader: Person; head: Person }) => api.put<SubmissionView>(`${p(planId)}/submissions/contact_return`, body),
  saveImplementationPlan: (planId: string, body: { title: string; note: string; childPlanId?: string | null }) =>
    api.put<SubmissionView>(`${p(planId)}/submissions/implementation_plan`, body),
  saveSummary: (planId: string, body: { title: string; text: string }) => api.put<SubmissionView>(`${p(planId)}/submissions/summary`, body),
  completeMilestone: (planId: string, milestoneId: string, completedOn: string, note?: string) =>
    api.post<unknown>(`${p(planId)}/milestones/${encodeURIComponent(milestoneId)}/complete`, { completedOn, note: note || null }),
  eventOccurred: (planId: string, eventId: string, occurredOn: string | null) =>
    api.post<unknown>(`${p(planId)}/events/${encodeURIComponent(eventId)}/occurred`, { occurredOn }),
  assessment: (planId: string, year?: number) => api.get<Assessment>(`${p(planId)}/assessment`, { year }),
  saveCriteria: (planId: string, criteria: Criterion[]) => api.put<{ criteria: Criterion[] }>(`${p(planId)}/assessment/criteria`, { criteria }),
  confirmImport: (importId: string, mappings: Record<string, string>) =>
    api.post<{ planId: string }>(`/api/plans/import/${encodeURIComponent(importId)}/confirm`, { mappings }),
};

export type ImportResult = ImportPreview;

/** Download links (the browser sends the session cookie; the locale cookie picks the language of the file). */
export const exportUrls = {
  tasks: (planId: string) => `${p(planId)}/export/tasks.xlsx`,
  unitReport: (planId: string, q: { unitId?: string; year: number; quarter: number }) => withQuery(`${p(planId)}/export/unit-report.docx`, q),
  rollupXlsx: (planId: string, q: { year: number; quarter: number }) => withQuery(`${p(planId)}/export/rollup.xlsx`, q),
  rollupDocx: (planId: string, q: { year: number; quarter: number }) => withQuery(`${p(planId)}/export/rollup.docx`, q),
};

export type UnitAlias = {
  alias: string; organisationId: string | null; organisationName: string | null; group: string | null;
  memberIds: string[]; source: string; pendingTaskUnits: number;
};
export type UnresolvedName = { rawName: string; group: string | null; taskUnits: number };

export const aliasesApi = {
  list: () => api.get<{ items: UnitAlias[]; unresolved: UnresolvedName[] }>('/api/unit-aliases'),
  mapName: (alias: string, organisationId: string) => api.put<UnitAlias>(`/api/unit-aliases/${encodeURIComponent(alias)}`, { organisationId }),
  resolveGroup: (alias: string, organisationIds: string[]) => api.put<UnitAlias>(`/api/unit-aliases/${encodeURIComponent(alias)}`, { organisationIds }),
};
