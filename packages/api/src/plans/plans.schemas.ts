// zod schemas of the Plans section of docs/api-contract.md: one schema feeds validation, types and OpenAPI.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const id = z.string().min(1).max(100);
export const taskStatus = z.enum(['not_started', 'on_track', 'due_soon', 'overdue', 'done', 'waiting']);
export const unitRole = z.enum(['lead', 'responsible']);
export const submissionKind = z.enum(['implementation_plan', 'contact_return', 'summary']);
export const reportStatus = z.enum(['draft', 'submitted', 'returned', 'accepted']);
const year = z.coerce.number().int().min(2000).max(2100);
const quarter = z.coerce.number().int().min(1).max(4);

export const planParams = z.object({ planId: id });
export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const planListResponse = z.object({
  items: z.array(z.object({
    id: z.string(), code: z.string().nullable(), title: z.string(), issuedOn: z.string().nullable(), organisationName: z.string(),
    taskCount: z.number(), itemCount: z.number(), parentPlanId: z.string().nullable(),
  })),
});

export const planResponse = z.object({
  id: z.string(), code: z.string().nullable(), title: z.string(), issuedOn: z.string().nullable(),
  startsOn: z.string().nullable(), endsOn: z.string().nullable(), parentPlanId: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  phases: z.array(z.object({ kind: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() })),
  groups: z.array(z.object({ no: z.number(), title: z.string() })),
  submissions: z.array(z.object({ kind: submissionKind, label: z.string(), dueOn: z.string() })),
  quarters: z.array(z.object({ year: z.number(), quarter: z.number(), dueOn: z.string() })),
  events: z.array(z.object({ id: z.string(), name: z.string(), occurredOn: z.string().nullable() })),
});

export const unitRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable(), kind: z.string() });

export const boardQuery = z.object({
  asOf: isoDate.optional(),
  groupNo: z.coerce.number().int().positive().optional(),
  unitId: id.optional(),
  status: taskStatus.optional(),
});

export const lastReport = z.object({ year: z.number(), quarter: z.number(), progress: z.number(), submittedAt: z.string().nullable() });

export const boardResponse = z.object({
  asOf: z.string(),
  units: z.array(unitRef),
  rows: z.array(z.object({
    taskId: z.string(), groupNo: z.number(), groupTitle: z.string(), taskNo: z.number(), itemNo: z.number(), title: z.string(),
    deadlineText: z.string(), deadlineKind: z.string(), status: taskStatus,
    cells: z.array(z.object({ unitId: z.string(), role: unitRole, status: taskStatus, lastReport: lastReport.optional() })),
    unresolved: z.array(z.string()),
  })),
});

export const progressReport = z.object({
  id: z.string(), taskId: z.string(), taskNo: z.number(), itemNo: z.number(), unitId: z.string(), unitName: z.string(),
  year: z.number(), quarter: z.number(), dueOn: z.string(), status: reportStatus, progress: z.number(), content: z.string(),
  problems: z.string().nullable(), nextSteps: z.string().nullable(), submittedAt: z.string().nullable(), submittedBy: z.string().nullable(),
  late: z.boolean(), reviewComment: z.string().nullable(), reviewedAt: z.string().nullable(), updatedAt: z.string(),
});

export const milestone = z.object({
  id: z.string(), kind: z.string(), label: z.string(), startsOn: z.string().nullable(), dueOn: z.string().nullable(),
  event: z.object({ id: z.string(), name: z.string(), occurredOn: z.string().nullable() }).optional(),
  completions: z.array(z.object({ unitId: z.string(), completedOn: z.string(), note: z.string().nullable() })),
});

export const taskParams = z.object({ planId: id, taskId: id });
export const taskResponse = z.object({
  asOf: z.string(),
  task: z.object({
    id: z.string(), groupNo: z.number(), groupTitle: z.string(), taskNo: z.number(), itemNo: z.number(), title: z.string(),
    content: z.string(), leadText: z.string(), responsibleText: z.string(), deadlineText: z.string(), deadlineKind: z.string(), status: taskStatus,
  }),
  units: z.array(z.object({
    unitId: z.string().nullable(), name: z.string(), role: unitRole, rawName: z.string(), mapped: z.boolean(), group: z.string().nullable(),
    status: taskStatus.nullable(),
  })),
  milestones: z.array(milestone),
  reports: z.array(progressReport),
});

export const unitParams = z.object({ planId: id, unitId: id });
export const submissionView = z.object({
  id: z.string().nullable(), kind: submissionKind, unitId: z.string(), unitName: z.string(), dueOn: z.string(),
  submittedAt: z.string().nullable(), late: z.boolean(), missing: z.boolean(), body: z.record(z.string(), z.unknown()).nullable(),
  childPlanId: z.string().nullable(),
});
export const unitResponse = z.object({
  asOf: z.string(),
  unit: unitRef,
  owes: z.array(z.object({ taskId: z.string(), taskNo: z.number(), itemNo: z.number(), title: z.string(), role: unitRole, status: taskStatus })),
  reports: z.array(progressReport),
  late: z.array(z.object({ year: z.number(), quarter: z.number(), dueOn: z.string(), taskId: z.string(), taskNo: z.number(), missing: z.boolean() })),
  submissions: z.array(submissionView),
});

export const dashboardResponse = z.object({
  asOf: z.string(),
  completionByGroup: z.array(z.object({ groupNo: z.number(), title: z.string(), total: z.number(), done: z.number(), overdue: z.number() })),
  lateUnits: z.array(z.object({ unitId: z.string(), name: z.string(), late: z.number(), missing: z.number() })),
  timeline: z.array(z.object({ date: z.string(), label: z.string(), kind: z.string(), taskNo: z.number().nullable() })),
  reportsByQuarter: z.array(z.object({ year: z.number(), quarter: z.number(), dueOn: z.string(), due: z.number(), onTime: z.number(), late: z.number(), missing: z.number() })),
  totals: z.object({ tasks: z.number(), items: z.number(), units: z.number(), reports: z.number() }),
});

export const reportsQuery = z.object({
  year: year.optional(), quarter: quarter.optional(), unitId: id.optional(), taskId: id.optional(),
});
export const reportsResponse = z.object({ items: z.array(progressReport) });

const text = (max: number) => z.string().max(max);
export const saveReportBody = z.object({
  taskId: id, year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4),
  progress: z.number().int().min(0).max(100), content: text(20000), problems: text(20000).nullish(), nextSteps: text(20000).nullish(),
  submit: z.boolean(),
});
export const reviewParams = z.object({ planId: id, reportId: id });
export const reviewBody = z.object({ decision: z.enum(['accept', 'return']), comment: text(4000).nullish() });

export const submissionsQuery = z.object({ kind: submissionKind.optional(), unitId: id.optional(), asOf: isoDate.optional() });
export const submissionsResponse = z.object({ items: z.array(submissionView) });
export const submissionParams = z.object({ planId: id, kind: submissionKind });
const person = z.object({ name: text(100), title: text(100), phone: text(50) });
export const submissionBody = z.union([
  z.object({ leader: person, head: person }),
  z.object({ title: text(500), note: text(20000).optional().default(''), childPlanId: id.nullish() }),
  z.object({ title: text(500), text: text(200000) }),
]);

export const milestoneParams = z.object({ planId: id, milestoneId: id });
export const completeMilestoneBody = z.object({ completedOn: isoDate, note: text(4000).nullish() });
export const completionResponse = z.object({ milestoneId: z.string(), unitId: z.string(), completedOn: z.string(), note: z.string().nullable() });

export const eventParams = z.object({ planId: id, eventId: id });
export const eventOccurredBody = z.object({ occurredOn: isoDate.nullable() });
export const eventResponse = z.object({ id: z.string(), name: z.string(), occurredOn: z.string().nullable() });

export const assessmentQuery = z.object({ year: year.optional() });
export const criterion = z.object({ key: z.string(), label: z.string(), weight: z.number() });
export const assessmentResponse = z.object({
  year: z.number(),
  asOf: z.string(),
  criteria: z.array(criterion),
  rows: z.array(z.object({
    unitId: z.string(), name: z.string(), score: z.number().nullable(),
    breakdown: z.array(z.object({ key: z.string(), value: z.number().nullable(), points: z.number().nullable(), due: z.number(), met: z.number() })),
  })),
});
export const criteriaBody = z.object({
  criteria: z.array(z.object({ key: z.string().min(1).max(50).regex(/^[a-z_]+$/), label: text(100).min(1), weight: z.number().int().min(0).max(100) })).min(1),
});
export const criteriaResponse = z.object({ criteria: z.array(criterion) });

export const importPreviewResponse = z.object({
  importId: z.string(), expiresAt: z.string(), title: z.string(), code: z.string().nullable(), parentPlanId: z.string().nullable(),
  items: z.array(z.object({
    row: z.number(), groupNo: z.number(), groupTitle: z.string(), taskNo: z.number(), itemNo: z.number(), title: z.string(),
    leadText: z.string(), responsibleText: z.string(), deadlineText: z.string(), deadlineKind: z.string(),
    units: z.array(z.object({ rawName: z.string(), role: unitRole, unitId: z.string().nullable(), unitName: z.string().nullable(), group: z.string().nullable() })),
  })),
  problems: z.array(z.object({ row: z.number(), field: z.string().nullable(), code: z.string(), message: z.string() })),
  unknownUnits: z.array(z.string()),
});
export const importParams = z.object({ importId: id });
export const confirmImportBody = z.object({ mappings: z.record(z.string(), id).optional().default({}) });
export const confirmImportResponse = z.object({ planId: z.string() });

export const aliasParams = z.object({ alias: z.string().min(1).max(200) });
export const aliasBody = z.object({ organisationId: id.optional(), organisationIds: z.array(id).min(1).optional() })
  .refine((b) => (b.organisationId ? 1 : 0) + (b.organisationIds ? 1 : 0) === 1, { message: 'organisationId or organisationIds' });
export const aliasView = z.object({
  alias: z.string(), organisationId: z.string().nullable(), organisationName: z.string().nullable(), group: z.string().nullable(),
  memberIds: z.array(z.string()), source: z.string(), pendingTaskUnits: z.number(),
});
export const aliasListResponse = z.object({ items: z.array(aliasView), unresolved: z.array(z.object({ rawName: z.string(), group: z.string().nullable(), taskUnits: z.number() })) });

export const exportUnitReportQuery = z.object({ unitId: id.optional(), year, quarter });
export const exportRollupQuery = z.object({ year, quarter });
