// One unit's major-hazard record: the stored identification trace (enterprise_units.ident_json, written by
// recomputeUnit), the inventory lines with their list flags, the register row, and the monitoring requirements of
// its grade. A unit never identified (no stored trace) is traced on the fly for display, never saved here.
import { loadUnitForIdentification, type InventoryLineRow } from '@hazgov/db/major-hazards/identification.repository';
import { findRegister, type MajorHazardUnitRow, type RegisterRow } from '@hazgov/db/major-hazards/register.repository';
import { listRestrictionEntries } from '@hazgov/db/chemicals/restriction-list.repository';
import { flagsOf, type Flags } from '@hazgov/domain/chemicals/line-flags';
import { traceUnit, type IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';
import type { Requirement } from '@hazgov/domain/major-hazards/monitoring-requirements';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requirementsForGrade } from './get-monitoring-requirements.js';
import { inventoryLineOf } from './inventory-line.js';
import { mayEditRegister, requireUnitInScope } from './major-hazard-access.js';

export type MajorHazardRecord = {
  unit: MajorHazardUnitRow;
  identification: IdentificationTrace;
  lines: { line: InventoryLineRow; flags: Flags }[];
  register: RegisterRow | null;
  monitoring: Requirement[];
  canEditRegister: boolean;
};

export function storedTrace(identJson: string | null, lines: readonly InventoryLineRow[], population: number | null): IdentificationTrace {
  if (identJson) {
    try {
      return JSON.parse(identJson) as IdentificationTrace;
    } catch { /* an unreadable stored trace is recomputed for display below */ }
  }
  return traceUnit({ lines: lines.map(inventoryLineOf), populationWithin500m: population });
}

export async function getMajorHazard(ctx: AppContext, opts: { actor: Actor; unitId: string }): Promise<MajorHazardRecord> {
  const db = ctx.database.db;
  const unit = await requireUnitInScope(db, opts.actor, opts.unitId);
  const [loaded, register, restrictions] = await Promise.all([
    loadUnitForIdentification(db, unit.id), findRegister(db, unit.id), listRestrictionEntries(db),
  ]);
  const lines = loaded?.lines ?? [];
  return {
    unit,
    identification: storedTrace(unit.ident_json, lines, unit.population_500m),
    lines: lines.map((line) => ({ line, flags: flagsOf({ name: line.chemical_name, cas: line.cas }, restrictions) })),
    register: register ?? null,
    monitoring: await requirementsForGrade(db, unit.is_major_hazard === 1 ? unit.grade : null),
    canEditRegister: mayEditRegister(opts.actor, unit),
  };
}
