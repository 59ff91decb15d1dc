// Where a unit stands on a plan task on a given day (asOf), and which quarterly progress reports it owed by then.
// "As of" means as the record stood that day: completions, events and submissions dated after asOf are ignored,
// so a board for 2018-06-30 looks the same whenever it is drawn.
import { daysBetween, isIsoDate, isQuarter, type Quarter } from '../shared/iso-date.js';
import type { Milestone } from './deadline-parser.js';

export const taskStatuses = ['not_started', 'on_track', 'due_soon', 'overdue', 'done', 'waiting'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const milestoneStates = ['met', 'met_late', 'overdue', 'due_soon', 'open', 'upcoming', 'continuing', 'waiting'] as const;
export type MilestoneState = (typeof milestoneStates)[number];

/** A milestone with the unit's completion (the date it was declared met), if any. */
export type TrackedMilestone = Milestone & { completedOn: string | null };

export type TaskStatusInput = {
  milestones: readonly TrackedMilestone[];
  /** plan events by name → the day each occurred (null: not yet); conditional milestones wait on these */
  events?: Readonly<Record<string, string | null>>;
  /** the unit has submitted a progress report or declared a milestone for this task (on or before asOf) */
  hasActivity: boolean;
  /** the day work on the task may begin (the plan's issue date) */
  startsOn: string;
  asOf: string;
  /** a dated milestone within this many calendar days is "due soon"; default 14 */
  dueSoonDays?: number;
};

export type MilestoneStatus = { index: number; kind: Milestone['kind']; state: MilestoneState; dueOn: string | null };
export type TaskStatusResult = { status: TaskStatus; milestones: MilestoneStatus[]; nextDueOn: string | null };

export const DEFAULT_DUE_SOON_DAYS = 14;

function dueOf(m: Milestone): string | null {
  return m.kind === 'fixed' || m.kind === 'interim' || m.kind === 'deepening' ? m.dueOn : null;
}

function stateOf(m: TrackedMilestone, input: TaskStatusInput, dueSoonDays: number): MilestoneState {
  const { asOf } = input;
  const due = dueOf(m);
  if (m.completedOn !== null && m.completedOn <= asOf) return due !== null && m.completedOn > due ? 'met_late' : 'met';
  if (m.kind === 'ongoing') return 'continuing'; // 持续推进 has no date: never overdue
  if (m.kind === 'conditional') {
    const occurred = input.events?.[m.event] ?? null;
    // After the event there is still no date in the plan: the work is open until declared met.
    return occurred !== null && occurred <= asOf ? 'open' : 'waiting';
  }
  if (m.kind === 'deepening' && asOf < m.startsOn) return 'upcoming';
  const dueOn = due as string;
  if (asOf > dueOn) return 'overdue';
  return daysBetween(asOf, dueOn) <= dueSoonDays ? 'due_soon' : 'open';
}

export function computeTaskStatus(input: TaskStatusInput): TaskStatusResult {
  for (const date of [input.asOf, input.startsOn]) if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const milestones = input.milestones.map((m, index) => ({ index, kind: m.kind, state: stateOf(m, input, dueSoonDays), dueOn: dueOf(m) }));
  const pendingDues = milestones
    .filter((m) => m.dueOn !== null && (m.state === 'open' || m.state === 'due_soon' || m.state === 'overdue' || m.state === 'upcoming'))
    .map((m) => m.dueOn as string)
    .sort();
  const result = (status: TaskStatus): TaskStatusResult => ({ status, milestones, nextDueOn: pendingDues[0] ?? null });

  const states = milestones.map((m) => m.state);
  const met = (s: MilestoneState): boolean => s === 'met' || s === 'met_late';
  if (input.asOf < input.startsOn) return result('not_started');
  if (states.length > 0 && states.every(met)) return result('done');
  if (states.includes('overdue')) return result('overdue');
  if (states.includes('due_soon')) return result('due_soon');
  if (states.filter((s) => !met(s)).every((s) => s === 'waiting')) return result('waiting');
  if (!input.hasActivity && !states.some(met)) return result('not_started');
  return result('on_track');
}

// ── Quarterly progress reports ────────────────────────────────────────────────────────────────────────────

/** 'YYYY-Qn', as the plan data writes its reporting window. */
export type QuarterRef = string;
export type ExpectedReport = { year: number; quarter: Quarter; dueOn: string };
export type SubmittedReport = { year: number; quarter: number; submittedOn: string | null };
export type LateReport = ExpectedReport & { submittedOn: string; daysLate: number };
export type ReportCompliance = { onTime: ExpectedReport[]; late: LateReport[]; missing: ExpectedReport[]; notYetDue: ExpectedReport[] };

export function parseQuarterRef(ref: QuarterRef): { year: number; quarter: Quarter } {
  const m = /^(\d{4})-Q([1-4])$/.exec(ref);
  const quarter = Number(m?.[2]);
  if (!m || !isQuarter(quarter)) throw new RangeError(`not a quarter: ${ref}`);
  return { year: Number(m[1]), quarter };
}

/**
 * The reports a unit owes: every quarter of the plan's reporting window whose due day falls between two dates
 * (inclusive) — e.g. the unit's joining date and asOf, or a year for the assessment.
 */
export function expectedQuarterlyReports(options: {
  window: { from: QuarterRef; to: QuarterRef };
  between: { from: string; to: string };
  dueOf: (year: number, quarter: Quarter) => string;
}): ExpectedReport[] {
  const from = parseQuarterRef(options.window.from);
  const to = parseQuarterRef(options.window.to);
  const out: ExpectedReport[] = [];
  for (let n = from.year * 4 + from.quarter - 1; n <= to.year * 4 + to.quarter - 1; n += 1) {
    const year = Math.floor(n / 4);
    const quarter = ((n % 4) + 1) as Quarter;
    const dueOn = options.dueOf(year, quarter);
    if (dueOn >= options.between.from && dueOn <= options.between.to) out.push({ year, quarter, dueOn });
  }
  return out;
}

/**
 * Sorts expected reports into on time (submitted on or before the due day), late (after it), missing (not
 * submitted and the due day has passed) and not yet due. A draft (submittedOn null) or a submission after asOf
 * counts as not submitted. Which review states count as submitted is the caller's choice.
 */
export function reportCompliance(options: { expected: readonly ExpectedReport[]; reports: readonly SubmittedReport[]; asOf: string }): ReportCompliance {
  const submitted = new Map<string, string>();
  for (const r of options.reports) {
    if (r.submittedOn !== null && r.submittedOn <= options.asOf) submitted.set(`${r.year}-${r.quarter}`, r.submittedOn);
  }
  const out: ReportCompliance = { onTime: [], late: [], missing: [], notYetDue: [] };
  for (const e of options.expected) {
    const on = submitted.get(`${e.year}-${e.quarter}`);
    if (on === undefined) (e.dueOn < options.asOf ? out.missing : out.notYetDue).push(e);
    else if (on <= e.dueOn) out.onTime.push(e);
    else out.late.push({ ...e, submittedOn: on, daysLate: daysBetween(e.dueOn, on) });
  }
  return out;
}
