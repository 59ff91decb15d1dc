import { describe, expect, it } from 'vitest';
import { cnWorkdays } from './cn-workdays.js';
import { dayOfWeek } from './iso-date.js';
import { createCalendar } from './working-day-calendar.js';

const cal = createCalendar(cnWorkdays);
const SUN = 0;
const SAT = 6;

describe('working-day calendar on the State Council data', () => {
  it.each([
    // date, working?, reason (checked against data/calendar/cn-workdays.json)
    ['2019-10-07', false, 'Monday inside the 2019 National Day holiday (10/1–10/7)'],
    ['2019-09-29', true, 'Sunday made a working day (调休) for the 2019 National Day holiday'],
    ['2019-10-12', true, 'Saturday made a working day for the same holiday'],
    ['2026-09-20', true, 'Sunday made a working day for the 2026 National Day holiday'],
    ['2026-10-10', true, 'Saturday made a working day for the 2026 National Day holiday'],
    ['2017-12-30', false, 'plain Saturday'],
    ['2017-06-30', true, 'plain Friday'],
    ['2018-12-31', false, 'Monday given off for New Year 2019 (12/30–1/1)'],
    ['2018-12-29', true, 'Saturday made a working day for New Year 2019'],
  ])('%s working = %s (%s)', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('the adjusted days really are weekend days', () => {
    expect(dayOfWeek('2019-09-29')).toBe(SUN);
    expect(dayOfWeek('2026-09-20')).toBe(SUN);
    expect(dayOfWeek('2026-10-10')).toBe(SAT);
  });

  it.each([
    // year, quarter, last working day — why
    [2019, 3, '2019-09-30', 'Monday; the holiday starts 10/1'],
    [2017, 4, '2017-12-29', 'Friday; 12/30–12/31 are a weekend'],
    [2017, 2, '2017-06-30', 'Friday'],
    [2017, 3, '2017-09-30', 'a Saturday, but a make-up working day for National Day 2017'],
    [2018, 1, '2018-03-30', 'Friday; 3/31 is a Saturday'],
    [2018, 3, '2018-09-30', 'a Sunday, but a make-up working day for National Day 2018'],
    [2018, 4, '2018-12-29', 'a Saturday made a working day; 12/30–12/31 are New Year holiday'],
    [2019, 2, '2019-06-28', 'Friday; 6/29–6/30 are a weekend'],
  ])('last working day of %i-Q%i is %s (%s)', (year, quarter, expected) => {
    expect(cal.lastWorkingDayOfQuarter(year, quarter as 1 | 2 | 3 | 4)).toBe(expected);
    expect(cal.quarterlyReportDue(year, quarter as 1 | 2 | 3 | 4)).toBe(expected); // due ON that day
  });

  it('adds working days across holidays and make-up days', () => {
    expect(cal.addWorkingDays('2019-09-27', 1)).toBe('2019-09-29'); // Fri → the make-up Sunday
    expect(cal.addWorkingDays('2019-09-30', 1)).toBe('2019-10-08'); // over the whole National Day week
    expect(cal.addWorkingDays('2019-10-08', -1)).toBe('2019-09-30');
    expect(cal.addWorkingDays('2017-06-08', 2)).toBe('2017-06-12'); // Thu + 2 = the next Monday
    expect(cal.addWorkingDays('2019-10-05', 0)).toBe('2019-10-05');
  });

  it('describes a day and where the answer came from', () => {
    expect(cal.describeDay('2019-10-07')).toEqual({ date: '2019-10-07', working: false, reason: 'holiday', name: '国庆节', source: 'base', coverage: 'verified' });
    expect(cal.describeDay('2019-10-08')).toMatchObject({ working: true, reason: 'weekday', source: 'rule' });
  });

  it('knows which years it covers, and that 2027 is unverified', () => {
    expect(cal.coverageOf(2017)).toBe('verified');
    expect(cal.coverageOf(2026)).toBe('verified');
    expect(cal.coverageOf(2027)).toBe('unverified');
    expect(cal.coverageOf(2016)).toBe('not_covered');
    expect(cnWorkdays.years.find((y) => y.year === 2027)?.confidence).toBe(
      'unverified — State Council notice for 2027 not yet in the package; admin must confirm',
    );
    expect(cal.isWorkingDay('2027-02-08')).toBe(false); // 正月初三 (statutory), a Monday
    expect(cal.isWorkingDay('2016-06-08')).toBe(true); // outside the table: the weekday rule
  });
});

describe('administrator overrides', () => {
  it('win over the base table in both directions', () => {
    const c = createCalendar(cnWorkdays, [
      { date: '2019-10-07', kind: 'workday', name: '演示：改为上班' },
      { date: '2019-09-30', kind: 'holiday', name: '演示：放假' },
    ]);
    expect(c.isWorkingDay('2019-10-07')).toBe(true);
    expect(c.isWorkingDay('2019-09-30')).toBe(false);
    // 9/30 now off, 9/29 is the make-up Sunday: the quarter's last working day moves back one day.
    expect(c.lastWorkingDayOfQuarter(2019, 3)).toBe('2019-09-29');
    expect(c.describeDay('2019-09-30')).toMatchObject({ source: 'override', name: '演示：放假' });
    expect(c.specialDays(2019).find((d) => d.date === '2019-09-30')).toEqual({ date: '2019-09-30', kind: 'holiday', name: '演示：放假', source: 'override' });
  });

  it('can fill in the 2027 arrangement once announced', () => {
    const c = createCalendar(cnWorkdays, [{ date: '2027-02-09', kind: 'holiday', name: '春节' }]);
    expect(c.isWorkingDay('2027-02-09')).toBe(false);
  });

  it('refuses a malformed row instead of ignoring it', () => {
    expect(() => createCalendar(cnWorkdays, [{ date: '2019-02-30', kind: 'holiday', name: 'x' }])).toThrow('CALENDAR_DAY_INVALID');
    expect(() => createCalendar(cnWorkdays, [{ date: '2019-10-01', kind: 'off' as 'holiday', name: 'x' }])).toThrow('CALENDAR_DAY_INVALID');
  });

  it('refuses a bad date or quarter', () => {
    expect(() => cal.isWorkingDay('2019-9-1')).toThrow('DATE_INVALID');
    expect(() => cal.lastWorkingDayOfQuarter(2019, 5 as 1)).toThrow('QUARTER_INVALID');
  });
});
