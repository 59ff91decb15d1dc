// The shapes of the hidden-danger API (docs/api-contract.md § issue 5, "Hidden dangers"); the vocabularies come from
// the domain so a status the server knows is a status the page knows.
import type {
  EscalationRule, FindingAction, FindingSeverity, FindingSource, FindingStatus, MajorCriterion, SupervisionStatus,
} from '@hazgov/domain/hidden-dangers/types';
import type { DeadlineDefaults } from '@hazgov/domain/inspections/settings';

export { escalationLevels, findingActions, findingSeverities, findingSources, findingStatuses } from '@hazgov/domain/hidden-dangers/types';
export type { EscalationRule, FindingAction, FindingSeverity, FindingSource, FindingStatus, MajorCriterion, SupervisionStatus };

export type Attachment = { id: string; fileName: string; mime: string; size: number; takenAt: string | null; uploadedAt: string; url: string };

export type FindingSummary = {
  id: string;
  enterprise: { id: string; name: string; blacklisted?: boolean };
  territory: { id: string; name: string };
  category: string;
  description: string;
  severity: FindingSeverity;
  status: FindingStatus;
  foundOn: string;
  deadline: string;
  overdueDays: number;
  escalationLevel: number;
  supervision: { status: SupervisionStatus; no: string | null } | null;
  source: FindingSource;
};

/** One step of the loop as the audit chain remembers it. `actor` is a name (or the user object, tolerated). */
export type TimelineItem = {
  at: string; action: string; actor: string | { id?: string; name?: string } | null;
  fromStatus: FindingStatus | null; toStatus: FindingStatus | null; note: string | null;
};

export type Finding = FindingSummary & {
  legalBasis: string | null;
  majorCriteria: MajorCriterion[];
  inspection: { id: string } | null;
  planText: string | null;
  responsiblePerson: string | null;
  funds: string | null;
  submittedAt: string | null;
  verifiedAt: string | null;
  verifiedBy: string | { id?: string; name?: string } | null;
  closedAt: string | null;
  returnCount: number;
  reopenCount: number;
  evidence: Attachment[];
  verificationPhotos: Attachment[];
  timeline: TimelineItem[];
  /** What the asking user may do now (the server's state machine and sides); absent from older servers. */
  actions?: FindingAction[];
  canSupervise?: boolean;
  escalatedAt?: string | null;
  isDemo?: boolean;
  version: number;
};

export type FindingPage = { items: FindingSummary[]; total: number; page?: number; pageSize?: number };

export type FindingFilters = {
  status?: FindingStatus;
  severity?: FindingSeverity;
  territoryId?: string;
  enterpriseId?: string;
  overdue?: boolean;
  listed?: boolean;
  category?: string;
  q?: string;
  sort?: FindingSort;
};

/** The list's orders (the server's `sort`): newest found first (default), nearest deadline, most overdue. */
export const findingSorts = ['newest', 'deadline', 'overdue'] as const;
export type FindingSort = (typeof findingSorts)[number];

export type FindingInput = {
  enterpriseId: string; category: string; description: string; severity?: FindingSeverity; majorCriteria?: string[];
  deadline: string; legalBasis?: string; source: FindingSource;
};

export type ActionInput = {
  action: FindingAction; version: number; planText?: string; responsiblePerson?: string; funds?: string; note?: string; deadline?: string;
};

export type FindingStats = {
  totals: { found: number; closed: number; open: number; overdue: number; major: number; majorClosed: number };
  closureRate: number | null;
  onTimeRate: number | null;
  byTerritory: { id: string; name: string; found: number; closed: number; overdue: number; major: number }[];
  byIndustry: { industry: string | null; found: number; closed: number; overdue: number }[];
  byCategory: { category: string; found: number; closed: number }[];
  byMonth: { month: string; found: number; closed: number }[];
  escalated: Record<string, number>;
};

/** GET /api/inspections/settings (the part these pages read and write). */
export type InspectionSettingsView = {
  majorCriteria: MajorCriterion[];
  escalation: EscalationRule;
  deadlines?: DeadlineDefaults;
  [key: string]: unknown;
};
