// Small helpers of the blacklist settings page (kept out of the page so they are tested without a DOM).
import type { ListingCriterion } from '../api/blacklist.types';

/** The next free key after the highest blNN (bl01…bl09 in the data file → bl10). */
export function nextCriterionKey(criteria: readonly ListingCriterion[]): string {
  const max = criteria.reduce((m, c) => { const n = /^bl(\d+)$/.exec(c.key); return n ? Math.max(m, Number(n[1])) : m; }, 0);
  return `bl${String(max + 1).padStart(2, '0')}`;
}

/** "body.blacklistCriteria[2].text" / "blacklistCriteria.2.text" → "blacklistCriteria.2.text" (the page's error keys). */
export function serverFieldOf(field: string): string {
  return field.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
}
