import { describe, expect, it } from 'vitest';
import plan from '../../../../data/plans/conghua-2017.json';
import { cnWorkdays } from '../shared/cn-workdays.js';
import { createCalendar } from '../shared/working-day-calendar.js';
import { parseDeadline, type Milestone } from './deadline-parser.js';
import { computeTaskStatus, expectedQuarterlyReports, reportCompliance, type TrackedMilestone } from './task-status.js';

const milestonesOf = (text: string, completedOn: (string | null)[] = []): TrackedMilestone[] => {
  const r = parseDeadline(text);
  if (!r.ok) throw new Error(r.reason);
  return r.milestones.map((m: Milestone, i) => ({ ...m, completedOn: completedOn[i] ?? null }));
};
const base = { hasActivity: true, startsOn: '2017-06-08' };
const INTERIM_DEEPENING = '2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升';
const CONDITION = '省公安厅追溯体系信息系统建立后完成';

describe('computeTaskStatus', () => {
  it.each([
    // deadline, completions, asOf, activity → status (why)
    ['2017年6月底前完成', [], '2017-06-01', true, 'not_started'], // before the plan was issued
    ['2017年6月底前完成', [], '2017-06-10', false, 'not_started'], // nothing done, due in 20 days (> 14)
    ['2017年6月底前完成', [], '2017-06-10', true, 'on_track'], // reported, 20 days left
    ['2017年6月底前完成', [], '2017-06-16', true, 'due_soon'], // 14 days left
    ['2017年6月底前完成', [], '2017-06-30', true, 'due_soon'], // the due day itself is not yet overdue
    ['2017年6月底前完成', [], '2017-07-01', true, 'overdue'],
    ['2017年6月底前完成', ['2017-06-28'], '2017-07-01', true, 'done'],
    ['2017年6月底前完成', ['2017-07-05'], '2017-07-01', true, 'overdue'], // completion after asOf is not seen yet
    ['2017年6月底前完成', ['2017-07-05'], '2017-07-10', true, 'done'], // done late is still done
    ['持续推进', [], '2019-12-31', true, 'on_track'], // ongoing is never overdue
    ['持续推进', [], '2018-01-01', false, 'not_started'],
    [INTERIM_DEEPENING, [], '2018-04-01', true, 'overdue'], // interim due 2018-03-31 missed
    [INTERIM_DEEPENING, ['2018-03-20'], '2018-04-01', true, 'on_track'], // deepening window just opened
    [INTERIM_DEEPENING, ['2018-03-20'], '2019-10-20', true, 'due_soon'], // window closes 10-31 (11 days)
    [INTERIM_DEEPENING, ['2018-03-20'], '2019-11-01', true, 'overdue'],
    [INTERIM_DEEPENING, ['2018-03-20', '2019-10-30'], '2019-11-01', true, 'done'],
    ['2018年3月底前取得阶段性成果，持续推进', ['2018-03-30'], '2018-06-30', true, 'on_track'],
  ] as const)('%s, completed %j, as of %s, activity %s → %s', (text, completions, asOf, hasActivity, expected) => {
    const r = computeTaskStatus({ ...base, milestones: milestonesOf(text, [...completions]), hasActivity, asOf });
    expect(r.status).toBe(expected);
  });

  it('a condition waits until its event, then is open without a date', () => {
    const milestones = milestonesOf(CONDITION);
    expect(computeTaskStatus({ ...base, milestones, asOf: '2018-01-01', events: {} }).status).toBe('waiting');
    const events = { 省公安厅追溯体系信息系统建立: '2018-05-01' };
    expect(computeTaskStatus({ ...base, milestones, asOf: '2018-04-30', events }).status).toBe('waiting'); // event is after asOf
    expect(computeTaskStatus({ ...base, milestones, asOf: '2018-05-02', events }).status).toBe('on_track');
    expect(computeTaskStatus({ ...base, milestones: milestonesOf(CONDITION, ['2018-09-01']), asOf: '2018-09-02', events }).status).toBe('done');
  });

  it('reports per-milestone states and the next due date', () => {
    const r = computeTaskStatus({ ...base, milestones: milestonesOf(INTERIM_DEEPENING, ['2018-04-02']), asOf: '2018-05-01' });
    expect(r.milestones).toEqual([
      { index: 0, kind: 'interim', state: 'met_late', dueOn: '2018-03-31' }, // met two days late
      { index: 1, kind: 'deepening', state: 'open', dueOn: '2019-10-31' },
    ]);
    expect(r.nextDueOn).toBe('2019-10-31');
  });

  it('due-soon threshold is configurable', () => {
    const milestones = milestonesOf('2017年6月底前完成');
    expect(computeTaskStatus({ ...base, milestones, asOf: '2017-06-10', dueSoonDays: 30 }).status).toBe('due_soon');
  });
});

describe('quarterly reports', () => {
  const cal = createCalendar(cnWorkdays);
  const window = { from: plan.quarterlyReports.from, to: plan.quarterlyReports.to };

  it('the Conghua plan expects ten reports, due on each quarter’s last working day', () => {
    const all = expectedQuarterlyReports({ window, between: { from: plan.issuedOn, to: plan.endsOn }, dueOf: cal.quarterlyReportDue });
    expect(all.map((e) => e.dueOn)).toEqual([
      '2017-06-30', // Fri
      '2017-09-30', // Sat, a make-up working day
      '2017-12-29', // Fri (12/30–31 weekend)
      '2018-03-30', // Fri (3/31 Sat)
      '2018-06-29', // Fri
      '2018-09-30', // Sun, a make-up working day
      '2018-12-29', // Sat, a make-up working day (12/30–31 New Year holiday)
      '2019-03-29', // Fri
      '2019-06-28', // Fri
      '2019-09-30', // Mon (10/1 National Day)
    ]);
  });

  it('limits to the dates asked for (a year, or a unit that joined late)', () => {
    const y2018 = expectedQuarterlyReports({ window, between: { from: '2018-01-01', to: '2018-12-31' }, dueOf: cal.quarterlyReportDue });
    expect(y2018.map((e) => `${e.year}-Q${e.quarter}`)).toEqual(['2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
  });

  it('sorts reports into on time, late, missing and not yet due', () => {
    const expected = expectedQuarterlyReports({ window, between: { from: '2018-01-01', to: '2018-12-31' }, dueOf: cal.quarterlyReportDue });
    const r = reportCompliance({
      expected,
      asOf: '2018-10-15',
      reports: [
        { year: 2018, quarter: 1, submittedOn: '2018-03-30' }, // on the due day: on time
        { year: 2018, quarter: 2, submittedOn: '2018-07-03' }, // due 06-29: 4 days late
        { year: 2018, quarter: 3, submittedOn: null }, // a draft: not submitted, due 09-30 has passed → missing
        { year: 2018, quarter: 4, submittedOn: '2018-10-20' }, // after asOf: not seen; due 12-29 → not yet due
      ],
    });
    expect(r.onTime.map((e) => e.quarter)).toEqual([1]);
    expect(r.late).toEqual([{ year: 2018, quarter: 2, dueOn: '2018-06-29', submittedOn: '2018-07-03', daysLate: 4 }]);
    expect(r.missing.map((e) => e.quarter)).toEqual([3]);
    expect(r.notYetDue.map((e) => e.quarter)).toEqual([4]);
  });

  it('on the due day itself an unsubmitted report is not yet missing', () => {
    const expected = [{ year: 2019, quarter: 3 as const, dueOn: '2019-09-30' }];
    expect(reportCompliance({ expected, reports: [], asOf: '2019-09-30' }).notYetDue).toHaveLength(1);
    expect(reportCompliance({ expected, reports: [], asOf: '2019-10-01' }).missing).toHaveLength(1);
  });
});
