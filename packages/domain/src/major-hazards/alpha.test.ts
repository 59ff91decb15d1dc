import { describe, expect, it } from 'vitest';
import { alphaFor } from './alpha.js';
import { formatRational } from './rational.js';

describe('alphaFor (Table 5)', () => {
  it.each([
    [0, '0.5', '0人'],
    [1, '1', '1～29人'],
    [29, '1', '1～29人'],
    [30, '1.2', '30～49人'],
    [49, '1.2', '30～49人'],
    [50, '1.5', '50～99人'],
    [99, '1.5', '50～99人'],
    [100, '2', '100人以上'],
    [250_000, '2', '100人以上'],
  ])('%i residents within 500 m → α = %s (%s)', (population, alpha, label) => {
    const r = alphaFor(population);
    expect(r.ok && [formatRational(r.alpha), r.band.label, r.population]).toEqual([alpha, label, population]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d residents', (population) => {
    expect(alphaFor(population)).toEqual({ ok: false, problem: 'bad_population' });
  });
});
