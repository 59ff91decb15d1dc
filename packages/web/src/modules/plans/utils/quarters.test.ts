import { describe, expect, it } from 'vitest';
import { currentQuarter, parseQuarterKey, planQuarters, quarterKey, quarterStart } from './quarters';
import { taskLabel } from './task-label';

const quarters = [
  { year: 2017, quarter: 2, dueOn: '2017-06-30' },
  { year: 2017, quarter: 3, dueOn: '2017-09-29' },
  { year: 2017, quarter: 4, dueOn: '2017-12-29' },
  { year: 2018, quarter: 1, dueOn: '2018-03-30' },
];

describe('quarters', () => {
  it('starts a quarter on the first day of its first month', () => {
    expect(quarterStart({ year: 2018, quarter: 1 })).toBe('2018-01-01');
    expect(quarterStart({ year: 2017, quarter: 4 })).toBe('2017-10-01');
  });

  it('reports on the latest quarter that has begun', () => {
    expect(currentQuarter(quarters, '2017-09-30')).toEqual(quarters[1]);
    expect(currentQuarter(quarters, '2017-10-01')).toEqual(quarters[2]);
    expect(currentQuarter(quarters, '2026-11-29')).toEqual(quarters[3]);
    expect(currentQuarter(quarters, '2016-01-01')).toEqual(quarters[0]);
  });

  it('round-trips a quarter key and refuses a bad one', () => {
    expect(parseQuarterKey(quarterKey({ year: 2019, quarter: 3 }))).toEqual({ year: 2019, quarter: 3 });
    expect(parseQuarterKey('2019-Q5')).toBeNull();
    expect(parseQuarterKey(null)).toBeNull();
  });

  it('derives quarters from the plan years when the API gives none', () => {
    const q = planQuarters({ id: 'p', code: null, title: 't', issuedOn: '2017-06-08', endsOn: '2018-12-31', phases: [], groups: [], submissions: [] });
    expect(q).toHaveLength(8);
    expect(q[0]).toEqual({ year: 2017, quarter: 1, dueOn: '2017-03-31' });
  });
});

describe('taskLabel', () => {
  it('numbers items as 附件1 does', () => {
    expect(taskLabel({ taskNo: 3, itemNo: 2 }, true)).toBe('3.2');
    expect(taskLabel({ taskNo: 7, itemNo: 1 }, false)).toBe('7');
  });
});
