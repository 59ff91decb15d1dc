// The reporting quarters of a plan (from the API; derived from the plan's years when the API gives none) and the
// quarter a page should open on: the first whose report is not yet due, else the last.
import type { Plan, Quarter } from '../api/plans.types';

export function planQuarters(plan: Plan | undefined): Quarter[] {
  if (!plan) return [];
  if (plan.quarters && plan.quarters.length > 0) return plan.quarters;
  const from = Number((plan.startsOn ?? plan.issuedOn ?? '').slice(0, 4)) || new Date().getFullYear();
  const to = Number((plan.endsOn ?? '').slice(0, 4)) || from + 2;
  const out: Quarter[] = [];
  for (let y = from; y <= to; y++) {
    for (let q = 1; q <= 4; q++) out.push({ year: y, quarter: q, dueOn: `${y}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}` });
  }
  return out;
}

export function defaultQuarter(quarters: readonly Quarter[], today: string): Quarter | undefined {
  return quarters.find((q) => q.dueOn >= today) ?? quarters[quarters.length - 1];
}

/** The first day of a quarter, YYYY-MM-DD. */
export const quarterStart = (q: { year: number; quarter: number }) => `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

/** The latest quarter that has begun by `today` (what a unit reports on now), else the first. */
export function currentQuarter(quarters: readonly Quarter[], today: string): Quarter | undefined {
  const started = quarters.filter((q) => quarterStart(q) <= today);
  return started[started.length - 1] ?? quarters[0];
}

export const quarterKey = (q: { year: number; quarter: number }) => `${q.year}-Q${q.quarter}`;

export function parseQuarterKey(key: string | null): { year: number; quarter: number } | null {
  const m = key ? /^(\d{4})-Q([1-4])$/.exec(key) : null;
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}
