import { describe, expect, it } from 'vitest';
import codes from '../../../../data/standards/codes.json';
import table1 from '../../../../data/standards/gb18218-table1.json';
import { casCheckDigit, isValidCasNumber, parseCasNumber } from './cas-number.js';

describe('casCheckDigit', () => {
  it('weights digits from the right starting at 1', () => {
    // 7664-41-7 (ammonia): digits 766441, from the right 1×1 + 2×4 + 3×4 + 4×6 + 5×6 + 6×7 = 1+8+12+24+30+42 = 117 → 7
    expect(casCheckDigit('766441')).toBe(7);
    // 50-00-0 (formaldehyde): 1×0 + 2×0 + 3×0 + 4×5 = 20 → 0
    expect(casCheckDigit('5000')).toBe(0);
    expect(() => casCheckDigit('76-64')).toThrow(RangeError);
  });
});

describe('parseCasNumber', () => {
  it.each(codes.entries.cas_number.test_vectors.map((v) => [v.value, v.valid, v.note] as const))(
    'codes.json test vector %s → valid %s (%s)',
    (value, valid) => {
      expect(isValidCasNumber(value)).toBe(valid);
    },
  );

  it('accepts every CAS printed in GB 18218 Table 1', () => {
    const all = table1.entries.flatMap((row) => row.cas.map((c) => c.replace(/\(.*\)$/, '')));
    expect(all.length).toBeGreaterThan(82);
    expect(all.filter((c) => !isValidCasNumber(c))).toEqual([]);
  });

  it('names the problem', () => {
    expect(parseCasNumber('75-05-9')).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseCasNumber('7664417')).toEqual({ ok: false, problem: 'format' });
    expect(parseCasNumber('1-00-0')).toEqual({ ok: false, problem: 'format' }); // first group needs 2 digits
    expect(parseCasNumber('12345678-00-0')).toEqual({ ok: false, problem: 'format' }); // at most 7
    expect(parseCasNumber('05-00-0')).toEqual({ ok: false, problem: 'format' });
    expect(parseCasNumber('')).toEqual({ ok: false, problem: 'format' });
    expect(parseCasNumber('CAS 7664-41-7')).toEqual({ ok: false, problem: 'format' });
  });

  it('reads spreadsheet spellings and returns the canonical one', () => {
    expect(parseCasNumber(' 7664-41-7 ')).toEqual({ ok: true, cas: '7664-41-7' });
    expect(parseCasNumber('７６６４－４１－７')).toEqual({ ok: true, cas: '7664-41-7' }); // full-width
    expect(parseCasNumber('7664–41–7')).toEqual({ ok: true, cas: '7664-41-7' }); // en dashes
    expect(parseCasNumber('0000050-00-0')).toEqual({ ok: true, cas: '50-00-0' }); // zero-padded export
  });
});
