// Which quarterly reports a plan requires and when each is due: "在每季度的最后一个工作日前" — the last working
// day of the quarter on the official calendar (with the district's overrides). The reporting window is the plan's
// reports_from … reports_to (Conghua's data: 2017-Q2 … 2019-Q3); without them, from the first quarter that starts
// after the plan is issued to the last quarter that ends by the plan's end.
import { addDays } from './china-date.js';

import type { Quarter } from '@hazgov/domain/shared/iso-date';

/** The due day of a quarter's report: the calendar's last working day of the quarter. */
export type DueOf = (year: number, quarter: Quarter) => string;
export type ReportingQuarter = { year: number; quarter: number; startsOn: string; endsOn: string; dueOn: string };

export function quarterOf(date: string): { year: number; quarter: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

export function quarterBounds(year: number, quarter: number): { startsOn: string; endsOn: string } {
  const startMonth = (quarter - 1) * 3 + 1;
  const startsOn = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(startMonth + 3).padStart(2, '0')}-01`;
  return { startsOn, endsOn: addDays(next, -1) };
}

export function reportingQuarters(
  plan: { issued_on: string | null; starts_on: string | null; ends_on: string | null; reports_from?: string | null; reports_to?: string | null },
  dueOf: DueOf,
): ReportingQuarter[] {
  const start = parseQuarter(plan.reports_from) ?? defaultFirstQuarter(plan.issued_on ?? plan.starts_on);
  const endDate = plan.ends_on;
  const last = parseQuarter(plan.reports_to);
  if (!start || (!endDate && !last)) return [];
  let { year, quarter } = start;
  const out: ReportingQuarter[] = [];
  for (;;) {
    const b = quarterBounds(year, quarter);
    if (last ? year * 4 + quarter > last.year * 4 + last.quarter : b.endsOn > (endDate ?? '')) break;
    out.push({ year, quarter, ...b, dueOn: dueOf(year, quarter as Quarter) });
    ({ year, quarter } = next(year, quarter));
    if (out.length > 400) break;
  }
  return out;
}

export function parseQuarter(text: string | null | undefined): { year: number; quarter: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(text ?? '');
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

function defaultFirstQuarter(from: string | null): { year: number; quarter: number } | null {
  if (!from) return null;
  const q = quarterOf(from);
  return quarterBounds(q.year, q.quarter).startsOn < from ? next(q.year, q.quarter) : q;
}

function next(year: number, quarter: number): { year: number; quarter: number } {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

/** The due day of one quarter's report from a working-day predicate (for callers that hold only that, e.g. bench/). */
export function quarterDueOn(year: number, quarter: number, isWorkday: (date: string) => boolean): string {
  let d = quarterBounds(year, quarter).endsOn;
  for (let i = 0; i < 60 && !isWorkday(d); i += 1) d = addDays(d, -1);
  return d;
}
