import { describe, expect, it } from 'vitest';
import plan from '../../../../data/plans/conghua-2017.json';
import { conghuaUnitDirectory } from './conghua-unit-directory.js';
import { chineseNumeral, validatePlanImportRows, type PlanImportRow } from './plan-import-rows.js';

const HEADINGS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// The annex repeats its current group heading on these tasks (page breaks).
const REPEATED_HEADING_AT = new Set([5, 9, 23]);

/** The Conghua annex as an office file would give it: merged cells blank, headings repeated where the annex repeats them. */
function conghuaRows(): PlanImportRow[] {
  let previousGroup = 0;
  return plan.items.map((item, i) => {
    const group = plan.groups.find((g) => g.no === item.groupNo);
    const heading = `${HEADINGS[item.groupNo]}、${group?.title}`;
    const showHeading = item.groupNo !== previousGroup || (item.itemNo === 1 && REPEATED_HEADING_AT.has(item.taskNo));
    previousGroup = item.groupNo;
    return {
      row: i + 2,
      mainWork: showHeading ? heading : '',
      task: item.itemNo === 1 ? `${item.taskNo}.${item.title} ` : '',
      content: item.content,
      lead: item.leadText,
      responsible: item.responsibleText,
      deadline: item.deadlineText,
    };
  });
}

const row = (over: Partial<PlanImportRow> & { row: number }): PlanImportRow => ({
  mainWork: '',
  task: '',
  content: '内容',
  lead: '区安监局',
  responsible: '区各有关单位按职责分工负责',
  deadline: '持续推进',
  ...over,
});
const validate = (rows: PlanImportRow[]) => validatePlanImportRows(rows, conghuaUnitDirectory);

describe('validatePlanImportRows on the Conghua annex', () => {
  it('imports all 42 items of 41 tasks in 10 groups with no problem', () => {
    const r = validate(conghuaRows());
    expect(r.problems).toEqual([]);
    expect(r.unknownUnits).toEqual([]);
    expect(r.groups).toEqual(plan.groups);
    expect(r.items.map((i) => ({ groupNo: i.groupNo, taskNo: i.taskNo, itemNo: i.itemNo, title: i.title, content: i.content }))).toEqual(
      plan.items.map((i) => ({ groupNo: i.groupNo, taskNo: i.taskNo, itemNo: i.itemNo, title: i.title, content: i.content })),
    );
  });

  it('task 3 has a second item: the tracing system, waiting on the provincial police', () => {
    const item = validate(conghuaRows()).items.find((i) => i.taskNo === 3 && i.itemNo === 2);
    expect(item?.responsibleUnits.map((u) => u.canonical)).toEqual(['区公安分局']);
    expect(item?.deadline).toMatchObject({ ok: true, kind: 'conditional' });
  });
});

describe('validatePlanImportRows problems', () => {
  const G1 = '一、全面摸排';
  it.each([
    ['first row without a group', [row({ row: 2, task: '1.任务' })], [{ row: 2, field: 'mainWork', code: 'missing_group', params: {} }]],
    ['group heading without a Chinese ordinal', [row({ row: 2, mainWork: '全面摸排', task: '1.任务' })], [{ row: 2, field: 'mainWork', code: 'bad_group_number', params: { value: '全面摸排' } }]],
    [
      'group going backwards',
      [row({ row: 2, mainWork: '二、乙', task: '1.任务' }), row({ row: 3, mainWork: '一、甲', task: '2.任务' })],
      [{ row: 3, field: 'mainWork', code: 'group_out_of_order', params: { groupNo: 1, previous: 2 } }],
    ],
    ['a heading whose first character is merely 一', [row({ row: 2, mainWork: '一些工作', task: '1.任务' })], [{ row: 2, field: 'mainWork', code: 'bad_group_number', params: { value: '一些工作' } }]],
    ['task without a number', [row({ row: 2, mainWork: G1, task: '全面摸排' })], [{ row: 2, field: 'task', code: 'bad_task_number', params: { value: '全面摸排' } }]],
    ['first task blank', [row({ row: 2, mainWork: G1 })], [{ row: 2, field: 'task', code: 'missing_task', params: {} }]],
    [
      'a new group must start a new task',
      [row({ row: 2, mainWork: G1, task: '1.甲' }), row({ row: 3, mainWork: '二、乙' })],
      [{ row: 3, field: 'task', code: 'missing_task', params: {} }],
    ],
    [
      'a task number used twice',
      [row({ row: 2, mainWork: G1, task: '1.甲' }), row({ row: 3, task: '2.乙' }), row({ row: 4, task: '1.丙' })],
      [{ row: 4, field: 'task', code: 'duplicate_task_number', params: { taskNo: 1, firstRow: 2 } }],
    ],
    [
      'task numbers going backwards',
      [row({ row: 2, mainWork: G1, task: '5.甲' }), row({ row: 3, task: '4.乙' })],
      [{ row: 3, field: 'task', code: 'task_number_out_of_order', params: { taskNo: 4, previous: 5 } }],
    ],
    ['no content', [row({ row: 2, mainWork: G1, task: '1.甲', content: '  ' })], [{ row: 2, field: 'content', code: 'missing_content', params: {} }]],
    ['no unit at all', [row({ row: 2, mainWork: G1, task: '1.甲', lead: '', responsible: '' })], [{ row: 2, field: 'responsible', code: 'missing_units', params: {} }]],
    [
      'unknown units, one problem per name and column',
      [row({ row: 2, mainWork: G1, task: '1.甲', lead: '区新能源局', responsible: '区安监局、区水利所等按职责分工负责' })],
      [
        { row: 2, field: 'lead', code: 'unknown_unit', params: { name: '区新能源局' } },
        { row: 2, field: 'responsible', code: 'unknown_unit', params: { name: '区水利所' } },
      ],
    ],
    ['no deadline', [row({ row: 2, mainWork: G1, task: '1.甲', deadline: '' })], [{ row: 2, field: 'deadline', code: 'missing_deadline', params: {} }]],
    [
      'unreadable deadline',
      [row({ row: 2, mainWork: G1, task: '1.甲', deadline: '2017年6月前完成' })],
      [{ row: 2, field: 'deadline', code: 'unparsable_deadline', params: { value: '2017年6月前完成', reason: 'ambiguous_month' } }],
    ],
    ['nothing but blank rows', [row({ row: 2, content: '', lead: '', responsible: '', deadline: '' })], [{ row: 0, field: null, code: 'no_rows', params: {} }]],
  ])('%s', (_name, rows, problems) => {
    expect(validate(rows).problems).toEqual(problems);
  });

  it('lists unknown names once for the mapping step', () => {
    const r = validate([
      row({ row: 2, mainWork: '一、甲', task: '1.甲', lead: '区新能源局' }),
      row({ row: 3, task: '2.乙', responsible: '区新能源局负责' }),
    ]);
    expect(r.unknownUnits).toEqual(['区新能源局']);
    expect(r.items).toHaveLength(2); // placed rows are still shown in the preview
  });

  it('blank task under a task is its next item; a repeated task cell is too', () => {
    const r = validate([
      row({ row: 2, mainWork: '一、甲', task: '1.甲' }),
      row({ row: 3 }),
      row({ row: 4, task: '1.甲' }),
      row({ row: 5, mainWork: '一、甲', task: '2.乙' }), // repeated heading
    ]);
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => `${i.groupNo}/${i.taskNo}.${i.itemNo}`)).toEqual(['1/1.1', '1/1.2', '1/1.3', '1/2.1']);
  });

  it('accepts heading and number variants and skips blank spacer rows', () => {
    const r = validate([
      row({ row: 2, mainWork: '（十一）其他', task: '12、甲' }),
      row({ row: 3, content: '', lead: '', responsible: '', deadline: '' }),
      row({ row: 4, task: '13．乙' }),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.groups).toEqual([{ no: 11, title: '其他' }]);
    expect(r.items.map((i) => i.taskNo)).toEqual([12, 13]);
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['', null],
    ['百', null],
    ['一一', null],
  ])('%s → %s', (text, n) => {
    expect(chineseNumeral(text)).toBe(n);
  });
});
