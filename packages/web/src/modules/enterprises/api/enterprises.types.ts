// The shapes of docs/api-contract.md § "Enterprises, chemicals, major hazards (issue 3)", as the web reads them.
// The identification trace is the domain's own type (the API returns it as stored), so the page draws exactly
// what the server computed.
import type { IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';

export type { IdentificationTrace };

export const activities = ['production', 'storage', 'use', 'trade', 'transport', 'disposal'] as const;
export type Activity = (typeof activities)[number];
export const enterpriseStatuses = ['operating', 'suspended', 'closed', 'relocating'] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];
export const declarationStatuses = ['none', 'draft', 'submitted', 'approved', 'returned'] as const;
export type DeclarationStatus = (typeof declarationStatuses)[number];
export const licenceKinds = ['safety_production', 'hazchem_trade', 'safe_use', 'registration', 'other'] as const;
export type LicenceKind = (typeof licenceKinds)[number];
export const licenceStates = ['valid', 'expiring_90', 'expiring_30', 'expired'] as const;
export type LicenceState = (typeof licenceStates)[number];
export const unitKinds = ['production', 'storage'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const facilities = ['tank_farm', 'warehouse', 'process', 'other'] as const;
export type Facility = (typeof facilities)[number];
export const quantityUnits = ['t', 'kg', 'm3'] as const;
export type QuantityUnit = (typeof quantityUnits)[number];
export const densityUnits = ['t/m3', 'kg/m3'] as const;
export type DensityUnit = (typeof densityUnits)[number];
export const physicalStates = ['solid', 'liquid', 'gas', 'liquefied_gas'] as const;
export type PhysicalState = (typeof physicalStates)[number];
export const identificationStatuses = ['empty', 'incomplete', 'below_threshold', 'needs_population', 'graded'] as const;
export type IdentificationStatus = (typeof identificationStatuses)[number];
export const flagKeys = ['highlyToxic', 'keySupervised', 'explosivePrecursor', 'drugPrecursor', 'speciallyControlled'] as const;
export type FlagKey = (typeof flagKeys)[number];
export const restrictionLevels = ['prohibited', 'restricted', 'controlled'] as const;
export type RestrictionLevel = (typeof restrictionLevels)[number];
export const declarationReviewStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type DeclarationReviewStatus = (typeof declarationReviewStatuses)[number];
export type Grade = 1 | 2 | 3 | 4;

export type Flags = Record<FlagKey, 'listed' | 'not_listed' | 'unknown'> & {
  restriction: null | { level: RestrictionLevel; entryId: string; note: string | null };
};

export type Ref = { id: string; name: string };
export type Contact = { duty: string; name: string; phone?: string | null };
export type LocationInput = { lng: number; lat: number; crs: 'wgs84' | 'gcj02' };
export type Location = { lng: number; lat: number; crs: 'wgs84'; input?: 'wgs84' | 'gcj02' | null };

export type EnterpriseInput = {
  name: string;
  uscc: string;
  legalRepresentative?: string | null;
  address?: string | null;
  location?: LocationInput | null;
  territoryId: string;
  gridId?: string | null;
  industry?: string | null;
  activities: Activity[];
  status: EnterpriseStatus;
  inChemicalPark: boolean;
  chemicalPark?: string | null;
  staffCount?: number | null;
  contacts: Contact[];
  keyProcesses: string[];
};

export type EnterpriseListItem = {
  id: string; name: string; uscc: string; territory: Ref; grid: Ref | null; industry: string | null; activities: Activity[];
  status: EnterpriseStatus; inChemicalPark: boolean; declarationStatus: DeclarationStatus; unitCount: number;
  majorHazardCount: number; worstGrade: Grade | null; nextLicenceExpiry: string | null; restrictedLineCount: number; isDemo: boolean;
};
export type EnterprisePage = { items: EnterpriseListItem[]; total: number; page: number; pageSize: number };

export type EnterpriseFilters = {
  q?: string; territoryId?: string; industry?: string; activity?: Activity; status?: EnterpriseStatus; grade?: Grade;
  majorHazard?: 1; licenceExpiringWithinDays?: number; restricted?: 1; page?: number; pageSize?: number;
};

export type Licence = {
  id: string; kind: LicenceKind; number: string; scope: string | null; issuer: string | null; issuedOn: string | null;
  expiresOn: string; daysToExpiry: number; state: LicenceState;
};
export type LicenceInput = { kind: LicenceKind; number: string; scope?: string | null; issuer?: string | null; issuedOn?: string | null; expiresOn: string };

export type Site = { id: string; name: string; address: string | null; location: Location | null };

export type InventoryLineInput = {
  chemicalName: string; cas?: string | null; table1Serial?: number | null; outsideTable1?: boolean; hazardSymbols?: string[];
  betaSymbol?: string | null; quantity: string; quantityUnit: QuantityUnit; density?: string | null; densityUnit?: DensityUnit | null;
  physicalState?: PhysicalState | null; containerType?: string | null;
};
export type InventoryLine = InventoryLineInput & { id: string; flags: Flags };

export type Unit = {
  id: string; siteId: string | null; name: string; kind: UnitKind; facility: Facility | null; location: Location | null;
  population500m: number | null; populationSource: string | null; identification: IdentificationTrace;
  isMajorHazard: boolean; grade: Grade | null; identifiedAt: string | null; lines: InventoryLine[];
};
export type UnitInput = { name: string; kind: UnitKind; facility?: Facility | null; siteId?: string | null; location?: LocationInput | null; population500m?: number | null };

export type Register = {
  unitId: string; filingStatus: 'not_filed' | 'filed' | 'refile_needed'; filingNumber?: string | null; filedOn?: string | null;
  principalName?: string | null; technicalName?: string | null; operationsName?: string | null;
};

export type Declaration = {
  id: string; enterpriseId: string; enterpriseName: string; year: number; status: DeclarationReviewStatus;
  submittedAt: string | null; submittedBy: string | null; reviewedAt: string | null; reviewedBy: string | null;
  reviewComment: string | null; copiedFromId: string | null;
};

export type EnterpriseDetail = Omit<EnterpriseInput, 'location'> & {
  id: string; organisationId: string; declarationStatus: DeclarationStatus; version: number; isDemo: boolean;
  createdAt: string; updatedAt: string; location: Location | null;
  territory?: Ref; grid?: Ref | null;
  licences: Licence[]; sites: Site[]; units: Unit[]; registers: Register[]; currentDeclaration: Declaration | null;
};

export type HistoryItem = { at: string; actorName: string; action: string; entity: string; entityId: string; before: unknown; after: unknown };

export type ImportPhase = 'reading' | 'checking' | 'writing' | 'identifying';
export const importPhases: readonly ImportPhase[] = ['reading', 'checking', 'writing', 'identifying'];
export type ImportProblem = { sheet: string; row: number | null; column: string | null; code: string; message: string };
export type ImportJob = {
  id: string; status: 'running' | 'failed' | 'done'; phase: ImportPhase; done: number; total: number;
  problems: ImportProblem[]; result: { enterprises: number; units: number; lines: number; majorHazards: number } | null;
};

export type ChemicalHit = {
  source: 'gb18218_table1' | 'catalog'; table1Serial: number | null; catalogEntryId: string | null; name: string; aliases: string[];
  cas: string[]; thresholdTonnes: string | null; hazardSymbols: string[]; flags: Flags; edition: { id: string; name: string; source: string } | null;
  matchedOn: string;
};
export type HazardCategory = { symbol: string; group: string; category: string; description: string; thresholdTonnes: string; beta: string };
