import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { defaultDrawWeights, drawWeightOf, runDraw, sameResult, type DrawInput } from './draw.js';

const enterprises = (n: number, weight = (i: number) => 1 + (i % 4)) =>
  Array.from({ length: n }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, weight: weight(i) }));
const inspectors = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));
const base: DrawInput = { seed: 42, enterprisePool: enterprises(20), inspectorPool: inspectors(6), conflicts: [], sampleSize: 5, inspectorsPerEnterprise: 2 };

describe('runDraw', () => {
  it('is deterministic for a seed, whatever order the pools arrive in', () => {
    const a = runDraw(base);
    const b = runDraw({ ...base, enterprisePool: [...base.enterprisePool].reverse(), inspectorPool: [...base.inspectorPool].reverse() });
    expect(sameResult(a, b)).toBe(true);
    expect(a).toHaveLength(5);
    expect(new Set(a.map((x) => x.enterpriseId)).size).toBe(5);
    for (const x of a) expect(new Set(x.inspectorIds).size).toBe(2);
  });

  it('pins the result of seed 42 (a change here means stored draws no longer verify: make a new algorithm name)', () => {
    expect(runDraw(base)).toMatchSnapshot();
  });

  it('gives another result for another seed, and accepts the whole 32-bit range', () => {
    expect(sameResult(runDraw(base), runDraw({ ...base, seed: 43 }))).toBe(false);
    expect(runDraw({ ...base, seed: 4294967295 })).toHaveLength(5);
    expect(() => runDraw({ ...base, seed: 4294967296 })).toThrow(AppError);
    expect(() => runDraw({ ...base, seed: -1 })).toThrow(AppError);
  });

  it('takes the whole pool when the sample is larger, and never an enterprise of weight 0', () => {
    const r = runDraw({ ...base, enterprisePool: [{ id: 'a', weight: 1 }, { id: 'b', weight: 0 }, { id: 'c', weight: 2 }], sampleSize: 10 });
    expect(r.map((x) => x.enterpriseId).sort()).toEqual(['a', 'c']);
  });

  // P(i first) = w_i / Σw for weighted sampling without replacement (Efraimidis & Spirakis 2006). Over N = 4000 seeds the
  // count is binomial: A (3 of 4): mean 3000, sd √(4000·¾·¼) = 27.4; bounds ±5 sd = ±137 (a false alarm ≈ 1 in 3.5 million).
  it('respects the weights: weight 3 against weight 1 is drawn about three times in four', () => {
    let a = 0;
    for (let seed = 0; seed < 4000; seed++) {
      const [first] = runDraw({ ...base, seed, enterprisePool: [{ id: 'A', weight: 3 }, { id: 'B', weight: 1 }], sampleSize: 1, inspectorsPerEnterprise: 1 });
      if (first!.enterpriseId === 'A') a++;
    }
    expect(a).toBeGreaterThanOrEqual(3000 - 137);
    expect(a).toBeLessThanOrEqual(3000 + 137);
  });

  // one red-area red enterprise (4 × 4 = 16) among nine of weight 1: P = 16/25 = 0.64; mean 2560, sd √(4000·0.64·0.36) = 30.4, ±5 sd = ±152
  it('respects the default weights: a red enterprise in a red area against nine blue ones', () => {
    const pool = [{ id: 'red', weight: drawWeightOf(defaultDrawWeights, 'red', 'red') }, ...enterprises(9, () => drawWeightOf(defaultDrawWeights, 'blue', null))];
    expect(pool[0]!.weight).toBe(16);
    let hits = 0;
    for (let seed = 0; seed < 4000; seed++) if (runDraw({ ...base, seed, enterprisePool: pool, sampleSize: 1, inspectorsPerEnterprise: 1 })[0]!.enterpriseId === 'red') hits++;
    expect(hits).toBeGreaterThanOrEqual(2560 - 152);
    expect(hits).toBeLessThanOrEqual(2560 + 152);
  });

  // each of 4 inspectors equally likely: mean 1000, sd √(4000·¼·¾) = 27.4, ±5 sd = ±137
  it('picks inspectors uniformly', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const [x] = runDraw({ ...base, seed, enterprisePool: [{ id: 'e', weight: 1 }], inspectorPool: inspectors(4), sampleSize: 1, inspectorsPerEnterprise: 1 });
      counts.set(x!.inspectorIds[0]!, (counts.get(x!.inspectorIds[0]!) ?? 0) + 1);
    }
    for (const c of counts.values()) { expect(c).toBeGreaterThanOrEqual(1000 - 137); expect(c).toBeLessThanOrEqual(1000 + 137); }
  });

  it('never assigns an inspector in conflict with the enterprise', () => {
    const conflicts = base.enterprisePool.flatMap((e) => ['i0', 'i1', 'i2'].map((i) => ({ inspectorId: i, enterpriseId: e.id, reason: '亲属' })));
    for (let seed = 0; seed < 200; seed++) {
      for (const x of runDraw({ ...base, seed, conflicts, inspectorsPerEnterprise: 3 })) expect(x.inspectorIds.sort()).toEqual(['i3', 'i4', 'i5']);
    }
  });

  it('refuses when a drawn enterprise has too few inspectors free of conflict', () => {
    const conflicts = base.enterprisePool.map((e) => ({ inspectorId: 'i0', enterpriseId: e.id, reason: '曾任职' }));
    try {
      runDraw({ ...base, inspectorPool: inspectors(2), conflicts });
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS');
      expect((e as AppError).params).toMatchObject({ free: 1, needed: 2 });
    }
  });
});
