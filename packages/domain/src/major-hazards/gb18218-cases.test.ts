// Worked GB 18218-2018 cases through traceUnit (what the API stores and `hazgov identify` prints), each with its hand
// calculation beside it. Only what the rule-level tests (identify-unit, grade-unit, alpha, beta, grade-for-r) do
// not already cover: S = 1 from two halves and from a mixture of named and category substances, a quantity whose
// decimals a float would round up to S = 1, the nitrocellulose rows sharing one CAS, Table 3 gases against the
// Table 4 value their category would give, and every Table 5 band edge carried through to R and the grade.
// Values: Table 1 Q — 氨 10 (row 1), 氯 5 (12), 苯 50 (57), 甲苯 500 (64), 甲醇 500 (65), 氧 200 (56), 硝化纤维素
// rows 37 → 1, 39 → 10, 40 → 50; Table 2 Q — W2 10, J1 5; Table 3 β — 氨 2, 氯 4; Table 4 β — W1.1 2, W2 1.5,
// W4 1, W5.3 1, J1 4; Table 5 α — 0人 0.5, 1～29人 1, 30～49人 1.2, 50～99人 1.5, 100人以上 2.
import { describe, expect, it } from 'vitest';
import type { InventoryLine } from './identify-unit.js';
import { traceUnit, type IdentificationTrace } from './identification-trace.js';
import type { SubstanceRef } from './threshold.js';

const line = (name: string, tonnes: string, extra: Partial<SubstanceRef> = {}): InventoryLine => ({
  substance: { name, ...extra },
  quantity: { value: tonnes, unit: 't' },
});
const S = (t: IdentificationTrace) => ('S' in t ? t.S.exact : `no S (${t.status})`);
const graded = (t: IdentificationTrace) => {
  if (t.status !== 'graded') throw new Error(`not graded: ${t.status} ${JSON.stringify(t)}`);
  return t;
};

describe('S on the edge of 1', () => {
  it.each([
    // 氨 5/10 = 0.5 + 液氯 2.5/5 = 0.5 → S = 1 → major hazard (inclusive)
    ['two halves', [line('氨', '5'), line('液氯', '2.5')], '1', 'needs_population'],
    // 氨 4.99999/10 = 0.499999 + 0.5 → S = 0.999999 → not
    ['two halves less 0.00001 t', [line('氨', '4.99999'), line('液氯', '2.5')], '999999/1000000', 'below_threshold'],
    // 甲醇 50/500 = 0.1 + 苯 10/50 = 0.2 + 甲苯 349.99999999999999/500 = 0.7 − 2×10⁻¹⁷ = 0.69999999999999998
    // S = 0.99999999999999998 < 1 → not; read as a double the 甲苯 quantity is 350 and a float sum says 1
    ['0.1 + 0.2 + 0.69999999999999998', [line('甲醇', '50'), line('苯', '10'), line('甲苯', '349.99999999999999')], '49999999999999999/50000000000000000', 'below_threshold'],
  ])('%s', (_case, lines, exact, status) => {
    const t = traceUnit({ lines, populationWithin500m: null });
    expect([S(t), t.status]).toEqual([exact, status]);
  });

  it('the third case is one a float reading would get wrong', () => {
    expect(Number('349.99999999999999')).toBe(350);
    expect(50 / 500 + 10 / 50 + Number('349.99999999999999') / 500).toBeGreaterThanOrEqual(1);
  });

  it('reaches S = 1 exactly from named (Table 1) and category (Table 2) substances together, and grades it', () => {
    // 液氯 2 t / 5 (T1 #12) = 0.4,    β 4 (T3 氯)    → 1.6
    // 甲醇 100 t / 500 (T1 #65) = 0.2, β 1 (T4 W5.3) → 0.2
    // 丙烯 3 t / 10 (T2 W2) = 0.3,     β 1.5 (T4 W2) → 0.45
    // 某剧毒液体 0.5 t / 5 (T2 J1) = 0.1, β 4 (T4 J1) → 0.4
    // S = 0.4 + 0.2 + 0.3 + 0.1 = 1 → major; Σβq/Q = 2.65; 60 people → α 1.5; R = 3.975 → 四级 (R<10)
    const t = graded(
      traceUnit({
        lines: [
          line('液氯', '2'),
          line('甲醇', '100', { hazardSymbols: ['W5.3'] }),
          line('丙烯', '3', { hazardSymbols: ['W2'] }),
          line('某剧毒液体', '0.5', { hazardSymbols: ['J1'] }),
        ],
        populationWithin500m: 60,
      }),
    );
    expect(t.lines.map((l) => [l.thresholdSource.table, l.ratio.display, l.betaSource?.table, l.contribution?.display])).toEqual([
      [1, '0.4', 3, '1.6'],
      [1, '0.2', 4, '0.2'],
      [2, '0.3', 4, '0.45'],
      [2, '0.1', 4, '0.4'],
    ]);
    expect([t.S.exact, t.sumOfContributions.display, t.alpha.value.display, t.R.display, t.gradeLabel]).toEqual(['1', '2.65', '1.5', '3.975', '四级']);
  });
});

describe('硝化纤维素: six Table 1 rows share CAS 9004-70-0', () => {
  it('asks which row 硝化棉 means, with the candidates', () => {
    const t = traceUnit({ lines: [line('硝化棉', '0.5')], populationWithin500m: 10 });
    expect(t.status === 'incomplete' && t.problems.map((p) => [p.problem, p.detail.map((d) => d.split(' ')[0])])).toEqual([
      ['choose_table1_row', ['37', '38', '39', '40', '41']],
    ]);
  });

  it.each([
    // row 37 (dry, Q 1): 0.5/1 = 0.5 + row 40 (N ≤ 12.6%, Q 50): 25/50 = 0.5 → S = 1 → major
    [37, 40, '1', 'needs_population'],
    // row 39 (≥25% ethanol, Q 10): 0.5/10 = 0.05 + 0.5 → S = 0.55 → not
    [39, 40, '11/20', 'below_threshold'],
  ])('rows %i and %i chosen by serial → S = %s', (first, second, exact, status) => {
    const t = traceUnit({
      lines: [line('硝化棉', '0.5', { table1Serial: first }), line('硝化棉', '25', { table1Serial: second })],
      populationWithin500m: null,
    });
    expect([S(t), t.status]).toEqual([exact, status]);
    expect(t.status !== 'empty' && t.lines.map((l) => l.thresholdSource)).toMatchObject([
      { table: 1, serial: first, matchedBy: 'serial' },
      { table: 1, serial: second, matchedBy: 'serial' },
    ]);
  });
});

describe('a Table 3 gas takes its Table 3 β, not the Table 4 β of its category', () => {
  it.each([
    // 液氯 10 t / 5 = 2; declared W4 (β 1 in Table 4) but Table 3 氯 β 4 → 8; α 1 (1 person) → R 8 → 四级
    ['液氯', '10', ['W4'], 3, '4', '8', 4],
    // 氧 400 t / 200 = 2; not in Table 3 → Table 4 W4 β 1 → 2; R 2 → 四级
    ['氧(压缩的或液化的)', '400', ['W4'], 4, '1', '2', 4],
    // 液氨 30 t / 10 = 3; declared W2 (β 1.5 in Table 4) but Table 3 氨 β 2 → 6; R 6 → 四级
    ['液氨', '30', ['W2'], 3, '2', '6', 4],
    // 丙烯 30 t / 10 (T2 W2) = 3; Table 4 W2 β 1.5 → 4.5; R 4.5
    ['丙烯', '30', ['W2'], 4, '1.5', '4.5', 4],
    // 液氯 12.5 t / 5 = 2.5 × β 4 = 10 → R 10 → 三级, where Table 4's W4 β 1 would give 2.5 → 四级
    ['液氯', '12.5', ['W4'], 3, '4', '10', 3],
  ])('%s %s t as %j → β from table %i = %s, R = %s, grade %i', (name, tonnes, symbols, table, beta, R, grade) => {
    const t = graded(traceUnit({ lines: [line(name, tonnes, { hazardSymbols: symbols })], populationWithin500m: 1 }));
    expect([t.lines[0]?.betaSource?.table, t.lines[0]?.beta?.display, t.R.display, t.grade]).toEqual([table, beta, R, grade]);
  });
});

describe('every Table 5 band edge, through to R and the grade', () => {
  it.each([
    // 液氯 12.5 t: q/Q = 2.5, β 4 → Σβq/Q = 10; R = α × 10
    [0, '0.5', '0人', '5', '四级'],
    [1, '1', '1～29人', '10', '三级'],
    [29, '1', '1～29人', '10', '三级'],
    [30, '1.2', '30～49人', '12', '三级'],
    [49, '1.2', '30～49人', '12', '三级'],
    [50, '1.5', '50～99人', '15', '三级'],
    [99, '1.5', '50～99人', '15', '三级'],
    [100, '2', '100人以上', '20', '三级'],
  ])('%i people → α %s (%s), R = %s, %s', (people, alpha, band, R, label) => {
    const t = graded(traceUnit({ lines: [line('液氯', '12.5')], populationWithin500m: people }));
    expect([t.alpha.value.display, t.alpha.band, t.alpha.population, t.R.display, t.gradeLabel]).toEqual([alpha, band, people, R, label]);
  });

  it.each([
    // 液氯 62.5 t: 12.5 × 4 = 50 = Σ; α 1 → R 50 → 二级 (100>R≥50); α 2 → R 100 → 一级 (R≥100); α 0.5 → 25 → 三级
    [29, '50', '二级', '100>R≥50'],
    [100, '100', '一级', 'R≥100'],
    [0, '25', '三级', '50>R≥10'],
  ])('液氯 62.5 t, %i people → R = %s, %s (%s)', (people, R, label, expression) => {
    const t = graded(traceUnit({ lines: [line('液氯', '62.5')], populationWithin500m: people }));
    expect([t.R.display, t.gradeLabel, t.gradeExpression]).toEqual([R, label, expression]);
  });
});
