// The inventory editor's rows: what the user is typing for each line, turned into InventoryLineInput for
// PUT /api/enterprise-units/:id/inventory, and filled from a chemical search hit. Pure: tested without a browser.
import type { ChemicalHit, Flags, IdentificationTrace, InventoryLine, InventoryLineInput, QuantityUnit } from '../api/enterprises.types';

export type Candidate = { serial: number; name: string; thresholdTonnes: string | null };

export type InventoryRow = {
  key: string;
  chemicalName: string;
  cas: string;
  table1Serial: number | null;
  outsideTable1: boolean;
  hazardSymbols: string[];
  betaSymbol: string | null;
  quantity: string;
  quantityUnit: QuantityUnit;
  density: string;
  densityUnit: 't/m3' | 'kg/m3';
  physicalState: InventoryLineInput['physicalState'];
  containerType: string;
  /** Shown beside the name: from the saved line, or from the hit the user picked. */
  flags: Flags | null;
  thresholdTonnes: string | null;
  /** Several Table 1 rows share this name (硝化棉): the user picks one. */
  candidates: Candidate[];
  /** Where the server found the threshold of the saved line (from the unit's identification trace). */
  traced: Traced | null;
  /** Problem codes the last identification reported for this line (needs_categories_for_beta …). */
  problems: string[];
};

export type Traced = { table: 1; serial: number; Q: string } | { table: 2; symbol: string; Q: string };

let seq = 0;
export const newKey = (): string => `row-${Date.now().toString(36)}-${(seq += 1)}`;

export function emptyRow(): InventoryRow {
  return {
    key: newKey(), chemicalName: '', cas: '', table1Serial: null, outsideTable1: false, hazardSymbols: [], betaSymbol: null,
    quantity: '', quantityUnit: 't', density: '', densityUnit: 't/m3', physicalState: null, containerType: '', flags: null, thresholdTonnes: null, candidates: [], traced: null, problems: [],
  };
}

/** The saved line's threshold source, read from the trace line with the same index. */
export function tracedOf(trace: IdentificationTrace, index: number): Traced | null {
  if (trace.status === 'empty') return null;
  const line = trace.lines.find((l) => l.index === index);
  if (!line) return null;
  return line.thresholdSource.table === 1
    ? { table: 1, serial: line.thresholdSource.serial, Q: line.Q.display }
    : { table: 2, symbol: line.thresholdSource.symbol, Q: line.Q.display };
}

/** The problem codes of the line with this index in an incomplete identification. */
export function problemsOf(trace: IdentificationTrace, index: number): string[] {
  return trace.status === 'incomplete' ? trace.problems.filter((p) => p.index === index).map((p) => p.problem) : [];
}

/** Codes that a line's Table 2 categories answer (β of a substance outside Table 3, or which category sets it). */
export const CATEGORY_PROBLEMS: readonly string[] = ['needs_categories', 'needs_categories_for_beta', 'choose_beta_symbol', 'beta_symbol_not_among_categories', 'unknown_hazard_symbols'];

export function rowOf(line: InventoryLine, traced: Traced | null = null, problems: string[] = []): InventoryRow {
  return {
    key: line.id || newKey(),
    chemicalName: line.chemicalName, cas: line.cas ?? '', table1Serial: line.table1Serial ?? null, outsideTable1: !!line.outsideTable1,
    hazardSymbols: line.hazardSymbols ?? [], betaSymbol: line.betaSymbol ?? null, quantity: line.quantity, quantityUnit: line.quantityUnit,
    density: line.density ?? '', densityUnit: line.densityUnit ?? 't/m3', physicalState: line.physicalState ?? null,
    containerType: line.containerType ?? '', flags: line.flags ?? null, thresholdTonnes: null, candidates: [], traced, problems,
  };
}

const isBlank = (r: InventoryRow) => !r.chemicalName.trim() && !r.cas.trim() && !r.quantity.trim();

/** The lines to send: blank rows dropped, numbers as typed (the server keeps decimals exact), m³ with its density. */
export function linesOf(rows: readonly InventoryRow[]): InventoryLineInput[] {
  return rows.filter((r) => !isBlank(r)).map((r) => ({
    chemicalName: r.chemicalName.trim(),
    cas: r.cas.trim() || null,
    table1Serial: r.outsideTable1 ? null : r.table1Serial,
    outsideTable1: r.outsideTable1,
    hazardSymbols: r.hazardSymbols,
    betaSymbol: r.hazardSymbols.length > 1 ? r.betaSymbol : null,
    quantity: r.quantity.trim().replace(/,/g, ''),
    quantityUnit: r.quantityUnit,
    density: r.quantityUnit === 'm3' ? r.density.trim() || null : null,
    densityUnit: r.quantityUnit === 'm3' ? r.densityUnit : null,
    physicalState: r.physicalState ?? null,
    containerType: r.containerType.trim() || null,
  }));
}

/** The row index a sent line came from (blank rows are not sent, so API row numbers skip them). */
export function sentIndexMap(rows: readonly InventoryRow[]): number[] {
  const map: number[] = [];
  rows.forEach((r, i) => { if (!isBlank(r)) map.push(i); });
  return map;
}

/** A picked search hit fills the name, CAS and Table 1 row (or the categories of a chemical outside Table 1). */
export function applyHit(row: InventoryRow, hit: ChemicalHit): InventoryRow {
  const inTable1 = hit.source === 'gb18218_table1' && hit.table1Serial !== null;
  return {
    ...row,
    chemicalName: hit.name,
    cas: hit.cas[0] ?? row.cas,
    table1Serial: inTable1 ? hit.table1Serial : null,
    outsideTable1: !inTable1,
    hazardSymbols: inTable1 ? [] : hit.hazardSymbols,
    betaSymbol: null,
    flags: hit.flags,
    thresholdTonnes: inTable1 ? hit.thresholdTonnes : null,
    candidates: [],
    traced: null,
    problems: [],
  };
}

/**
 * A typed name the user did not pick from the list: one Table 1 row with that exact name or alias decides it;
 * several (硝化棉 → rows 37–41) ask the user to choose; none means outside Table 1 (categories asked for).
 */
export function resolveTyped(row: InventoryRow, hits: readonly ChemicalHit[]): InventoryRow {
  const name = row.chemicalName.trim();
  if (!name) return row;
  row = { ...row, traced: null, problems: [] };
  const table1 = hits.filter((h) => h.source === 'gb18218_table1' && h.table1Serial !== null);
  const same = (h: ChemicalHit) => h.name === name || h.aliases.includes(name);
  const exact = table1.filter(same);
  const named = exact.length > 0 ? exact : table1.filter((h) => h.matchedOn === 'exact_name' || h.matchedOn === 'qualified_name');
  if (named.length === 1) {
    const h = named[0] as ChemicalHit;
    return { ...row, table1Serial: h.table1Serial, outsideTable1: false, thresholdTonnes: h.thresholdTonnes, flags: h.flags, candidates: [], cas: row.cas || (h.cas[0] ?? '') };
  }
  if (named.length > 1) {
    return { ...row, table1Serial: null, outsideTable1: false, thresholdTonnes: null, candidates: named.map((h) => ({ serial: h.table1Serial as number, name: h.name, thresholdTonnes: h.thresholdTonnes })) };
  }
  const catalog = hits.find((h) => h.source === 'catalog' && same(h));
  return { ...row, table1Serial: null, outsideTable1: true, thresholdTonnes: null, candidates: [], hazardSymbols: row.hazardSymbols.length ? row.hazardSymbols : catalog?.hazardSymbols ?? [], flags: catalog?.flags ?? row.flags };
}

/** "1.5", "20", "0.75" — a non-negative decimal as people type it (thousands commas allowed). */
export const isDecimal = (s: string): boolean => /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(s.trim());
