// Threshold quantity Q of one substance, GB 18218-2018 clause 4.1.2: a) a substance named in Table 1 takes the
// Table 1 value; b) any other takes Table 2's value for its hazard categories, and with several categories the
// LOWEST of their values. A name that only matches a Table 1 row with a condition (甲醛 vs 甲醛(含量>90%)) or that
// names several rows (硝化棉) is not decided here: the user picks the row, or confirms the substance is outside
// Table 1 (table1Serial: null). A substance outside Table 1 without categories cannot get a Q at all.
import { findTable1RowsByName, table1RowBySerial, type Table1Row } from '../chemicals/catalog.js';
import { gb18218Table2, parseHazardSymbol, type HazardSymbol, type Table2Row } from './gb18218-tables.js';
import { compare, parseDecimal, type Rational } from './rational.js';

export type SubstanceRef = {
  /** As declared: a Table 1 name or alias, or any name for a substance outside Table 1. */
  name: string;
  /** A Table 1 row chosen by the user (needed when the name alone is ambiguous); null = confirmed not in Table 1. */
  table1Serial?: number | null;
  /** Hazard categories as Table 2/4 symbols (J1…J5, W1.1…W11), from the substance's GB 30000 classification. */
  hazardSymbols?: readonly string[];
  /** Grading only: the symbol whose Table 4 β applies when the substance's symbols give different β values. */
  betaSymbol?: string;
};

export type Table2Candidate = { symbol: HazardSymbol; thresholdTonnes: Rational };

export type ThresholdSource =
  | { table: 1; row: Table1Row; matchedBy: 'serial' | 'name' }
  /** symbol: the category giving the lowest Q (first in the standard's order on a tie); considered: all of them. */
  | { table: 2; symbol: HazardSymbol; row: Table2Row; considered: Table2Candidate[] };

export const thresholdProblemCodes = ['needs_categories', 'choose_table1_row', 'unknown_table1_row', 'unknown_hazard_symbols'] as const;
export type ThresholdProblemCode = (typeof thresholdProblemCodes)[number];

export type ThresholdLookup =
  | { ok: true; Q: Rational; source: ThresholdSource }
  | { ok: false; problem: 'needs_categories' }
  | { ok: false; problem: 'choose_table1_row'; candidates: Table1Row[] }
  | { ok: false; problem: 'unknown_table1_row'; serial: number }
  | { ok: false; problem: 'unknown_hazard_symbols'; symbols: string[] };

/** Parses symbols, dropping repeats; the unreadable ones are returned apart. */
export function readHazardSymbols(texts: readonly string[] = []): { symbols: HazardSymbol[]; unknown: string[] } {
  const symbols: HazardSymbol[] = [];
  const unknown: string[] = [];
  for (const text of texts) {
    const symbol = parseHazardSymbol(text);
    if (!symbol) unknown.push(text);
    else if (!symbols.includes(symbol)) symbols.push(symbol);
  }
  return { symbols, unknown };
}

function table1Threshold(row: Table1Row, matchedBy: 'serial' | 'name'): ThresholdLookup {
  const Q = parseDecimal(row.thresholdTonnes);
  if (!Q) throw new Error(`gb18218-table1.json: unreadable threshold '${row.thresholdTonnes}' in row ${row.serial}`);
  return { ok: true, Q, source: { table: 1, row, matchedBy } };
}

/** Table 2: the lowest threshold among the given categories. */
export function table2Threshold(symbols: readonly HazardSymbol[]): ThresholdLookup {
  const rows = gb18218Table2.filter((row) => symbols.includes(row.symbol));
  const lowest = rows.reduce<Table2Row | undefined>(
    (best, row) => (!best || compare(row.thresholdTonnes, best.thresholdTonnes) < 0 ? row : best),
    undefined,
  );
  if (!lowest) return { ok: false, problem: 'needs_categories' };
  return {
    ok: true,
    Q: lowest.thresholdTonnes,
    source: {
      table: 2,
      symbol: lowest.symbol,
      row: lowest,
      considered: rows.map((row) => ({ symbol: row.symbol, thresholdTonnes: row.thresholdTonnes })),
    },
  };
}

export function thresholdFor(substance: SubstanceRef): ThresholdLookup {
  const serial = substance.table1Serial;
  if (typeof serial === 'number') {
    const row = table1RowBySerial(serial);
    return row ? table1Threshold(row, 'serial') : { ok: false, problem: 'unknown_table1_row', serial };
  }
  if (serial === undefined) {
    const { exact, qualified } = findTable1RowsByName(substance.name);
    const [only, ...others] = exact;
    if (only && others.length === 0) return table1Threshold(only, 'name');
    if (exact.length > 1) return { ok: false, problem: 'choose_table1_row', candidates: exact };
    if (qualified.length > 0) return { ok: false, problem: 'choose_table1_row', candidates: qualified };
  }
  const { symbols, unknown } = readHazardSymbols(substance.hazardSymbols);
  if (unknown.length > 0) return { ok: false, problem: 'unknown_hazard_symbols', symbols: unknown };
  return table2Threshold(symbols);
}
