import { describe, expect, it } from 'vitest';
import { parseQuantityUnit, quantityInTonnes, type Quantity } from './quantity.js';
import { formatRational, rational } from './rational.js';

const tonnes = (q: Quantity): string => {
  const r = quantityInTonnes(q);
  return r.ok ? formatRational(r.tonnes, 12) : r.problem;
};

describe('quantityInTonnes', () => {
  it.each([
    [{ value: '12.5', unit: 't' }, '12.5'],
    [{ value: 12.5, unit: '吨' }, '12.5'],
    [{ value: '300', unit: 'kg' }, '0.3'], // 300 kg / 1000
    [{ value: '0.1', unit: '千克' }, '0.0001'],
    [{ value: 0, unit: 't' }, '0'],
    // 50 m³ × 0.7915 t/m³ (methanol at 20 °C) = 39.575 t
    [{ value: '50', unit: 'm3', density: { value: '0.7915', unit: 't/m3' } }, '39.575'],
    // 2.5 m³ × 791.5 kg/m³ = 1978.75 kg = 1.97875 t
    [{ value: '2.5', unit: 'm³', density: { value: '791.5', unit: 'kg/m3' } }, '1.97875'],
    [{ value: '3', unit: '立方米', density: { value: '1.2', unit: 'g/cm3' } }, '3.6'],
  ] as const)('%j → %s t', (q, t) => {
    expect(tonnes(q)).toBe(t);
  });

  it('keeps conversions exact: 100 + 200 kg is exactly 0.3 t', () => {
    const a = quantityInTonnes({ value: '100', unit: 'kg' });
    const b = quantityInTonnes({ value: '200', unit: 'kg' });
    expect(a.ok && b.ok && [a.tonnes, b.tonnes]).toEqual([rational(1n, 10n), rational(1n, 5n)]);
  });

  it.each([
    [{ value: '-1', unit: 't' }, 'bad_quantity'],
    [{ value: 'abc', unit: 't' }, 'bad_quantity'],
    [{ value: '1,000', unit: 't' }, 'bad_quantity'],
    [{ value: Number.NaN, unit: 't' }, 'bad_quantity'],
    [{ value: '1', unit: 'L' }, 'unknown_unit'], // litres: refused, not guessed
    [{ value: '1', unit: 'lb' }, 'unknown_unit'],
    [{ value: '1', unit: '' }, 'unknown_unit'],
    [{ value: '1', unit: 'm3' }, 'missing_density'],
    [{ value: '1', unit: 'm3', density: { value: '0', unit: 't/m3' } }, 'bad_density'],
    [{ value: '1', unit: 'm3', density: { value: 'x', unit: 't/m3' } }, 'bad_density'],
    [{ value: '1', unit: 'm3', density: { value: '0.8', unit: 'kg/L?' } }, 'unknown_density_unit'],
  ] as const)('%j → %s', (q, problem) => {
    expect(tonnes(q)).toBe(problem);
  });
});

describe('parseQuantityUnit', () => {
  it.each([
    ['t', 't'], ['T', 't'], ['吨', 't'], ['kg', 'kg'], ['KG', 'kg'], ['公斤', 'kg'], ['m3', 'm3'], ['m³', 'm3'], ['立方米', 'm3'],
    ['g', null], ['L', null], ['tonnes', null],
  ])('%s → %s', (text, unit) => {
    expect(parseQuantityUnit(text)).toBe(unit);
  });
});
