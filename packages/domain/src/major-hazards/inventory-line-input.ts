// Inventory lines as a person or a file gives them (docs/api-contract.md InventoryLineInput), checked before anything
// is stored or computed, so the inventory PUT, the calculator (POST /api/major-hazards/identify) and the importers
// refuse the same things with the same codes, each naming its row (index + 1) and field. What is refused: what no one
// can compute with (a quantity that is not a non-negative decimal, an unknown unit, m³ without a density, a wrong
// CAS check digit, a hazard symbol outside Tables 2/4, a Table 1 row that does not exist) and a substance the
// platform cannot place at all (not in Table 1 and no hazard categories: "unknown chemical"). What is NOT refused:
// a name that names several Table 1 rows (硝化棉) or only a row with a condition (甲醛): that is stored and the
// identification says 'incomplete' (choose_table1_row) until the user picks the row.
import { findTable1RowsByName, table1RowBySerial } from '../chemicals/catalog.js';
import { parseCasNumber } from '../chemicals/cas-number.js';
import { parseHazardSymbol, type HazardSymbol } from './gb18218-tables.js';
import { parseDensityUnit, parseQuantityUnit, readDecimal, type DensityUnit, type QuantityUnit } from './quantity.js';
import { isNegative } from './rational.js';

export type InventoryLineInput = {
  chemicalName: string;
  cas?: string | null;
  table1Serial?: number | null;
  outsideTable1?: boolean;
  hazardSymbols?: readonly string[] | null;
  betaSymbol?: string | null;
  quantity: string | number;
  quantityUnit: string;
  density?: string | number | null;
  densityUnit?: string | null;
  physicalState?: string | null;
  containerType?: string | null;
};

export type CheckedInventoryLine = {
  chemicalName: string;
  /** Canonical spelling (parseCasNumber). */
  cas: string | null;
  table1Serial: number | null;
  outsideTable1: boolean;
  hazardSymbols: HazardSymbol[];
  betaSymbol: HazardSymbol | null;
  /** The decimal as typed (trimmed, NFKC): stored as text, read exactly by quantityInTonnes. */
  quantity: string;
  quantityUnit: QuantityUnit;
  density: string | null;
  densityUnit: DensityUnit | null;
  physicalState: string | null;
  containerType: string | null;
};

export const inventoryLineProblemCodes = [
  'INVENTORY_CHEMICAL_REQUIRED', 'CAS_FORMAT', 'CAS_CHECK_DIGIT', 'TABLE1_ROW_UNKNOWN', 'INVENTORY_TABLE1_CONFLICT',
  'HAZARD_SYMBOL_UNKNOWN', 'INVENTORY_CATEGORIES_REQUIRED', 'BETA_SYMBOL_NOT_AMONG_CATEGORIES', 'QUANTITY_INVALID',
  'QUANTITY_UNIT_UNKNOWN', 'DENSITY_REQUIRED', 'DENSITY_INVALID', 'DENSITY_UNIT_UNKNOWN', 'DENSITY_UNIT_REQUIRED',
] as const;
export type InventoryLineProblemCode = (typeof inventoryLineProblemCodes)[number];
export type InventoryLineProblem = {
  /** 1-based position of the line in the input. */
  row: number;
  field: keyof InventoryLineInput;
  code: InventoryLineProblemCode;
  params?: Record<string, string | number>;
};

export type InventoryCheck = { ok: true; lines: CheckedInventoryLine[] } | { ok: false; problems: InventoryLineProblem[] };

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v).normalize('NFKC').trim());
const orNull = (s: string): string | null => (s === '' ? null : s);

/** A non-negative decimal as typed, or null. */
function decimalText(v: string | number | null | undefined): string | null {
  const s = text(v);
  const r = s === '' ? null : readDecimal(s);
  return r && !isNegative(r) ? s : null;
}

export function checkInventoryLine(input: InventoryLineInput, row: number): { line: CheckedInventoryLine | null; problems: InventoryLineProblem[] } {
  const problems: InventoryLineProblem[] = [];
  const add = (field: keyof InventoryLineInput, code: InventoryLineProblemCode, params?: Record<string, string | number>) =>
    problems.push({ row, field, code, ...(params ? { params } : {}) });

  const chemicalName = text(input.chemicalName);
  if (chemicalName === '') add('chemicalName', 'INVENTORY_CHEMICAL_REQUIRED');

  let cas: string | null = null;
  const casText = text(input.cas);
  if (casText !== '') {
    const parsed = parseCasNumber(casText);
    if (parsed.ok) cas = parsed.cas;
    else add('cas', parsed.problem === 'check_digit' ? 'CAS_CHECK_DIGIT' : 'CAS_FORMAT', { cas: casText });
  }

  const table1Serial = typeof input.table1Serial === 'number' ? input.table1Serial : null;
  if (table1Serial !== null && !table1RowBySerial(table1Serial)) add('table1Serial', 'TABLE1_ROW_UNKNOWN', { serial: table1Serial });
  const outsideTable1 = input.outsideTable1 === true;
  if (outsideTable1 && table1Serial !== null) add('outsideTable1', 'INVENTORY_TABLE1_CONFLICT', { serial: table1Serial });

  const hazardSymbols: HazardSymbol[] = [];
  for (const raw of input.hazardSymbols ?? []) {
    if (text(raw) === '') continue;
    const symbol = parseHazardSymbol(raw);
    if (!symbol) add('hazardSymbols', 'HAZARD_SYMBOL_UNKNOWN', { symbol: text(raw) });
    else if (!hazardSymbols.includes(symbol)) hazardSymbols.push(symbol);
  }
  let betaSymbol: HazardSymbol | null = null;
  if (text(input.betaSymbol) !== '') {
    betaSymbol = parseHazardSymbol(text(input.betaSymbol));
    if (!betaSymbol) add('betaSymbol', 'HAZARD_SYMBOL_UNKNOWN', { symbol: text(input.betaSymbol) });
    else if (hazardSymbols.length > 0 && !hazardSymbols.includes(betaSymbol)) add('betaSymbol', 'BETA_SYMBOL_NOT_AMONG_CATEGORIES', { symbol: betaSymbol });
  }

  // An unknown chemical: nothing ties it to Table 1 and no category gives it a Table 2 threshold.
  if (chemicalName !== '' && table1Serial === null && hazardSymbols.length === 0 && !problems.some((p) => p.field === 'hazardSymbols')) {
    const byName = outsideTable1 ? null : findTable1RowsByName(chemicalName);
    if (!byName || (byName.exact.length === 0 && byName.qualified.length === 0)) add('hazardSymbols', 'INVENTORY_CATEGORIES_REQUIRED', { name: chemicalName });
  }

  const quantity = decimalText(input.quantity);
  if (quantity === null) add('quantity', 'QUANTITY_INVALID', { value: text(input.quantity) });
  const quantityUnit = parseQuantityUnit(text(input.quantityUnit));
  if (!quantityUnit) add('quantityUnit', 'QUANTITY_UNIT_UNKNOWN', { unit: text(input.quantityUnit) });

  const densityGiven = text(input.density) !== '';
  const density = densityGiven ? decimalText(input.density) : null;
  if (densityGiven && (density === null || readDecimal(density)?.num === 0n)) add('density', 'DENSITY_INVALID', { value: text(input.density) });
  if (quantityUnit === 'm3' && !densityGiven) add('density', 'DENSITY_REQUIRED');
  // The unit of a density is never assumed: 0.8 and 800 differ by a factor of 1000.
  let densityUnit: DensityUnit | null = null;
  if (text(input.densityUnit) !== '') {
    densityUnit = parseDensityUnit(text(input.densityUnit));
    if (!densityUnit) add('densityUnit', 'DENSITY_UNIT_UNKNOWN', { unit: text(input.densityUnit) });
  } else if (densityGiven) add('densityUnit', 'DENSITY_UNIT_REQUIRED');

  if (problems.length > 0 || quantity === null || !quantityUnit) return { line: null, problems };
  return {
    line: {
      chemicalName, cas, table1Serial, outsideTable1, hazardSymbols, betaSymbol, quantity, quantityUnit,
      density: densityGiven ? density : null, densityUnit: densityGiven ? densityUnit : null,
      physicalState: orNull(text(input.physicalState)), containerType: orNull(text(input.containerType)),
    },
    problems,
  };
}

/** All lines checked; every problem of every line is reported, so one answer fixes the whole form. */
export function checkInventoryLines(inputs: readonly InventoryLineInput[]): InventoryCheck {
  const lines: CheckedInventoryLine[] = [];
  const problems: InventoryLineProblem[] = [];
  inputs.forEach((input, index) => {
    const checked = checkInventoryLine(input, index + 1);
    problems.push(...checked.problems);
    if (checked.line) lines.push(checked.line);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}
