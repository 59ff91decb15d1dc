import { describe, expect, it } from 'vitest';
import { formatRational } from './rational.js';
import { readHazardSymbols, thresholdFor, type SubstanceRef, type ThresholdLookup } from './threshold.js';

/** "Q t (table/row or symbol)" or the problem code. */
const summary = (r: ThresholdLookup): string => {
  if (!r.ok) return r.problem;
  const where = r.source.table === 1 ? `table 1 row ${r.source.row.serial}` : `table 2 ${r.source.symbol}`;
  return `${formatRational(r.Q)} t (${where})`;
};
const q = (s: SubstanceRef) => summary(thresholdFor(s));

describe('thresholdFor — Table 1 (clause 4.1.2 a)', () => {
  it.each([
    [{ name: '氨' }, '10 t (table 1 row 1)'],
    [{ name: '液氯' }, '5 t (table 1 row 12)'],
    [{ name: '光气' }, '0.3 t (table 1 row 6)'],
    [{ name: '异氰酸甲酯' }, '0.75 t (table 1 row 30)'],
    [{ name: '甲醇' }, '500 t (table 1 row 65)'],
    [{ name: '天然气' }, '50 t (table 1 row 49)'],
    [{ name: '乙醇汽油' }, '200 t (table 1 row 66)'],
    [{ name: '氧（压缩的或液化的）' }, '200 t (table 1 row 56)'],
    [{ name: '硝酸铵(含可燃物≤0.2%)' }, '50 t (table 1 row 44)'],
  ])('%j → %s', (substance, expected) => {
    expect(q(substance)).toBe(expected);
  });

  it('uses Table 1 even when categories are given: Table 1 wins', () => {
    // 甲醇 as W5.3 would be 1000 t from Table 2; Table 1 says 500 t
    expect(q({ name: '甲醇', hazardSymbols: ['W5.3'] })).toBe('500 t (table 1 row 65)');
  });

  it('takes a row chosen by serial, whatever the name says', () => {
    expect(q({ name: '硝化棉', table1Serial: 39 })).toBe('10 t (table 1 row 39)');
    expect(q({ name: '37%甲醛', table1Serial: 8 })).toBe('5 t (table 1 row 8)');
    expect(thresholdFor({ name: '氨', table1Serial: 1 })).toMatchObject({ source: { matchedBy: 'serial' } });
    expect(thresholdFor({ name: 'x', table1Serial: 86 })).toEqual({ ok: false, problem: 'unknown_table1_row', serial: 86 });
  });

  it('asks the user to choose when a name means several rows', () => {
    const r = thresholdFor({ name: '硝化棉' });
    expect(r.ok === false && r.problem === 'choose_table1_row' && r.candidates.map((c) => c.serial)).toEqual([37, 38, 39, 40, 41]);
  });

  it('asks the user to confirm a row whose condition the name does not state', () => {
    const formalin = thresholdFor({ name: '甲醛', hazardSymbols: ['J3'] });
    expect(formalin.ok === false && formalin.problem === 'choose_table1_row' && formalin.candidates.map((c) => c.serial)).toEqual([8]);
    const an = thresholdFor({ name: '硝酸铵' });
    expect(an.ok === false && an.problem === 'choose_table1_row' && an.candidates.map((c) => c.serial)).toEqual([43, 44]);
  });
});

describe('thresholdFor — Table 2 (clause 4.1.2 b)', () => {
  it('takes the category value for a substance outside Table 1', () => {
    expect(q({ name: '丙烯', hazardSymbols: ['W2'] })).toBe('10 t (table 2 W2)');
    expect(q({ name: '柴油', hazardSymbols: ['w5.4'] })).toBe('5000 t (table 2 W5.4)');
  });

  it('takes the LOWEST threshold among several categories', () => {
    // W5.3 → 1000 t, J5 → 500 t, W9.2 → 200 t: lowest 200 t
    const r = thresholdFor({ name: '某混合物', hazardSymbols: ['W5.3', 'J5', 'W9.2'] });
    expect(summary(r)).toBe('200 t (table 2 W9.2)');
    expect(r.ok && r.source.table === 2 && r.source.considered.map((c) => [c.symbol, formatRational(c.thresholdTonnes)])).toEqual([
      ['J5', '500'],
      ['W5.3', '1000'],
      ['W9.2', '200'],
    ]);
  });

  it('on a tie names the first category in the standard order', () => {
    // J2, J3 and W4 are all 50 t
    expect(q({ name: 'x', hazardSymbols: ['W4', 'J3', 'J2'] })).toBe('50 t (table 2 J2)');
  });

  it('goes to Table 2 when the user confirmed the substance is outside Table 1', () => {
    // 37% formalin is not row 8 (甲醛 含量>90%); as J3 (acute toxicity cat. 3 gas) → 50 t
    expect(q({ name: '甲醛', table1Serial: null, hazardSymbols: ['J3'] })).toBe('50 t (table 2 J3)');
  });

  it("returns 'needs_categories' for a substance outside Table 1 without categories", () => {
    expect(thresholdFor({ name: '丙烯' })).toEqual({ ok: false, problem: 'needs_categories' });
    expect(thresholdFor({ name: '丙烯', hazardSymbols: [] })).toEqual({ ok: false, problem: 'needs_categories' });
    expect(thresholdFor({ name: '甲醛', table1Serial: null })).toEqual({ ok: false, problem: 'needs_categories' });
  });

  it('refuses unknown symbols rather than ignoring them', () => {
    expect(thresholdFor({ name: '丙烯', hazardSymbols: ['W2', 'W5', '易燃'] })).toEqual({
      ok: false,
      problem: 'unknown_hazard_symbols',
      symbols: ['W5', '易燃'],
    });
  });
});

describe('readHazardSymbols', () => {
  it('normalises and drops repeats', () => {
    expect(readHazardSymbols(['w2', 'W2', ' J1 ', 'X'])).toEqual({ symbols: ['W2', 'J1'], unknown: ['X'] });
    expect(readHazardSymbols()).toEqual({ symbols: [], unknown: [] });
  });
});
