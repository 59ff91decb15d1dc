import { describe, expect, it } from 'vitest';
import type { InventoryLine } from './identify-unit.js';
import { isMajorHazardTrace, traceNumber, traceUnit } from './identification-trace.js';
import { rational } from './rational.js';
import type { SubstanceRef } from './threshold.js';

// Thresholds and β from GB 18218-2018: 液氯 Q 5 t (Table 1 row 12), β 4 (Table 3 氯); 甲醇 Q 500 t (row 65), W5.3 β 1
// (Table 4); 丙烯 is outside Table 1: W2 → Q 10 t (Table 2), β 1.5 (Table 4). α from Table 5.

const line = (name: string, tonnes: string, extra: Partial<SubstanceRef> = {}): InventoryLine => ({
  substance: { name, ...extra },
  quantity: { value: tonnes, unit: 't' },
});

describe('traceNumber', () => {
  it('gives the exact fraction, a truncated decimal and an approximate number', () => {
    expect(traceNumber(rational(1n, 3n))).toEqual({ exact: '1/3', display: '0.3333…', value: 1 / 3 });
    expect(traceNumber(rational(25n, 10n))).toEqual({ exact: '5/2', display: '2.5', value: 2.5 });
    expect(traceNumber(rational(7n))).toEqual({ exact: '7', display: '7', value: 7 });
  });
});

describe('traceUnit — each status', () => {
  it('empty: a unit with no lines', () => {
    expect(traceUnit({ lines: [], populationWithin500m: 10 })).toEqual({ status: 'empty', standard: 'GB 18218-2018' });
  });

  it('below_threshold: S only, no β, α or grade', () => {
    // 甲醇 100 t / 500 t = 0.2; 液氯 1 t / 5 t = 0.2; S = 0.4
    const t = traceUnit({ lines: [line('甲醇', '100'), line('液氯', '1')], populationWithin500m: 10 });
    expect(t.status).toBe('below_threshold');
    expect(t.status === 'below_threshold' && t.S).toEqual({ exact: '2/5', display: '0.4', value: 0.4 });
    expect(t.status === 'below_threshold' && t.lines[1]).toEqual({
      index: 1,
      name: '液氯',
      q: { exact: '1', display: '1', value: 1 },
      Q: { exact: '5', display: '5', value: 5 },
      thresholdSource: { table: 1, serial: 12, rowName: '氯', matchedBy: 'name' },
      ratio: { exact: '1/5', display: '0.2', value: 0.2 },
      beta: null,
      betaSource: null,
      contribution: null,
    });
    expect(isMajorHazardTrace(t)).toBe(false);
  });

  it('needs_population: a major hazard whose α is not known yet keeps S and no grade', () => {
    // 液氯 5 t / 5 t = 1 → major hazard; no population → not graded with a guessed α
    const t = traceUnit({ lines: [line('液氯', '5')], populationWithin500m: null });
    expect(t).toMatchObject({ status: 'needs_population', S: { exact: '1' } });
    expect(t).not.toHaveProperty('R');
    expect(isMajorHazardTrace(t)).toBe(true);
  });

  it('graded: every line with β and its source, α with its band, R, grade and the Table 6 expression', () => {
    // 液氯 10 t / 5 t = 2, β 4 (T3 氯) → 8;  丙烯 5 t / 10 t (T2 W2) = 0.5, β 1.5 (T4 W2) → 0.75
    // S = 2.5; Σβq/Q = 8.75; 35 residents → α 1.2 (30～49人); R = 1.2 × 8.75 = 10.5 → 三级 (50>R≥10)
    const t = traceUnit({ lines: [line('液氯', '10'), line('丙烯', '5', { hazardSymbols: ['W2'] })], populationWithin500m: 35 });
    if (t.status !== 'graded') throw new Error(t.status);
    expect(t.lines.map((l) => [l.name, l.ratio.display, l.beta?.display, l.betaSource, l.contribution?.display])).toEqual([
      ['液氯', '2', '4', { table: 3, rowName: '氯' }, '8'],
      ['丙烯', '0.5', '1.5', { table: 4, symbol: 'W2', category: '易燃气体', chosenBy: 'only_value' }, '0.75'],
    ]);
    expect(t.lines[1]?.thresholdSource).toEqual({ table: 2, symbol: 'W2', category: '易燃气体', considered: [{ symbol: 'W2', thresholdTonnes: '10' }] });
    expect([t.S.display, t.sumOfContributions.display, t.alpha, t.R.exact, t.R.display]).toEqual([
      '2.5',
      '8.75',
      { value: { exact: '6/5', display: '1.2', value: 1.2 }, population: 35, band: '30～49人' },
      '21/2',
      '10.5',
    ]);
    expect([t.grade, t.gradeLabel, t.gradeExpression]).toEqual([3, '三级', '50>R≥10']);
  });

  it('survives JSON (it is stored in enterprise_units.ident_json): no bigint anywhere', () => {
    const t = traceUnit({ lines: [line('液氯', '10'), line('丙烯', '5', { hazardSymbols: ['W2'] })], populationWithin500m: 35 });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('traceUnit — incomplete: what is missing, line by line', () => {
  it('lists identification problems with the candidates, and the lines that could be counted', () => {
    const t = traceUnit({ lines: [line('甲醇', '100'), line('硝化棉', '1'), line('丙烯', '2')], populationWithin500m: 10 });
    if (t.status !== 'incomplete') throw new Error(t.status);
    expect(t.problems).toEqual([
      {
        index: 1,
        problem: 'choose_table1_row',
        detail: [
          '37 硝化纤维素[干的或含水(或乙醇)<25%]',
          '38 硝化纤维素(未改型的,或增塑的,含增塑剂<18%)',
          '39 硝化纤维素(含乙醇≥25%)',
          '40 硝化纤维素(含氮≤12.6%)',
          '41 硝化纤维素(含水≥25%)',
        ],
      },
      { index: 2, problem: 'needs_categories', detail: [] },
    ]);
    expect(t.lines.map((l) => l.index)).toEqual([0]);
    expect(t).not.toHaveProperty('S'); // a partial S would understate
  });

  it('lists grading problems of a major hazard: β undecided, with the symbols to choose from', () => {
    // 甲醇 600 t / 500 t = 1.2 ≥ 1, but no category for its Table 4 β; 某溶剂: W5.1 (β 1.5) and J1 (β 4) disagree
    const t = traceUnit({
      lines: [line('甲醇', '600'), line('某溶剂', '1', { hazardSymbols: ['W5.1', 'J1'] })],
      populationWithin500m: 10,
    });
    expect(t.status === 'incomplete' && t.problems).toEqual([
      { index: 0, problem: 'needs_categories_for_beta', detail: [] },
      { index: 1, problem: 'choose_beta_symbol', detail: ['W5.1', 'J1'] },
    ]);
    expect(isMajorHazardTrace(t)).toBe(false);
  });

  it('reports a population that is not a whole number', () => {
    const t = traceUnit({ lines: [line('液氯', '5')], populationWithin500m: 2.5 });
    expect(t.status === 'incomplete' && t.problems).toEqual([{ index: null, problem: 'bad_population', detail: [] }]);
  });
});
