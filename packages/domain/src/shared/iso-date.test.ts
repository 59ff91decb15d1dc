import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, isIsoDate, isoDateOf, lastDayOfMonth, quarterEnd, quarterOf, quarterStart } from './iso-date.js';

describe('iso-date', () => {
  it.each([
    ['2017-06-30', true],
    ['2020-02-29', true], // leap year
    ['2019-02-29', false], // not a leap year
    ['2017-02-30', false],
    ['2017-13-01', false],
    ['2017-6-30', false],
    ['2017-06-30T00:00:00Z', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('builds dates and rejects impossible ones', () => {
    expect(isoDateOf(2017, 6, 12)).toBe('2017-06-12');
    expect(isoDateOf(2017, 2, 29)).toBeNull();
    expect(lastDayOfMonth(2018, 2)).toBe('2018-02-28');
    expect(lastDayOfMonth(2020, 2)).toBe('2020-02-29');
  });

  it('does day arithmetic across month and year ends', () => {
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2018-03-01', -1)).toBe('2018-02-28');
    expect(daysBetween('2017-06-08', '2017-06-12')).toBe(4);
    expect(dayOfWeek('2019-09-29')).toBe(0); // a Sunday
    expect(dayOfWeek('2017-12-29')).toBe(5); // a Friday
  });

  it('knows quarters', () => {
    expect(quarterOf('2017-06-08')).toEqual({ year: 2017, quarter: 2 });
    expect(quarterStart(2019, 3)).toBe('2019-07-01');
    expect(quarterEnd(2019, 3)).toBe('2019-09-30');
    expect(quarterEnd(2017, 4)).toBe('2017-12-31');
  });
});
