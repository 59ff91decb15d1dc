// The hidden-danger loop as a pure state machine (docs/hidden-dangers.md): which action may move a finding from which
// status, and which side may take it. The enterprise rectifies (plan, then rectification with evidence); a regulator
// verifies or returns, reopens a closed one and extends a deadline. The district admin may act for either side.
// The app layer adds what needs the database (evidence present, version, scope); everything else is decided here.
import type { Role } from '../orgs/roles.js';
import type { EscalationLevel, EscalationRule, FindingAction, FindingStatus, MajorCriterion } from './types.js';

/** Who acts: the finding's own enterprise, or a regulator (department, territory, inspector); the admin is both. */
export type FindingSide = 'enterprise' | 'regulator';

type Transition = { from: readonly FindingStatus[]; to: FindingStatus | 'same'; by: FindingSide };

export const findingTransitions: Record<FindingAction, Transition> = {
  // the plan may be replaced while rectifying (after a return, say)
  submit_plan: { from: ['open', 'rectifying'], to: 'rectifying', by: 'enterprise' },
  submit_rectification: { from: ['rectifying'], to: 'awaiting_verification', by: 'enterprise' },
  verify: { from: ['awaiting_verification'], to: 'closed', by: 'regulator' },
  return: { from: ['awaiting_verification'], to: 'rectifying', by: 'regulator' },
  // a closed finding that did not hold starts again: the enterprise plans anew
  reopen: { from: ['closed'], to: 'open', by: 'regulator' },
  extend_deadline: { from: ['open', 'rectifying', 'awaiting_verification'], to: 'same', by: 'regulator' },
};

export const REGULATOR_ROLES: readonly Role[] = ['district_admin', 'department', 'territory', 'inspector'];

/** The sides an actor may take on a finding: `ownEnterprise` = the actor is a user of the finding's enterprise. */
export function sidesOf(role: Role, ownEnterprise: boolean): FindingSide[] {
  if (role === 'district_admin') return ['enterprise', 'regulator'];
  if (role === 'enterprise') return ownEnterprise ? ['enterprise'] : [];
  return REGULATOR_ROLES.includes(role) ? ['regulator'] : [];
}

export type TransitionResult =
  | { ok: true; to: FindingStatus }
  | { ok: false; reason: 'not_allowed' } // the status does not allow the action
  | { ok: false; reason: 'wrong_side' }; // allowed, but not by this actor

export function nextFindingStatus(status: FindingStatus, action: FindingAction, sides: readonly FindingSide[]): TransitionResult {
  const t = findingTransitions[action];
  if (!t.from.includes(status)) return { ok: false, reason: 'not_allowed' };
  if (!sides.includes(t.by)) return { ok: false, reason: 'wrong_side' };
  return { ok: true, to: t.to === 'same' ? status : t.to };
}

/** The actions an actor could take now (the detail page's buttons). */
export function availableFindingActions(status: FindingStatus, sides: readonly FindingSide[]): FindingAction[] {
  return (Object.keys(findingTransitions) as FindingAction[]).filter((a) => nextFindingStatus(status, a, sides).ok);
}

/** Statuses in which the enterprise still owes work, so a passed deadline makes the finding overdue. A finding awaiting
 * verification has been reported done: the wait is the regulator's, not the enterprise's. */
export const overdueStatuses: readonly FindingStatus[] = ['open', 'rectifying'];

const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86400000);

/** Whole days past the deadline as of `today` (China dates); 0 when not overdue or not in an owing status. */
export function overdueDaysOf(status: FindingStatus, deadline: string, today: string): number {
  if (!overdueStatuses.includes(status)) return 0;
  return Math.max(0, dayNumber(today) - dayNumber(deadline));
}

/** The escalation level `days` overdue has reached under the rule (0 when not overdue at all). */
export function escalationLevelFor(days: number, rule: EscalationRule): EscalationLevel {
  if (days <= 0) return 0;
  if (days >= rule.districtDays) return 3;
  if (days >= rule.departmentDays) return 2;
  if (days >= rule.territoryDays) return 1;
  return 0;
}

/** The latest deadline that has reached `level` as of `today`: deadline <= this ⇔ overdue days ≥ the level's days.
 * The escalation pass turns each level into one indexed range condition on `deadline`. */
export function deadlineCutoffFor(level: 1 | 2 | 3, rule: EscalationRule, today: string): string {
  const days = Math.max(1, level === 1 ? rule.territoryDays : level === 2 ? rule.departmentDays : rule.districtDays);
  return new Date((dayNumber(today) - days) * 86400000).toISOString().slice(0, 10);
}

export type SeverityCheck = { ok: true; severity: 'general' | 'major'; criteria: string[] } | { ok: false; index: number; key: string };

/** Major when any criterion is named (重大隐患判定标准); every key must be one of the criteria in force. */
export function severityFromCriteria(keys: readonly string[], criteria: readonly MajorCriterion[]): SeverityCheck {
  const known = new Set(criteria.map((c) => c.key));
  const unique: string[] = [];
  for (const [index, key] of keys.entries()) {
    if (!known.has(key)) return { ok: false, index, key };
    if (!unique.includes(key)) unique.push(key);
  }
  return { ok: true, severity: unique.length > 0 ? 'major' : 'general', criteria: unique };
}

/** 挂牌督办 number: 从安督〔2026〕7号. */
export const supervisionNumber = (year: number | string, n: number): string => `从安督〔${year}〕${n}号`;
export const supervisionPrefix = (year: number | string): string => `从安督〔${year}〕`;
