// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z).
//   1 registration authority · 2 category · 3–8 division code (GB/T 2260) · 9–17 organisation code (GB 11714)
//   · 18 check character = alphabet[(31 − Σ valueᵢ × 3^(i−1) mod 31) mod 31]
// Rules and tables from data/standards/codes.json (uscc_gb32100_2015). Only the length, alphabet, digit division
// code and check character decide validity: registries have added authority codes since 2015, so an unknown first
// character is reported (label null), not rejected; the GB 11714 check of positions 9–17 is reported, not enforced.
import codes from '../../../../data/standards/codes.json';

const spec = codes.entries.uscc_gb32100_2015;
const ALPHABET = spec.alphabet;
const WEIGHTS: readonly number[] = spec.weights;
const ORG_WEIGHTS: readonly number[] = spec.org_code_gb11714_check.weights;
const AUTHORITIES: Readonly<Record<string, string>> = spec.registration_authority_codes;
const CATEGORIES: Readonly<Record<string, string>> = spec.category_codes_seen;

export type UsccProblem = 'length' | 'charset' | 'division_code' | 'check_character';
export type UsccParse =
  | {
      ok: true;
      uscc: string;
      /** e.g. '工商' for 9; null when the code is not in codes.json's list. */
      registrationAuthority: string | null;
      /** e.g. '工商·企业' for 91; null when not listed. */
      category: string | null;
      divisionCode: string;
      organisationCode: string;
      /** Positions 9–17 pass the GB 11714 organisation-code check (informative only). */
      organisationCodeCheckValid: boolean;
    }
  | { ok: false; problem: UsccProblem };

/** The 18th character for the first 17 ("91440117MA59ABCD1" → "K"). Throws on a wrong length or character. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckCharacter: need 17 characters');
  let total = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`usccCheckCharacter: '${first17.charAt(i)}' is not in the GB 32100 alphabet`);
    total += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (total % 31)) % 31);
}

/** GB 11714: c9 = 11 − (Σ vᵢ × wᵢ mod 11), 10 → 'X', 11 → '0'; 0–9 → 0–9, A–Z → 10–35. */
function organisationCodeCheckValid(code: string): boolean {
  let total = 0;
  for (let i = 0; i < 8; i += 1) total += Number.parseInt(code.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (total % 11);
  return code.charAt(8) === (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** Reads a code as typed (spaces around it, lower case and full-width characters are accepted). */
export function parseUscc(text: string): UsccParse {
  const code = text.normalize('NFKC').trim().toUpperCase();
  if (code.length !== 18) return { ok: false, problem: 'length' };
  if ([...code].some((ch) => !ALPHABET.includes(ch))) return { ok: false, problem: 'charset' };
  const divisionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode)) return { ok: false, problem: 'division_code' };
  if (usccCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) return { ok: false, problem: 'check_character' };
  const organisationCode = code.slice(8, 17);
  return {
    ok: true,
    uscc: code,
    registrationAuthority: AUTHORITIES[code.charAt(0)] ?? null,
    category: CATEGORIES[code.slice(0, 2)] ?? null,
    divisionCode,
    organisationCode,
    organisationCodeCheckValid: organisationCodeCheckValid(organisationCode),
  };
}

export const isValidUscc = (text: string): boolean => parseUscc(text).ok;
