// A year of the working-day calendar as the calendar page shows it: the listed days (official holidays and
// make-up working days, and the district's overrides on top), and whether the official table covers the year.
import { invalid } from '@hazgov/domain/shared/app-error';
import type { Coverage, SpecialDay } from '@hazgov/domain/shared/working-day-calendar';
import type { AppContext } from '../shared/context.js';
import { loadWorkingCalendar } from './working-calendar.js';

export type CalendarYearView = { year: number; coverage: Coverage; days: SpecialDay[] };

export async function getCalendarYear(ctx: AppContext, opts: { year: number }): Promise<CalendarYearView> {
  if (!Number.isInteger(opts.year) || opts.year < 2000 || opts.year > 2100) throw invalid('CALENDAR_YEAR_INVALID', [{ field: 'year', code: 'CALENDAR_YEAR_INVALID' }]);
  const calendar = await loadWorkingCalendar(ctx.database.db);
  return { year: opts.year, coverage: calendar.coverageOf(opts.year), days: calendar.specialDays(opts.year) };
}
