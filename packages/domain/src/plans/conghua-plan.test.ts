// Facts about data/plans/conghua-2017.json that the rest of the platform relies on, checked against the plan
// text by hand. (The JSON is derived by data/plans/extract-conghua.ts; `--check` there keeps it in sync.)
import { describe, expect, it } from 'vitest';
import plan from '../../../../data/plans/conghua-2017.json';

describe('the Conghua plan data', () => {
  it('is 从府办〔2017〕26号, issued 2017-06-08', () => {
    expect(plan).toMatchObject({ code: '从府办〔2017〕26号', issuer: '广州市从化区人民政府办公室', issuedOn: '2017-06-08', endsOn: '2019-11-30' });
  });

  it('has 10 groups, 41 tasks and 42 items (task 3 has two)', () => {
    expect(plan.groups.map((g) => g.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(plan.items.map((i) => i.taskNo)).size).toBe(41);
    expect(plan.items).toHaveLength(42);
    expect(plan.items.filter((i) => i.itemNo === 2)).toEqual([
      {
        groupNo: 2,
        taskNo: 3,
        itemNo: 2,
        title: '加强高危化学品管控',
        content: '运用追溯体系信息系统，加强爆炸品、易制毒化学品和剧毒化学品全过程管理。',
        leadText: '',
        responsibleText: '区公安分局负责',
        deadlineText: '省公安厅追溯体系信息系统建立后完成',
      },
    ]);
  });

  it('puts each task in its group by number, whatever headings the annex repeats', () => {
    const groupOf = (taskNo: number): number | undefined => plan.items.find((i) => i.taskNo === taskNo)?.groupNo;
    // First and last task of each group, from section 三 of the plan.
    expect([1, 2, 3, 9, 10, 12, 13, 14, 15, 18, 19, 27, 28, 32, 33, 34, 35, 38, 39, 41].map(groupOf)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
    ]);
  });

  it('keeps cells verbatim but trimmed', () => {
    expect(plan.items.every((i) => i.title === i.title.trim() && i.deadlineText === i.deadlineText.trim())).toBe(true);
    expect(plan.items.find((i) => i.taskNo === 5)?.title).toBe('加强危险化学品重大危险源管控'); // the annex has a trailing space
  });

  it('has the three phases, three submissions and the quarterly window', () => {
    expect(plan.phases.map((p) => [p.kind, p.startsOn, p.endsOn])).toEqual([
      ['deploy', '2017-06-01', '2017-06-30'],
      ['rectify', '2017-06-01', '2019-10-31'],
      ['summary', '2019-11-01', '2019-11-30'],
    ]);
    expect(plan.submissions.map((s) => [s.kind, s.dueOn])).toEqual([
      ['implementation_plan', '2017-06-12'],
      ['contact_return', '2017-06-12'],
      ['summary', '2019-11-01'],
    ]);
    expect(plan.quarterlyReports).toMatchObject({ from: '2017-Q2', to: '2019-Q3', due: 'last_working_day_of_quarter' });
    expect(plan.assessment.years).toEqual([2017, 2018, 2019]);
  });
});
