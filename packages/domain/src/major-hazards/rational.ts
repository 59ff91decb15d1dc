// Exact rational numbers (bigint numerator / denominator) for GB 18218 sums. S ≥ 1 and the R band edges are
// inclusive comparisons; in binary floating point 0.7 + 0.2 + 0.1 is 0.9999999999999999, so no float touches these sums.
// A Rational is always normalised: den > 0 and gcd(|num|, den) = 1, so equal values have equal fields.

export type Rational = { readonly num: bigint; readonly den: bigint };

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

const gcd = (a: bigint, b: bigint): bigint => {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('rational: zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;

/** "12", "0.1", "-3.50", ".5", "1e-3", "2.5E2" → exact value; anything else (commas, spaces inside, "1/3") → null. */
export function parseDecimal(text: string): Rational | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const exponent = Number(m[4] ?? '0') - fracPart.length;
  const digits = BigInt(`${intPart}${fracPart}`) * (m[1] === '-' ? -1n : 1n);
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent)) : rational(digits, 10n ** BigInt(-exponent));
}

/**
 * A JS number taken at its shortest decimal spelling (what String(n) prints), so 0.1 means exactly 1/10 — the
 * value a person typed — not the binary double nearest to it. Non-finite numbers throw.
 */
export function fromNumber(n: number): Rational {
  if (!Number.isFinite(n)) throw new RangeError(`fromNumber: ${n} is not finite`);
  const r = parseDecimal(String(n));
  if (!r) throw new RangeError(`fromNumber: cannot read ${n}`);
  return r;
}

export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('div: division by zero');
  return rational(a.num * b.den, a.den * b.num);
}
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);

/** -1, 0 or 1. Denominators are positive, so cross-multiplication keeps the order. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
export const isNegative = (a: Rational): boolean => a.num < 0n;
export const isZero = (a: Rational): boolean => a.num === 0n;

/** "3/10", or "3" for an integer. */
export const toFractionString = (a: Rational): string => (a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`);

/**
 * Decimal text for people. Exact when the expansion ends within maxPlaces (trailing zeros dropped: "0.3", "1",
 * "12.75"); otherwise cut (truncated toward zero, never rounded) to maxPlaces and marked with "…": 1/3 → "0.3333…",
 * 0.99999 → "0.9999…". Truncation keeps the text on the right side of every inclusive edge: a value below 1
 * never reads "1".
 */
export function formatRational(a: Rational, maxPlaces = 4): string {
  const negative = a.num < 0n;
  const n = abs(a.num);
  const whole = n / a.den;
  let rest = n % a.den;
  let digits = '';
  for (let i = 0; i < maxPlaces && rest !== 0n; i += 1) {
    rest *= 10n;
    digits += (rest / a.den).toString();
    rest %= a.den;
  }
  if (rest !== 0n) return `${negative ? '-' : ''}${whole}${digits === '' ? '' : `.${digits}`}…`;
  const trimmed = digits.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${trimmed === '' ? '' : `.${trimmed}`}`;
}

/** Approximate value for charts and sorting only; never for a threshold decision. */
export const toNumber = (a: Rational): number => Number(a.num) / Number(a.den);
