// The working-day calendar deadlines are decided with: the official table (data/calendar/cn-workdays.json, via
// domain/shared/cn-workdays) with the district's overrides from the database on top.
import type { Db } from '@hazgov/db/database';
import { listOverrides } from '@hazgov/db/calendar/calendar-overrides.repository';
import { cnWorkdays } from '@hazgov/domain/shared/cn-workdays';
import { createCalendar, type CalendarDayKind, type WorkingDayCalendar } from '@hazgov/domain/shared/working-day-calendar';

/** The domain calendar, plus isWorkday as a short alias. */
export type WorkingCalendar = WorkingDayCalendar & { isWorkday: (date: string) => boolean };

export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const overrides = await listOverrides(db);
  const calendar = createCalendar(cnWorkdays, overrides.map((o) => ({ date: o.date, kind: o.kind as CalendarDayKind, name: o.name })));
  return { ...calendar, isWorkday: calendar.isWorkingDay };
}
