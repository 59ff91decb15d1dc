import { describe, expect, it } from 'vitest';
import codes from '../../../../data/standards/codes.json';
import { isValidUscc, parseUscc, usccCheckCharacter } from './uscc.js';

// codes.json lists no real published code, only a synthetic one; every vector here is computed by hand.
// Alphabet values: 0–9 → 0–9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27 W28 X29 Y30.
// Weights 3^(i−1) mod 31: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.

describe('usccCheckCharacter', () => {
  it('computes the codes.json synthetic vector 91440117MA59ABCD1K', () => {
    // 9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 1×26 + 1×16 + 7×17 + M21×20 + A10×29 + 5×25 + 9×13 + A10×8 + B11×24
    //   + C12×10 + D13×30 + 1×28
    // = 9+3+36+108+0+26+16+119+420+290+125+117+80+264+120+390+28 = 2151; 2151 mod 31 = 12; 31−12 = 19 → K
    expect(codes.entries.uscc_gb32100_2015.synthetic_test_vector.value).toBe('91440117MA59ABCD1K');
    expect(usccCheckCharacter('91440117MA59ABCD1')).toBe('K');
  });

  it('computes 91440117000000000 → Q', () => {
    // 9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 1×26 + 1×16 + 7×17 = 9+3+36+108+0+26+16+119 = 317 (the zeros add nothing)
    // 317 mod 31 = 7; 31−7 = 24 → Q
    expect(usccCheckCharacter('91440117000000000')).toBe('Q');
  });

  it('gives 0 (not the out-of-range 31) when the sum is a multiple of 31', () => {
    // 317 + P23×28 = 317 + 644 = 961 = 31×31; (31 − 0) mod 31 = 0 → 0
    expect(usccCheckCharacter('9144011700000000P')).toBe('0');
  });

  it('refuses a wrong length or a character outside the alphabet', () => {
    expect(() => usccCheckCharacter('9144011700000000')).toThrow(RangeError);
    expect(() => usccCheckCharacter('91440117O00000000')).toThrow(RangeError); // letter O
  });
});

describe('parseUscc', () => {
  it('accepts a valid code and names its parts', () => {
    expect(parseUscc('91440117MA59ABCD1K')).toEqual({
      ok: true,
      uscc: '91440117MA59ABCD1K',
      registrationAuthority: '工商',
      category: '工商·企业',
      divisionCode: '440117',
      organisationCode: 'MA59ABCD1',
      // GB 11714: M22×3 + A10×7 + 5×9 + 9×10 + A10×5 + B11×8 + C12×4 + D13×2 = 66+70+45+90+50+88+48+26 = 483;
      // 483 mod 11 = 10; 11−10 = 1 → '1' = position 17
      organisationCodeCheckValid: true,
    });
  });

  it('reads spaces, lower case and full-width characters', () => {
    expect(parseUscc('  91440117ma59abcd1k ')).toMatchObject({ ok: true, uscc: '91440117MA59ABCD1K' });
    expect(parseUscc('９１４４０１１７ＭＡ５９ＡＢＣＤ１Ｋ')).toMatchObject({ ok: true, uscc: '91440117MA59ABCD1K' });
  });

  it('reports but does not reject an unknown authority or a failing organisation-code check', () => {
    // 9144011700000000P0: valid check character (see above); GB 11714 of 00000000P: 0 → c = 11 → '0' ≠ 'P'
    expect(parseUscc('9144011700000000P0')).toMatchObject({ ok: true, organisationCodeCheckValid: false });
    // A0440117000000000: A10×1 + 0×3 replace 9×1 + 1×3, so Σ = 317 − 9 − 3 + 10 = 315; 315 mod 31 = 5; 31−5 = 26 → T
    expect(parseUscc('A0440117000000000T')).toMatchObject({ ok: true, registrationAuthority: null, category: null });
  });

  it.each([
    ['91440117MA59ABCD1', 'length'],
    ['91440117MA59ABCD1KK', 'length'],
    ['', 'length'],
    ['91440117MA59ABCDIK', 'charset'], // I is not in the alphabet
    ['914401A7MA59ABCD1K', 'division_code'],
    ['91440117MA59ABCD1J', 'check_character'],
    ['91440117MA59ABDC1K', 'check_character'], // two characters swapped
  ] as const)('rejects %j: %s', (text, problem) => {
    expect(parseUscc(text)).toEqual({ ok: false, problem });
    expect(isValidUscc(text)).toBe(false);
  });
});
