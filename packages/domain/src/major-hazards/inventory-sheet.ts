// An inventory sheet (`hazgov identify`, a consultant's .xlsx or .csv) read into units of GB 18218 inventory lines.
// Header: unit,chemical,cas,quantity_t,hazard_category,exposed_people — one row per substance in a unit; optional
// extra columns table1_serial (a Table 1 row number, or "none" = confirmed outside Table 1) and beta_category (the
// Table 4 symbol whose β applies when the categories disagree). Every bad cell is reported with its row (as the
// spreadsheet numbers it, header = row 1) and column; nothing is guessed: a row with a bad cell yields no line,
// and a unit missing a line would understate S, so callers must not identify anything while problems remain.
// Deciding the threshold row itself is left to thresholdFor (a name meaning several Table 1 rows is the unit's
// problem there); this file only turns the cells into a SubstanceRef, with the CAS number as a cross-check.
import { findTable1RowsByCas, findTable1RowsByName, table1RowBySerial, type Table1Row } from '../chemicals/catalog.js';
import { parseCasNumber } from '../chemicals/cas-number.js';
import { chemicalBaseKey } from '../chemicals/chemical-name.js';
import { parseHazardSymbol, type HazardSymbol } from './gb18218-tables.js';
import type { InventoryLine } from './identify-unit.js';
import { isNegative, parseDecimal } from './rational.js';
import type { SubstanceRef } from './threshold.js';

export const inventorySheetColumns = ['unit', 'chemical', 'cas', 'quantity_t', 'hazard_category', 'exposed_people'] as const;
export const inventorySheetExtraColumns = ['table1_serial', 'beta_category'] as const;
type Column = (typeof inventorySheetColumns)[number] | (typeof inventorySheetExtraColumns)[number];
const knownColumns: readonly string[] = [...inventorySheetColumns, ...inventorySheetExtraColumns];
const requiredColumns: readonly Column[] = ['unit', 'quantity_t'];

export const sheetProblemCodes = [
  'no_rows', 'missing_column', 'unknown_column', 'duplicate_column',
  'missing_unit', 'missing_substance', 'cas_format', 'cas_check_digit', 'cas_name_mismatch', 'cas_needs_table1_row',
  'cas_not_in_table1_needs_category', 'missing_quantity', 'bad_quantity', 'negative_quantity', 'unknown_hazard_category',
  'bad_table1_serial', 'table1_serial_cas_mismatch', 'outside_table1_needs_category', 'unknown_beta_category',
  'beta_category_not_among', 'bad_exposed_people', 'exposed_people_differs',
] as const;
export type SheetProblemCode = (typeof sheetProblemCodes)[number];
/** row: as the spreadsheet numbers it (header = 1); null for a problem of the whole sheet. */
export type SheetProblem = { row: number | null; column: string | null; code: SheetProblemCode; params: Record<string, string | number> };

/** One data row: its number in the spreadsheet and its cells as text, in header order. */
export type SheetRow = { row: number; cells: readonly string[] };
export type SheetLine = { row: number; chemical: string; cas: string | null; line: InventoryLine };
export type SheetUnit = { unit: string; lines: SheetLine[]; exposedPeople: number | null; exposedPeopleRow: number | null };
export type InventorySheet = { ok: true; units: SheetUnit[] } | { ok: false; problems: SheetProblem[] };

const clean = (text: string | undefined): string => (text ?? '').normalize('NFKC').trim();
const NONE = new Set(['NONE', '无', '否', '不在表1', 'N/A']);
const rowsText = (rows: readonly Table1Row[]): string => rows.map((r) => `${r.serial} ${r.name}`).join('; ');

/** A row whose name carries no condition to confirm (甲醛(含量>90%) carries one; 煤气(CO…) only lists what it covers). */
const unconditional = (row: Table1Row): boolean => findTable1RowsByName(chemicalBaseKey(row.name)).exact.includes(row);

type Cells = Partial<Record<Column, string>>;
type RowResult = { ok: true; substance: SubstanceRef; cas: string | null } | { ok: false; column: Column; code: SheetProblemCode; params?: Record<string, string | number> };

/** The substance of a row from chemical, cas and table1_serial, cross-checked; symbols already read. */
function substanceOf(cells: Cells, symbols: HazardSymbol[], betaSymbol: HazardSymbol | undefined): RowResult {
  const name = (cells.chemical ?? '').trim(); // as typed: the catalog compares names in its own normal form
  const casText = clean(cells.cas);
  const extra = { ...(symbols.length > 0 ? { hazardSymbols: symbols } : {}), ...(betaSymbol ? { betaSymbol } : {}) };
  let cas: string | null = null;
  if (casText !== '') {
    const parsed = parseCasNumber(casText);
    if (!parsed.ok) return { ok: false, column: 'cas', code: parsed.problem === 'format' ? 'cas_format' : 'cas_check_digit', params: { value: casText } };
    cas = parsed.cas;
  }
  const found = (substance: SubstanceRef): RowResult => ({ ok: true, substance, cas });
  if (name === '' && cas === null) return { ok: false, column: 'chemical', code: 'missing_substance' };
  const display = name !== '' ? name : (cas ?? '');

  const serialText = clean(cells.table1_serial);
  if (serialText !== '') {
    if (NONE.has(serialText.toUpperCase())) {
      if (symbols.length === 0) return { ok: false, column: 'hazard_category', code: 'outside_table1_needs_category' };
      return found({ name: display, table1Serial: null, ...extra });
    }
    const row = /^\d+$/.test(serialText) ? table1RowBySerial(Number(serialText)) : undefined;
    if (!row) return { ok: false, column: 'table1_serial', code: 'bad_table1_serial', params: { value: serialText } };
    if (cas !== null && row.cas.length > 0 && !row.cas.some((c) => c.cas === cas)) {
      return { ok: false, column: 'cas', code: 'table1_serial_cas_mismatch', params: { cas, rows: rowsText([row]) } };
    }
    return found({ name: name !== '' ? name : row.name, table1Serial: row.serial, ...extra });
  }
  if (cas === null) return found({ name, ...extra }); // thresholdFor decides by name

  const byCas = findTable1RowsByCas(cas);
  if (name !== '') {
    const { exact, qualified } = findTable1RowsByName(name);
    const named = exact.length > 0 ? exact : qualified;
    if (named.length > 0) {
      const agree = named.filter((row) => byCas.includes(row));
      const [only] = agree;
      if (only && agree.length === 1 && exact.length > 0) return found({ name, table1Serial: only.serial, ...extra });
      // several rows, or a condition to confirm: thresholdFor asks for the row, by name
      if (agree.length > 0 || named.every((row) => row.cas.length === 0)) return found({ name, ...extra });
      return { ok: false, column: 'cas', code: 'cas_name_mismatch', params: { cas, rows: rowsText(named) } };
    }
  }
  const [first, ...more] = byCas;
  if (!first) {
    if (symbols.length === 0) return { ok: false, column: 'hazard_category', code: 'cas_not_in_table1_needs_category', params: { cas } };
    return found({ name: display, table1Serial: null, ...extra });
  }
  if (more.length === 0 && unconditional(first)) return found({ name: name !== '' ? name : first.name, table1Serial: first.serial, ...extra });
  return { ok: false, column: 'cas', code: 'cas_needs_table1_row', params: { cas, rows: rowsText(byCas) } };
}

function symbolsOf(cells: Cells): { symbols: HazardSymbol[]; beta?: HazardSymbol } | { column: Column; code: SheetProblemCode; params: Record<string, string> } {
  const symbols: HazardSymbol[] = [];
  for (const text of clean(cells.hazard_category).split(/[\s,;、/|]+/).filter(Boolean)) {
    const symbol = parseHazardSymbol(text);
    if (!symbol) return { column: 'hazard_category', code: 'unknown_hazard_category', params: { value: text } };
    if (!symbols.includes(symbol)) symbols.push(symbol);
  }
  const betaText = clean(cells.beta_category);
  if (betaText === '') return { symbols };
  const beta = parseHazardSymbol(betaText);
  if (!beta) return { column: 'beta_category', code: 'unknown_beta_category', params: { value: betaText } };
  if (symbols.length > 0 && !symbols.includes(beta)) return { column: 'beta_category', code: 'beta_category_not_among', params: { value: beta, symbols: symbols.join(' ') } };
  return { symbols, beta };
}

function headerProblems(header: readonly string[], headerRow: number): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const seen = new Set<string>();
  header.forEach((raw, i) => {
    const name = clean(raw).toLowerCase();
    if (name === '') return;
    if (!knownColumns.includes(name)) problems.push({ row: headerRow, column: clean(raw), code: 'unknown_column', params: { position: i + 1, expected: knownColumns.join(',') } });
    else if (seen.has(name)) problems.push({ row: headerRow, column: name, code: 'duplicate_column', params: {} });
    seen.add(name);
  });
  for (const column of requiredColumns) if (!seen.has(column)) problems.push({ row: headerRow, column, code: 'missing_column', params: {} });
  if (!seen.has('chemical') && !seen.has('cas')) problems.push({ row: headerRow, column: 'chemical', code: 'missing_column', params: {} });
  return problems;
}

/** Reads the data rows (blank rows skipped) into units, in the order each unit first appears. */
export function readInventorySheet(header: readonly string[], rows: readonly SheetRow[], headerRow = 1): InventorySheet {
  const problems = headerProblems(header, headerRow);
  if (problems.length > 0) return { ok: false, problems };
  const index = new Map(header.map((h, i) => [clean(h).toLowerCase(), i] as const));
  const units = new Map<string, SheetUnit>();
  let dataRows = 0;

  for (const { row, cells } of rows) {
    if (cells.every((c) => clean(c) === '')) continue;
    dataRows += 1;
    const get: Cells = {};
    for (const column of knownColumns) {
      const at = index.get(column);
      if (at !== undefined) get[column as Column] = cells[at] ?? '';
    }
    const problem = (column: Column, code: SheetProblemCode, params: Record<string, string | number> = {}) => problems.push({ row, column, code, params });
    const unitName = (get.unit ?? '').trim(); // as typed, so the report names the unit as the sheet does
    if (unitName === '') problem('unit', 'missing_unit');

    const quantityText = clean(get.quantity_t);
    const quantity = parseDecimal(quantityText);
    if (quantityText === '') problem('quantity_t', 'missing_quantity');
    else if (!quantity) problem('quantity_t', 'bad_quantity', { value: quantityText });
    else if (isNegative(quantity)) problem('quantity_t', 'negative_quantity', { value: quantityText });

    const people = readPeople(clean(get.exposed_people));
    if (people === 'bad') problem('exposed_people', 'bad_exposed_people', { value: clean(get.exposed_people) });

    const read = symbolsOf(get);
    const substance = 'symbols' in read ? substanceOf(get, read.symbols, read.beta) : null;
    if (!('symbols' in read)) problem(read.column, read.code, read.params);
    else if (substance && !substance.ok) problem(substance.column, substance.code, substance.params);
    if (unitName === '') continue;

    let unit = units.get(unitName);
    if (!unit) units.set(unitName, (unit = { unit: unitName, lines: [], exposedPeople: null, exposedPeopleRow: null }));
    if (typeof people === 'number') {
      if (unit.exposedPeople === null) [unit.exposedPeople, unit.exposedPeopleRow] = [people, row];
      else if (unit.exposedPeople !== people) {
        problem('exposed_people', 'exposed_people_differs', { value: people, first: unit.exposedPeople, firstRow: unit.exposedPeopleRow ?? 0, unit: unitName });
      }
    }
    if (substance?.ok && quantity && !isNegative(quantity)) {
      unit.lines.push({
        row,
        chemical: (get.chemical ?? '').trim(),
        cas: substance.cas,
        line: { substance: substance.substance, quantity: { value: quantityText, unit: 't' } },
      });
    }
  }
  if (dataRows === 0) problems.push({ row: null, column: null, code: 'no_rows', params: {} });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, units: [...units.values()] };
}

/** exposed_people: blank → null; a whole number ≥ 0 (Excel's "40" or "40.0") → the number; else 'bad'. */
function readPeople(text: string): number | null | 'bad' {
  if (text === '') return null;
  const value = parseDecimal(text);
  if (!value || isNegative(value) || value.den !== 1n || value.num > BigInt(Number.MAX_SAFE_INTEGER)) return 'bad';
  return Number(value.num);
}
