import { api } from '../../shared/api/client';
import { parseIsoDate } from '../../shared/utils/format';
import { pickString, type Loose } from '../../shared/utils/pick';

export const dayKinds = ['workday', 'weekend', 'holiday', 'makeup_workday'] as const;
export type DayKind = (typeof dayKinds)[number];
export type CalendarDay = { date: string; kind: DayKind; name: string; source: string };
export type Coverage = 'verified' | 'unverified' | 'not_covered';
export type CalendarYear = { year: number; coverage: Coverage; days: CalendarDay[] };

/** The API lists holidays and working days that are not ordinary: a listed working day on a weekend is a make-up day. */
function toKind(v: string | null, date: string): DayKind {
  if (v === 'workday') {
    const d = parseIsoDate(date);
    return d && (d.getDay() === 0 || d.getDay() === 6) ? 'makeup_workday' : 'workday';
  }
  return (dayKinds as readonly string[]).includes(v ?? '') ? (v as DayKind) : 'workday';
}

export const calendarApi = {
  year: async (year: number): Promise<CalendarYear> => {
    const r = await api.get<Loose & { days?: Loose[] }>('/api/calendar', { year });
    const coverage = pickString(r, 'coverage');
    return {
      year,
      coverage: coverage === 'unverified' || coverage === 'not_covered' ? coverage : 'verified',
      days: (r.days ?? []).map((d) => {
        const date = pickString(d, 'date') ?? '';
        return { date, kind: toKind(pickString(d, 'kind'), date), name: pickString(d, 'name') ?? '', source: pickString(d, 'source') ?? '' };
      }),
    };
  },
  setOverride: (date: string, kind: 'workday' | 'holiday', name: string) => api.put<unknown>(`/api/calendar/overrides/${date}`, { kind, name }),
  removeOverride: (date: string) => api.del<unknown>(`/api/calendar/overrides/${date}`),
};
