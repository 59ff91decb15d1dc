// Dates as the district lives them: deadlines are China dates (UTC+8, no daylight saving), timestamps are UTC.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDateOf(instant: Date | string): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China date ends (its 24:00 in UTC) — "as of 2019-09-30" includes that whole day. */
export function endOfChinaDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 24 * 3600 * 1000 - CHINA_OFFSET_MS - 1).toISOString();
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86400000).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** Every path above and including an organisation's own: '/a/b/' → ['/', '/a/', '/a/b/']. */
export function ancestorPathsOf(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const out = ['/'];
  for (let i = 1; i <= parts.length; i += 1) out.push(`/${parts.slice(0, i).join('/')}/`);
  return out;
}
