// The 双随机 draw (random enterprises, random inspectors), algorithm `hazgov-draw-v1`, written so anyone can re-run it
// from what the draw stores (seed, pools, conflicts) — docs/inspections-draw.md says the same in words:
//   1. rng = xoroshiro128plus(seed) (pure-rand), its first 64 next() outputs discarded; u() = uniformFloat64(rng) ∈ [0, 1), i.e. 26 + 27 bits of two next() calls.
//   2. Enterprises: the pool sorted by id; for each in that order key = ln(1 − u()) / weight (Efraimidis–Spirakis
//      weighted sampling without replacement, in log form: the same order as u^(1/w)); the sampleSize largest keys win,
//      ties by id. The result lists them in that order (largest key first).
//   3. Inspectors: for each drawn enterprise in result order, the pool sorted by id minus the inspectors in conflict with
//      it; a partial Fisher–Yates shuffle picks inspectorsPerEnterprise of them (j = i + ⌊u()·(m − i)⌋).
// Pure: no clock, no I/O. A change to any step is a new algorithm name, never an edit of this one.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { AppError } from '../shared/app-error.js';
import { DRAW_ALGORITHM, type DrawAssignment, type DrawConflict, type DrawPoolEntry, type DrawWeights } from './types.js';

export const MAX_SEED = 4294967295;
export const WARM_UP = 64;

export type DrawInput = {
  seed: number;
  enterprisePool: readonly DrawPoolEntry[];
  inspectorPool: readonly { id: string }[];
  conflicts: readonly DrawConflict[];
  sampleSize: number;
  inspectorsPerEnterprise: number;
};

/** Area and enterprise levels weigh alike: each step up the four colours adds one (blue 1 … red 4); no level counts as blue. */
export const defaultDrawWeights: DrawWeights = {
  area: { red: 4, orange: 3, yellow: 2, blue: 1, none: 1 },
  enterprise: { red: 4, orange: 3, yellow: 2, blue: 1, none: 1 },
};

export type Level = keyof DrawWeights['area'];

export function drawWeightOf(weights: DrawWeights, areaLevel: Level | null, enterpriseLevel: Level | null): number {
  return weights.area[areaLevel ?? 'none'] * weights.enterprise[enterpriseLevel ?? 'none'];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** Runs the draw. Throws INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS (conflict) when a drawn enterprise lacks free inspectors. */
export function runDraw(input: DrawInput): DrawAssignment[] {
  if (!isValidSeed(input.seed)) throw new AppError('INSPECTION_DRAW_SEED_INVALID', 'input', { max: MAX_SEED }, [{ field: 'seed', code: 'INSPECTION_DRAW_SEED_INVALID', params: { max: MAX_SEED } }]);
  const rng = xoroshiro128plus(input.seed);
  // pure-rand seeds the state linearly from the 32 bits, so neighbouring seeds (1, 2, 3 …) start nearly alike and their
  // first outputs correlate; the first WARM_UP outputs are thrown away to let the state mix.
  for (let i = 0; i < WARM_UP; i++) rng.next();
  const u = (): number => uniformFloat64(rng);

  const pool = [...input.enterprisePool].filter((e) => e.weight > 0).sort(byId);
  const keyed = pool.map((e) => ({ id: e.id, key: Math.log(1 - u()) / e.weight }));
  keyed.sort((a, b) => (b.key - a.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = keyed.slice(0, Math.max(0, input.sampleSize));

  const inspectors = [...input.inspectorPool].sort(byId).map((i) => i.id);
  const conflicted = new Set(input.conflicts.map((c) => `${c.inspectorId}\u0000${c.enterpriseId}`));
  const k = input.inspectorsPerEnterprise;
  return chosen.map(({ id: enterpriseId }) => {
    const free = inspectors.filter((i) => !conflicted.has(`${i}\u0000${enterpriseId}`));
    if (free.length < k) throw new AppError('INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS', 'conflict', { enterpriseId, free: free.length, needed: k });
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(u() * (free.length - i));
      [free[i], free[j]] = [free[j]!, free[i]!];
    }
    return { enterpriseId, inspectorIds: free.slice(0, k) };
  });
}

export const sameResult = (a: readonly DrawAssignment[], b: readonly DrawAssignment[]): boolean => JSON.stringify(a) === JSON.stringify(b);

export { DRAW_ALGORITHM };
