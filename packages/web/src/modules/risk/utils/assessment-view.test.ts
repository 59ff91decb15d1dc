import { defaultBands } from '@hazgov/domain/risk/assessment';
import { describe, expect, it } from 'vitest';
import { allScaleKeys, bandText, formulaOf, liveAssess, meaningKey, scaleOf } from './assessment-view';

describe('live assessment in the form', () => {
  it('scores L=6, E=6, C=15 as D=540, red under the default bands', () => {
    // By hand: D = 6 × 6 × 15 = 540 ≥ 320 → 重大 (red), band D ≥ 320 (risk-grading-methods.json L3).
    const r = liveAssess('lec', { l: 6, e: 6, c: 15 }, defaultBands);
    expect('result' in r && r.result).toMatchObject({ score: 540, level: 'red', band: { min: 320, max: null } });
    if ('result' in r) {
      expect(formulaOf(r.result)).toBe('D = 6 × 6 × 15 = 540');
      expect(bandText(r.result)).toBe('D ≥ 320');
    }
  });

  it('meets a band edge exactly (no floating-point miss)', () => {
    // By hand: D = 10 × 1 × 7 = 70 → 70 ≤ D < 160 一般 (yellow); D = 0.5 × 6 × 40 = 120 → yellow too.
    const edge = liveAssess('lec', { l: 10, e: 1, c: 7 }, defaultBands);
    expect('result' in edge && edge.result).toMatchObject({ score: 70, level: 'yellow' });
    if ('result' in edge) expect(bandText(edge.result)).toBe('70 ≤ D < 160');
    const half = liveAssess('lec', { l: 0.5, e: 6, c: 40 }, defaultBands);
    expect('result' in half && half.result).toMatchObject({ score: 120, level: 'yellow' });
    // D = 0.1 × 0.5 × 1 = 0.05 → D < 70 低 (blue).
    const low = liveAssess('lec', { l: 0.1, e: 0.5, c: 1 }, defaultBands);
    expect('result' in low && low.result).toMatchObject({ score: 0.05, level: 'blue' });
    if ('result' in low) expect(bandText(low.result)).toBe('D < 70');
  });

  it('says which inputs are missing, then which are off their scale', () => {
    expect(liveAssess('lec', { l: 6, e: null }, defaultBands)).toEqual({ missing: ['e', 'c'] });
    expect(liveAssess('lec', { l: 5, e: 6, c: 16 }, defaultBands)).toEqual({ offScale: ['l', 'c'] });
  });

  it('scores LS and the matrix', () => {
    // LS by hand: R = 4 × 5 = 20 ≥ 20 → red (S1). Matrix: row L3, column S2 → 一般 (yellow) in the A1 table.
    const ls = liveAssess('ls', { l: 4, s: 5 }, defaultBands);
    expect('result' in ls && ls.result).toMatchObject({ score: 20, level: 'red' });
    const m = liveAssess('matrix', { l: 3, s: 2 }, defaultBands);
    expect('result' in m && m.result).toMatchObject({ level: 'yellow', band: null });
    if ('result' in m) { expect(formulaOf(m.result)).toBe('L3 × S2'); expect(bandText(m.result)).toBeNull(); }
  });

  it('names meaning keys without dots in the value, and lists them all', () => {
    expect(meaningKey('lec', 'l', 0.5)).toBe('risk.scale.lec.l.0_5');
    expect(scaleOf('matrix', 'e')).toEqual([]);
    // LEC 7 + 6 + 6 values, LS 5 + 5, matrix 4 + 4, and 7 field names.
    expect(allScaleKeys()).toHaveLength(19 + 10 + 8 + 7);
  });
});
