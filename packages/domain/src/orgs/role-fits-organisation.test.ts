import { describe, expect, it } from 'vitest';
import { USERNAME_PATTERN, roleFitsOrganisation } from './role-fits-organisation.js';

describe('roleFitsOrganisation', () => {
  it('keeps each role in the organisations it is meant for', () => {
    expect(roleFitsOrganisation('territory', 'grid')).toBe(true);
    expect(roleFitsOrganisation('territory', 'department')).toBe(false);
    expect(roleFitsOrganisation('district_admin', 'office')).toBe(true);
    expect(roleFitsOrganisation('enterprise', 'territory')).toBe(false);
  });
  it('usernames are lower-case ASCII, 3–32 characters', () => {
    expect(USERNAME_PATTERN.test('wenquan.admin')).toBe(true);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(USERNAME_PATTERN.test('张三')).toBe(false);
  });
});
