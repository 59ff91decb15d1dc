// The whole record of one enterprise as the detail page, the declaration snapshot and the unit responses read it:
// licences, sites, units with their stored identification and inventory lines, each line with its control-list
// flags (剧毒, 重点监管 …) and its place on the district's restriction list, the register rows and the current
// declaration. A handful of queries per enterprise, whatever its size.
import type { Db } from '@hazgov/db/database';
import { listRestrictionEntries } from '@hazgov/db/chemicals/restriction-list.repository';
import { currentDeclarationOf, type DeclarationListRow } from '@hazgov/db/enterprises/declarations.repository';
import {
  listLicences, listRegisters, listSites, listUnits, type LicenceRow, type RegisterRow, type SiteRow, type UnitRow,
} from '@hazgov/db/enterprises/enterprise-parts.repository';
import { enterpriseNames, type EnterpriseNames, type EnterpriseRow } from '@hazgov/db/enterprises/enterprises.repository';
import { listLinesOfEnterprise, listLinesOfUnit, type InventoryLineRow } from '@hazgov/db/enterprises/inventory.repository';
import { chemicalFlags, chemicalListKeys, type ChemicalListKey } from '@hazgov/domain/chemicals/chemical-flags';
import { restrictionFor, type RestrictionEntry, type RestrictionMatch } from '@hazgov/domain/chemicals/restriction';

export type LineFlags = Record<ChemicalListKey, 'listed' | 'not_listed' | 'unknown'> & { restriction: RestrictionMatch | null };
export type LineView = { line: InventoryLineRow; flags: LineFlags };
export type UnitView = { unit: UnitRow; lines: LineView[] };
export type EnterpriseRecord = {
  enterprise: EnterpriseRow; names: EnterpriseNames; licences: LicenceRow[]; sites: SiteRow[]; units: UnitView[];
  registers: RegisterRow[]; currentDeclaration: DeclarationListRow | null;
};

export function lineFlags(line: Pick<InventoryLineRow, 'chemical_name' | 'cas'>, entries: readonly RestrictionEntry[]): LineFlags {
  const lists = chemicalFlags({ name: line.chemical_name, ...(line.cas ? { cas: line.cas } : {}) });
  const flags = Object.fromEntries(chemicalListKeys.map((k) => [k, lists[k].status])) as Record<ChemicalListKey, 'listed' | 'not_listed' | 'unknown'>;
  return { ...flags, restriction: restrictionFor(entries, { name: line.chemical_name, cas: line.cas }) };
}

export function unitViews(units: readonly UnitRow[], lines: readonly InventoryLineRow[], entries: readonly RestrictionEntry[]): UnitView[] {
  const byUnit = new Map<string, LineView[]>();
  for (const line of lines) {
    const list = byUnit.get(line.unit_id) ?? [];
    list.push({ line, flags: lineFlags(line, entries) });
    byUnit.set(line.unit_id, list);
  }
  return units.map((unit) => ({ unit, lines: byUnit.get(unit.id) ?? [] }));
}

export async function loadEnterpriseRecord(db: Db, enterprise: EnterpriseRow): Promise<EnterpriseRecord> {
  const [names, licences, sites, units, lines, registers, current, entries] = await Promise.all([
    enterpriseNames(db, enterprise), listLicences(db, enterprise.id), listSites(db, enterprise.id), listUnits(db, enterprise.id),
    listLinesOfEnterprise(db, enterprise.id), listRegisters(db, enterprise.id), currentDeclarationOf(db, enterprise.id), listRestrictionEntries(db),
  ]);
  return { enterprise, names, licences, sites, units: unitViews(units, lines, entries), registers, currentDeclaration: current ?? null };
}

export async function loadUnitView(db: Db, unit: UnitRow): Promise<UnitView> {
  const [lines, entries] = await Promise.all([listLinesOfUnit(db, unit.id), listRestrictionEntries(db)]);
  return unitViews([unit], lines, entries)[0] ?? { unit, lines: [] };
}
