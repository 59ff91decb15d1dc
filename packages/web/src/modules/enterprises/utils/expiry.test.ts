import { describe, expect, it } from 'vitest';
import { daysUntil, expiryBand } from './expiry';

describe('licence expiry bands', () => {
  it('counts calendar days across a month end and a DST-free zone', () => {
    expect(daysUntil('2025-03-01', '2025-02-27')).toBe(2); // 2025 is not a leap year: 27, 28 Feb → 1 Mar
    expect(daysUntil('2025-02-26', '2025-02-27')).toBe(-1);
    expect(daysUntil(null, '2025-02-27')).toBeNull();
  });
  it('puts each edge in the nearer band (30 and 90 days inclusive)', () => {
    expect([-1, 0, 30, 31, 90, 91].map(expiryBand)).toEqual(['expired', 'expiring_30', 'expiring_30', 'expiring_90', 'expiring_90', 'valid']);
    expect(expiryBand(null)).toBeNull();
  });
});
