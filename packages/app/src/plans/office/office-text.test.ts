import { describe, expect, it } from 'vitest';
import { chinaDay, chineseDate, chineseNumeral, itemNumbers, planSubject, taskListTitle } from './office-text.js';

describe('office wording', () => {
  it('numbers groups the Chinese way', () => {
    expect([1, 9, 10, 11, 20, 42].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '四十二']);
  });

  it('names a plan by its subject', () => {
    expect(planSubject('从化区危险化学品安全综合治理实施方案')).toBe('从化区危险化学品安全综合治理');
    expect(planSubject('《温泉镇危险化学品安全综合治理工作方案》')).toBe('温泉镇危险化学品安全综合治理');
    expect(taskListTitle('从化区危险化学品安全综合治理实施方案')).toBe('从化区危险化学品安全综合治理分工及完成时间清单');
  });

  it('prints dates and China-time days', () => {
    expect(chineseDate('2018-03-30')).toBe('2018年3月30日');
    expect(chinaDay('2018-03-30T17:00:00Z')).toBe('2018-03-31');
    expect(chinaDay('2018-03-30')).toBe('2018-03-30');
  });

  it('numbers items within a task only when the task has several', () => {
    expect(itemNumbers([{ taskNo: 2, itemNo: 1 }, { taskNo: 3, itemNo: 1 }, { taskNo: 3, itemNo: 2 }])).toEqual(['2', '3-1', '3-2']);
  });
});
