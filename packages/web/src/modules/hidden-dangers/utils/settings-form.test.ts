import { describe, expect, it } from 'vitest';
import { checkDays } from './settings-form';

describe('escalation days', () => {
  const base = { territoryDays: 1, departmentDays: 7, districtDays: 30, generalDays: 15, majorDays: 60 }; // the documented defaults
  it('accepts levels in order, equal days included', () => {
    expect(checkDays(base)).toBeNull();
    expect(checkDays({ ...base, departmentDays: 1, districtDays: 1 })).toBeNull();
  });
  it('names the field out of order', () => {
    expect(checkDays({ ...base, departmentDays: 0 })).toBe('departmentDays');
    expect(checkDays({ ...base, districtDays: 6 })).toBe('districtDays');
  });
});
