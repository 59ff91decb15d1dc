// The shapes of the enforcement API (docs/api-contract.md § issue 5, "Enforcement"); the vocabularies and the workflow
// come from the domain (enforcement/types.ts, enforcement/case-workflow.ts).
import type { CaseAction } from '@hazgov/domain/enforcement/case-workflow';
import type { CaseKind, CaseStatus, PenaltyKind } from '@hazgov/domain/enforcement/types';

export { caseKinds, caseStatuses, penaltyKinds } from '@hazgov/domain/enforcement/types';
export type { CaseAction, CaseKind, CaseStatus, PenaltyKind };

export type CaseSummary = {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  enterprise: { id: string; name: string; blacklisted?: boolean };
  territory?: { id: string; name: string } | null;
  organisation?: { id: string; name: string | null } | null;
  decisionNo: string | null;
  facts: string;
  legalBasis: string;
  penaltyKinds: PenaltyKind[];
  amount: string | null;
  deadline: string | null;
  decidedOn: string | null;
  closedOn?: string | null;
  publishedAt: string | null;
  createdAt?: string;
  version: number;
};

export type Case = CaseSummary & {
  inspectionId?: string | null;
  /** What the asking user may do now (the server applies the same workflow and roles). */
  allowedActions?: CaseAction[];
  canPublish?: boolean;
  /** The findings the case rests on (ids, or summaries when the server sends them). */
  findingIds?: string[];
  findings?: { id: string; description?: string; status?: string }[];
  timeline?: { at: string; action: string; actor: string | { name?: string } | null; note?: string | null }[];
};

export type CasePage = { items: CaseSummary[]; total: number };
export type CaseFilters = { kind?: CaseKind; status?: CaseStatus; enterpriseId?: string; published?: boolean; page?: number; pageSize?: number };

export type CaseInput = {
  kind: CaseKind; enterpriseId: string; findingIds?: string[]; inspectionId?: string; facts: string; legalBasis: string;
  penaltyKinds?: PenaltyKind[]; amount?: string; deadline?: string;
};
export type CaseActionInput = { action: CaseAction; version: number; decisionNo?: string; decidedOn?: string; amount?: string };
