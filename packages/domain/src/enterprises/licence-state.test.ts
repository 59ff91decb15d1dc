import { describe, expect, it } from 'vitest';
import { licenceStateOn, licenceWarningDue } from './licence-state.js';

describe('licence state by days to expiry', () => {
  it.each([
    ['2026-12-31', '2026-03-02', 304, 'valid'],
    ['2026-05-31', '2026-03-02', 90, 'expiring_90'], // 29 (rest of March) + 30 + 31 = 90
    ['2026-06-01', '2026-03-02', 91, 'valid'],
    ['2026-04-01', '2026-03-02', 30, 'expiring_30'],
    ['2026-04-02', '2026-03-02', 31, 'expiring_90'],
    ['2026-03-02', '2026-03-02', 0, 'expiring_30'], // its last valid day
    ['2026-03-01', '2026-03-02', -1, 'expired'],
  ])('expires %s, today %s → %i days, %s', (expiresOn, today, days, state) => {
    expect(licenceStateOn(expiresOn, today)).toEqual({ daysToExpiry: days, state });
  });

  it('warns at the tightest threshold reached, never after expiry', () => {
    expect(licenceWarningDue('2026-06-01', '2026-03-02')).toBeNull(); // 91 days
    expect(licenceWarningDue('2026-05-31', '2026-03-02')).toBe(90);
    expect(licenceWarningDue('2026-04-02', '2026-03-02')).toBe(90); // 31 days
    expect(licenceWarningDue('2026-04-01', '2026-03-02')).toBe(30);
    expect(licenceWarningDue('2026-03-02', '2026-03-02')).toBe(30);
    expect(licenceWarningDue('2026-03-01', '2026-03-02')).toBeNull();
  });
});
