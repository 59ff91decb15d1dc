import { describe, expect, it } from 'vitest';
import { deadlineFailures } from './deadline-parser.js';
import { deadlineReasonMessages, formatImportProblem, importFieldLabels, importMessages } from './import-messages.js';
import { importProblemCodes, planImportFields } from './plan-import-rows.js';

describe('import messages', () => {
  it('word every problem code, field and deadline reason in Chinese and English', () => {
    for (const code of importProblemCodes) expect(importMessages[code]['zh-CN'] && importMessages[code].en, code).toBeTruthy();
    for (const field of planImportFields) expect(importFieldLabels[field]['zh-CN'] && importFieldLabels[field].en).toBeTruthy();
    for (const reason of deadlineFailures) expect(deadlineReasonMessages[reason]['zh-CN'] && deadlineReasonMessages[reason].en).toBeTruthy();
  });

  it('every row-level message names the row and the field', () => {
    for (const code of importProblemCodes.filter((c) => c !== 'no_rows')) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(importMessages[code][locale], `${code} ${locale}`).toContain('{row}');
        expect(importMessages[code][locale], `${code} ${locale}`).toContain('{field}');
      }
    }
  });

  it('fills row, field label and params', () => {
    const problem = { row: 7, field: 'responsible' as const, code: 'unknown_unit' as const, params: { name: '区新能源局' } };
    expect(formatImportProblem(problem, 'zh-CN')).toBe('第7行“责任单位”中的单位“区新能源局”无法识别，请在确认导入前为其指定对应单位');
    expect(formatImportProblem(problem, 'en')).toBe('Row 7, Responsible units: the unit “区新能源局” is not recognised; map it to an organisation before confirming.');
  });

  it('words the deadline reason', () => {
    const problem = { row: 3, field: 'deadline' as const, code: 'unparsable_deadline' as const, params: { value: '2017年6月前完成', reason: 'ambiguous_month' } };
    expect(formatImportProblem(problem, 'zh-CN')).toBe('第3行“完成时间”“2017年6月前完成”无法识别：“X月前”含义不明确，请写明“X月底前”或具体日期');
    expect(formatImportProblem(problem, 'en')).toContain('Row 3, Deadline: “2017年6月前完成” cannot be read: “X月前” is ambiguous');
  });
});
