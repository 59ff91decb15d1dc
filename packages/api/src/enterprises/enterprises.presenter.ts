// The only shapes of the enterprises context that leave the API (docs/api-contract.md § Enterprises): rows in,
// contract objects out. Licence states are computed for the China date of the request.
import type { z } from 'zod';
import type { EnterpriseRecord, LineView, UnitView } from '@hazgov/app/enterprises/enterprise-record';
import type { EnterpriseListItem } from '@hazgov/app/enterprises/list-enterprises';
import type { DeclarationListRow } from '@hazgov/db/enterprises/declarations.repository';
import type { LicenceRow, RegisterRow, SiteRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { licenceStateOn } from '@hazgov/domain/enterprises/licence-state';
import type { declaration, enterpriseDetail, inventoryLine, licence, listItem, register, site, unit } from './enterprises.schemas.js';

type Out<T extends z.ZodType> = z.output<T>;
type Location = { lng: number; lat: number; crs: 'wgs84'; input: 'wgs84' | 'gcj02' | null };

const locationOf = (lng: number | null, lat: number | null, input: string | null = null): Location | null =>
  lng === null || lat === null ? null : { lng, lat, crs: 'wgs84', input: input === 'gcj02' ? 'gcj02' : input === 'wgs84' ? 'wgs84' : null };
const jsonArray = <T>(text: string): T[] => { try { const v = JSON.parse(text) as unknown; return Array.isArray(v) ? (v as T[]) : []; } catch { return []; } };

export function presentListItem(r: EnterpriseListItem): Out<typeof listItem> {
  return {
    id: r.id, name: r.name, uscc: r.uscc, territory: { id: r.territory_id, name: r.territory_name },
    grid: r.grid_id ? { id: r.grid_id, name: r.grid_name ?? r.grid_id } : null, industry: r.industry, activities: jsonArray<string>(r.activities),
    status: r.status, inChemicalPark: r.in_chemical_park === 1, declarationStatus: r.declaration_status, unitCount: r.unit_count,
    majorHazardCount: r.major_hazard_count, worstGrade: r.worst_grade, nextLicenceExpiry: r.next_licence_expiry,
    restrictedLineCount: r.restricted_line_count, isDemo: r.is_demo === 1,
  };
}

export function presentLicence(r: LicenceRow, today: string): Out<typeof licence> {
  const { daysToExpiry, state } = licenceStateOn(r.expires_on, today);
  return { id: r.id, kind: r.kind, number: r.number, scope: r.scope, issuer: r.issuer, issuedOn: r.issued_on, expiresOn: r.expires_on, daysToExpiry, state };
}

export function presentSite(r: SiteRow): Out<typeof site> {
  return { id: r.id, name: r.name, address: r.address, location: locationOf(r.lng, r.lat) };
}

function presentLine({ line: l, flags }: LineView): Out<typeof inventoryLine> {
  return {
    id: l.id, chemicalName: l.chemical_name, cas: l.cas, table1Serial: l.table1_serial, outsideTable1: l.outside_table1 === 1,
    hazardSymbols: (l.hazard_symbols ?? '').split(',').filter(Boolean), betaSymbol: l.beta_symbol, quantity: l.quantity, quantityUnit: l.quantity_unit,
    density: l.density, densityUnit: l.density_unit, physicalState: l.physical_state, containerType: l.container_type, flags,
  };
}

export function presentUnit({ unit: u, lines }: UnitView): Out<typeof unit> {
  const identification = u.ident_json ? (JSON.parse(u.ident_json) as Out<typeof unit>['identification']) : { status: 'empty', standard: 'GB 18218-2018' };
  return {
    id: u.id, siteId: u.site_id, name: u.name, kind: u.kind, facility: u.facility, location: locationOf(u.lng, u.lat),
    population500m: u.population_500m, populationSource: u.population_source, identification, isMajorHazard: u.is_major_hazard === 1,
    grade: u.grade, identifiedAt: u.identified_at, lines: lines.map(presentLine),
  };
}

function presentRegister(r: RegisterRow): Out<typeof register> {
  return {
    unitId: r.unit_id, filingStatus: r.filing_status, filingNumber: r.filing_number, filedOn: r.filed_on, principalName: r.principal_name,
    principalPhone: r.principal_phone, technicalName: r.technical_name, technicalPhone: r.technical_phone, operationsName: r.operations_name,
    operationsPhone: r.operations_phone, updatedAt: r.updated_at,
  };
}

export function presentDeclaration(d: DeclarationListRow): Out<typeof declaration> {
  return {
    id: d.id, enterpriseId: d.enterprise_id, enterpriseName: d.enterprise_name, year: d.year, status: d.status as Out<typeof declaration>['status'],
    submittedAt: d.submitted_at, submittedBy: d.submitted_by, reviewedAt: d.reviewed_at, reviewedBy: d.reviewed_by, reviewComment: d.review_comment,
    copiedFromId: d.copied_from_id,
  };
}

export function presentDetail(rec: EnterpriseRecord, today: string): Out<typeof enterpriseDetail> {
  const e = rec.enterprise;
  return {
    id: e.id, name: e.name, uscc: e.uscc, legalRepresentative: e.legal_representative, address: e.address, location: locationOf(e.lng, e.lat, e.coord_input),
    territoryId: e.territory_id, gridId: e.grid_id, territory: { id: e.territory_id, name: rec.names.territory_name },
    grid: e.grid_id ? { id: e.grid_id, name: rec.names.grid_name ?? e.grid_id } : null, industry: e.industry, activities: jsonArray<string>(e.activities),
    status: e.status, inChemicalPark: e.in_chemical_park === 1, chemicalPark: e.chemical_park, staffCount: e.staff_count,
    contacts: jsonArray<{ duty: string; name: string; phone?: string | null }>(e.contacts_json).map((c) => ({ duty: c.duty, name: c.name, phone: c.phone ?? null })),
    keyProcesses: jsonArray<string>(e.key_processes), organisationId: e.organisation_id, declarationStatus: e.declaration_status, version: e.version,
    isDemo: e.is_demo === 1, createdAt: e.created_at, updatedAt: e.updated_at, licences: rec.licences.map((l) => presentLicence(l, today)),
    sites: rec.sites.map(presentSite), units: rec.units.map(presentUnit), registers: rec.registers.map(presentRegister),
    currentDeclaration: rec.currentDeclaration ? presentDeclaration(rec.currentDeclaration) : null,
  };
}
