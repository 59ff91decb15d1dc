// Shapes of the major-hazards API (docs/api-contract.md § Major hazards). The identification is the domain's own
// trace type, so the page draws exactly what the server computed and stored.
import type { IdentificationTrace, TraceLine, TraceNumber, TraceProblem } from '@hazgov/domain/major-hazards/identification-trace';
import type { Flags } from '../../chemicals/api/chemicals.types';

export type Identification = IdentificationTrace;
export type IdentificationStatus = Identification['status'];
export type { TraceLine, TraceNumber, TraceProblem };

export const grades = [1, 2, 3, 4] as const;
export type Grade = (typeof grades)[number];
export const filingStatuses = ['not_filed', 'filed', 'refile_needed'] as const;
export type FilingStatus = (typeof filingStatuses)[number];
export const identificationStatuses = ['empty', 'incomplete', 'below_threshold', 'needs_population', 'graded'] as const;

/** S and R in a list row: a trace number, or a bare decimal when the server sends one. */
export type ListNumber = TraceNumber | string | number | null;

export type MajorHazardRow = {
  unitId: string;
  unitName: string;
  unitKind: 'production' | 'storage';
  enterprise: { id: string; name: string };
  territory: { id: string; name: string } | null;
  status: IdentificationStatus;
  grade: Grade | null;
  S: ListNumber;
  R: ListNumber;
  filingStatus: FilingStatus | null;
  principalName: string | null;
  technicalName: string | null;
  operationsName: string | null;
  identifiedAt: string | null;
};

export type CountsByGrade = { 1: number; 2: number; 3: number; 4: number; needsPopulation: number; incomplete: number };
export type MajorHazardList = { items: MajorHazardRow[]; total: number; page: number; pageSize: number; countsByGrade: CountsByGrade };
/** status narrows to the units that cannot be graded yet (needs_population, incomplete) or the graded ones. */
export const listStatuses = ['graded', 'needs_population', 'incomplete'] as const;
export type ListStatus = (typeof listStatuses)[number];
export type MajorHazardQuery = { grade?: Grade; territoryId?: string; filingStatus?: FilingStatus; status?: ListStatus; q?: string; page: number; pageSize: number };

export type Register = {
  filingStatus: FilingStatus;
  filingNumber: string | null;
  filedOn: string | null;
  principalName: string | null;
  principalPhone: string | null;
  technicalName: string | null;
  technicalPhone: string | null;
  operationsName: string | null;
  operationsPhone: string | null;
  updatedAt?: string | null;
};
export type RegisterInput = { [K in keyof Omit<Register, 'updatedAt' | 'filingStatus'>]?: string | null } & { filingStatus: FilingStatus };

export type QuantityUnit = 't' | 'kg' | 'm3';
export type InventoryLineInput = {
  chemicalName: string;
  cas?: string;
  table1Serial?: number | null;
  outsideTable1?: boolean;
  hazardSymbols?: string[];
  betaSymbol?: string;
  quantity: string;
  quantityUnit: QuantityUnit;
  density?: string;
  densityUnit?: 't/m3' | 'kg/m3';
  physicalState?: string;
  containerType?: string;
};
export type InventoryLine = InventoryLineInput & { id: string; flags?: Flags };

/** basis: the rule it comes from (总局令第40号 …); suggestion: the platform's own advice, not the law. */
export type Requirement = { zh: string; en: string; basis?: string | null; suggestion?: boolean };

export type MajorHazardDetail = {
  unit: { id: string; name: string; kind: 'production' | 'storage'; facility: string | null; population500m: number | null; populationSource: string | null };
  enterprise: { id: string; name: string; uscc: string; address: string | null };
  territory: { id: string; name: string } | null;
  identification: Identification;
  lines: InventoryLine[];
  register: Register | null;
  monitoring: Requirement[];
  /** Optional hint from the server; without it the page falls back on the role. */
  canEditRegister?: boolean;
};

export type MonitoringRequirements = { items: { grade: Grade; requirements: Requirement[] }[] };
/** source: 'default' until the district admin saves its own lists. */
export type MonitoringAnswer = MonitoringRequirements & { source?: 'default' | 'district'; updatedAt?: string | null };

export type MajorHazardStats = {
  byGrade: { grade: Grade; count: number }[];
  byTerritory: { territoryId: string; name: string; counts: Record<Grade, number> }[];
  belowThresholdUnits: number;
  totalUnits: number;
  majorHazardUnits?: number;
};
