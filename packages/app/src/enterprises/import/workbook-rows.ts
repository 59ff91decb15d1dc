// Stored records as rows of the enterprise workbook (the export), written so that reading them back gives the
// stored values exactly: codes become the drop-down labels the importer reads, decimals stay as typed (a number
// cell only when the number spells the same), coordinates are the stored WGS-84 values.
import type { Selectable } from 'kysely';
import type { EnterpriseLicenceTable, EnterpriseSiteTable, EnterpriseTable, EnterpriseUnitTable, InventoryLineTable } from '@hazgov/db/schema';
import type { CellOut } from './write-enterprise-workbook.js';
import { choiceLabel, type ChoiceList } from './workbook-layout.js';

type Out = Record<string, CellOut>;

/** '12.5' → 12.5 (a number cell); '12.50' or '1e3' stay text, so the import reads back what was stored. */
export const decimalCell = (text: string | null): CellOut => (text === null ? null : String(Number(text)) === text ? Number(text) : text);
const dateCell = (iso: string | null): CellOut => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
const crsCell = (lng: number | null): CellOut => (lng === null ? null : 'WGS-84');
const jsonList = (json: string): string[] => { try { const v = JSON.parse(json) as unknown; return Array.isArray(v) ? v.map(String) : []; } catch { return []; } };
const labels = (list: ChoiceList, codes: readonly string[]): string => codes.map((c) => choiceLabel(list, c) || c).join(',');
const label = (list: ChoiceList, code: string | null): CellOut => (code === null ? null : choiceLabel(list, code) || code);

export function enterpriseRow(e: Selectable<EnterpriseTable>, names: { territory: string; grid: string | null }): Out {
  const contacts = (() => { try { return JSON.parse(e.contacts_json) as { duty: string; name: string; phone?: string | null }[]; } catch { return []; } })();
  return {
    name: e.name, uscc: e.uscc, territory: names.territory, grid: names.grid, legalRepresentative: e.legal_representative, address: e.address,
    lng: e.lng, lat: e.lat, crs: crsCell(e.lng), industry: e.industry, activities: labels('activity', jsonList(e.activities)), status: label('status', e.status),
    inChemicalPark: e.in_chemical_park ? '是' : '否', chemicalPark: e.chemical_park, staffCount: e.staff_count,
    contacts: contacts.map((c) => [c.duty, c.name, c.phone ?? ''].join(' ').trim()).join('；') || null,
    keyProcesses: jsonList(e.key_processes).join('；') || null,
  };
}

export function unitRow(uscc: string, u: Selectable<EnterpriseUnitTable>, site: Selectable<EnterpriseSiteTable> | undefined): Out {
  return {
    uscc, name: u.name, kind: label('unitKind', u.kind), facility: label('facility', u.facility), site: site?.name ?? null,
    lng: u.lng, lat: u.lat, crs: crsCell(u.lng), population: u.population_500m,
  };
}

export function lineRow(uscc: string, unitName: string, l: Selectable<InventoryLineTable>): Out {
  return {
    uscc, unit: unitName, chemicalName: l.chemical_name, cas: l.cas, table1Serial: l.table1_serial, outsideTable1: l.outside_table1 ? '是' : null,
    hazardSymbols: l.hazard_symbols, betaSymbol: l.beta_symbol, quantity: decimalCell(l.quantity), quantityUnit: l.quantity_unit,
    density: decimalCell(l.density), densityUnit: l.density === null ? null : l.density_unit, physicalState: label('physicalState', l.physical_state),
    containerType: l.container_type,
  };
}

export function licenceRow(uscc: string, l: Selectable<EnterpriseLicenceTable>): Out {
  return {
    uscc, kind: label('licenceKind', l.kind), number: l.number, scope: l.scope, issuer: l.issuer, issuedOn: dateCell(l.issued_on), expiresOn: dateCell(l.expires_on),
  };
}
