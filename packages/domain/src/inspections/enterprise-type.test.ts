import { describe, expect, it } from 'vitest';
import { enterpriseTypeOf } from './enterprise-type.js';

describe('enterpriseTypeOf', () => {
  it('reads filling stations and warehouses from industry or name, the rest from activities (producer first)', () => {
    expect(enterpriseTypeOf({ activities: ['trade', 'storage'], name: '从化某加油站' })).toBe('filling_station');
    expect(enterpriseTypeOf({ activities: ['storage', 'production'] })).toBe('production');
    expect(enterpriseTypeOf({ activities: ['storage'], industry: '仓储业' })).toBe('warehouse');
    expect(enterpriseTypeOf({ activities: ['storage'] })).toBe('storage');
    expect(enterpriseTypeOf({ activities: ['trade', 'use'] })).toBe('use');
    expect(enterpriseTypeOf({ activities: ['trade'] })).toBe('trade');
    expect(enterpriseTypeOf({ activities: ['transport'] })).toBe('transport');
    expect(enterpriseTypeOf({ activities: [] })).toBe('trade');
  });
});
