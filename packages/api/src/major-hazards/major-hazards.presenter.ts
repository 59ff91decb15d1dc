// The only shapes of the major-hazards context that leave the API (rows never go to the client as they are).
import type { z } from 'zod';
import type { InventoryLineRow } from '@hazgov/db/major-hazards/identification.repository';
import type { RegisterListRow, RegisterRow } from '@hazgov/db/major-hazards/register.repository';
import type { MajorHazardRecord } from '@hazgov/app/major-hazards/get-major-hazard';
import type { Flags } from '@hazgov/domain/chemicals/line-flags';
import { traceNumber as toTraceNumber } from '@hazgov/domain/major-hazards/identification-trace';
import { rational } from '@hazgov/domain/major-hazards/rational';
import type { detailResponse, lineWithFlags, listItem } from './major-hazards.schemas.js';
import type { register } from '../enterprises/enterprises.schemas.js';

type Out<T extends z.ZodType> = z.output<T>;

/** A stored 'num/den' (or integer) as the trace's number triple; null when absent or unreadable. */
export function storedNumber(exact: string | null): Out<typeof listItem>['S'] {
  if (exact === null) return null;
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(exact);
  if (!m?.[1]) return null;
  return toTraceNumber(rational(BigInt(m[1]), BigInt(m[2] ?? '1')));
}

const GRADES = [1, 2, 3, 4] as const;
const gradeOf = (g: number | null) => (GRADES.find((x) => x === g) ?? null);
const STATUSES = ['empty', 'incomplete', 'below_threshold', 'needs_population', 'graded'] as const;
const statusOf = (s: string) => STATUSES.find((x) => x === s) ?? 'incomplete';
const FILING = ['not_filed', 'filed', 'refile_needed'] as const;
const filingOf = (s: string | null) => (s === null ? null : FILING.find((x) => x === s) ?? null);

export function presentListItem(r: RegisterListRow): Out<typeof listItem> {
  return {
    unitId: r.unit_id, unitName: r.unit_name, unitKind: r.unit_kind, enterprise: { id: r.enterprise_id, name: r.enterprise_name },
    territory: { id: r.territory_id, name: r.territory_name }, status: statusOf(r.ident_status), grade: gradeOf(r.grade),
    S: storedNumber(r.s_exact), R: storedNumber(r.r_exact), filingStatus: filingOf(r.filing_status) ?? (r.is_major_hazard ? 'not_filed' : null),
    principalName: r.principal_name, technicalName: r.technical_name, operationsName: r.operations_name, identifiedAt: r.identified_at,
  };
}

export function presentLine(l: InventoryLineRow, flags: Flags): Out<typeof lineWithFlags> {
  return {
    id: l.id, chemicalName: l.chemical_name, cas: l.cas, table1Serial: l.table1_serial, outsideTable1: l.outside_table1 === 1,
    hazardSymbols: (l.hazard_symbols ?? '').split(',').filter(Boolean), betaSymbol: l.beta_symbol, quantity: l.quantity, quantityUnit: l.quantity_unit,
    density: l.density, densityUnit: l.density_unit, physicalState: l.physical_state, containerType: l.container_type, flags,
  };
}

export function presentRegister(r: RegisterRow): Out<typeof register> {
  return {
    unitId: r.unit_id, filingStatus: r.filing_status, filingNumber: r.filing_number, filedOn: r.filed_on, principalName: r.principal_name,
    principalPhone: r.principal_phone, technicalName: r.technical_name, technicalPhone: r.technical_phone, operationsName: r.operations_name,
    operationsPhone: r.operations_phone, updatedAt: r.updated_at,
  };
}

export function presentDetail(rec: MajorHazardRecord): Out<typeof detailResponse> {
  const u = rec.unit;
  return {
    unit: { id: u.id, name: u.name, kind: u.kind, facility: u.facility, population500m: u.population_500m, populationSource: u.population_source },
    enterprise: { id: u.enterprise_id, name: u.enterprise_name, uscc: u.enterprise_uscc, address: u.enterprise_address },
    territory: { id: u.territory_id, name: u.territory_name },
    identification: rec.identification as Out<typeof detailResponse>['identification'],
    lines: rec.lines.map((l) => presentLine(l.line, l.flags)),
    register: rec.register ? presentRegister(rec.register) : null,
    monitoring: rec.monitoring.map((m) => ({ zh: m.zh, en: m.en, basis: m.basis ?? null, ...(m.suggestion ? { suggestion: true } : {}) })),
    canEditRegister: rec.canEditRegister,
  };
}

/** Content-Disposition of a printable document: opened in the browser, saved under its Chinese name. */
export function inlineFile(fileName: string): string {
  const ext = /\.[a-z0-9]+$/i.exec(fileName)?.[0] ?? '';
  return `inline; filename="hazgov-report${ext}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
