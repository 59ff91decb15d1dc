// Calendar dates as 'YYYY-MM-DD' strings: they compare correctly as strings, survive JSON and SQL unchanged,
// and carry no time zone (a deadline is a China date; the app turns instants into China dates at the edge).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date in 'YYYY-MM-DD' form (rejects 2017-02-30 and 2017-13-01). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isoDateOf(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** The ISO date of year/month/day, or null when that day does not exist. */
export function isoDateOf(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

function toMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** b − a in whole days (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toMs(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export type Quarter = 1 | 2 | 3 | 4;

export function isQuarter(q: number): q is Quarter {
  return q === 1 || q === 2 || q === 3 || q === 4;
}

export function quarterOf(date: string): { year: number; quarter: Quarter } {
  toMs(date);
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: Math.ceil(month / 3) as Quarter };
}

export function quarterStart(year: number, quarter: Quarter): string {
  return isoDateOf(year, quarter * 3 - 2, 1) as string;
}

export function quarterEnd(year: number, quarter: Quarter): string {
  return lastDayOfMonth(year, quarter * 3);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
