// The chemical catalog the platform has so far: GB 18218-2018 Table 1 (85 named substances and their threshold
// quantities), from data/standards/gb18218-table1.json. The full 危险化学品目录 (2015, 2,828 entries) is not yet
// available (data/standards/README.md). A row, not a CAS number, is the key: rows 37–42 are all 9004-70-0
// (nitrocellulose grades) and rows 43–44 are both 6484-52-2 (ammonium nitrate grades).
import table1 from '../../../../data/standards/gb18218-table1.json';
import { parseCasNumber } from './cas-number.js';
import { chemicalBaseKey, chemicalNameKey } from './chemical-name.js';

/** One CAS number of a row; label is the standard's own note, e.g. 74-98-6 (丙烷) in the LPG row. */
export type Table1Cas = { cas: string; label: string | null };

export type Table1Row = {
  serial: number;
  name: string;
  aliases: readonly string[];
  cas: readonly Table1Cas[];
  /** Threshold quantity Q in tonnes, as the decimal printed in the standard ('0.3', '10'). */
  thresholdTonnes: string;
  note: string | null;
};

/**
 * Rows whose bracket lists what the row covers rather than a condition on it, so these names are the row itself:
 * 煤气(CO,CO和H₂、CH₄的混合物等) covers CO; 液化石油气(含丙烷、丁烷及其混合物); 汽油(乙醇汽油、甲醇汽油); 甲烷,天然气.
 * (Every other bracket — 无水, 含量>90%, 含可燃物≤0.2% … — is a condition the user must confirm.)
 */
const COVERED_NAMES: Readonly<Record<number, readonly string[]>> = {
  13: ['煤气', '一氧化碳'],
  49: ['甲烷', '天然气'],
  52: ['液化石油气'],
  66: ['汽油', '乙醇汽油', '甲醇汽油'],
};

const CAS_WITH_LABEL = /^(\d+-\d{2}-\d)(?:\((.+)\))?$/;

function readCas(text: string): Table1Cas {
  const m = CAS_WITH_LABEL.exec(text);
  if (!m?.[1]) throw new Error(`gb18218-table1.json: unreadable CAS '${text}'`);
  return { cas: m[1], label: m[2] ?? null };
}

export const gb18218Table1: readonly Table1Row[] = table1.entries.map((entry) => ({
  serial: entry.serial,
  name: entry.name,
  aliases: entry.aliases,
  cas: entry.cas.map(readCas),
  thresholdTonnes: String(entry.critical_quantity_t),
  note: entry.note ?? null,
}));

const bySerial = new Map(gb18218Table1.map((row) => [row.serial, row]));

/** Names that mean exactly this row: its name, aliases, CAS labels and covered names. */
const exactKeys = new Map(
  gb18218Table1.map((row) => {
    const names = [row.name, ...row.aliases, ...row.cas.flatMap((c) => (c.label ? [c.label] : [])), ...(COVERED_NAMES[row.serial] ?? [])];
    return [row.serial, new Set(names.map(chemicalNameKey))] as const;
  }),
);

/** Base names (qualifier dropped) of rows whose name or alias carries a condition. */
const baseKeys = new Map(
  gb18218Table1.map((row) => [row.serial, new Set([row.name, ...row.aliases].map(chemicalBaseKey))] as const),
);

export const table1RowBySerial = (serial: number): Table1Row | undefined => bySerial.get(serial);

export type Table1NameMatch = {
  /** Rows this name means exactly (several for 硝化棉: rows 37–41). */
  exact: Table1Row[];
  /** Rows whose name matches only once their condition is dropped (甲醛 → row 8 甲醛(含量>90%)): the user must confirm. */
  qualified: Table1Row[];
};

export function findTable1RowsByName(name: string): Table1NameMatch {
  const key = chemicalNameKey(name);
  const base = chemicalBaseKey(name);
  if (key === '') return { exact: [], qualified: [] };
  const exact = gb18218Table1.filter((row) => exactKeys.get(row.serial)?.has(key));
  const qualified = exact.length > 0 ? [] : gb18218Table1.filter((row) => baseKeys.get(row.serial)?.has(base));
  return { exact, qualified };
}

/** Every row listing this CAS number (after canonicalising it); [] for an invalid number. */
export function findTable1RowsByCas(cas: string): Table1Row[] {
  const parsed = parseCasNumber(cas);
  if (!parsed.ok) return [];
  return gb18218Table1.filter((row) => row.cas.some((c) => c.cas === parsed.cas));
}

export type Table1SearchHit = { row: Table1Row; matchedOn: 'cas' | 'exact_name' | 'qualified_name' | 'partial' };

/**
 * Search by CAS, name or alias, best matches first: a CAS query returns the rows with that number; a name query
 * returns exact names and aliases, then names matching without their condition, then names containing the text.
 */
export function searchTable1(query: string, limit = 20): Table1SearchHit[] {
  const key = chemicalNameKey(query);
  if (key === '') return [];
  const cas = parseCasNumber(query);
  if (cas.ok) return findTable1RowsByCas(cas.cas).map((row) => ({ row, matchedOn: 'cas' as const })).slice(0, limit);

  const { exact, qualified } = findTable1RowsByName(query);
  const hits: Table1SearchHit[] = [
    ...exact.map((row) => ({ row, matchedOn: 'exact_name' as const })),
    ...qualified.map((row) => ({ row, matchedOn: 'qualified_name' as const })),
  ];
  const seen = new Set(hits.map((h) => h.row.serial));
  for (const row of gb18218Table1) {
    if (seen.has(row.serial)) continue;
    const keys = [...(exactKeys.get(row.serial) ?? [])];
    if (keys.some((k) => k.includes(key)) || row.cas.some((c) => c.cas.startsWith(key))) hits.push({ row, matchedOn: 'partial' });
  }
  return hits.slice(0, limit);
}
