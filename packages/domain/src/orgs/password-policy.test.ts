import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it.each([
    ['Safe2017Plan', 'zhang', []],
    ['short1A', 'zhang', ['too_short']],
    ['onlyletterslong', 'zhang', ['needs_letter_and_digit']],
    ['zhang12345678', 'zhang', ['contains_username']],
  ] as const)('%s for %s → %j', (pw, user, expected) => {
    expect(checkPassword(pw, user)).toEqual(expected);
  });
});
