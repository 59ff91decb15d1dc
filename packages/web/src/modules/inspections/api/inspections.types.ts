// The shapes of the inspections API (docs/api-contract.md, "Inspections, hidden dangers, enforcement …", issue 5).
import type { ChecklistItem, EnterpriseType, InspectionOutcome, InspectionPlanKind, InspectionStatus, SeverityHint } from '@hazgov/domain/inspections/types';

export type { ChecklistItem, EnterpriseType, InspectionOutcome, InspectionStatus };

export type TemplateSummary = {
  id: string; enterpriseType: EnterpriseType; name: string; nameEn: string | null; version: number; status: string;
  source: string; itemCount: number; updatedAt: string;
};
export type Template = TemplateSummary & { items: ChecklistItem[] };
export type TemplateItemInput = { area: string; content: string; legalBasis: string; severityHint: SeverityHint; majorCriterion?: string | null };
export type TemplateInput = { enterpriseType: EnterpriseType; name: string; nameEn?: string; items: TemplateItemInput[] };

export type Named = { id: string; name: string };
export type Attachment = { id: string; fileName: string; mime: string; size: number; takenAt: string | null; uploadedAt: string; url: string };

export type InspectionSummary = {
  id: string; enterprise: Named & { blacklisted: boolean }; territory: Named | null; plan: { id: string; title: string } | null;
  templateName: string; inspectors: Named[]; scheduledOn: string | null; status: InspectionStatus; submittedAt: string | null;
  failCount: number; findingCount: number;
};
export type InspectionResult = {
  itemId: string; outcome: InspectionOutcome | null; note: string | null; recordedAt: string | null; findingId: string | null; photos: Attachment[];
};
export type FindingSummary = { id: string; description: string; severity: string; status: string; deadline: string | null };
export type Inspection = InspectionSummary & {
  template: { id: string; name: string; version: number; items: ChecklistItem[] };
  results: InspectionResult[];
  summary: string | null;
  representativeName: string | null;
  representativeConfirmedAt: string | null;
  version: number;
  findings: FindingSummary[];
  /** May this user record results now (assigned, not submitted)? Absent from an old cached copy. */
  canRecord?: boolean;
  /** Photos of the inspection as a whole (no item). */
  photos?: Attachment[];
};
export type InspectionList = { items: InspectionSummary[]; total: number };
export type InspectionQuery = { status?: string; enterpriseId?: string; planId?: string; mine?: 1; page?: number; pageSize?: number };
export type NewInspection = { id?: string; enterpriseId: string; templateId?: string; planId?: string; inspectorIds?: string[]; scheduledOn?: string };

export type SyncResultInput = { itemId: string; outcome: InspectionOutcome; note?: string; recordedAt: string };
export type SyncOp = {
  opId: string; inspectionId: string; baseVersion: number; at: string; results: SyncResultInput[];
  summary?: string; representativeName?: string; submit?: boolean;
};
export type SyncConflict = { itemId: string | null; field: string; mine: string | null; theirs: string | null };
export type SyncOutcome = {
  opId: string; outcome: 'applied' | 'conflict' | 'rejected'; inspection?: Inspection; conflicts?: SyncConflict[];
  error?: { code: string; message: string; field?: string };
};

export type DrawSummary = { id: string; seed: string | number; status: string; drawnAt: string; count: number };
export type Plan = {
  id: string; organisation: Named; year: number; title: string; kind: InspectionPlanKind; territoryIds: string[]; sampleSize: number;
  inspectorsPerEnterprise: number; weights: unknown; status: string; note: string | null; draws: DrawSummary[];
  inspectionCount: number; doneCount: number;
};
export type PlanInput = {
  year: number; title: string; kind: InspectionPlanKind; territoryIds: string[]; sampleSize: number; inspectorsPerEnterprise: number; note?: string;
};
export type Draw = {
  id: string; planId: string; seed: string | number; algorithm: string;
  enterprisePool: { id: string; name: string; weight: number }[];
  inspectorPool: Named[];
  conflicts: { inspectorId: string; enterpriseId: string; reason: string }[];
  result: { enterprise: Named & { territory?: Named | string | null }; inspectors: Named[] }[];
  status: string; drawnAt: string;
};
export type DrawVerification = { ok: boolean; algorithm?: string; recomputed: { enterpriseId: string; inspectorIds: string[] }[]; stored?: { enterpriseId: string; inspectorIds: string[] }[] };
export type Conflict = { id: string; inspectorId: string; enterpriseId: string; reason: string; inspector?: Named; enterprise?: Named; createdAt?: string };
export type Inspector = { id: string; name: string; organisation: Named | string | null };
