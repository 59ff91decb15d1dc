import { describe, expect, it } from 'vitest';
import { traceNumber } from '@hazgov/domain/major-hazards/identification-trace';
import { parseDecimal, rational } from '@hazgov/domain/major-hazards/rational';
import { exactDecimal } from './exact-decimal.js';

const of = (text: string) => exactDecimal(traceNumber(parseDecimal(text) ?? rational(-1n)));

describe('exactDecimal', () => {
  it.each([
    ['1', '1'],
    ['0.7', '0.7'],
    ['3.975', '3.975'],
    ['0.99999999999999998', '0.99999999999999998'], // below 1, and says so
    ['1e-20', '0.00000000000000000001'],
    ['1250', '1250'],
  ])('%s → %s', (value, expected) => {
    expect(of(value)).toBe(expected);
  });

  it('gives the fraction when the decimal does not end', () => {
    // 1 t of 光气 against Q 0.3 t: 1/0.3 = 10/3
    expect(exactDecimal(traceNumber(rational(10n, 3n)))).toBe('10/3');
    expect(exactDecimal(traceNumber(rational(-1n, 6n)))).toBe('-1/6');
  });
});
