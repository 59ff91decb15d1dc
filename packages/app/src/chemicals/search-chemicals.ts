// Chemical search for pickers and the catalog page: GB 18218 Table 1 (which decides thresholds) first, then the
// entries of the active catalog editions, each hit with its list flags and, for a catalog hit, its edition and source.
// A query shaped like a CAS number with a wrong check digit is an input error (naming the field), not "no hits".
import { searchCatalogEntries, type CatalogHitRow } from '@hazgov/db/chemicals/catalog.repository';
import { listRestrictionEntries } from '@hazgov/db/chemicals/restriction-list.repository';
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { findTable1RowsByName, searchTable1, type Table1Row } from '@hazgov/domain/chemicals/catalog';
import { chemicalNameKey } from '@hazgov/domain/chemicals/chemical-name';
import { flagsOf, type Flags } from '@hazgov/domain/chemicals/line-flags';
import type { RestrictionEntry } from '@hazgov/domain/chemicals/restriction';
import { readHazardSymbols, table2Threshold } from '@hazgov/domain/major-hazards/threshold';
import { formatRational } from '@hazgov/domain/major-hazards/rational';
import { invalid } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';

export type ChemicalHit = {
  source: 'gb18218_table1' | 'catalog';
  table1Serial: number | null;
  catalogEntryId: string | null;
  name: string;
  aliases: string[];
  cas: string[];
  thresholdTonnes: string | null;
  /** Where the threshold comes from: 'table1' (the row), 'table2' (lowest of the hazard categories) or null. */
  thresholdSource: 'table1' | 'table2' | null;
  hazardSymbols: string[];
  unNumber: string | null;
  flags: Flags;
  edition: { id: string; name: string; source: string } | null;
  /** Per value, where it came from (catalog hits). */
  sources: Record<string, string> | null;
  matchedOn: 'cas' | 'exact_name' | 'qualified_name' | 'alias' | 'partial';
};

/** Looks like a CAS number (digits-digits-digit, any dash): then it must pass the check digit. */
const CAS_SHAPE = /^\s*\d{2,7}\s*[-‐‑‒–—―−－]\s*\d{2}\s*[-‐‑‒–—―−－]\s*\d\s*$/;

export function table1Hit(row: Table1Row, matchedOn: ChemicalHit['matchedOn'], restrictions: readonly RestrictionEntry[]): ChemicalHit {
  return {
    source: 'gb18218_table1', table1Serial: row.serial, catalogEntryId: null, name: row.name, aliases: [...row.aliases], cas: row.cas.map((c) => c.cas),
    thresholdTonnes: row.thresholdTonnes, thresholdSource: 'table1', hazardSymbols: [], unNumber: null,
    flags: flagsOf({ name: row.name, cas: row.cas[0]?.cas ?? null }, restrictions), edition: null, sources: null, matchedOn,
  };
}

const parseJson = <T>(text: string, fallback: T): T => { try { return JSON.parse(text) as T; } catch { return fallback; } };

function catalogHit(row: CatalogHitRow, query: { key: string; cas: string | null }, restrictions: readonly RestrictionEntry[]): ChemicalHit {
  const aliases = parseJson<string[]>(row.aliases, []);
  const symbols = (row.hazard_symbols ?? '').split(',').filter(Boolean);
  const { exact } = findTable1RowsByName(row.name);
  const t1 = exact.length === 1 ? exact[0] ?? null : null;
  const t2 = t1 ? null : table2Threshold(readHazardSymbols(symbols).symbols);
  const flags = flagsOf({ name: row.name, cas: row.cas }, restrictions);
  // The edition's own flag column: a yes lists it; a no clears it only where our lists cannot say (unknown).
  for (const [key, value] of Object.entries(parseJson<Record<string, boolean>>(row.flags_json, {}))) {
    if (!(key in flags) || key === 'restriction') continue;
    const k = key as Exclude<keyof Flags, 'restriction'>;
    if (value) flags[k] = 'listed';
    else if (flags[k] === 'unknown') flags[k] = 'not_listed';
  }
  const matchedOn: ChemicalHit['matchedOn'] = query.cas !== null && row.cas === query.cas ? 'cas'
    : chemicalNameKey(row.name) === query.key ? 'exact_name'
      : aliases.some((a) => chemicalNameKey(a) === query.key) ? 'alias' : 'partial';
  return {
    source: 'catalog', table1Serial: t1?.serial ?? null, catalogEntryId: row.id, name: row.name, aliases, cas: row.cas ? [row.cas] : [],
    thresholdTonnes: t1 ? t1.thresholdTonnes : t2?.ok ? formatRational(t2.Q) : null, thresholdSource: t1 ? 'table1' : t2?.ok ? 'table2' : null,
    hazardSymbols: symbols, unNumber: row.un_number, flags, edition: { id: row.edition_id, name: row.edition_name, source: row.edition_source },
    sources: parseJson<Record<string, string>>(row.sources_json, {}), matchedOn,
  };
}

const RANK: Record<ChemicalHit['matchedOn'], number> = { cas: 0, exact_name: 1, alias: 2, qualified_name: 3, partial: 4 };

export async function searchChemicals(ctx: AppContext, opts: { q: string; limit: number }): Promise<ChemicalHit[]> {
  const q = opts.q.normalize('NFKC').trim();
  if (q === '') return [];
  const parsed = parseCasNumber(q);
  if (!parsed.ok && parsed.problem === 'check_digit' && CAS_SHAPE.test(q)) {
    throw invalid('CAS_CHECK_DIGIT', [{ field: 'q', code: 'CAS_CHECK_DIGIT', params: { cas: q } }], { cas: q });
  }
  const cas = parsed.ok ? parsed.cas : null;
  const db = ctx.database.db;
  const [restrictions, rows] = await Promise.all([
    listRestrictionEntries(db),
    searchCatalogEntries(db, { text: cas ? null : q, cas, limit: opts.limit }),
  ]);
  const table1 = searchTable1(q, opts.limit).map((h) => table1Hit(h.row, h.matchedOn, restrictions));
  const key = chemicalNameKey(q);
  const catalog = rows.map((r) => catalogHit(r, { key, cas }, restrictions)).sort((a, b) => RANK[a.matchedOn] - RANK[b.matchedOn]);
  return [...table1, ...catalog].slice(0, opts.limit);
}
