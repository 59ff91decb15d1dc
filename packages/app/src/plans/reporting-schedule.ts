// Which quarterly reports a plan requires and when each is due: "在每季度的最后一个工作日前" — the last working
// day of the quarter on the official calendar (with the district's overrides). The reporting window runs from the
// first quarter that starts after the plan is issued to the last quarter that ends by the plan's end
// (Conghua: issued 2017-06-08, ends 2019-11-30 → 2017-Q3 … 2019-Q3).
import { addDays } from './china-date.js';

export type IsWorkday = (date: string) => boolean;
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

export function lastWorkdayOnOrBefore(date: string, isWorkday: IsWorkday): string {
  let d = date;
  for (let i = 0; i < 40 && !isWorkday(d); i += 1) d = addDays(d, -1);
  return d;
}

/** The date n working days before `date` (n ≥ 0; 0 = the date itself if it is a working day). */
export function workdaysBefore(date: string, n: number, isWorkday: IsWorkday): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkday(d)) left -= 1;
  }
  return d;
}

export function quarterDueOn(year: number, quarter: number, isWorkday: IsWorkday): string {
  return lastWorkdayOnOrBefore(quarterBounds(year, quarter).endsOn, isWorkday);
}

export function reportingQuarters(
  plan: { issued_on: string | null; starts_on: string | null; ends_on: string | null },
  isWorkday: IsWorkday,
): ReportingQuarter[] {
  const from = plan.issued_on ?? plan.starts_on;
  const to = plan.ends_on;
  if (!from || !to) return [];
  let { year, quarter } = quarterOf(from);
  if (quarterBounds(year, quarter).startsOn < from) ({ year, quarter } = next(year, quarter));
  const out: ReportingQuarter[] = [];
  for (;;) {
    const b = quarterBounds(year, quarter);
    if (b.endsOn > to) break;
    out.push({ year, quarter, ...b, dueOn: quarterDueOn(year, quarter, isWorkday) });
    ({ year, quarter } = next(year, quarter));
    if (out.length > 400) break;
  }
  return out;
}

function next(year: number, quarter: number): { year: number; quarter: number } {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}
