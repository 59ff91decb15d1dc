// Correction factor β of one substance, GB 18218-2018 clause 4.3.3: a substance in Table 3 (14 named toxic gases)
// takes its Table 3 value; every other substance — Table-1 substances included — takes Table 4's value for its
// hazard symbol, so grading needs each substance classified. The 2011 rule (爆炸品 2 / 易燃气体 1.5 / other 1;
// unlisted toxic gas 2, 剧毒 gas 4) is superseded and not used. The standard does not say which Table 4 row
// applies when a substance's symbols give different β; rather than guess, the user names it (betaSymbol).
import { chemicalBaseKey, chemicalNameKey } from '../chemicals/chemical-name.js';
import type { Table1Row } from '../chemicals/catalog.js';
import { gb18218Table3, gb18218Table4, parseHazardSymbol, type HazardSymbol, type Table3Row, type Table4Row } from './gb18218-tables.js';
import { compare, type Rational } from './rational.js';
import { readHazardSymbols, type SubstanceRef } from './threshold.js';

export type BetaSource =
  | { table: 3; row: Table3Row }
  /** chosenBy: 'only_value' when all the substance's symbols give this β, 'beta_symbol' when the user chose. */
  | { table: 4; row: Table4Row; chosenBy: 'only_value' | 'beta_symbol' };

export type BetaCandidate = { symbol: HazardSymbol; beta: Rational };

export const betaProblemCodes = [
  'needs_categories_for_beta',
  'choose_beta_symbol',
  'unknown_hazard_symbols',
  'beta_symbol_not_among_categories',
] as const;
export type BetaProblemCode = (typeof betaProblemCodes)[number];

export type BetaLookup =
  | { ok: true; beta: Rational; source: BetaSource }
  | { ok: false; problem: 'needs_categories_for_beta' }
  | { ok: false; problem: 'choose_beta_symbol'; candidates: BetaCandidate[] }
  | { ok: false; problem: 'unknown_hazard_symbols'; symbols: string[] }
  | { ok: false; problem: 'beta_symbol_not_among_categories'; symbol: string };

/** The Table 3 row for this substance, by its declared name or its Table 1 row's name and aliases. */
export function table3RowFor(substance: SubstanceRef, table1Row: Table1Row | null): Table3Row | undefined {
  const names = [substance.name, ...(table1Row ? [table1Row.name, ...table1Row.aliases] : [])];
  const keys = new Set(names.flatMap((n) => [chemicalNameKey(n), chemicalBaseKey(n)]));
  return gb18218Table3.find((row) => keys.has(chemicalNameKey(row.name)));
}

const table4Row = (symbol: HazardSymbol): Table4Row => {
  const row = gb18218Table4.find((r) => r.symbol === symbol);
  if (!row) throw new Error(`gb18218-grading.json: Table 4 has no ${symbol}`);
  return row;
};

export function betaFor(substance: SubstanceRef, table1Row: Table1Row | null): BetaLookup {
  const t3 = table3RowFor(substance, table1Row);
  if (t3) return { ok: true, beta: t3.beta, source: { table: 3, row: t3 } };

  const { symbols, unknown } = readHazardSymbols(substance.hazardSymbols);
  if (unknown.length > 0) return { ok: false, problem: 'unknown_hazard_symbols', symbols: unknown };

  if (substance.betaSymbol !== undefined) {
    const chosen = parseHazardSymbol(substance.betaSymbol);
    if (!chosen) return { ok: false, problem: 'unknown_hazard_symbols', symbols: [substance.betaSymbol] };
    if (symbols.length > 0 && !symbols.includes(chosen)) {
      return { ok: false, problem: 'beta_symbol_not_among_categories', symbol: chosen };
    }
    const row = table4Row(chosen);
    return { ok: true, beta: row.beta, source: { table: 4, row, chosenBy: 'beta_symbol' } };
  }

  const rows = symbols.map(table4Row);
  const [first] = rows;
  if (!first) return { ok: false, problem: 'needs_categories_for_beta' };
  if (rows.every((row) => compare(row.beta, first.beta) === 0)) {
    return { ok: true, beta: first.beta, source: { table: 4, row: first, chosenBy: 'only_value' } };
  }
  return { ok: false, problem: 'choose_beta_symbol', candidates: rows.map((row) => ({ symbol: row.symbol, beta: row.beta })) };
}
