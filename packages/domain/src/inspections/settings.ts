// The inspection context's settings, one document per key in inspection_settings. Defaults come from data/inspections
// (the criteria, with their sources and `verified` flags) and from the documented choices below.
import type { ListingCriterion, PublicFieldPolicy } from '../blacklist/types.js';
import type { EscalationRule, MajorCriterion } from '../hidden-dangers/types.js';

/** Suggested rectification periods; the inspector sets each finding's deadline, these only pre-fill it. */
export type DeadlineDefaults = { generalDays: number; majorDays: number };

export type InspectionSettings = {
  majorCriteria: MajorCriterion[];
  escalation: EscalationRule;
  deadlines: DeadlineDefaults;
  blacklistCriteria: ListingCriterion[];
  publicFields: PublicFieldPolicy;
};
export const inspectionSettingKeys = ['majorCriteria', 'escalation', 'deadlines', 'blacklistCriteria', 'publicFields'] as const;
export type InspectionSettingKey = (typeof inspectionSettingKeys)[number];

/** Escalation: the territory on the first day overdue, the department after a week, the district after a month. Not set
 * by any standard; chosen so a finding cannot sit unnoticed past one monthly supervision round (docs/hidden-dangers.md). */
export const defaultEscalation: EscalationRule = { territoryDays: 1, departmentDays: 7, districtDays: 30 };
export const defaultDeadlines: DeadlineDefaults = { generalDays: 15, majorDays: 60 };
