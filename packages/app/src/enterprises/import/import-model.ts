// The checked content of an import, in the stored vocabulary, and the database facts the checks need.
import type { Selectable } from 'kysely';
import type { EnterpriseLicenceTable, EnterpriseSiteTable, EnterpriseTable, EnterpriseUnitTable, InventoryLineTable } from '@hazgov/db/schema';

export type Place = { id: string; name: string; kind: 'territory' | 'grid'; path: string; parentId: string | null };
export type Contact = { duty: string; name: string; phone: string | null };

export type EnterpriseRecord = {
  row: number;
  uscc: string;
  name: string;
  territory: Place;
  grid: Place | null;
  legalRepresentative: string | null;
  address: string | null;
  location: { lng: number; lat: number; input: 'wgs84' | 'gcj02' } | null;
  industry: string | null;
  activities: string[];
  status: string;
  inChemicalPark: boolean;
  chemicalPark: string | null;
  staffCount: number | null;
  contacts: Contact[];
  keyProcesses: string[];
};

export type UnitRecord = {
  row: number;
  uscc: string;
  name: string;
  kind: string;
  facility: string | null;
  site: string | null;
  location: { lng: number; lat: number } | null;
  population: number | null;
};

/** The stored columns of an inventory line (without ids and paths). */
export type LineValues = Pick<
  Selectable<InventoryLineTable>,
  | 'chemical_name' | 'cas' | 'table1_serial' | 'outside_table1' | 'hazard_symbols' | 'beta_symbol' | 'quantity' | 'quantity_unit'
  | 'density' | 'density_unit' | 'physical_state' | 'container_type'
>;
export type LineRecord = { row: number; uscc: string; unit: string; values: LineValues };

export type LicenceRecord = {
  row: number;
  uscc: string;
  kind: string;
  number: string;
  scope: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string;
};

export type CheckedImport = {
  enterprises: EnterpriseRecord[];
  units: UnitRecord[];
  lines: LineRecord[];
  licences: LicenceRecord[];
};

export type ExistingEnterprise = Selectable<EnterpriseTable>;
export type ExistingDetails = {
  units: Selectable<EnterpriseUnitTable>[];
  lines: Selectable<InventoryLineTable>[];
  licences: Selectable<EnterpriseLicenceTable>[];
  sites: Selectable<EnterpriseSiteTable>[];
  registerUnitIds: Set<string>;
};

export type CatalogIndex = { byName: Map<string, string | null>; byCas: Map<string, string | null> };

export type ImportLookups = {
  territories: Map<string, Place>;
  grids: Map<string, Place>;
  /** existing enterprises whose credit code appears anywhere in the file, in scope or not */
  existing: Map<string, ExistingEnterprise>;
  /** units, lines, licences and sites of the existing enterprises in scope, by enterprise id */
  details: Map<string, ExistingDetails>;
  catalog: CatalogIndex;
  /** does a point lie inside the district boundary (true when none is loaded) */
  insideDistrict: (p: { lng: number; lat: number }) => boolean;
  /** may the actor create or change an enterprise at this path (its own path, or its future parent's) */
  inScope: (path: string) => boolean;
};

/** Units named by the file for an enterprise: credit code + unit name. */
export const unitKey = (uscc: string, name: string): string => `${uscc}\u0000${name}`;
