import { describe, expect, it } from 'vitest';
import grading from '../../../../data/standards/gb18218-grading.json';
import { identifyUnit, type InventoryLine, type UnitIdentification } from './identify-unit.js';
import { formatRational, ONE } from './rational.js';

// gb18218-grading.json holds the rules and tables but no worked examples (the "X2-D" example its README mentions
// is not in any data file), so every example here is a hand calculation written beside its numbers.

const t = (name: string, value: string, extra: Partial<InventoryLine['substance']> = {}): InventoryLine => ({
  substance: { name, ...extra },
  quantity: { value, unit: 't' },
});
const S = (r: UnitIdentification) => (r.ok ? formatRational(r.S) : `problems: ${r.problems.map((p) => p.problem).join(',')}`);

describe('identifyUnit — single substance (clause 4.2.1 a): q ≥ Q, inclusive', () => {
  it.each([
    ['5', '1', true], // 液氯 Q = 5 t: 5/5 = 1 → major hazard
    ['4.999', '0.9998', false], // 4.999/5 = 0.9998
    ['5.001', '1.0002', true],
  ])('液氯 %s t → S = %s, major %s', (q, s, major) => {
    const r = identifyUnit({ lines: [t('液氯', q)] });
    expect(S(r)).toBe(s);
    expect(r.ok && r.isMajorHazard).toBe(major);
  });

  it('agrees with the data file: the threshold is inclusive', () => {
    expect(grading.entries.identification_rule.threshold_inclusive).toBe(true);
  });
});

describe('identifyUnit — several substances (clause 4.2.1 b): S = Σ q/Q ≥ 1', () => {
  it('counts a tank farm at exactly S = 1 as a major hazard, where a float sum says 0.9999999999999999', () => {
    // 甲醇 350 t / 500 t (row 65) = 0.7; 苯 10 t / 50 t (row 57) = 0.2; 甲苯 50 t / 500 t (row 64) = 0.1
    // S = 0.7 + 0.2 + 0.1 = 1 → major hazard
    expect(350 / 500 + 10 / 50 + 50 / 500).toBeLessThan(1);
    const r = identifyUnit({ lines: [t('甲醇', '350'), t('苯', '10'), t('甲苯', '50')] });
    expect(r.ok && r.S).toEqual(ONE);
    expect(r.ok && r.isMajorHazard).toBe(true);
    expect(r.ok && r.lines.map((l) => [l.substance.name, formatRational(l.q), formatRational(l.Q), l.source.table, formatRational(l.ratio)])).toEqual([
      ['甲醇', '350', '500', 1, '0.7'],
      ['苯', '10', '50', 1, '0.2'],
      ['甲苯', '50', '500', 1, '0.1'],
    ]);
  });

  it('reaches S = 1 from kilograms of a substance with a fractional Q', () => {
    // 异氰酸甲酯 Q = 0.75 t (row 30): 150 kg = 0.15 t → 0.2; 600 kg = 0.6 t → 0.8; S = 1 (floats: 0.9999999999999999)
    expect(0.15 / 0.75 + 0.6 / 0.75).toBeLessThan(1);
    const r = identifyUnit({
      lines: [
        { substance: { name: '甲基异氰酸酯' }, quantity: { value: '150', unit: 'kg' } },
        { substance: { name: '异氰酸甲酯' }, quantity: { value: '600', unit: 'kg' } },
      ],
    });
    expect(S(r)).toBe('1');
    expect(r.ok && r.isMajorHazard).toBe(true);
  });

  it('stays below 1 by the smallest margin', () => {
    // 0.7 + 0.2 + 49.99999/500 = 0.7 + 0.2 + 0.09999998 = 0.99999998
    const r = identifyUnit({ lines: [t('甲醇', '350'), t('苯', '10'), t('甲苯', '49.99999')] });
    expect(r.ok && formatRational(r.S, 8)).toBe('0.99999998');
    expect(r.ok && r.isMajorHazard).toBe(false);
  });

  it('mixes Table 1 and Table 2 lines and volume with density', () => {
    // 甲醇 100 m³ × 0.8 t/m³ = 80 t; 80/500 = 0.16 (Table 1 row 65)
    // 丙烯 (not in Table 1; W2 易燃气体) 2.5 t / 10 t = 0.25 (Table 2 W2)
    // 氨 1.5 t / 10 t = 0.15 (Table 1 row 1)
    // S = 0.16 + 0.25 + 0.15 = 0.56 → not a major hazard
    const r = identifyUnit({
      lines: [
        { substance: { name: '甲醇' }, quantity: { value: '100', unit: 'm3', density: { value: '0.8', unit: 't/m3' } } },
        t('丙烯', '2.5', { hazardSymbols: ['W2'] }),
        t('氨', '1.5'),
      ],
    });
    expect(S(r)).toBe('0.56');
    expect(r.ok && r.isMajorHazard).toBe(false);
    expect(r.ok && r.lines.map((l) => (l.source.table === 1 ? `T1#${l.source.row.serial}` : `T2 ${l.source.symbol}`))).toEqual([
      'T1#65',
      'T2 W2',
      'T1#1',
    ]);
  });

  it('gives a unit with nothing in it S = 0', () => {
    expect(identifyUnit({ lines: [] })).toEqual({ ok: true, isMajorHazard: false, S: { num: 0n, den: 1n }, lines: [] });
  });
});

describe('identifyUnit — lines that cannot be counted', () => {
  it('reports every problem with its line and gives no S', () => {
    const r = identifyUnit({
      lines: [
        t('甲醇', '350'),
        t('丙烯', '2.5'), // outside Table 1, no categories
        { substance: { name: '苯' }, quantity: { value: '10', unit: 'L' } }, // unknown unit
        t('硝化棉', '1'), // five Table 1 rows
        { substance: { name: '某溶剂', hazardSymbols: ['W5'] }, quantity: { value: '1', unit: 'm3' } }, // two problems
      ],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.index, p.problem])).toEqual([
      [1, 'needs_categories'],
      [2, 'unknown_unit'],
      [3, 'choose_table1_row'],
      [4, 'missing_density'],
      [4, 'unknown_hazard_symbols'],
    ]);
    expect(!r.ok && r.lines.map((l) => l.index)).toEqual([0]);
    expect('S' in r).toBe(false);
  });
});
