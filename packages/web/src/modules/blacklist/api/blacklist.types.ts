// The blacklist as the API answers it (docs/api-contract.md, "Blacklist"). The vocabulary is the domain's.
import type { EntryAction, EntryStatus, ListingCriterion, PartyKind, PublicFieldPolicy } from '@hazgov/domain/blacklist/types';

export type { EntryAction, EntryStatus, ListingCriterion, PartyKind, PublicFieldPolicy };

export type JointNotice = {
  id: string; department: { id: string; name: string }; measures: string | null; sentAt: string;
  acknowledgedAt: string | null; response: string | null;
};

export type BlacklistEntry = {
  id: string; partyKind: PartyKind; enterprise: { id: string; name: string } | null; partyName: string; creditCode: string | null;
  idNumber: string | null; personRole: string | null; criteria: ListingCriterion[]; reason: string; cases: { id: string; decisionNo: string | null }[];
  status: EntryStatus; proposedAt: string; reviewedAt: string | null; decidedAt: string | null; decisionNo: string | null;
  publishedAt: string | null; listedFrom: string | null; listedUntil: string | null; durationMonths: number | null;
  repairAppliedAt: string | null; repairNote: string | null; removedAt: string | null; removedReason: string | null;
  notices: JointNotice[]; version: number;
  /** What the asking user may do now (workflow, role, four eyes): the server's word, when it gives it. */
  allowedActions?: EntryAction[]; proposedByMe?: boolean; reviewComment?: string | null;
  territory?: { id: string; name: string } | null;
};

export type NewEntry = {
  partyKind: PartyKind; enterpriseId: string; personName?: string; idNumber?: string; personRole?: string;
  criteria: string[]; reason: string; caseIds?: string[];
};

export type EntryActionBody = {
  action: EntryAction; version: number; comment?: string; decisionNo?: string; durationMonths?: number;
  departmentIds?: string[]; measures?: string; note?: string;
};

export type NoticeWithEntry = JointNotice & { entry: Pick<BlacklistEntry, 'id' | 'partyKind' | 'partyName' | 'creditCode' | 'reason' | 'decisionNo' | 'listedFrom' | 'listedUntil' | 'status'> };

/** The part of GET /api/inspections/settings this page edits (the rest belongs to inspections and hidden dangers). */
export type BlacklistSettings = { blacklistCriteria: ListingCriterion[]; publicFields: PublicFieldPolicy };
