// Checks one inventory line as typed before it is stored. Malformed values are input errors (nothing is saved):
// an unreadable or negative quantity, an unknown unit, m³ without a density, a CAS number with a wrong check digit,
// an unknown hazard symbol or Table 1 row, and a chemical nobody can identify (neither in GB 18218 Table 1 nor in
// the catalog, and no hazard categories given, so no threshold can ever be found). What only the identification can
// settle — which Table 1 row a 硝化棉 line means, which β applies — is NOT an error here: the line is saved and the
// stored trace shows the problem for the user to resolve (status 'incomplete').
import { parseCasNumber } from '../chemicals/cas-number.js';
import { findTable1RowsByCas, findTable1RowsByName, table1RowBySerial } from '../chemicals/catalog.js';
import { parseHazardSymbol, type HazardSymbol } from '../major-hazards/gb18218-tables.js';
import { parseDensityUnit, parseQuantityUnit, readDecimal, type DensityUnit, type QuantityUnit } from '../major-hazards/quantity.js';
import { isNegative } from '../major-hazards/rational.js';
import type { ErrorDetail } from '../shared/app-error.js';
import { isOneOf, physicalStates, type PhysicalState } from './enterprise-values.js';
import { textOrNull } from './location-input.js';

export type InventoryLineInput = {
  chemicalName: string; cas?: string | null | undefined; table1Serial?: number | null | undefined; outsideTable1?: boolean | null | undefined;
  hazardSymbols?: readonly string[] | null | undefined; betaSymbol?: string | null | undefined; quantity: string | number; quantityUnit: string;
  density?: string | number | null | undefined; densityUnit?: string | null | undefined; physicalState?: string | null | undefined;
  containerType?: string | null | undefined;
};

export type InventoryLineFields = {
  chemicalName: string; cas: string | null; table1Serial: number | null; outsideTable1: boolean; hazardSymbols: HazardSymbol[];
  betaSymbol: HazardSymbol | null; quantity: string; quantityUnit: QuantityUnit; density: string | null; densityUnit: DensityUnit | null;
  physicalState: PhysicalState | null; containerType: string | null;
};

/** Whether the district's chemical catalog knows a substance by this name or CAS number (looked up by the caller). */
export type CatalogLookup = (line: { name: string; cas: string | null }) => boolean;

const decimalText = (v: string | number | null | undefined): string | null => (v === null || v === undefined ? null : textOrNull(String(v)));

export function readInventoryLine(input: InventoryLineInput, index: number, inCatalog: CatalogLookup): { value: InventoryLineFields | null; problems: ErrorDetail[] } {
  const row = index + 1;
  const problems: ErrorDetail[] = [];
  const problem = (field: string, code: string, params: Record<string, string | number> = {}): void => {
    problems.push({ row, field, code, params: { row, ...params } });
  };

  const chemicalName = input.chemicalName.trim();
  if (chemicalName === '') problem('chemicalName', 'INVENTORY_CHEMICAL_NAME_REQUIRED');

  let cas: string | null = null;
  const casText = textOrNull(input.cas);
  if (casText !== null) {
    const parsed = parseCasNumber(casText);
    if (parsed.ok) cas = parsed.cas;
    else problem('cas', parsed.problem === 'check_digit' ? 'INVENTORY_CAS_CHECK_DIGIT' : 'INVENTORY_CAS_FORMAT', { cas: casText });
  }

  const quantity = decimalText(input.quantity);
  const amount = quantity === null ? null : readDecimal(quantity);
  if (quantity === null || amount === null) problem('quantity', 'INVENTORY_QUANTITY_INVALID', { value: quantity ?? '' });
  else if (isNegative(amount)) problem('quantity', 'INVENTORY_QUANTITY_NEGATIVE', { value: quantity });

  const quantityUnit = parseQuantityUnit(input.quantityUnit);
  if (!quantityUnit) problem('quantityUnit', 'INVENTORY_UNIT_UNKNOWN', { value: input.quantityUnit });

  const density = decimalText(input.density);
  const densityUnitText = textOrNull(input.densityUnit);
  const densityUnit = densityUnitText === null ? null : parseDensityUnit(densityUnitText);
  if (density !== null) {
    const d = readDecimal(density);
    if (d === null || isNegative(d) || d.num === 0n) problem('density', 'INVENTORY_DENSITY_INVALID', { value: density });
  }
  if (densityUnitText !== null && !densityUnit) problem('densityUnit', 'INVENTORY_DENSITY_UNIT_UNKNOWN', { value: densityUnitText });
  if (quantityUnit === 'm3') {
    if (density === null) problem('density', 'INVENTORY_DENSITY_REQUIRED');
    else if (densityUnitText === null) problem('densityUnit', 'INVENTORY_DENSITY_UNIT_REQUIRED');
  }

  const hazardSymbols: HazardSymbol[] = [];
  for (const text of input.hazardSymbols ?? []) {
    if (text.trim() === '') continue;
    const symbol = parseHazardSymbol(text);
    if (!symbol) problem('hazardSymbols', 'INVENTORY_HAZARD_SYMBOL_UNKNOWN', { symbol: text });
    else if (!hazardSymbols.includes(symbol)) hazardSymbols.push(symbol);
  }
  const betaText = textOrNull(input.betaSymbol);
  const betaSymbol = betaText === null ? null : parseHazardSymbol(betaText);
  if (betaText !== null && !betaSymbol) problem('betaSymbol', 'INVENTORY_BETA_SYMBOL_UNKNOWN', { symbol: betaText });
  if (betaSymbol && hazardSymbols.length > 0 && !hazardSymbols.includes(betaSymbol)) {
    problem('betaSymbol', 'INVENTORY_BETA_SYMBOL_NOT_AMONG_CATEGORIES', { symbol: betaSymbol, symbols: hazardSymbols.join(', ') });
  }

  const table1Serial = input.table1Serial ?? null;
  const outsideTable1 = input.outsideTable1 === true;
  if (table1Serial !== null && !table1RowBySerial(table1Serial)) problem('table1Serial', 'INVENTORY_TABLE1_ROW_UNKNOWN', { serial: table1Serial });
  if (table1Serial !== null && outsideTable1) problem('table1Serial', 'INVENTORY_TABLE1_CONFLICT');

  const physicalState = textOrNull(input.physicalState);
  if (physicalState !== null && !isOneOf(physicalStates, physicalState)) problem('physicalState', 'INVENTORY_PHYSICAL_STATE_UNKNOWN', { value: physicalState });

  // a substance nobody can give a threshold to: the user must classify it (GB 18218 Table 2 categories)
  if (chemicalName !== '' && hazardSymbols.length === 0 && table1Serial === null && !(input.hazardSymbols ?? []).some((s) => s.trim() !== '')) {
    const byName = findTable1RowsByName(chemicalName);
    const inTable1 = !outsideTable1 && (byName.exact.length > 0 || byName.qualified.length > 0 || (cas !== null && findTable1RowsByCas(cas).length > 0));
    if (!inTable1 && !inCatalog({ name: chemicalName, cas })) problem('chemicalName', 'INVENTORY_CHEMICAL_UNKNOWN', { name: chemicalName });
  }

  if (problems.length > 0 || !quantityUnit || quantity === null) return { value: null, problems };
  return {
    value: {
      chemicalName, cas, table1Serial, outsideTable1, hazardSymbols, betaSymbol, quantity, quantityUnit, density,
      densityUnit, physicalState: physicalState as PhysicalState | null, containerType: textOrNull(input.containerType),
    },
    problems: [],
  };
}

/** Every line of an inventory; problems of all lines together, each naming its row (index + 1). */
export function readInventoryLines(lines: readonly InventoryLineInput[], inCatalog: CatalogLookup): { value: InventoryLineFields[] | null; problems: ErrorDetail[] } {
  const out: InventoryLineFields[] = [];
  const problems: ErrorDetail[] = [];
  lines.forEach((line, i) => {
    const r = readInventoryLine(line, i, inCatalog);
    if (r.value) out.push(r.value);
    problems.push(...r.problems);
  });
  return problems.length > 0 ? { value: null, problems } : { value: out, problems: [] };
}
