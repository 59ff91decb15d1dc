// Everything an import will write, decided before the transaction opens: rows to insert, rows to change, unit
// identifications already computed, audit entries and the units whose major-hazard state changed. Building it
// first keeps the transaction short (SQLite serialises every other request behind it) and lets the counts be told.
import type { Insertable, Updateable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import type { IdentificationSummary } from '../../major-hazards/recompute-unit.js';
import type { LineValues } from './import-model.js';

export type Row<T extends keyof DB> = Insertable<DB[T]>;
export type Change<T extends keyof DB> = { id: string; set: Updateable<DB[T]> };

export type Crossing = {
  unitId: string; unitName: string; enterpriseName: string; territoryId: string;
  before: IdentificationSummary | null; after: IdentificationSummary;
  /** S and R as the trace displays them (the message quotes them); the trace itself is not kept */
  sDisplay: string | null; rDisplay: string | null;
};

/** What a unit's audit entry says about it; status, S and grade are filled in when the unit is identified. */
export type UnitOutcome = { name: string; change: 'created' | 'updated'; lines: number; status: string | null; S: string | null; grade: number | null };

/** A unit written by the import, to be identified once its rows are in (as recomputeUnit does after a write). */
export type IdentifyTask = {
  unitId: string; unitName: string; enterpriseId: string; enterpriseName: string; territoryId: string; path: string;
  lines: readonly LineValues[]; population: number | null; prior: IdentificationSummary | null; registered: boolean; outcome: UnitOutcome;
};

export type PlannedAudit = { entityId: string; before: unknown; after: unknown };

export type Counts = { enterprises: number; units: number; licences: number };

export type ImportResult = {
  /** enterprises, units and lines written (created or updated) and the major hazards among the units written */
  enterprises: number;
  units: number;
  lines: number;
  majorHazards: number;
  created: Counts & { sites: number };
  updated: Counts;
  unchanged: Counts;
  /** identification of the units written */
  identification: { graded: number; needsPopulation: number; belowThreshold: number; incomplete: number; empty: number; byGrade: Record<'1' | '2' | '3' | '4', number> };
  /** units that became major hazards (or changed grade, or fell below S = 1) with this import */
  changedMajorHazards: number;
  notifications: number;
};

export type WritePlan = {
  organisations: Row<'organisations'>[];
  enterprises: Row<'enterprises'>[];
  moves: { enterpriseId: string; organisationId: string; parentId: string; path: string }[];
  enterpriseChanges: Change<'enterprises'>[];
  organisationChanges: Change<'organisations'>[];
  sites: Row<'enterprise_sites'>[];
  units: Row<'enterprise_units'>[];
  unitChanges: Change<'enterprise_units'>[];
  replacedLineUnits: string[];
  lines: Row<'inventory_lines'>[];
  licences: Row<'enterprise_licences'>[];
  licenceChanges: Change<'enterprise_licences'>[];
  identify: IdentifyTask[];
  audits: PlannedAudit[];
  result: ImportResult;
};

export function emptyPlan(): WritePlan {
  const counts = (): Counts => ({ enterprises: 0, units: 0, licences: 0 });
  return {
    organisations: [], enterprises: [], moves: [], enterpriseChanges: [], organisationChanges: [], sites: [], units: [], unitChanges: [],
    replacedLineUnits: [], lines: [], licences: [], licenceChanges: [], identify: [], audits: [],
    result: {
      enterprises: 0, units: 0, lines: 0, majorHazards: 0, created: { ...counts(), sites: 0 }, updated: counts(), unchanged: counts(),
      identification: { graded: 0, needsPopulation: 0, belowThreshold: 0, incomplete: 0, empty: 0, byGrade: { 1: 0, 2: 0, 3: 0, 4: 0 } },
      changedMajorHazards: 0, notifications: 0,
    },
  };
}
