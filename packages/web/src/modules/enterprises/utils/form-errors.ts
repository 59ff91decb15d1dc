// Turns the API's validation details ({ row?, field, code, message }) into antd form field errors, so each message
// sits under the field it names; whatever names no field of the form is returned to be shown above it.
import type { ApiErrorDetail } from '../../shared/api/client';

export type FieldError = { name: (string | number)[]; errors: string[] };

/** "contacts[1].phone" / "contacts.1.phone" / "location.lng" → ['contacts', 1, 'phone']. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function splitFieldErrors(details: readonly ApiErrorDetail[], known: (path: (string | number)[]) => boolean): { fields: FieldError[]; rest: ApiErrorDetail[] } {
  const byKey = new Map<string, FieldError>();
  const rest: ApiErrorDetail[] = [];
  for (const d of details) {
    const path = d.field ? fieldPath(d.field) : [];
    if (path.length === 0 || !known(path)) {
      rest.push(d);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = byKey.get(key) ?? { name: path, errors: [] };
    entry.errors.push(d.message);
    byKey.set(key, entry);
  }
  return { fields: [...byKey.values()], rest };
}

/** Inventory row errors: `row` is 1-based (index + 1); the field names the column. */
export function rowErrors(details: readonly ApiErrorDetail[]): Map<number, ApiErrorDetail[]> {
  const map = new Map<number, ApiErrorDetail[]>();
  for (const d of details) {
    const fromField = d.field ? /^lines[.[](\d+)/.exec(d.field) : null;
    const index = d.row !== undefined && d.row !== null ? d.row - 1 : fromField ? Number(fromField[1]) : -1;
    const list = map.get(index) ?? [];
    list.push(d);
    map.set(index, list);
  }
  return map;
}

/** The column an inventory error names: "lines.2.quantity" or "quantity" → 'quantity'. */
export function columnOf(field: string | undefined): string | null {
  if (!field) return null;
  const parts = fieldPath(field).filter((p): p is string => typeof p === 'string' && p !== 'lines');
  return parts[parts.length - 1] ?? null;
}
