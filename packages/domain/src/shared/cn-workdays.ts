// The base working-day table for mainland China (data/calendar/cn-workdays.json, built by
// data/calendar/build-calendar.ts from the State Council's annual notices via chinese-days; 2027 unverified).
import table from '../../../../data/calendar/cn-workdays.json';
import type { CalendarBase, CalendarDayKind } from './working-day-calendar.js';

export const cnWorkdays: CalendarBase = {
  years: table.years.map((y) => ({ ...y, days: y.days.map((d) => ({ ...d, kind: d.kind as CalendarDayKind })) })),
};
