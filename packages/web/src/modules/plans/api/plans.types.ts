// Shapes of the Plans section of docs/api-contract.md (and packages/api/src/plans/plans.schemas.ts).
export const taskStatuses = ['not_started', 'on_track', 'due_soon', 'overdue', 'done', 'waiting'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export type UnitRole = 'lead' | 'responsible';
export const submissionKinds = ['contact_return', 'implementation_plan', 'summary'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];

export type PlanSummary = {
  id: string; code: string | null; title: string; issuedOn: string | null; organisationName: string;
  taskCount: number; itemCount?: number; parentPlanId?: string | null;
};
export type Quarter = { year: number; quarter: number; dueOn: string };
export type Plan = {
  id: string; code: string | null; title: string; issuedOn: string | null; startsOn?: string | null; endsOn?: string | null;
  parentPlanId?: string | null; organisation?: { id: string; name: string };
  phases: { kind: string; name: string; startsOn: string; endsOn: string }[];
  groups: { no: number; title: string }[];
  submissions: { kind: SubmissionKind; label?: string; dueOn: string }[];
  quarters?: Quarter[];
  events?: { id: string; name: string; occurredOn: string | null }[];
};
export type UnitRef = { id: string; name: string; nameEn: string | null; kind: string };
export type LastReport = { year: number; quarter: number; progress: number; submittedAt: string | null };
export type BoardCell = { unitId: string; role: UnitRole; status: TaskStatus; lastReport?: LastReport };
export type BoardRow = {
  taskId: string; groupNo: number; groupTitle: string; taskNo: number; itemNo: number; title: string;
  deadlineText: string; deadlineKind: string; status?: TaskStatus; cells: BoardCell[]; unresolved?: string[];
};
export type Board = { asOf: string; units: UnitRef[]; rows: BoardRow[] };

export type ProgressReport = {
  id: string; taskId: string; taskNo: number; itemNo?: number; unitId: string; unitName: string; year: number; quarter: number;
  dueOn: string; status: ReportStatus; progress: number; content: string; problems: string | null; nextSteps: string | null;
  submittedAt: string | null; submittedBy: string | null; late: boolean; reviewComment?: string | null; reviewedAt?: string | null;
  updatedAt?: string;
};
export type Milestone = {
  id: string; kind: string; label: string; startsOn: string | null; dueOn: string | null;
  event?: { id?: string; name: string; occurredOn: string | null };
  completions?: { unitId: string; completedOn: string; note: string | null }[];
};
export type TaskUnit = {
  unitId: string | null; name: string; role: UnitRole; rawName: string; mapped: boolean; group?: string | null; status?: TaskStatus | null;
};
export type TaskDetail = {
  asOf?: string;
  task: {
    id: string; groupNo: number; groupTitle: string; taskNo: number; itemNo: number; title: string; content: string;
    leadText: string; responsibleText: string; deadlineText: string; deadlineKind: string; status?: TaskStatus;
  };
  units: TaskUnit[];
  milestones: Milestone[];
  reports: ProgressReport[];
};
export type SubmissionView = {
  id: string | null; kind: SubmissionKind; unitId: string; unitName: string; dueOn: string; submittedAt: string | null;
  late: boolean; missing: boolean; body: Record<string, unknown> | null; childPlanId?: string | null;
};
export type UnitDetail = {
  asOf?: string;
  unit: UnitRef;
  owes: { taskId: string; taskNo: number; itemNo?: number; title: string; role: UnitRole; status: TaskStatus }[];
  reports: ProgressReport[];
  late: { year: number; quarter: number; dueOn: string; taskId: string; taskNo?: number; missing?: boolean }[];
  submissions: SubmissionView[];
};
export type Dashboard = {
  asOf: string;
  completionByGroup: { groupNo: number; title: string; total: number; done: number; overdue: number }[];
  lateUnits: { unitId: string; name: string; late: number; missing: number }[];
  timeline: { date: string; label: string; kind: string; taskNo: number | null }[];
  reportsByQuarter: { year: number; quarter: number; dueOn?: string; due: number; onTime: number; late: number; missing: number }[];
  totals: { tasks: number; items: number; units: number; reports: number };
};
export type SaveReportBody = {
  taskId: string; year: number; quarter: number; progress: number; content: string; problems?: string | null; nextSteps?: string | null; submit: boolean;
};
export type Person = { name: string; title: string; phone: string };
export type Criterion = { key: string; label: string; weight: number };
export type Assessment = {
  year: number;
  criteria: Criterion[];
  asOf?: string;
  rows: { unitId: string; name: string; score: number | null; breakdown: { key: string; value: number | null; points: number | null; due?: number; met?: number }[] }[];
};
export type ImportPreview = {
  importId: string; expiresAt?: string; title?: string; code?: string | null; parentPlanId?: string | null;
  items: {
    row: number; groupNo: number; groupTitle: string; taskNo: number; itemNo: number; title: string; leadText: string;
    responsibleText: string; deadlineText: string; deadlineKind: string;
    units?: { rawName: string; role: UnitRole; unitId: string | null; unitName: string | null; group: string | null }[];
  }[];
  problems: { row: number; field: string | null; code: string; message: string }[];
  unknownUnits: string[];
};
