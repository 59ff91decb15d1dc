// Working days in mainland China, from data: a base table of public holidays and make-up working days
// (data/calendar/cn-workdays.json, one State Council notice per year) with administrator overrides on top.
// Outside the table's years only the weekday rule applies; coverageOf() says so, so a caller can warn.
//
// Quarterly reports: the plan says 在每季度的最后一个工作日前 … 报送. Read as due ON (by the end of) the quarter's
// last working day — a report submitted that day is on time — the same reading as the plan's "6月12日前" deadlines.
import { invalid } from './app-error.js';
import { addDays, isIsoDate, isQuarter, isWeekend, quarterEnd, type Quarter } from './iso-date.js';

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export type CalendarDay = { date: string; kind: CalendarDayKind; name: string; nameEn?: string };
/** confidence is 'verified' or a sentence saying why not (2027: no State Council notice yet). */
export type CalendarYear = { year: number; confidence: string; source: string; days: readonly CalendarDay[] };
export type CalendarBase = { years: readonly CalendarYear[] };
/** An administrator's row: wins over the base table for that date. */
export type CalendarOverride = { date: string; kind: CalendarDayKind; name: string };

export type Coverage = 'verified' | 'unverified' | 'not_covered';
export type DayInfo = {
  date: string;
  working: boolean;
  /** why: a listed holiday or make-up working day, or the plain weekday/weekend rule */
  reason: 'holiday' | 'workday' | 'weekday' | 'weekend';
  name: string | null;
  source: 'override' | 'base' | 'rule';
  coverage: Coverage;
};
export type SpecialDay = CalendarDay & { source: 'override' | 'base' };

export type WorkingDayCalendar = {
  isWorkingDay(date: string): boolean;
  describeDay(date: string): DayInfo;
  coverageOf(year: number): Coverage;
  lastWorkingDayOfQuarter(year: number, quarter: Quarter): string;
  quarterlyReportDue(year: number, quarter: Quarter): string;
  /** n > 0: the n-th working day after date; n < 0: before it; n = 0: date itself. */
  addWorkingDays(date: string, n: number): string;
  /** The listed days of a year (base merged with overrides), for the calendar page. */
  specialDays(year: number): SpecialDay[];
};

// No real calendar has more than ~10 non-working days in a row; 60 catches a broken override table instead of looping.
const MAX_STEP = 60;

function checkDay(day: { date: string; kind: string }, what: string): void {
  if (!isIsoDate(day.date) || !(calendarDayKinds as readonly string[]).includes(day.kind)) {
    throw invalid('CALENDAR_DAY_INVALID', [], { what, date: day.date, kind: day.kind });
  }
}

export function createCalendar(base: CalendarBase, overrides: readonly CalendarOverride[] = []): WorkingDayCalendar {
  const baseDays = new Map<string, CalendarDay>();
  const coverage = new Map<number, Coverage>();
  for (const year of base.years) {
    coverage.set(year.year, year.confidence === 'verified' ? 'verified' : 'unverified');
    for (const day of year.days) {
      checkDay(day, 'base');
      baseDays.set(day.date, day);
    }
  }
  const overrideDays = new Map<string, CalendarOverride>();
  for (const day of overrides) {
    checkDay(day, 'override');
    overrideDays.set(day.date, day);
  }

  const coverageOf = (year: number): Coverage => coverage.get(year) ?? 'not_covered';

  const describeDay = (date: string): DayInfo => {
    if (!isIsoDate(date)) throw invalid('DATE_INVALID', [], { date });
    const cov = coverageOf(Number(date.slice(0, 4)));
    const listed = overrideDays.get(date) ?? baseDays.get(date);
    if (listed) {
      const source = overrideDays.has(date) ? 'override' : 'base';
      return { date, working: listed.kind === 'workday', reason: listed.kind, name: listed.name, source, coverage: cov };
    }
    const weekend = isWeekend(date);
    return { date, working: !weekend, reason: weekend ? 'weekend' : 'weekday', name: null, source: 'rule', coverage: cov };
  };

  const isWorkingDay = (date: string): boolean => describeDay(date).working;

  const step = (from: string, direction: 1 | -1): string => {
    let d = from;
    for (let i = 0; i < MAX_STEP; i += 1) {
      d = addDays(d, direction);
      if (isWorkingDay(d)) return d;
    }
    throw invalid('CALENDAR_NO_WORKING_DAY', [], { from, days: MAX_STEP });
  };

  const lastWorkingDayOfQuarter = (year: number, quarter: Quarter): string => {
    if (!Number.isInteger(year) || !isQuarter(quarter)) throw invalid('QUARTER_INVALID', [], { year, quarter });
    const end = quarterEnd(year, quarter);
    return isWorkingDay(end) ? end : step(end, -1);
  };

  const addWorkingDays = (date: string, n: number): string => {
    if (!Number.isInteger(n)) throw invalid('WORKING_DAYS_INVALID', [], { n });
    let d = date;
    if (!isIsoDate(d)) throw invalid('DATE_INVALID', [], { date });
    for (let i = 0; i < Math.abs(n); i += 1) d = step(d, n > 0 ? 1 : -1);
    return d;
  };

  const specialDays = (year: number): SpecialDay[] => {
    const prefix = `${year}-`;
    const merged = new Map<string, SpecialDay>();
    for (const [date, day] of baseDays) if (date.startsWith(prefix)) merged.set(date, { ...day, source: 'base' });
    for (const [date, day] of overrideDays) if (date.startsWith(prefix)) merged.set(date, { ...day, source: 'override' });
    return [...merged.values()].sort((a, b) => a.date.localeCompare(b.date));
  };

  return {
    isWorkingDay,
    describeDay,
    coverageOf,
    lastWorkingDayOfQuarter,
    quarterlyReportDue: lastWorkingDayOfQuarter,
    addWorkingDays,
    specialDays,
  };
}
