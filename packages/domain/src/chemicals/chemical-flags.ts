// Which control lists a chemical is on: 剧毒 (highly toxic), 重点监管 (key supervised), 易制爆 (explosive
// precursor), 易制毒 (drug precursor) and 特别管控 (specially controlled), matched by CAS or by name/alias.
// The lists we hold are not all complete (data/standards/README.md): being absent from an incomplete list means
// 'unknown', never 'not listed', so the platform does not clear a chemical it cannot clear.
// A CAS match can be wider than the list item (8006-14-2 is natural gas; the 特别管控 item is LNG only; 城镇燃气
// is out of that list's scope), so every entry says whether it matched by CAS or by name.
import explosive from '../../../../data/standards/explosive-precursors.json';
import highlyToxic from '../../../../data/standards/highly-toxic.json';
import keySupervised from '../../../../data/standards/key-supervised-chemicals.json';
import speciallyControlled from '../../../../data/standards/specially-controlled-2020.json';
import { parseCasNumber } from './cas-number.js';
import { chemicalBaseKey, chemicalNameKey } from './chemical-name.js';

export const chemicalListKeys = ['highlyToxic', 'keySupervised', 'explosivePrecursor', 'drugPrecursor', 'speciallyControlled'] as const;
export type ChemicalListKey = (typeof chemicalListKeys)[number];

export type ChemicalListInfo = {
  title: string;
  /** Whether every entry of the official list is in our data; absence from an incomplete list proves nothing. */
  complete: boolean;
  entryCount: number;
  officialCount: number | null;
};

type ListEntry = { ref: string; name: string; names: readonly string[]; cas: string | null };
export type ListEntryMatch = { ref: string; name: string; cas: string | null; matchedBy: 'cas' | 'name' };
export type ListMembership = { status: 'listed'; entries: ListEntryMatch[] } | { status: 'not_listed' } | { status: 'unknown' };
export type ChemicalFlags = Record<ChemicalListKey, ListMembership>;

/** Splits "甲烷、天然气" and "汽油(含甲醇汽油、乙醇汽油)、石脑油" at the 、 outside brackets. */
export function splitListedNames(name: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of name) {
    if ('(（[【'.includes(ch)) depth += 1;
    if (')）]】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** "74-82-8(甲烷)" → "74-82-8"; null when absent. */
const casOf = (text: string | null | undefined): string | null => (text ? (/^\d+-\d{2}-\d/.exec(text)?.[0] ?? null) : null);

const lists: Record<ChemicalListKey, { info: ChemicalListInfo; entries: readonly ListEntry[] }> = {
  highlyToxic: {
    info: { title: '剧毒化学品（危险化学品目录2015版）', complete: false, entryCount: highlyToxic.entries.length, officialCount: highlyToxic.count_in_catalogue },
    entries: highlyToxic.entries.map((e) => ({ ref: e.name, name: e.name, names: [e.name], cas: e.cas })),
  },
  keySupervised: {
    // first batch (60) complete; second batch: only 2 entries seen in a source, its size unverified
    info: { title: '重点监管的危险化学品（首批、第二批）', complete: false, entryCount: keySupervised.entries.length, officialCount: null },
    entries: keySupervised.entries.map((e) => ({
      ref: `${e.batch}-${e.serial}`,
      name: e.name,
      names: [...splitListedNames(e.name), ...e.aliases],
      cas: casOf(e.cas),
    })),
  },
  explosivePrecursor: {
    info: { title: '易制爆危险化学品名录（2017年版）', complete: true, entryCount: explosive.entries.length, officialCount: explosive.item_count },
    entries: explosive.entries.map((e) => ({ ref: e.serial, name: e.name, names: [e.name, ...e.aliases], cas: casOf(e.cas) })),
  },
  drugPrecursor: {
    info: { title: '易制毒化学品（第一至三类）', complete: false, entryCount: 0, officialCount: null },
    entries: [],
  },
  speciallyControlled: {
    info: { title: '特别管控危险化学品目录（第一版）', complete: true, entryCount: speciallyControlled.entries.length, officialCount: speciallyControlled.item_count },
    entries: speciallyControlled.entries.map((e) => ({
      ref: String(e.serial),
      name: e.name_zh,
      names: [...splitListedNames(e.name_zh), ...e.aliases_zh],
      cas: casOf(e.cas),
    })),
  },
};

export const chemicalListInfo = (key: ChemicalListKey): ChemicalListInfo => lists[key].info;

function matchEntries(entries: readonly ListEntry[], cas: string | null, nameKey: string | null): ListEntryMatch[] {
  const matches: ListEntryMatch[] = [];
  for (const entry of entries) {
    const byName = nameKey !== null && entry.names.some((n) => chemicalNameKey(n) === nameKey || chemicalBaseKey(n) === nameKey);
    const byCas = cas !== null && entry.cas === cas;
    if (byCas || byName) matches.push({ ref: entry.ref, name: entry.name, cas: entry.cas, matchedBy: byCas ? 'cas' : 'name' });
  }
  return matches;
}

/** Flags of a chemical given its CAS number, its name, or both (an invalid CAS is ignored; check it apart). */
export function chemicalFlags({ cas, name }: { cas?: string; name?: string }): ChemicalFlags {
  const parsed = cas === undefined ? null : parseCasNumber(cas);
  const canonical = parsed?.ok ? parsed.cas : null;
  const nameKey = name !== undefined && chemicalNameKey(name) !== '' ? chemicalNameKey(name) : null;
  const flags = {} as ChemicalFlags;
  for (const key of chemicalListKeys) {
    const { info, entries } = lists[key];
    const found = matchEntries(entries, canonical, nameKey);
    flags[key] = found.length > 0 ? { status: 'listed', entries: found } : info.complete ? { status: 'not_listed' } : { status: 'unknown' };
  }
  return flags;
}
