// A licence's state on a China calendar day: valid, within 90 or 30 days of expiry, or expired. A licence is valid
// through its expiry date (day 0 is its last valid day). The scheduler warns once at each threshold it reaches.
import { daysBetween } from '../shared/iso-date.js';

export const licenceStates = ['valid', 'expiring_90', 'expiring_30', 'expired'] as const;
export type LicenceState = (typeof licenceStates)[number];
export const LICENCE_WARNING_DAYS = [90, 30] as const;
export type LicenceWarningThreshold = (typeof LICENCE_WARNING_DAYS)[number];

export function licenceStateOn(expiresOn: string, today: string): { daysToExpiry: number; state: LicenceState } {
  const daysToExpiry = daysBetween(today, expiresOn);
  const state: LicenceState = daysToExpiry < 0 ? 'expired' : daysToExpiry <= 30 ? 'expiring_30' : daysToExpiry <= 90 ? 'expiring_90' : 'valid';
  return { daysToExpiry, state };
}

/**
 * The warning due for a licence today: the tightest threshold it has reached (a licence first seen 20 days before
 * expiry gets the 30-day warning only, not a stale 90-day one too); null when valid beyond 90 days or expired.
 */
export function licenceWarningDue(expiresOn: string, today: string): LicenceWarningThreshold | null {
  const { daysToExpiry } = licenceStateOn(expiresOn, today);
  if (daysToExpiry < 0 || daysToExpiry > 90) return null;
  return daysToExpiry <= 30 ? 30 : 90;
}
