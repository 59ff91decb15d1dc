// What a declaration changes against the last approved one, from the two record snapshots the server keeps:
// the enterprise's own fields, licences (by kind and number), units (by name) and each unit's lines (by
// substance). Pure; the review drawer lists the result.
import type { EnterpriseDetail, InventoryLine, Licence, Unit } from '../api/enterprises.types';
import { short } from './diff';

export type SnapshotChange =
  | { part: 'field'; key: string; before: string; after: string }
  | { part: 'licence' | 'unit'; change: 'added' | 'removed' | 'changed'; name: string; detail?: string }
  | { part: 'line'; change: 'added' | 'removed' | 'changed'; unit: string; name: string; before?: string; after?: string };

const FIELDS = ['name', 'uscc', 'legalRepresentative', 'address', 'territoryId', 'gridId', 'industry', 'activities', 'status', 'inChemicalPark',
  'chemicalPark', 'staffCount', 'contacts', 'keyProcesses', 'location'] as const;

const amount = (l: InventoryLine) => `${l.quantity} ${l.quantityUnit}${l.quantityUnit === 'm3' && l.density ? ` × ${l.density} ${l.densityUnit ?? ''}`.trimEnd() : ''}`;
const licenceKey = (l: Licence) => `${l.kind}|${l.number}`;
const contactText = (v: unknown) => (Array.isArray(v) ? v.map((c: { duty?: string; name?: string; phone?: string | null }) => `${c.duty ?? ''} ${c.name ?? ''}${c.phone ? ` ${c.phone}` : ''}`.trim()).join('；') : v);
const locationText = (v: unknown) => (v && typeof v === 'object' && 'lng' in v && 'lat' in v ? `${(v as { lng: number }).lng}, ${(v as { lat: number }).lat}` : v);

function fieldChanges(a: EnterpriseDetail, b: EnterpriseDetail): SnapshotChange[] {
  return FIELDS.flatMap((k) => {
    const norm = (v: unknown) => (k === 'contacts' ? contactText(v) : k === 'location' ? locationText(v) : v);
    const x = norm(a[k]);
    const y = norm(b[k]);
    return JSON.stringify(x ?? null) === JSON.stringify(y ?? null) ? [] : [{ part: 'field' as const, key: k, before: short(x), after: short(y) }];
  });
}

function lineChanges(unit: string, a: InventoryLine[], b: InventoryLine[]): SnapshotChange[] {
  const before = new Map(a.map((l) => [l.chemicalName, l]));
  const after = new Map(b.map((l) => [l.chemicalName, l]));
  const out: SnapshotChange[] = [];
  for (const [name, l] of after) {
    const old = before.get(name);
    if (!old) out.push({ part: 'line', change: 'added', unit, name, after: amount(l) });
    else if (amount(old) !== amount(l)) out.push({ part: 'line', change: 'changed', unit, name, before: amount(old), after: amount(l) });
  }
  for (const [name, l] of before) if (!after.has(name)) out.push({ part: 'line', change: 'removed', unit, name, before: amount(l) });
  return out;
}

function unitChanges(a: Unit[], b: Unit[]): SnapshotChange[] {
  const before = new Map(a.map((u) => [u.name, u]));
  const after = new Map(b.map((u) => [u.name, u]));
  const out: SnapshotChange[] = [];
  for (const [name, u] of after) {
    const old = before.get(name);
    if (!old) { out.push({ part: 'unit', change: 'added', name }, ...lineChanges(name, [], u.lines)); continue; }
    if (old.population500m !== u.population500m || old.kind !== u.kind) {
      out.push({ part: 'unit', change: 'changed', name, detail: `${old.population500m ?? '—'} → ${u.population500m ?? '—'}` });
    }
    out.push(...lineChanges(name, old.lines, u.lines));
  }
  for (const name of before.keys()) if (!after.has(name)) out.push({ part: 'unit', change: 'removed', name });
  return out;
}

function licenceChanges(a: Licence[], b: Licence[]): SnapshotChange[] {
  const before = new Map(a.map((l) => [licenceKey(l), l]));
  const after = new Map(b.map((l) => [licenceKey(l), l]));
  const out: SnapshotChange[] = [];
  for (const [k, l] of after) {
    const old = before.get(k);
    if (!old) out.push({ part: 'licence', change: 'added', name: l.number, detail: l.expiresOn });
    else if (old.expiresOn !== l.expiresOn || (old.scope ?? '') !== (l.scope ?? '')) out.push({ part: 'licence', change: 'changed', name: l.number, detail: `${old.expiresOn} → ${l.expiresOn}` });
  }
  for (const [k, l] of before) if (!after.has(k)) out.push({ part: 'licence', change: 'removed', name: l.number });
  return out;
}

export function snapshotChanges(previous: EnterpriseDetail, current: EnterpriseDetail): SnapshotChange[] {
  return [...fieldChanges(previous, current), ...licenceChanges(previous.licences, current.licences), ...unitChanges(previous.units, current.units)];
}
