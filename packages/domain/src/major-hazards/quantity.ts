// Inventory quantities in tonnes, exactly. GB 18218 counts q in t; enterprises declare t, kg or m³ — a volume only
// with the liquid's density given, never a guessed one. Any other unit is refused rather than assumed.
import { div, fromNumber, isNegative, mul, parseDecimal, rational, type Rational } from './rational.js';

export const quantityUnits = ['t', 'kg', 'm3'] as const;
export type QuantityUnit = (typeof quantityUnits)[number];
export const densityUnits = ['t/m3', 'kg/m3'] as const;
export type DensityUnit = (typeof densityUnits)[number];

/** A decimal as text ("12.5", preferred: exact as typed) or a number (read at its shortest spelling, 0.1 = 1/10). */
export type DecimalInput = string | number;
/** unit also accepts spellings from spreadsheets (吨, 千克, 公斤, m³, 立方米); anything else is refused. */
export type Quantity = {
  value: DecimalInput;
  unit: QuantityUnit | (string & {});
  /** Required for m3: t/m3 (= g/cm³ = kg/L) or kg/m3. */
  density?: { value: DecimalInput; unit: DensityUnit | (string & {}) };
};

export const quantityProblemCodes = ['bad_quantity', 'unknown_unit', 'missing_density', 'bad_density', 'unknown_density_unit'] as const;
export type QuantityProblemCode = (typeof quantityProblemCodes)[number];
export type QuantityInTonnes = { ok: true; tonnes: Rational } | { ok: false; problem: QuantityProblemCode };

const UNIT_SPELLINGS: Readonly<Record<string, QuantityUnit>> = {
  t: 't', 吨: 't', kg: 'kg', 千克: 'kg', 公斤: 'kg', m3: 'm3', 立方米: 'm3',
};
const DENSITY_SPELLINGS: Readonly<Record<string, DensityUnit>> = {
  't/m3': 't/m3', 'g/cm3': 't/m3', 'kg/l': 't/m3', 'kg/m3': 'kg/m3',
};
const THOUSAND = rational(1000n);

/** 't', '吨', 'KG', 'm³' … → the unit; null when not a unit of mass or volume this rule knows. */
export function parseQuantityUnit(text: string): QuantityUnit | null {
  return UNIT_SPELLINGS[text.normalize('NFKC').trim().toLowerCase()] ?? null;
}

export function parseDensityUnit(text: string): DensityUnit | null {
  return DENSITY_SPELLINGS[text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()] ?? null;
}

/** A non-negative exact decimal, or null. */
export function readDecimal(value: DecimalInput): Rational | null {
  if (typeof value === 'number') return Number.isFinite(value) ? fromNumber(value) : null;
  if (typeof value !== 'string') return null;
  return parseDecimal(value.normalize('NFKC'));
}

export function quantityInTonnes(quantity: Quantity): QuantityInTonnes {
  const amount = readDecimal(quantity.value);
  if (!amount || isNegative(amount)) return { ok: false, problem: 'bad_quantity' };
  const unit = parseQuantityUnit(String(quantity.unit));
  if (!unit) return { ok: false, problem: 'unknown_unit' };
  if (unit === 't') return { ok: true, tonnes: amount };
  if (unit === 'kg') return { ok: true, tonnes: div(amount, THOUSAND) };

  if (!quantity.density) return { ok: false, problem: 'missing_density' };
  const density = readDecimal(quantity.density.value);
  if (!density || isNegative(density) || density.num === 0n) return { ok: false, problem: 'bad_density' };
  const densityUnit = parseDensityUnit(String(quantity.density.unit));
  if (!densityUnit) return { ok: false, problem: 'unknown_density_unit' };
  const tonnesPerM3 = densityUnit === 't/m3' ? density : div(density, THOUSAND);
  return { ok: true, tonnes: mul(amount, tonnesPerM3) };
}
