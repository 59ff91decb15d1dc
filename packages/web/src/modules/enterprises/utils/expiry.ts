// How near a licence expiry is, in calendar days from today (local calendar dates, no time zone shift).
// (Self-contained: shared/utils/format starts i18next, which a plain unit test cannot.)
const dayNumber = (iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
};

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function daysUntil(iso: string | null | undefined, today = todayIso()): number | null {
  const d = iso ? dayNumber(iso) : null;
  const t = dayNumber(today);
  return d === null || t === null ? null : d - t;
}

/** expired (< 0), within 30 days, within 90 days, or further away — the same bands as the licence warnings. */
export function expiryBand(days: number | null): 'expired' | 'expiring_30' | 'expiring_90' | 'valid' | null {
  if (days === null) return null;
  if (days < 0) return 'expired';
  if (days <= 30) return 'expiring_30';
  if (days <= 90) return 'expiring_90';
  return 'valid';
}
