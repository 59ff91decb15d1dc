import { describe, expect, it } from 'vitest';
import {
  gb18218Table2,
  gb18218Table3,
  gb18218Table4,
  gb18218Table5,
  gb18218Table6,
  hazardSymbols,
  inTable6Band,
  parseHazardSymbol,
} from './gb18218-tables.js';
import { compare, formatRational, parseDecimal, rational, type Rational } from './rational.js';

const d = (text: string): Rational => parseDecimal(text) ?? rational(-1n);
const text = (r: Rational | null) => (r === null ? null : formatRational(r));

describe('hazard symbols', () => {
  it('are the 24 symbols of Table 2 and of Table 4, in the standard order', () => {
    expect(hazardSymbols).toHaveLength(24);
    expect(gb18218Table2.map((r) => r.symbol)).toEqual([...hazardSymbols]);
    expect(gb18218Table4.map((r) => r.symbol)).toEqual([...hazardSymbols]);
  });

  it('parse loosely typed input', () => {
    expect(parseHazardSymbol('w5.1')).toBe('W5.1');
    expect(parseHazardSymbol(' Ｊ１ ')).toBe('J1');
    expect(parseHazardSymbol('W5')).toBeNull();
    expect(parseHazardSymbol('J6')).toBeNull();
  });
});

describe('Table 2 thresholds', () => {
  it.each([
    ['J1', '5'],
    ['J2', '50'],
    ['J5', '500'],
    ['W1.1', '1'],
    ['W2', '10'],
    ['W3', '150'],
    ['W5.3', '1000'],
    ['W5.4', '5000'],
    ['W9.2', '200'],
    ['W11', '200'],
  ])('%s → %s t', (symbol, q) => {
    expect(text(gb18218Table2.find((r) => r.symbol === symbol)?.thresholdTonnes ?? null)).toBe(q);
  });
});

describe('Tables 3 and 4 (β)', () => {
  it('Table 3 names 14 gases', () => {
    expect(gb18218Table3.map((r) => [r.name, text(r.beta)])).toEqual([
      ['一氧化碳', '2'], ['二氧化硫', '2'], ['氨', '2'], ['环氧乙烷', '2'], ['氯化氢', '3'], ['溴甲烷', '3'], ['氯', '4'],
      ['硫化氢', '5'], ['氟化氢', '5'], ['二氧化氮', '10'], ['氰化氢', '10'], ['碳酰氯', '20'], ['磷化氢', '20'], ['异氰酸甲酯', '20'],
    ]);
  });

  it('Table 4 has the 2018 values (not the superseded 2011 categories)', () => {
    const beta = (s: string) => text(gb18218Table4.find((r) => r.symbol === s)?.beta ?? null);
    expect([beta('J1'), beta('J2'), beta('J3'), beta('J4'), beta('J5')]).toEqual(['4', '1', '2', '2', '1']);
    expect([beta('W1.1'), beta('W2'), beta('W5.1'), beta('W5.2'), beta('W6.1'), beta('W7.1'), beta('W11')]).toEqual(['2', '1.5', '1.5', '1', '1.5', '1.5', '1']);
  });
});

describe('Table 5 (α)', () => {
  it('covers every population from 0 upwards without gaps', () => {
    const bands = [...gb18218Table5].sort((a, b) => a.minPeople - b.minPeople);
    expect(bands[0]?.minPeople).toBe(0);
    bands.forEach((band, i) => {
      const next = bands[i + 1];
      if (next) expect(next.minPeople).toBe((band.maxPeople ?? Number.NaN) + 1);
      else expect(band.maxPeople).toBeNull();
    });
    expect(bands.map((b) => [b.label, text(b.alpha)])).toEqual([
      ['0人', '0.5'], ['1～29人', '1'], ['30～49人', '1.2'], ['50～99人', '1.5'], ['100人以上', '2'],
    ]);
  });
});

describe('Table 6 (grade by R)', () => {
  it('has grades 1–4 with edges 100, 50, 10 and nothing left uncovered', () => {
    expect(gb18218Table6.map((b) => [b.grade, b.label, text(b.rMin), text(b.rMaxExclusive)])).toEqual([
      [1, '一级', '100', null],
      [2, '二级', '50', '100'],
      [3, '三级', '10', '50'],
      [4, '四级', null, '10'],
    ]);
    // contiguous: each band's exclusive top is the next-higher band's inclusive bottom
    for (let i = 1; i < gb18218Table6.length; i += 1) {
      const upper = gb18218Table6[i - 1]?.rMin;
      const top = gb18218Table6[i]?.rMaxExclusive;
      expect(upper && top && compare(upper, top)).toBe(0);
    }
  });

  it.each([
    ['9.9999999', 4],
    ['10', 3],
    ['49.99', 3],
    ['50', 2],
    ['99.9999', 2],
    ['100', 1],
    ['0', 4],
  ])('R = %s falls in exactly one band: grade %i', (r, grade) => {
    expect(gb18218Table6.filter((b) => inTable6Band(b, d(r))).map((b) => b.grade)).toEqual([grade]);
  });
});
