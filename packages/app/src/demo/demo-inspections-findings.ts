// One hazard finding row in a chosen state of its loop, for the demo seed and the benchmark generator: the dates
// are consistent with the state (found → deadline → plan → reported → verified → closed, all on or before today),
// an overdue open or rectifying one carries the escalation level the daily pass would have reached (the domain's
// escalationLevelFor under defaultEscalation, 1 / 7 / 30 days past the deadline), and a major one is under 挂牌督办
// while open and delisted once closed. Pure: every choice comes from the seeded generator.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { defaultDeadlines, defaultEscalation } from '@hazgov/domain/inspections/settings';
import { escalationLevelFor, overdueDaysOf } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingStatus } from '@hazgov/domain/hidden-dangers/types';
import { PLAN_TEXTS, type FindingTemplate } from './demo-inspections-catalog.js';
import { addDays, personName } from './demo-enterprise-names.js';
import type { Rng } from './prng.js';

export type FindingRow = Insertable<DB['hazard_findings']>;
export type FindingEnterprise = { id: string; path: string; territory_id: string; grid_id: string | null; industry: string | null };

/** The states the demo shows: open / rectifying / awaiting verification / closed, and the loop's detours. */
export type FindingStory = 'open' | 'rectifying' | 'awaiting_verification' | 'closed' | 'returned' | 'reopened' | 'closed_after_return';

export type FindingSpec = {
  id: string; enterprise: FindingEnterprise; template: FindingTemplate; story: FindingStory;
  /** > 0: days past the deadline today; ≤ 0: days still left (ignored for closed stories). */
  overdueDays: number;
  source?: 'inspection' | 'self_check' | 'report' | 'other';
  inspectionId?: string | null; itemId?: string | null; foundOn?: string;
  foundBy?: string | null; verifiedBy?: string | null;
  /** 挂牌督办 of a major one: the listing organisation and the number, else none. */
  supervision?: { orgId: string; no: string } | null;
  isDemo: boolean;
};

/** An instant on a China date during working hours (01:00–09:59 UTC = 09:00–17:59 in China). */
export const instantOn = (rng: Rng, date: string): string =>
  `${date}T${String(rng.int(1, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`;

/** instantOn, but never after `nowIso` (a record made today is not stamped later than the seeding clock). */
export const stampOn = (rng: Rng, date: string, nowIso: string): string => {
  const t = instantOn(rng, date);
  return t > nowIso ? nowIso : t;
};

/** The row; every date on or before `today`, every instant at or before `nowIso` (default: the end of today). */
export function findingRow(rng: Rng, today: string, s: FindingSpec, nowIso = `${today}T15:59:59.000Z`): FindingRow {
  const instant = (date: string): string => stampOn(rng, date, nowIso);
  const major = Boolean(s.template.major);
  const period = major ? defaultDeadlines.majorDays : defaultDeadlines.generalDays;
  const closedStory = s.story === 'closed' || s.story === 'closed_after_return';
  let foundOn: string;
  let deadline: string;
  if (closedStory) {
    foundOn = s.foundOn ?? addDays(today, -rng.int(period + 5, 330));
    deadline = addDays(foundOn, period);
  } else if (s.foundOn) {
    foundOn = s.foundOn;
    deadline = addDays(today, -s.overdueDays);
  } else {
    deadline = addDays(today, -s.overdueDays);
    foundOn = addDays(deadline, -period);
    if (foundOn > today) foundOn = today;
  }
  // the loop's dates, each after the one before and never after today
  const span = Math.max(1, Math.min(period, daysBetween(foundOn, today)));
  const planOn = minDate(addDays(foundOn, Math.min(span, rng.int(1, 4))), today);
  const doneOn = minDate(closedStory ? addDays(foundOn, rng.int(Math.ceil(period / 3), period - 1)) : addDays(foundOn, Math.max(1, Math.min(span, rng.int(3, period)))), today);
  const verifyOn = minDate(addDays(doneOn, rng.int(1, 5)), today);
  const hasPlan = s.story !== 'open';
  const reported = s.story === 'awaiting_verification' || closedStory;
  const created = instant(foundOn);
  const doneAt = reported ? instant(doneOn) : null;
  const verifiedAt = closedStory ? instant(verifyOn) : null;
  const supervised = major && s.supervision;
  const status: FindingStatus = closedStory ? 'closed' : s.story === 'awaiting_verification' ? 'awaiting_verification' : s.story === 'open' ? 'open' : 'rectifying';
  // the level the daily pass has reached (the domain's rule: only open and rectifying ones are overdue)
  const level = escalationLevelFor(overdueDaysOf(status, deadline, today), defaultEscalation);
  const row: FindingRow = {
    id: s.id, path: s.enterprise.path, enterprise_id: s.enterprise.id, territory_id: s.enterprise.territory_id, grid_id: s.enterprise.grid_id,
    industry: s.enterprise.industry, inspection_id: s.inspectionId ?? null, item_id: s.itemId ?? null, source: s.source ?? 'inspection',
    category: s.template.area, description: s.template.description, legal_basis: s.template.legalBasis, severity: major ? 'major' : 'general',
    major_criteria_json: JSON.stringify(major ? [s.template.major] : []),
    status,
    found_on: foundOn, found_by: s.foundBy ?? null, deadline,
    plan_text: hasPlan ? rng.pick(PLAN_TEXTS) : null, responsible_person: hasPlan ? personName(rng) : null,
    funds: hasPlan ? `${rng.int(2, 180) * 500}.00` : null,
    submitted_at: doneAt,
    verified_by: closedStory ? (s.verifiedBy ?? null) : null, verified_at: verifiedAt,
    closed_at: verifiedAt,
    return_count: s.story === 'returned' || s.story === 'closed_after_return' ? 1 : 0, reopen_count: s.story === 'reopened' ? 1 : 0,
    escalation_level: level, escalated_at: level > 0 ? `${addDays(deadline, level === 3 ? defaultEscalation.districtDays : level === 2 ? defaultEscalation.departmentDays : defaultEscalation.territoryDays)}T00:30:00.000Z` : null,
    supervision_status: supervised ? (closedStory ? 'delisted' : 'listed') : null, supervision_no: supervised ? s.supervision!.no : null,
    supervision_org_id: supervised ? s.supervision!.orgId : null, supervision_listed_at: supervised ? created : null,
    is_demo: s.isDemo ? 1 : 0, version: 1 + (hasPlan ? 1 : 0) + (reported ? 1 : 0) + (closedStory ? 1 : 0), created_at: created,
    updated_at: verifiedAt ?? doneAt ?? (hasPlan ? instant(planOn) : created),
  };
  return row;
}

const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const minDate = (a: string, b: string): string => (a < b ? a : b);
