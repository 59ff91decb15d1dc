// What changed between two versions of a record (audit before/after, or two declaration snapshots): top-level
// fields whose JSON differs, each with a short text of both values. Pure.
export type Change = { key: string; before: string; after: string };

const IGNORED = new Set(['updatedAt', 'updated_at', 'version', 'createdAt', 'created_at', 'identifiedAt', 'identified_at', 'ident_json', 'identification']);

export function short(v: unknown, max = 80): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v.length > max ? `${v.slice(0, max)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return short(v.join('、'), max);
  const s = JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function changes(before: unknown, after: unknown): Change[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
    .map((k) => ({ key: k, before: short(a[k]), after: short(b[k]) }));
}

/** 'enterprise.update' → 'update', 'major_hazard.identified' → 'identified': the verb names the change. */
export const verbOf = (action: string): string => action.split('.').pop() ?? action;
