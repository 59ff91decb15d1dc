// One audit row of an enterprise, told briefly: what it was about (the unit's, licence's … name), and for a
// change the fields that changed — never the bookkeeping columns (ids, paths, hashes, timestamps). An inventory
// replacement is told substance by substance. Pure.
import { short, verbOf, type Change } from './diff';

/** literal: the change keys are substance names (an inventory), not field names to translate. */
export type HistorySummary = { subject: string | null; changes: Change[]; literal?: boolean };

const BOOKKEEPING = /^(id|path|sort|version|is_demo|coord_input|population_source|ident_status|ident_json|identification|snapshot_json|s_value|r_value|created_at|updated_at|createdAt|updatedAt|identified_at|identifiedAt|(?!territory_id$|grid_id$)\w+_id|unitId)$/;

type Row = Record<string, unknown>;
const asRow = (v: unknown): Row => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : {});

/** Stored JSON columns ('["storage"]') read back, so they show as lists rather than as JSON text. */
function unwrap(v: unknown): unknown {
  if (typeof v === 'string' && /^[[{]/.test(v.trim())) {
    try { return JSON.parse(v) as unknown; } catch { return v; }
  }
  return v;
}

function text(v: unknown): string {
  const u = unwrap(v);
  if (Array.isArray(u) && u.every((x) => x && typeof x === 'object' && ('duty' in x || 'name' in x))) {
    return short(u.map((x: Row) => [x.duty, x.name, x.phone].filter(Boolean).join(' ')).join('；'));
  }
  return short(u);
}

const lineName = (l: Row) => String(l.chemical_name ?? l.chemicalName ?? '');
const lineAmount = (l: Row) => `${String(l.quantity ?? '')} ${String(l.quantity_unit ?? l.quantityUnit ?? '')}`.trim();

function inventoryChanges(before: Row, after: Row): Change[] {
  const a = new Map((Array.isArray(before.lines) ? (before.lines as Row[]) : []).map((l) => [lineName(l), lineAmount(l)]));
  const b = new Map((Array.isArray(after.lines) ? (after.lines as Row[]) : []).map((l) => [lineName(l), lineAmount(l)]));
  const out: Change[] = [];
  for (const [name, amount] of b) if (a.get(name) !== amount) out.push({ key: name, before: a.get(name) ?? '—', after: amount });
  for (const [name, amount] of a) if (!b.has(name)) out.push({ key: name, before: amount, after: '—' });
  return out;
}

export function summarise(action: string, before: unknown, after: unknown): HistorySummary {
  const a = asRow(before);
  const b = asRow(after);
  const pick = (k: string) => (typeof b[k] === 'string' || typeof b[k] === 'number' ? String(b[k]) : typeof a[k] === 'string' || typeof a[k] === 'number' ? String(a[k]) : null);
  const subject = pick('name') ?? pick('unitName') ?? pick('number') ?? pick('year');
  if ('lines' in a || 'lines' in b) return { subject, changes: inventoryChanges(a, b), literal: true };
  const verb = verbOf(action);
  // A row created, deleted or started is named; listing all its columns says nothing more.
  if (before === null || before === undefined || after === null || after === undefined || /^(created?|deleted?|started?|removed?)$/.test(verb)) {
    return { subject, changes: [] };
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !BOOKKEEPING.test(k));
  const changes = keys
    .filter((k) => JSON.stringify(unwrap(a[k]) ?? null) !== JSON.stringify(unwrap(b[k]) ?? null))
    .map((k) => ({ key: k, before: text(a[k]), after: text(b[k]) }));
  return { subject, changes };
}
