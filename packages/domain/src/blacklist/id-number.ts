// The resident identity number (公民身份号码) of GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit
// sequence, 1 check character. Check (ISO 7064 MOD 11-2): S = Σ aᵢ·Wᵢ over the first 17 digits with
// Wᵢ = 2^(17−i) mod 11 = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the check character is "10X98765432"[S mod 11].
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberProblem = 'format' | 'birth_date' | 'check_digit';

export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** null when valid; otherwise what is wrong. A lowercase x is accepted as X (normalise with normaliseIdNumber). */
export function idNumberProblem(value: string, today?: string): IdNumberProblem | null {
  const v = normaliseIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(v)) return 'format';
  const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  const t = Date.parse(`${birth}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== birth || birth < '1850-01-01' || (today !== undefined && birth > today)) return 'birth_date';
  if (checkCharOf(v.slice(0, 17)) !== v[17]) return 'check_digit';
  return null;
}

export const normaliseIdNumber = (value: string): string => value.trim().toUpperCase();

/** Shown to those who may not see it whole: the first 6 and last 4 characters (440117********123X). */
export const maskIdNumber = (value: string): string => (value.length <= 10 ? '*'.repeat(value.length) : `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`);
