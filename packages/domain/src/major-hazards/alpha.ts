// Exposure correction factor α, GB 18218-2018 clause 4.3.4: from the number of residents within 500 m outward of
// the plant (厂区) boundary — the plant's, not the unit's — by the bands of Table 5 (0 → 0.5 … ≥100 → 2.0).
import { gb18218Table5, type Table5Band } from './gb18218-tables.js';
import type { Rational } from './rational.js';

export type AlphaLookup =
  | { ok: true; alpha: Rational; population: number; band: Table5Band }
  | { ok: false; problem: 'bad_population' };

/** population: residents (常住人口) within 500 m of the plant boundary, a whole number ≥ 0. */
export function alphaFor(population: number): AlphaLookup {
  if (!Number.isSafeInteger(population) || population < 0) return { ok: false, problem: 'bad_population' };
  const band = gb18218Table5.find((b) => population >= b.minPeople && (b.maxPeople === null || population <= b.maxPeople));
  if (!band) throw new Error(`gb18218-grading.json: Table 5 has no band for ${population} people`);
  return { ok: true, alpha: band.alpha, population, band };
}
