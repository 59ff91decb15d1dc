import { describe, expect, it } from 'vitest';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import { bandProblems, bandRanges, fieldPath, frequencyKey, getIn, placeOf, possibleScores, setIn } from './rule-text';

const ls = (red: number, orange: number, yellow: number, blue: number) =>
  [{ level: 'red' as const, min: red }, { level: 'orange' as const, min: orange }, { level: 'yellow' as const, min: yellow }, { level: 'blue' as const, min: blue }];

describe('band ranges', () => {
  it('lists the 14 scores LS can give (L, S ∈ 1..5, R = L×S)', () => {
    // products of 1..5 × 1..5 without repeats, by hand: 1 2 3 4 5 6 8 9 10 12 15 16 20 25
    expect(possibleScores('ls')).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25]);
  });

  it('gives LEC from 0.05 (0.1 × 0.5 × 1) to 10,000 (10 × 10 × 100)', () => {
    const all = possibleScores('lec');
    expect(all[0]).toBe(0.05);
    expect(all.at(-1)).toBe(10000);
  });

  it('writes the default LEC bands as the data file does (L3: D≥320, 160≤D<320, 70≤D<160, D<70)', () => {
    expect(bandRanges(defaultBands.lec, 'lec').map((r) => r.text)).toEqual(['D ≥ 320', '160 ≤ D < 320', '70 ≤ D < 160', 'D < 70']);
  });

  it('writes the default LS bands with the scores inside (S1: R≥20, 15–16, 9–12, <9)', () => {
    const r = bandRanges(defaultBands.ls, 'ls');
    expect(r.map((x) => x.text)).toEqual(['R ≥ 20', '15 ≤ R < 20', '9 ≤ R < 15', 'R < 9']);
    expect(r.map((x) => x.scores)).toEqual([[20, 25], [15, 16], [9, 10, 12], [1, 2, 3, 4, 5, 6, 8]]);
  });

  it('orders bands by level whatever order they come in', () => {
    expect(bandRanges([...ls(20, 15, 9, 0)].reverse(), 'ls').map((r) => r.level)).toEqual(['red', 'orange', 'yellow', 'blue']);
  });

  it('writes a lowest band that starts above the scale with both ends', () => {
    expect(bandRanges(ls(20, 15, 9, 2), 'ls')[3]!.text).toBe('2 ≤ R < 9');
  });
});

describe('band problems', () => {
  it('finds none in the defaults', () => {
    expect(bandProblems(defaultBands.lec, 'lec')).toEqual([]);
    expect(bandProblems(defaultBands.ls, 'ls')).toEqual([]);
  });
  it('names a minimum not below the one above it', () => {
    expect(bandProblems(ls(20, 15, 15, 0), 'ls')).toEqual([{ level: 'yellow', code: 'not_below_previous' }]);
  });
  it('names a lowest band that does not start at 0 (the server asks 0, so the bands cover the scale)', () => {
    expect(bandProblems(ls(20, 15, 9, 2), 'ls')).toEqual([{ level: 'blue', code: 'lowest_not_zero' }]);
  });
  it('names a band no LS score can fall in (17 ≤ R < 20 holds none of 16, 20)', () => {
    expect(bandProblems(ls(20, 17, 9, 0), 'ls')).toEqual([{ level: 'orange', code: 'empty' }]);
  });
});

describe('supervision frequency', () => {
  it.each([[1, 'monthly'], [3, 'quarterly'], [6, 'halfYearly'], [12, 'yearly'], [2, 'everyN'], [24, 'everyN']])('%i months → %s', (m, key) => {
    expect(frequencyKey(m)).toEqual({ key, n: m });
  });
});

describe('error fields', () => {
  it('reads bracket, slash and dotted paths alike', () => {
    expect(fieldPath('bands.ls[1].min')).toBe('bands.ls.1.min');
    expect(fieldPath('bands/ls/1/min')).toBe('bands.ls.1.min');
    expect(fieldPath('areaRule.thresholds.red')).toBe('areaRule.thresholds.red');
  });
  it('places an error on the field, else on the nearest group the page shows', () => {
    const known = new Set(['bands.ls', 'bands.ls.1.min', 'areaRule']);
    expect(placeOf('bands.ls[1].min', known)).toBe('bands.ls.1.min');
    expect(placeOf('bands.ls[7].min', known)).toBe('bands.ls');
    expect(placeOf('areaRule.weights.x', known)).toBe('areaRule');
    expect(placeOf('other', known)).toBe('');
  });
});

describe('nested values', () => {
  it('sets a value deep inside arrays and objects without touching the original', () => {
    const a = { bands: { ls: [{ level: 'red', min: 20 }, { level: 'orange', min: 15 }] }, x: 1 };
    const b = setIn(a, 'bands.ls.1.min', 16);
    expect(getIn(b, 'bands.ls.1.min')).toBe(16);
    expect(Array.isArray(b.bands.ls)).toBe(true);
    expect(a.bands.ls[1]!.min).toBe(15);
    expect(b.bands.ls[0]).toBe(a.bands.ls[0]);
  });
});

describe('a cleared minimum', () => {
  it('is named and written as ?, not taken for 0', () => {
    const bands = ls(20, null as unknown as number, 9, 0);
    expect(bandProblems(bands, 'ls')).toEqual([{ level: 'orange', code: 'not_a_number' }]);
    expect(bandRanges(bands, 'ls')[1]!.text).toBe('? ≤ R < 20');
  });
});
