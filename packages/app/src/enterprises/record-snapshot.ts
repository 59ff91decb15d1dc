// The record as a declaration freezes it at submission (what the regulator reviewed and approved), and the way
// back: "copy last year's declaration forward" restores the record's descriptive fields, licences, sites, units and
// inventories from an approved snapshot, then recomputes every unit — so the new year starts from what was approved.
// Place (territory, grid, path), credit code, register filings and the workflow columns are kept as they are now.
import type { Db } from '@hazgov/db/database';
import type { LicenceRow, RegisterRow, SiteRow, UnitRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { enterpriseNames, type EnterpriseRow } from '@hazgov/db/enterprises/enterprises.repository';
import { listRestrictionEntries } from '@hazgov/db/chemicals/restriction-list.repository';
import type { InventoryLineRow } from '@hazgov/db/enterprises/inventory.repository';
import { restoreEnterpriseParts } from '@hazgov/db/enterprises/record-restore.repository';
import type { AuditActor } from '../audit/audit-chain.js';
import { recomputeUnit } from '../major-hazards/recompute-unit.js';
import type { AppContext } from '../shared/context.js';
import { unitViews, type EnterpriseRecord } from './enterprise-record.js';

export type RecordSnapshot = {
  format: 1; takenAt: string; enterprise: EnterpriseRow; licences: LicenceRow[]; sites: SiteRow[]; units: UnitRow[];
  lines: InventoryLineRow[]; registers: RegisterRow[];
};

export function snapshotOf(record: EnterpriseRecord, takenAt: string): RecordSnapshot {
  return {
    format: 1, takenAt, enterprise: record.enterprise, licences: record.licences, sites: record.sites,
    units: record.units.map((u) => u.unit), lines: record.units.flatMap((u) => u.lines.map((l) => l.line)), registers: record.registers,
  };
}

export function parseSnapshot(json: string | null): RecordSnapshot | null {
  if (!json) return null;
  const s = JSON.parse(json) as Partial<RecordSnapshot>;
  return s.format === 1 && s.enterprise && Array.isArray(s.units) ? (s as RecordSnapshot) : null;
}

/** A snapshot read back as a record (names and flags as they are today), for showing what was declared. */
export async function recordOfSnapshot(db: Db, s: RecordSnapshot): Promise<EnterpriseRecord> {
  const [names, entries] = await Promise.all([enterpriseNames(db, s.enterprise), listRestrictionEntries(db)]);
  return {
    enterprise: s.enterprise, names, licences: s.licences, sites: s.sites, units: unitViews(s.units, s.lines, entries), registers: s.registers,
    currentDeclaration: null,
  };
}

const DESCRIPTIVE = [
  'name', 'legal_representative', 'address', 'lng', 'lat', 'coord_input', 'industry', 'activities', 'status', 'in_chemical_park', 'chemical_park',
  'staff_count', 'contacts_json', 'key_processes',
] as const;

export async function restoreFromSnapshot(trx: Db, ctx: AppContext, opts: { actor: AuditActor; enterprise: EnterpriseRow; snapshot: RecordSnapshot }): Promise<void> {
  const { enterprise, snapshot } = opts;
  const fields = Object.fromEntries(DESCRIPTIVE.map((k) => [k, snapshot.enterprise[k]])) as Pick<EnterpriseRow, (typeof DESCRIPTIVE)[number]>;
  await restoreEnterpriseParts(trx, {
    enterprise, fields, at: ctx.now().toISOString(),
    licences: snapshot.licences, sites: snapshot.sites, units: snapshot.units, lines: snapshot.lines,
  });
  for (const unit of snapshot.units) await recomputeUnit(trx, ctx, { unitId: unit.id, actor: opts.actor });
}
