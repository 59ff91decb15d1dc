import { describe, expect, it } from 'vitest';
import { blacklistFieldOrder, presentFields, textOf } from './public-values';

describe('public portal values', () => {
  it('shows only the fields the feed carries, in the portal order, never the id', () => {
    const items = [{ id: 'a', reason: 'r', partyName: 'X', extra: 1 }, { id: 'b', partyName: 'Y', listedFrom: '2026-01-01' }];
    expect(presentFields(items, blacklistFieldOrder)).toEqual(['partyName', 'reason', 'listedFrom', 'extra']);
  });
  it('a field switched off (absent from every record) is no column', () => {
    expect(presentFields([{ id: 'a', partyName: 'X' }], blacklistFieldOrder)).not.toContain('idNumber');
  });
  it('writes lists and objects as text', () => {
    expect(textOf([{ key: 'bl01', text: '发生较大事故' }, { key: 'bl02', text: '无证' }])).toBe('发生较大事故；无证');
    expect(textOf([{ key: 'bl03', text: '仍组织冒险作业的。' }, { key: 'bl08', text: '拒不执行指令的。' }])).toBe('仍组织冒险作业的。 拒不执行指令的。');
    expect(textOf({ id: 't', name: '温泉镇' })).toBe('温泉镇');
    expect(textOf(null)).toBe('—');
    expect(textOf([])).toBe('—');
    expect(textOf('12000.00')).toBe('12000.00');
  });
});
