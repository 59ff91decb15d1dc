// GB 18218-2018 Tables 2–6 as exact values, read from data/standards/gb18218-table2.json and gb18218-grading.json
// (Table 1 is the chemical catalog: chemicals/catalog.ts). Numbers become rationals here, once, from their printed
// decimals, so the identification and grading rules never see a float. A corrected edition of the JSON changes
// the values without a code change; the tests check the shape (24 symbols, contiguous bands).
import grading from '../../../../data/standards/gb18218-grading.json';
import table2 from '../../../../data/standards/gb18218-table2.json';
import { compare, fromNumber, type Rational } from './rational.js';

/** Hazard category symbols of Tables 2 and 4: J = health hazard (acute toxicity), W = physical hazard. */
export const hazardSymbols = [
  'J1', 'J2', 'J3', 'J4', 'J5',
  'W1.1', 'W1.2', 'W1.3', 'W2', 'W3', 'W4', 'W5.1', 'W5.2', 'W5.3', 'W5.4',
  'W6.1', 'W6.2', 'W7.1', 'W7.2', 'W8', 'W9.1', 'W9.2', 'W10', 'W11',
] as const;
export type HazardSymbol = (typeof hazardSymbols)[number];

/** "w5.1", " Ｗ５.１ " → "W5.1"; null for anything not in Tables 2/4. */
export function parseHazardSymbol(text: string): HazardSymbol | null {
  const key = text.normalize('NFKC').trim().toUpperCase();
  return (hazardSymbols as readonly string[]).includes(key) ? (key as HazardSymbol) : null;
}

function symbolOf(text: string, file: string): HazardSymbol {
  const symbol = parseHazardSymbol(text);
  if (!symbol) throw new Error(`${file}: unknown hazard symbol '${text}'`);
  return symbol;
}

/** Table 2: threshold quantity by hazard category, for substances outside Table 1. */
export type Table2Row = {
  symbol: HazardSymbol;
  group: string;
  category: string;
  description: string;
  thresholdTonnes: Rational;
};

export const gb18218Table2: readonly Table2Row[] = table2.entries.map((e) => ({
  symbol: symbolOf(e.symbol, 'gb18218-table2.json'),
  group: e.group,
  category: e.category,
  description: e.description,
  thresholdTonnes: fromNumber(e.critical_quantity_t),
}));

/** Table 3: β of 14 named toxic gases. */
export type Table3Row = { name: string; beta: Rational };
export const gb18218Table3: readonly Table3Row[] = grading.entries.table3_beta_toxic_gases.map((e) => ({
  name: e.name,
  beta: fromNumber(e.beta),
}));

/** Table 4: β by hazard symbol, for every substance not in Table 3 (Table-1 substances included). */
export type Table4Row = { symbol: HazardSymbol; category: string; beta: Rational };
export const gb18218Table4: readonly Table4Row[] = grading.entries.table4_beta_by_category.map((e) => ({
  symbol: symbolOf(e.symbol, 'gb18218-grading.json'),
  category: e.category,
  beta: fromNumber(e.beta),
}));

/** Table 5: α by resident population within 500 m of the plant boundary (maxPeople null = no upper bound). */
export type Table5Band = { label: string; minPeople: number; maxPeople: number | null; alpha: Rational };
export const gb18218Table5: readonly Table5Band[] = grading.entries.table5_alpha.map((e) => ({
  label: e.label,
  minPeople: e.min_people,
  maxPeople: e.max_people,
  alpha: fromNumber(e.alpha),
}));

export const majorHazardGrades = [1, 2, 3, 4] as const;
export type MajorHazardGrade = (typeof majorHazardGrades)[number];
const GRADE_OF_LABEL: Readonly<Record<string, MajorHazardGrade>> = { 一级: 1, 二级: 2, 三级: 3, 四级: 4 };

/** Table 6: grade by R; rMin is inclusive, rMaxExclusive exclusive (null = unbounded), as printed ("100>R≥50"). */
export type Table6Band = {
  grade: MajorHazardGrade;
  label: string;
  expression: string;
  rMin: Rational | null;
  rMaxExclusive: Rational | null;
};
export const gb18218Table6: readonly Table6Band[] = grading.entries.table6_levels.map((e) => {
  const grade = GRADE_OF_LABEL[e.level];
  if (!grade) throw new Error(`gb18218-grading.json: unknown level '${e.level}'`);
  return {
    grade,
    label: e.level,
    expression: e.expression,
    rMin: e.r_min_inclusive === null ? null : fromNumber(e.r_min_inclusive),
    rMaxExclusive: e.r_max_exclusive === null ? null : fromNumber(e.r_max_exclusive),
  };
});

/** Whether R falls in a Table 6 band: rMin ≤ R < rMaxExclusive. */
export const inTable6Band = (band: Table6Band, r: Rational): boolean =>
  (band.rMin === null || compare(r, band.rMin) >= 0) && (band.rMaxExclusive === null || compare(r, band.rMaxExclusive) < 0);
