import { describe, expect, it } from 'vitest';
import plan from '../../../../data/plans/conghua-2017.json';
import { parseDeadline } from './deadline-parser.js';

describe('parseDeadline on the Conghua plan', () => {
  it('parses every 完成时间 of the 42 items', () => {
    const failed = plan.items.map((i) => ({ task: `${i.taskNo}.${i.itemNo}`, r: parseDeadline(i.deadlineText) })).filter((x) => !x.r.ok);
    expect(failed).toEqual([]);
  });

  it('finds the five shapes the plan uses, in these numbers', () => {
    const count: Record<string, number> = {};
    for (const i of plan.items) {
      const r = parseDeadline(i.deadlineText);
      if (r.ok) count[r.kind] = (count[r.kind] ?? 0) + 1;
    }
    // Counted by hand in 附件1: fixed = tasks 1, 2, 3, 9, 11, 12, 13, 14, 26, 27, 28 (11);
    // ongoing = 4, 5, 15, 19, 20, 21, 22, 23, 25, 29, 35, 36, 37, 39, 41 (15);
    // interim_deepening = 6, 7, 8, 10, 16, 17, 18, 24, 31, 34, 38, 40 (12); interim_ongoing = 30, 32, 33 (3);
    // conditional = task 3 item 2 (1). 11 + 15 + 12 + 3 + 1 = 42.
    expect(count).toEqual({ fixed: 11, ongoing: 15, interim_deepening: 12, interim_ongoing: 3, conditional: 1 });
  });
});

describe('parseDeadline, table-driven', () => {
  it.each([
    // phrase → due date (reason beside it)
    ['2017年6月底前完成', '2017-06-30'], // 6月底 = the last day of June
    ['2017年12月底前', '2017-12-31'], // no verb: still a due date
    ['2018年3月底前完成', '2018-03-31'],
    ['2018年2月底前完成', '2018-02-28'], // 2018 is not a leap year
    ['2020年2月底前完成', '2020-02-29'], // 2020 is
    ['2017年6月12日前', '2017-06-12'], // 日前: due on that day
    ['2019年11月1日前', '2019-11-01'],
    ['2017年6月30日之前完成', '2017-06-30'],
    ['2017年6月完成', '2017-06-30'], // within June: by its last day
    ['2017年底前完成', '2017-12-31'],
    ['2018年上半年完成', '2018-06-30'],
    ['2018年下半年完成', '2018-12-31'],
    ['2018年第一季度末前完成', '2018-03-31'],
    ['2018年第3季度完成', '2018-09-30'],
    ['在2017年12月底前建立信息共享机制', '2017-12-31'], // leading 在, an object instead of 完成
    ['２０１７年６月底前完成', '2017-06-30'], // full-width digits
    [' 2017年 6月底前完成。', '2017-06-30'], // stray spaces and a full stop
  ])('%s → fixed, due %s', (phrase, dueOn) => {
    const r = parseDeadline(phrase);
    expect(r).toMatchObject({ ok: true, kind: 'fixed' });
    expect(r.ok && r.milestones).toEqual([{ kind: 'fixed', label: expect.any(String), dueOn }]);
  });

  it('持续推进 is ongoing, with no date', () => {
    expect(parseDeadline('持续推进')).toEqual({ ok: true, text: '持续推进', kind: 'ongoing', milestones: [{ kind: 'ongoing', label: '持续推进' }] });
    expect(parseDeadline('长期坚持')).toMatchObject({ ok: true, kind: 'ongoing' });
  });

  it('interim result then deepening: 2018-03-31, then 2018-04-01 … 2019-10-31', () => {
    expect(parseDeadline('2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升')).toEqual({
      ok: true,
      text: '2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升',
      kind: 'interim_deepening',
      milestones: [
        { kind: 'interim', label: '2018年3月底前取得阶段性成果', dueOn: '2018-03-31' },
        // 4月 starts on the 1st; 10月 (no day) ends on the 31st.
        { kind: 'deepening', label: '2018年4月至2019年10月深化提升', startsOn: '2018-04-01', dueOn: '2019-10-31' },
      ],
    });
  });

  it.each([
    ['2018年3月底前取得阶段性成果，持续推进', '2018-03-31'],
    ['2017年6月底前取得成果，持续完善推进', '2017-06-30'], // task 33: 取得成果 counts as an interim result
  ])('interim then ongoing: %s → interim due %s', (phrase, dueOn) => {
    const r = parseDeadline(phrase);
    expect(r).toMatchObject({ ok: true, kind: 'interim_ongoing' });
    expect(r.ok && r.milestones.map((m) => m.kind)).toEqual(['interim', 'ongoing']);
    expect(r.ok && r.milestones[0]).toMatchObject({ dueOn });
  });

  it('a deepening window may name its days and omit the second year', () => {
    const r = parseDeadline('2018年3月15日前取得阶段性成果；2018年4月1日至10月20日巩固提升');
    expect(r.ok && r.milestones[1]).toEqual({ kind: 'deepening', label: '2018年4月1日至10月20日巩固提升', startsOn: '2018-04-01', dueOn: '2018-10-20' });
  });

  it('two dated steps ending in 完成 are fixed, with both milestones', () => {
    const r = parseDeadline('2017年6月底前完成排查，2017年12月底前完成整治');
    expect(r).toMatchObject({ ok: true, kind: 'fixed' });
    expect(r.ok && r.milestones.map((m) => (m.kind === 'fixed' ? m.dueOn : m.kind))).toEqual(['2017-06-30', '2017-12-31']);
  });

  it('a condition waits on a named event', () => {
    expect(parseDeadline('省公安厅追溯体系信息系统建立后完成')).toEqual({
      ok: true,
      text: '省公安厅追溯体系信息系统建立后完成',
      kind: 'conditional',
      milestones: [{ kind: 'conditional', label: '省公安厅追溯体系信息系统建立后完成', event: '省公安厅追溯体系信息系统建立' }],
    });
    // The body's wording of the same condition.
    expect(parseDeadline('省公安厅建立追溯体系信息系统后完成。')).toMatchObject({ ok: true, milestones: [{ event: '省公安厅建立追溯体系信息系统' }] });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['尽快完成', 'unrecognised'],
    ['二〇一七年六月底前完成', 'unrecognised'], // Chinese numerals are not read
    ['2017年6月前完成', 'ambiguous_month'], // before June, or by June? refused
    ['2017年2月30日前', 'invalid_date'],
    ['2017年13月底前', 'invalid_date'],
    ['2019年10月至2018年4月深化提升', 'bad_range'], // ends before it starts
    ['2018年4月至2019年10月开展工作', 'unrecognised'], // a window that is not deepening
    ['2018年4月至2019年10月深化提升，2018年3月底前取得阶段性成果', 'out_of_order'],
    ['2018年3月底前取得阶段性成果', 'unsupported_combination'], // an interim result with nothing after it
    ['2018年4月至2019年10月深化提升', 'unsupported_combination'], // deepening with no stage before
    ['持续推进，2018年3月底前完成', 'unsupported_combination'],
  ])('%j is refused: %s', (phrase, reason) => {
    expect(parseDeadline(phrase)).toMatchObject({ ok: false, reason });
  });

  it('names the clause it could not read', () => {
    expect(parseDeadline('2018年3月底前取得阶段性成果，视情况推进')).toEqual({
      ok: false,
      text: '2018年3月底前取得阶段性成果，视情况推进',
      reason: 'unrecognised',
      clause: '视情况推进',
    });
  });
});
