// The working-day calendar the platform decides deadlines with: the official calendar plus the district's overrides.
// TEMPORARY base until the domain calendar lands: weekends plus chinese-days' official holidays and make-up days.
import chineseDays from 'chinese-days';
import type { Db } from '@hazgov/db/database';
import { listOverrides } from '@hazgov/db/calendar/calendar-overrides.repository';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';
export type CalendarDay = { date: string; kind: DayKind; name: string; source: 'official' | 'weekday' | 'override' };
export type WorkingCalendar = { isWorkday: (date: string) => boolean; dayOf: (date: string) => CalendarDay };

function baseDay(date: string): CalendarDay {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const detail = chineseDays.getDayDetail(date);
  if (weekend && detail.work) return { date, kind: 'makeup_workday', name: detail.name, source: 'official' };
  if (!weekend && !detail.work) return { date, kind: 'holiday', name: detail.name, source: 'official' };
  if (weekend) return { date, kind: 'weekend', name: '', source: 'weekday' };
  return { date, kind: 'workday', name: '', source: 'weekday' };
}

export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const overrides = new Map((await listOverrides(db)).map((o) => [o.date, o]));
  const cache = new Map<string, CalendarDay>();
  const dayOf = (date: string): CalendarDay => {
    const hit = cache.get(date);
    if (hit) return hit;
    const o = overrides.get(date);
    const day: CalendarDay = o ? { date, kind: o.kind === 'workday' ? 'workday' : 'holiday', name: o.name, source: 'override' } : baseDay(date);
    cache.set(date, day);
    return day;
  };
  return { dayOf, isWorkday: (date) => { const k = dayOf(date).kind; return k === 'workday' || k === 'makeup_workday'; } };
}
