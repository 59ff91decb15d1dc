// The 存储物料 sheet: each row one substance of a unit. The domain's readInventoryLine decides what is refused —
// the same rules as the inventory form (unreadable or negative quantity, unknown unit, m³ without density, CAS
// check digit, unknown hazard symbol or Table 1 row, a chemical neither in Table 1 nor the catalog and without
// categories). Before it, two things a spreadsheet user cannot be asked to do by hand are filled in: a name that is
// not in Table 1 but whose CAS number is on exactly one Table 1 row takes that row, and a substance the catalog
// classifies takes the catalog's hazard categories when the row gives none. A name naming several Table 1 rows
// (硝化棉) is stored as the form stores it: the identification asks for the row ('incomplete').
import { findTable1RowsByCas, findTable1RowsByName } from '@hazgov/domain/chemicals/catalog';
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { chemicalNameKey } from '@hazgov/domain/chemicals/chemical-name';
import { readInventoryLine } from '@hazgov/domain/enterprises/inventory-line-input';
import { parseHazardSymbol } from '@hazgov/domain/major-hazards/gb18218-tables';
import { RowReader } from './cell-readers.js';
import { reportDomainProblems } from './check-enterprise-rows.js';
import { readOwner, type KnownEnterprise } from './check-unit-rows.js';
import type { ProblemList } from './import-problem.js';
import { unitKey, type CatalogIndex, type ImportLookups, type LineRecord } from './import-model.js';
import type { RawRow } from './read-enterprise-workbook.js';

const SYMBOL_SPLIT = /[,，;；、\s]+/;

function catalogSymbols(catalog: CatalogIndex, nameKey: string, cas: string | null): { known: boolean; symbols: string[] } {
  const byName = catalog.byName.get(nameKey);
  const entry = byName !== undefined ? byName : cas ? catalog.byCas.get(cas) : undefined;
  if (entry === undefined) return { known: false, symbols: [] };
  return { known: true, symbols: (entry ?? '').split(SYMBOL_SPLIT).filter((s) => parseHazardSymbol(s) !== null) };
}

export function knownUnits(unitRows: readonly RawRow[], lookups: ImportLookups): Set<string> {
  const keys = new Set<string>();
  for (const r of unitRows) keys.add(unitKey(String(r.cells.uscc ?? '').normalize('NFKC').trim().toUpperCase(), String(r.cells.name ?? '').trim().replace(/\s+/g, ' ')));
  for (const e of lookups.existing.values()) {
    if (!lookups.inScope(e.path)) continue;
    for (const u of lookups.details.get(e.id)?.units ?? []) keys.add(unitKey(e.uscc, u.name));
  }
  return keys;
}

/** A lookup remembered by name: 60,000 lines name a few hundred substances. */
function memo<T>(f: (name: string) => T): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    if (!seen.has(name)) seen.set(name, f(name));
    return seen.get(name) as T;
  };
}

export function checkInventoryRows(rows: readonly RawRow[], known: KnownEnterprise, units: Set<string>, lookups: ImportLookups, problems: ProblemList): LineRecord[] {
  const out: LineRecord[] = [];
  const table1ByName = memo(findTable1RowsByName);
  const nameKey = memo(chemicalNameKey);
  for (const raw of rows) {
    const before = problems.size;
    const r = new RowReader('inventory', raw, problems);
    const uscc = readOwner(r, known);
    const unit = r.text('unit', { required: true, max: 200 });
    if (uscc !== null && unit !== null && !units.has(unitKey(uscc, unit))) r.problem('unit', 'ENTERPRISE_IMPORT_UNIT_UNKNOWN', { value: unit });
    const name = r.text('chemicalName', { required: true, max: 200 });
    const cas = r.text('cas', { max: 40 });
    const serial = r.count('table1Serial');
    const outside = r.choice('yesNo', 'outsideTable1');
    let symbols = (r.text('hazardSymbols', { max: 200 }) ?? '').split(SYMBOL_SPLIT).filter(Boolean);
    const betaSymbol = r.text('betaSymbol', { max: 20 });
    const quantity = r.decimal('quantity');
    if (quantity.blank) r.problem('quantity', 'ENTERPRISE_IMPORT_REQUIRED');
    const quantityUnit = r.text('quantityUnit', { required: true, max: 20 });
    const density = r.decimal('density');
    const densityUnit = r.text('densityUnit', { max: 20 });
    const physicalState = r.choice('physicalState', 'physicalState');
    const containerType = r.text('containerType', { max: 100 });
    if (problems.size > before || uscc === null || unit === null || name === null || serial === undefined || outside === undefined
      || physicalState === undefined || quantity.text === null || quantityUnit === null) continue;

    const parsedCas = cas === null ? null : parseCasNumber(cas);
    const canonicalCas = parsedCas?.ok ? parsedCas.cas : null;
    let table1Serial = serial;
    const byName = table1ByName(name);
    const inTable1ByName = byName.exact.length > 0 || byName.qualified.length > 0;
    if (table1Serial === null && outside !== '1' && !inTable1ByName && canonicalCas) {
      const [only, ...more] = findTable1RowsByCas(canonicalCas);
      if (only && more.length === 0) table1Serial = only.serial;
    }
    const catalog = catalogSymbols(lookups.catalog, nameKey(name), canonicalCas);
    if (symbols.length === 0 && table1Serial === null && (outside === '1' || !inTable1ByName)) symbols = catalog.symbols;

    const checked = readInventoryLine({
      chemicalName: name, cas, table1Serial, outsideTable1: outside === '1', hazardSymbols: symbols, betaSymbol, quantity: quantity.text,
      quantityUnit, density: density.text, densityUnit, physicalState, containerType,
    }, 0, () => catalog.known);
    if (!checked.value) {
      reportDomainProblems(r, checked.problems.map(({ row: _row, params, ...p }) => ({ ...p, params: withoutRow(params) })));
      continue;
    }
    const v = checked.value;
    out.push({
      row: raw.row, uscc, unit,
      values: {
        chemical_name: v.chemicalName, cas: v.cas, table1_serial: v.table1Serial, outside_table1: v.outsideTable1 ? 1 : 0,
        hazard_symbols: v.hazardSymbols.length > 0 ? v.hazardSymbols.join(',') : null, beta_symbol: v.betaSymbol, quantity: v.quantity,
        quantity_unit: v.quantityUnit, density: v.density, density_unit: v.density === null ? null : v.densityUnit,
        physical_state: v.physicalState, container_type: v.containerType,
      },
    });
  }
  return out;
}

function withoutRow(params: Record<string, string | number> | undefined): Record<string, string | number> {
  const { row: _row, ...rest } = params ?? {};
  return rest;
}
