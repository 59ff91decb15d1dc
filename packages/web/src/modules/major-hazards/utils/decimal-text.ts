// Numbers of the identification in the user's locale without losing exactness: the server's decimal text
// ("12345.6789…", truncated never rounded) gets the locale's grouping on its whole part only, with BigInt, so a
// value just under an edge is never shown as the edge itself.
import type { ListNumber, TraceNumber } from '../api/major-hazards.types';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(…?)$/;

export function localeDecimal(text: string, locale: string): string {
  const m = DECIMAL.exec(text.trim());
  if (!m) return text;
  const [, sign = '', whole = '0', fraction, ellipsis = ''] = m;
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  const point = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const grouped = new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(whole));
  return `${sign}${grouped}${fraction ? `${point}${fraction}` : ''}${ellipsis}`;
}

/** The decimal text of a list cell's S or R, whichever shape the server sent it in. */
export function listNumberText(n: ListNumber | undefined): string | null {
  if (n === null || n === undefined) return null;
  if (typeof n === 'number') return Number.isFinite(n) ? String(n) : null;
  if (typeof n === 'string') return n;
  return n.display;
}

export const isTraceNumber = (n: ListNumber | undefined): n is TraceNumber => typeof n === 'object' && n !== null && 'display' in n;
