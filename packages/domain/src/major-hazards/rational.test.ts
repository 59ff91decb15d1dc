import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  div,
  formatRational,
  fromNumber,
  mul,
  ONE,
  parseDecimal,
  rational,
  sub,
  sum,
  toFractionString,
  toNumber,
} from './rational.js';

const d = (text: string) => {
  const r = parseDecimal(text);
  if (!r) throw new Error(`bad decimal ${text}`);
  return r;
};

describe('rational', () => {
  it('normalises sign and common factors', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, 7n)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it.each([
    ['12', '12'],
    ['0.1', '1/10'],
    ['-3.50', '-7/2'],
    ['.5', '1/2'],
    ['+2.', '2'],
    ['1e-3', '1/1000'],
    ['2.5E2', '250'],
    ['  0.75 ', '3/4'],
  ])('parses %j as %s', (text, fraction) => {
    expect(toFractionString(d(text))).toBe(fraction);
  });

  it.each(['', '.', '1,000', '1 000', '1/3', 'abc', '0x10', '1e', 'NaN', '١٢'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('reads a JS number at its shortest spelling, so 0.1 is exactly 1/10', () => {
    expect(fromNumber(0.1)).toEqual(rational(1n, 10n));
    expect(fromNumber(1e-7)).toEqual(rational(1n, 10_000_000n));
    expect(fromNumber(0.75)).toEqual(rational(3n, 4n));
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('adds 0.7 + 0.2 + 0.1 to exactly 1, where floats do not', () => {
    expect(0.7 + 0.2 + 0.1).toBe(0.9999999999999999); // binary floating point falls short of 1
    expect(sum([d('0.7'), d('0.2'), d('0.1')])).toEqual(ONE);
    expect(compare(sum([d('0.1'), d('0.2')]), d('0.3'))).toBe(0);
  });

  it('does arithmetic exactly', () => {
    expect(add(d('0.1'), d('0.2'))).toEqual(d('0.3'));
    expect(sub(d('1'), d('0.9'))).toEqual(d('0.1'));
    expect(mul(d('1.5'), d('0.4'))).toEqual(d('0.6'));
    expect(div(d('0.1'), d('0.3'))).toEqual(rational(1n, 3n));
    expect(() => div(ONE, d('0'))).toThrow(RangeError);
  });

  it('compares', () => {
    expect(compare(rational(1n, 3n), d('0.3333333333333333'))).toBe(1);
    expect(compare(d('-1'), d('0'))).toBe(-1);
    expect(compare(rational(2n, 4n), d('0.5'))).toBe(0);
  });

  it.each([
    [d('0.3'), 4, '0.3'],
    [d('12.75'), 4, '12.75'],
    [d('1'), 4, '1'],
    [d('1.0000'), 4, '1'],
    [rational(1n, 3n), 4, '0.3333…'],
    [rational(2n, 3n), 4, '0.6666…'], // truncated, not rounded to 0.6667
    [d('0.99999'), 4, '0.9999…'], // a value below 1 never reads "1"
    [d('1.00001'), 4, '1.0000…'],
    [d('-2.5'), 4, '-2.5'],
    [rational(-1n, 3n), 2, '-0.33…'],
    [rational(1n, 3n), 0, '0…'],
  ])('formats %o with %i places as %s', (value, places, text) => {
    expect(formatRational(value, places)).toBe(text);
  });

  it('gives an approximate number for charts', () => {
    expect(toNumber(rational(1n, 4n))).toBe(0.25);
  });
});
