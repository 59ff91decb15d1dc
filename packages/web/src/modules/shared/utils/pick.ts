// Reads a field that the API may spell in camelCase or snake_case (for the parts of the contract that name no
// exact shape yet: notices, notifications, calendar days).
export type Loose = Record<string, unknown>;

export function pickString(o: Loose, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
  }
  return null;
}

export function pickNumber(o: Loose, ...keys: string[]): number | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  }
  return null;
}

export function pickArray(o: Loose, ...keys: string[]): Loose[] {
  for (const k of keys) {
    const v = o[k];
    if (Array.isArray(v)) return v.filter((x): x is Loose => typeof x === 'object' && x !== null);
  }
  return [];
}
