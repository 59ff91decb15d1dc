import { describe, expect, it } from 'vitest';
import { gradeUnit, type UnitGrading } from './grade-unit.js';
import type { InventoryLine } from './identify-unit.js';
import { formatRational } from './rational.js';
import type { SubstanceRef } from './threshold.js';

// Hand calculations beside the numbers; gb18218-grading.json has the tables but no worked examples.
// Thresholds: 氨 10 t (row 1), 液氯 5 t (row 12), 光气 0.3 t (row 6), 液化石油气 50 t (row 52), 甲醇 500 t (row 65),
// 一氧化碳 → 煤气 20 t (row 13); 丙烯 is outside Table 1: W2 → 10 t (Table 2).
// β: 氨 2, 氯 4, 碳酰氯 20, 一氧化碳 2 (Table 3); W2 1.5, W5.3 1 (Table 4).

const line = (name: string, tonnes: string, extra: Partial<SubstanceRef> = {}): InventoryLine => ({
  substance: { name, ...extra },
  quantity: { value: tonnes, unit: 't' },
});
const graded = (r: UnitGrading) => {
  if (!r.ok) throw new Error(`not graded: ${JSON.stringify(r.problems.map((p) => p.problem))}`);
  if (!r.isMajorHazard) throw new Error('not a major hazard');
  return r;
};
const summary = (r: UnitGrading) => {
  const g = graded(r);
  return { S: formatRational(g.S), R: formatRational(g.R), grade: g.grade, label: g.gradeLabel };
};

describe('gradeUnit — a full calculation, line by line', () => {
  it('grades a mixed storage unit', () => {
    // 丙烯 30 t / 10 t (T2 W2) = 3;    β 1.5 (T4 W2)        → 4.5
    // 一氧化碳 10 t / 20 t (T1 #13) = 0.5; β 2 (T3 一氧化碳)  → 1
    // 甲醇 250 t / 500 t (T1 #65) = 0.5;  β 1 (T4 W5.3)       → 0.5
    // S = 3 + 0.5 + 0.5 = 4 ≥ 1; Σβq/Q = 6; 40 residents → α 1.2 (30～49人); R = 1.2 × 6 = 7.2 → 四级 (R < 10)
    const r = graded(
      gradeUnit({
        lines: [
          line('丙烯', '30', { hazardSymbols: ['W2'] }),
          line('一氧化碳', '10'),
          line('甲醇', '250', { hazardSymbols: ['W5.3'] }),
        ],
        populationWithin500m: 40,
      }),
    );
    expect(
      r.lines.map((l) => ({
        substance: l.substance.name,
        q: formatRational(l.q),
        Q: formatRational(l.Q),
        from: l.source.table === 1 ? `T1 #${l.source.row.serial}` : `T2 ${l.source.symbol}`,
        ratio: formatRational(l.ratio),
        beta: formatRational(l.beta),
        betaFrom: l.betaSource.table === 3 ? `T3 ${l.betaSource.row.name}` : `T4 ${l.betaSource.row.symbol}`,
        contribution: formatRational(l.contribution),
      })),
    ).toEqual([
      { substance: '丙烯', q: '30', Q: '10', from: 'T2 W2', ratio: '3', beta: '1.5', betaFrom: 'T4 W2', contribution: '4.5' },
      { substance: '一氧化碳', q: '10', Q: '20', from: 'T1 #13', ratio: '0.5', beta: '2', betaFrom: 'T3 一氧化碳', contribution: '1' },
      { substance: '甲醇', q: '250', Q: '500', from: 'T1 #65', ratio: '0.5', beta: '1', betaFrom: 'T4 W5.3', contribution: '0.5' },
    ]);
    expect(formatRational(r.S)).toBe('4');
    expect(formatRational(r.sumOfContributions)).toBe('6');
    expect([formatRational(r.alpha.value), r.alpha.population, r.alpha.band.label]).toEqual(['1.2', 40, '30～49人']);
    expect([formatRational(r.R), r.grade, r.gradeLabel, r.gradeExpression]).toEqual(['7.2', 4, '四级', 'R<10']);
  });

  it('grades an LPG station', () => {
    // 液化石油气 60 t / 50 t = 1.2 (S = 1.2); β 1.5 (W2) → 1.8; 72 residents → α 1.5; R = 1.5 × 1.8 = 2.7 → 四级
    expect(summary(gradeUnit({ lines: [line('液化石油气', '60', { hazardSymbols: ['W2'] })], populationWithin500m: 72 }))).toEqual({
      S: '1.2',
      R: '2.7',
      grade: 4,
      label: '四级',
    });
  });
});

describe('gradeUnit — band edges (Table 6) are inclusive at the bottom', () => {
  it.each([
    // 液氯 12.5 t: q/Q = 2.5, β 4 → Σ = 10
    [0, '5', 4], // α 0.5 → R = 5
    [1, '10', 3], // α 1 → R = 10 exactly → 三级
    [30, '12', 3], // α 1.2 → 12
    [50, '15', 3], // α 1.5 → 15
    [100, '20', 3], // α 2 → 20
  ])('液氯 12.5 t, %i residents → R = %s, grade %i', (population, R, grade) => {
    const r = summary(gradeUnit({ lines: [line('液氯', '12.5')], populationWithin500m: population }));
    expect([r.S, r.R, r.grade]).toEqual(['2.5', R, grade]);
  });

  it.each([
    // 氨 125 t: 12.5 × β 2 = 25; α 2 → 50 exactly → 二级; α 1.5 → 37.5 → 三级
    [100, '氨', '125', '50', 2],
    [99, '氨', '125', '37.5', 3],
    // 光气 0.75 t: 0.75/0.3 = 2.5 × β 20 = 50; α 2 → 100 exactly → 一级; α 1.5 → 75 → 二级
    [100, '光气', '0.75', '100', 1],
    [50, '光气', '0.75', '75', 2],
  ])('%i residents, %s %s t → R = %s, grade %i', (population, name, tonnes, R, grade) => {
    const r = summary(gradeUnit({ lines: [line(name, tonnes)], populationWithin500m: population }));
    expect([r.R, r.grade]).toEqual([R, grade]);
  });

  it.each([
    // α × (2 × q氨/10 + 4 × q氯/5), all computed by hand; floats land just below each edge
    // 1 × (2×0.56 + 4×2.22) = 1 × (1.12 + 8.88) = 10 → 三级
    [10, 1, '5.6', '11.1', '10', 3, 9.999999999999998],
    // 2 × (2×0.62 + 4×5.94) = 2 × (1.24 + 23.76) = 2 × 25 = 50 → 二级
    [50, 100, '6.2', '29.7', '50', 2, 49.99999999999999],
    // 0.5 × (2×0.32 + 4×49.84) = 0.5 × (0.64 + 199.36) = 0.5 × 200 = 100 → 一级
    [100, 0, '3.2', '249.2', '100', 1, 99.99999999999999],
  ])('R exactly %i (floats say otherwise): %i residents, 氨 %s t + 液氯 %s t', (edge, population, ammonia, chlorine, R, grade, float) => {
    const alpha = { 0: 0.5, 1: 1, 100: 2 }[population] ?? Number.NaN;
    expect(alpha * ((2 * Number(ammonia)) / 10 + (4 * Number(chlorine)) / 5)).toBe(float);
    expect(float).toBeLessThan(edge);
    const r = summary(gradeUnit({ lines: [line('液氨', ammonia), line('液氯', chlorine)], populationWithin500m: population }));
    expect([r.R, r.grade]).toEqual([R, grade]);
  });
});

describe('gradeUnit — what is not graded', () => {
  it('does not grade a unit below S = 1, and needs no β for it', () => {
    // 甲醇 499.9 t / 500 t = 0.9998 < 1
    const r = gradeUnit({ lines: [line('甲醇', '499.9')], populationWithin500m: 10 });
    expect(r.ok && !r.isMajorHazard && formatRational(r.S)).toBe('0.9998');
    expect(r).not.toHaveProperty('grade');
  });

  it('reports identification and population problems together', () => {
    const r = gradeUnit({ lines: [line('丙烯', '30')], populationWithin500m: -3 });
    expect(!r.ok && r.problems).toEqual([
      { index: 0, problem: 'needs_categories' },
      { index: null, problem: 'bad_population' },
    ]);
  });

  it('reports a line whose β cannot be decided', () => {
    // 甲醇 600 t / 500 t = 1.2: a major hazard, but with no category there is no Table 4 β
    const r = gradeUnit({
      lines: [line('甲醇', '600'), line('某气体', '20', { hazardSymbols: ['W2', 'J1'] })],
      populationWithin500m: 10,
    });
    expect(!r.ok && r.problems.map((p) => [p.index, p.problem])).toEqual([
      [0, 'needs_categories_for_beta'],
      [1, 'choose_beta_symbol'],
    ]);
  });

  it('grades once the user chooses the β symbol', () => {
    // 甲醇 600/500 = 1.2 × β 1 (W5.3) = 1.2; 某气体 20 t: Q = min(W2 10, J1 5) = 5 → 4 × β 4 (J1, chosen) = 16
    // S = 1.2 + 4 = 5.2; Σ = 17.2; 10 residents → α 1; R = 17.2 → 三级
    const r = summary(
      gradeUnit({
        lines: [line('甲醇', '600', { hazardSymbols: ['W5.3'] }), line('某气体', '20', { hazardSymbols: ['W2', 'J1'], betaSymbol: 'J1' })],
        populationWithin500m: 10,
      }),
    );
    expect(r).toEqual({ S: '5.2', R: '17.2', grade: 3, label: '三级' });
  });
});
