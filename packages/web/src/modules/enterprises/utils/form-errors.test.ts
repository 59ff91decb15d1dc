import { describe, expect, it } from 'vitest';
import { columnOf, fieldPath, rowErrors, splitFieldErrors } from './form-errors';

describe('API validation details on forms', () => {
  it('reads dotted and bracketed field paths', () => {
    expect(fieldPath('contacts[1].phone')).toEqual(['contacts', 1, 'phone']);
    expect(fieldPath('contacts.1.phone')).toEqual(['contacts', 1, 'phone']);
    expect(fieldPath('uscc')).toEqual(['uscc']);
  });

  it('puts known fields on the form and keeps the rest', () => {
    const { fields, rest } = splitFieldErrors(
      [
        { field: 'uscc', code: 'ENTERPRISE_USCC_CHECK', message: '统一社会信用代码校验位不正确' },
        { field: 'uscc', code: 'ENTERPRISE_USCC_DUPLICATE', message: '已存在' },
        { field: 'nope', code: 'X', message: 'x' },
        { code: 'Y', message: 'y' },
      ],
      (p) => p[0] === 'uscc',
    );
    expect(fields).toEqual([{ name: ['uscc'], errors: ['统一社会信用代码校验位不正确', '已存在'] }]);
    expect(rest.map((d) => d.code)).toEqual(['X', 'Y']);
  });

  it('groups inventory errors by 0-based row index, from row or from the field', () => {
    const m = rowErrors([
      { row: 2, field: 'quantity', code: 'A', message: 'a' },
      { field: 'lines.0.density', code: 'B', message: 'b' },
      { code: 'C', message: 'c' },
    ]);
    expect([...m.keys()]).toEqual([1, 0, -1]);
    expect(columnOf('lines.0.density')).toBe('density');
    expect(columnOf('quantity')).toBe('quantity');
    expect(columnOf(undefined)).toBeNull();
  });
});
