import { describe, expect, it } from 'vitest';
import { gradeForR } from './grade-for-r.js';
import { parseDecimal, rational, sub } from './rational.js';

const r = (text: string) => parseDecimal(text) ?? rational(-1n);
const tiny = rational(1n, 10n ** 30n);

describe('gradeForR (Table 6)', () => {
  it.each([
    ['0', 4, '四级'],
    ['9.99', 4, '四级'],
    ['10', 3, '三级'], // 50>R≥10: the lower edge is 三级
    ['49.99', 3, '三级'],
    ['50', 2, '二级'], // 100>R≥50
    ['99.99', 2, '二级'],
    ['100', 1, '一级'], // R≥100
    ['12345', 1, '一级'],
  ])('R = %s → grade %i (%s)', (value, grade, label) => {
    expect(gradeForR(r(value))).toMatchObject({ grade, label });
  });

  it('puts a value a hair below each edge in the less serious grade', () => {
    expect(gradeForR(sub(r('10'), tiny)).grade).toBe(4);
    expect(gradeForR(sub(r('50'), tiny)).grade).toBe(3);
    expect(gradeForR(sub(r('100'), tiny)).grade).toBe(2);
  });

  it('keeps the printed expression', () => {
    expect(gradeForR(r('10')).expression).toBe('50>R≥10');
  });
});
