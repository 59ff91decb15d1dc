// The three methods and the default bands, every number worked by hand beside its assertion. Scales and bands:
// data/standards/risk-grading-methods.json (LEC L/E/C tables L2, D bands L3; LS S1; 4×4 matrix A1).
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { assess, bandOf, defaultBands, lecScales, lsScale, matrixScale } from './assessment.js';
import type { RiskBands } from './types.js';

const lec = (l: number, e: number, c: number) => assess({ method: 'lec', inputs: { l, e, c } }, defaultBands);
const ls = (l: number, s: number) => assess({ method: 'ls', inputs: { l, s } }, defaultBands);
const matrix = (l: number, s: number) => assess({ method: 'matrix', inputs: { l, s } }, defaultBands);
const errorOf = (f: () => unknown): AppError => {
  try { f(); } catch (e) { if (e instanceof AppError) return e; throw e; }
  throw new Error('expected an AppError');
};

describe('LEC: D = L × E × C, bands D≥320 red, 160≤D<320 orange, 70≤D<160 yellow, D<70 blue', () => {
  it('scores and grades each band', () => {
    expect(lec(6, 6, 15)).toMatchObject({ score: 540, level: 'red', band: { level: 'red', min: 320, max: null } }); // 6×6×15 = 540 ≥ 320
    expect(lec(3, 3, 40)).toMatchObject({ score: 360, level: 'red' }); // 3×3×40 = 360: the smallest D on the scales ≥ 320
    expect(lec(10, 10, 3)).toMatchObject({ score: 300, level: 'orange', band: { min: 160, max: 320 } }); // 10×10×3 = 300: the largest D < 320
    expect(lec(10, 6, 3)).toMatchObject({ score: 180, level: 'orange' }); // 10×6×3 = 180: the smallest D ≥ 160
    expect(lec(10, 1, 15)).toMatchObject({ score: 150, level: 'yellow', band: { min: 70, max: 160 } }); // 10×1×15 = 150: the largest D < 160
    expect(lec(10, 1, 7)).toMatchObject({ score: 70, level: 'yellow' }); // 10×1×7 = 70: exactly on the yellow edge
    expect(lec(1, 10, 7)).toMatchObject({ score: 70, level: 'yellow' }); // 1×10×7 = 70 the other way round
    expect(lec(3, 3, 7)).toMatchObject({ score: 63, level: 'blue', band: { level: 'blue', min: 0, max: 70 } }); // 3×3×7 = 63: the largest D < 70
    expect(lec(0.1, 0.5, 1)).toMatchObject({ score: 0.05, level: 'blue' }); // 0.1×0.5×1 = 0.05, the least risk on the scales
    expect(lec(10, 10, 100)).toMatchObject({ score: 10000, level: 'red' }); // 10×10×100, the most
  });

  it('D = 320 and D = 160 are not reachable on the scales, 70 is (so those edges are tested with bandOf below)', () => {
    const all = new Set<number>();
    for (const l of lecScales.l) for (const e of lecScales.e) for (const c of lecScales.c) all.add(lec(l, e, c).score);
    expect([all.has(320), all.has(160), all.has(70)]).toEqual([false, false, true]);
    expect(all.size).toBeGreaterThan(100);
  });

  it('keeps the 0.1 / 0.2 / 0.5 factors exact (hundredths as integers)', () => {
    expect(lec(0.2, 0.5, 7).score).toBe(0.7); // 0.2×0.5×7 = 0.7 (in floating point 0.7000000000000001)
    expect(lec(0.1, 6, 3).score).toBe(1.8); // 0.1×6×3 = 1.8 (floating point: 1.8000000000000003)
    expect(lec(0.5, 0.5, 100).score).toBe(25); // 0.5×0.5×100 = 25
    const edge: RiskBands = { ...defaultBands, lec: [{ level: 'red', min: 1.8 }, { level: 'orange', min: 0.7 }, { level: 'yellow', min: 0.3 }, { level: 'blue', min: 0 }] };
    expect(assess({ method: 'lec', inputs: { l: 0.1, e: 6, c: 3 } }, edge).level).toBe('red'); // 1.8 ≥ 1.8
    expect(assess({ method: 'lec', inputs: { l: 0.2, e: 0.5, c: 7 } }, edge).level).toBe('orange'); // 0.7 ≥ 0.7
    expect(assess({ method: 'lec', inputs: { l: 0.1, e: 3, c: 1 } }, edge).level).toBe('yellow'); // 0.1×3×1 = 0.3 ≥ 0.3
    expect(assess({ method: 'lec', inputs: { l: 0.1, e: 2, c: 1 } }, edge).level).toBe('blue'); // 0.2 < 0.3
  });

  it('keeps only the inputs of its method', () => {
    expect(assess({ method: 'lec', inputs: { l: 1, e: 1, c: 1, s: 3 } }, defaultBands).inputs).toEqual({ l: 1, e: 1, c: 1 });
  });
});

describe('bandOf: the edges themselves', () => {
  it('a score on an edge belongs to the band above; a hair below does not', () => {
    expect(bandOf(defaultBands.lec, 320)).toEqual({ level: 'red', min: 320, max: null });
    expect(bandOf(defaultBands.lec, 319.99)).toEqual({ level: 'orange', min: 160, max: 320 });
    expect(bandOf(defaultBands.lec, 160)).toEqual({ level: 'orange', min: 160, max: 320 });
    expect(bandOf(defaultBands.lec, 159.99)).toEqual({ level: 'yellow', min: 70, max: 160 });
    expect(bandOf(defaultBands.lec, 70)).toMatchObject({ level: 'yellow' });
    expect(bandOf(defaultBands.lec, 69.99)).toEqual({ level: 'blue', min: 0, max: 70 });
    expect(bandOf(defaultBands.lec, 0.1 * 3 * 1 * 1000)).toMatchObject({ level: 'orange' }); // 300.00000000000006 → 300 → orange
  });
  it('does not depend on the order the bands are listed in', () => {
    expect(bandOf([...defaultBands.ls].reverse(), 15)).toEqual({ level: 'orange', min: 15, max: 20 });
  });
});

describe('LS: R = L × S (1–5 each), bands R≥20 red, 15–16 orange, 9–12 yellow, <9 blue', () => {
  it('grades each band at its edges', () => {
    expect(ls(4, 5)).toMatchObject({ score: 20, level: 'red', band: { min: 20, max: null } }); // 4×5 = 20
    expect(ls(5, 5)).toMatchObject({ score: 25, level: 'red' }); // 5×5 = 25
    expect(ls(4, 4)).toMatchObject({ score: 16, level: 'orange' }); // 4×4 = 16
    expect(ls(3, 5)).toMatchObject({ score: 15, level: 'orange', band: { min: 15, max: 20 } }); // 3×5 = 15
    expect(ls(3, 4)).toMatchObject({ score: 12, level: 'yellow' }); // 3×4 = 12
    expect(ls(3, 3)).toMatchObject({ score: 9, level: 'yellow', band: { min: 9, max: 15 } }); // 3×3 = 9
    expect(ls(2, 4)).toMatchObject({ score: 8, level: 'blue', band: { min: 0, max: 9 } }); // 2×4 = 8
    expect(ls(1, 1)).toMatchObject({ score: 1, level: 'blue' }); // 1×1 = 1
  });
  it('no product of 1–5 falls between the bands (13, 14, 17–19 are not products)', () => {
    const products = new Set(lsScale.flatMap((l) => lsScale.map((s) => l * s)));
    expect([13, 14, 17, 18, 19].filter((n) => products.has(n))).toEqual([]);
  });
});

describe('matrix: the level is the cell (rows L1–L4, columns S1–S4, table A1)', () => {
  it('reads every cell of the default table', () => {
    const cells = matrixScale.map((l) => matrixScale.map((s) => matrix(l, s).level));
    expect(cells).toEqual([
      ['blue', 'blue', 'blue', 'yellow'],
      ['blue', 'yellow', 'yellow', 'orange'],
      ['blue', 'yellow', 'orange', 'red'],
      ['yellow', 'orange', 'red', 'red'],
    ]);
    expect(matrix(3, 4)).toMatchObject({ score: 12, level: 'red', band: null }); // L3 S4: score L·S = 12, level from the cell
    expect(matrix(4, 1)).toMatchObject({ score: 4, level: 'yellow' }); // same product as L2 S2 (yellow) and L1 S4 (yellow): the cell decides
  });
  it('a missing cell in configured bands is RISK_BANDS_INVALID naming the cell', () => {
    const broken: RiskBands = { ...defaultBands, matrix: [['blue']] };
    expect(errorOf(() => assess({ method: 'matrix', inputs: { l: 2, s: 2 } }, broken)).details).toEqual([{ field: 'bands.matrix[1][1]', code: 'RISK_BANDS_INVALID' }]);
  });
});

describe('off-scale inputs', () => {
  it('name every bad field with its value and the allowed scale', () => {
    const e = errorOf(() => assess({ method: 'lec', inputs: { l: 5, e: 4, c: 15 } }, defaultBands));
    expect(e).toMatchObject({ code: 'RISK_INPUT_OFF_SCALE', kind: 'input' });
    expect(e.details).toEqual([
      { field: 'inputs.l', code: 'RISK_INPUT_OFF_SCALE', params: { value: '5', scale: '10 / 6 / 3 / 1 / 0.5 / 0.2 / 0.1' } },
      { field: 'inputs.e', code: 'RISK_INPUT_OFF_SCALE', params: { value: '4', scale: '10 / 6 / 3 / 2 / 1 / 0.5' } },
    ]);
  });
  it('a missing input is off its scale too', () => {
    expect(errorOf(() => assess({ method: 'lec', inputs: { l: 6 } }, defaultBands)).details.map((d) => d.field)).toEqual(['inputs.e', 'inputs.c']);
    expect(errorOf(() => assess({ method: 'ls', inputs: { l: 0, s: 6 } }, defaultBands)).details.map((d) => d.field)).toEqual(['inputs.l', 'inputs.s']);
    expect(errorOf(() => assess({ method: 'ls', inputs: { l: 2.5, s: 2 } }, defaultBands)).details.map((d) => d.field)).toEqual(['inputs.l']);
    expect(errorOf(() => assess({ method: 'matrix', inputs: { l: 5, s: 4 } }, defaultBands)).details).toEqual([
      { field: 'inputs.l', code: 'RISK_INPUT_OFF_SCALE', params: { value: '5', scale: '1 / 2 / 3 / 4' } },
    ]);
  });
  it('an unknown method is RISK_METHOD_UNKNOWN on `method`', () => {
    const e = errorOf(() => assess({ method: 'fmea' as never, inputs: { l: 1 } }, defaultBands));
    expect(e).toMatchObject({ code: 'RISK_METHOD_UNKNOWN', details: [{ field: 'method' }] });
  });
});
