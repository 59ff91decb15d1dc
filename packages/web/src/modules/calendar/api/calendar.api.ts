import { api } from '../../shared/api/client';
import { pickString, type Loose } from '../../shared/utils/pick';

export const dayKinds = ['workday', 'weekend', 'holiday', 'makeup_workday'] as const;
export type DayKind = (typeof dayKinds)[number];
export type CalendarDay = { date: string; kind: DayKind; name: string; source: string };

function toKind(v: string | null): DayKind {
  return (dayKinds as readonly string[]).includes(v ?? '') ? (v as DayKind) : 'workday';
}

export const calendarApi = {
  year: async (year: number): Promise<CalendarDay[]> => {
    const r = await api.get<{ days?: Loose[] }>('/api/calendar', { year });
    return (r.days ?? []).map((d) => ({
      date: pickString(d, 'date') ?? '',
      kind: toKind(pickString(d, 'kind')),
      name: pickString(d, 'name') ?? '',
      source: pickString(d, 'source') ?? '',
    }));
  },
  setOverride: (date: string, kind: 'workday' | 'holiday', name: string) => api.put<unknown>(`/api/calendar/overrides/${date}`, { kind, name }),
};
