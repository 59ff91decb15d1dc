// GB 11643-1999 check character. 11010519491231002X is the standard's own example; by hand:
// 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167, 167 mod 11 = 2 → "10X98765432"[2] = X.
// 440524188001010014: Σ = 195, 195 mod 11 = 8 → "4".
import { describe, expect, it } from 'vitest';
import { checkCharOf, idNumberProblem, maskIdNumber } from './id-number.js';

describe('ID number (GB 11643)', () => {
  it('computes the check character', () => {
    expect(checkCharOf('11010519491231002')).toBe('X');
    expect(checkCharOf('44052418800101001')).toBe('4');
  });
  it('accepts valid numbers (lowercase x too)', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull();
    expect(idNumberProblem('440524188001010014')).toBeNull();
  });
  it('refuses a wrong check character, a bad date, a bad shape', () => {
    expect(idNumberProblem('110105194912310021')).toBe('check_digit');
    expect(idNumberProblem('440524188001010015')).toBe('check_digit');
    expect(idNumberProblem('110105194902301234')).toBe('birth_date'); // 30 February
    expect(idNumberProblem('11010520991231002X', '2026-03-01')).toBe('birth_date'); // born in the future
    expect(idNumberProblem('1101051949123100')).toBe('format');
    expect(idNumberProblem('11010519491231002Y')).toBe('format');
  });
  it('masks all but the first 6 and last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
