// CAS Registry Number: 2–7 digits, 2 digits, 1 check digit ("7664-41-7"). The check digit is
// (Σ k × d_k) mod 10, with d_1 the rightmost digit before the check digit (data/standards/codes.json, cas_number).
// A passing check digit does not prove the number right: GB 18218 row 31's OCR error 13810-58-7 passes too.

export type CasProblem = 'format' | 'check_digit';
export type CasParse = { ok: true; cas: string } | { ok: false; problem: CasProblem };

const CAS_FORMAT = /^(\d{2,7})-(\d{2})-(\d)$/;
const DASHES = /[‐‑‒–—―−－]/g;
const LEADING_ZEROS = /^0+(?=\d{2,}-)/;

/** The check digit of the digits before it ("766441" → 7). */
export function casCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError(`casCheckDigit: not digits: ${digits}`);
  let total = 0;
  for (let k = 1; k <= digits.length; k += 1) total += k * Number(digits[digits.length - k]);
  return total % 10;
}

/**
 * Reads a CAS number as people and spreadsheets write it: surrounding spaces, full-width digits and typographic
 * dashes are accepted, and zero padding of the first group ("0000050-00-0", as some databases export) is removed.
 * Returns the canonical spelling ("50-00-0").
 */
export function parseCasNumber(text: string): CasParse {
  const cleaned = text.normalize('NFKC').trim().replace(DASHES, '-').replace(LEADING_ZEROS, '');
  const m = CAS_FORMAT.exec(cleaned);
  if (!m) return { ok: false, problem: 'format' };
  const [, first = '', second = '', check = ''] = m;
  if (first.startsWith('0')) return { ok: false, problem: 'format' };
  if (casCheckDigit(first + second) !== Number(check)) return { ok: false, problem: 'check_digit' };
  return { ok: true, cas: `${first}-${second}-${check}` };
}

export const isValidCasNumber = (text: string): boolean => parseCasNumber(text).ok;
