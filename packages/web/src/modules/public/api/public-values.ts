// How a value of a public record is written on the page. The feeds' records are plain JSON whose fields depend on the
// district's switches, so the page shows the fields a record HAS, in a fixed order, each as text.

/** The order of the columns; a field not listed comes after these, in the order the feed gave it. */
export const blacklistFieldOrder = ['partyName', 'partyKind', 'creditCode', 'personRole', 'territory', 'criteria', 'reason', 'decisionNo', 'listedFrom', 'listedUntil', 'cases'];
export const penaltyFieldOrder = ['enterpriseName', 'creditCode', 'decisionNo', 'organisation', 'decidedOn', 'penaltyKinds', 'amount', 'facts', 'legalBasis', 'findings'];

/** The fields present in any of the records (never `id`), ordered. */
export function presentFields(items: readonly Record<string, unknown>[], order: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const it of items) for (const [k, v] of Object.entries(it)) if (k !== 'id' && v !== undefined) seen.add(k);
  return [...order.filter((f) => seen.has(f)), ...[...seen].filter((f) => !order.includes(f))];
}

/** A value as text: a string or number as it is, a list joined, an object by its name/text/title/decision number. */
export function textOf(value: unknown, separator = '；'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return '—';
    // sentences that end in their own full stop (the criteria) need no separator after it
    return value.map((v) => textOf(v, separator)).reduce((all, s) => (all === '' ? s : /[。；;.!?！？]$/.test(all) ? `${all} ${s}` : `${all}${separator}${s}`), '');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['name', 'text', 'title', 'decisionNo', 'label', 'key', 'id']) if (typeof o[k] === 'string' && o[k]) return o[k] as string;
  }
  return JSON.stringify(value);
}
