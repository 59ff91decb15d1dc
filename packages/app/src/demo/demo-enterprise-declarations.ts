// Self-declarations of the demo enterprises: a few in each state (draft, submitted, approved, returned with a
// comment), some with last year's approved declaration behind them, and the enterprise user's own company with a
// history the user can see (last year approved, this year submitted and returned). The snapshot is the record as
// it was submitted, in the EnterpriseInput shape of the API contract plus licences, sites and units.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import type { BuiltEnterprise } from './demo-enterprise-build.js';
import { addDays } from './demo-enterprise-names.js';
import type { Rng } from './prng.js';

export type DeclarationState = 'draft' | 'submitted' | 'approved' | 'returned';
export type DeclarationPlan = { built: BuiltEnterprise; state: DeclarationState; withLastYear: boolean; submittedBy: string | null; reviewedBy: string | null; comment?: string };

export const RETURN_COMMENTS = [
  '危险化学品经营许可证已过期，请上传换证材料后重新提交。',
  '储罐区设计最大储量与安全评价报告不一致，请核实后重新提交。',
  '储存单元周边500米常住人口未填写，无法分级，请补充后重新提交。',
  '主要负责人联系电话有误，请更正后重新提交。',
];

/** The record as submitted (what a reviewer compares against the current record). */
export function snapshotOf(b: BuiltEnterprise): string {
  const e = b.enterprise;
  return JSON.stringify({
    enterprise: {
      name: e.name, uscc: e.uscc, legalRepresentative: e.legal_representative, address: e.address,
      location: e.lng === null || e.lng === undefined ? null : { lng: e.lng, lat: e.lat, crs: 'wgs84' },
      territoryId: e.territory_id, gridId: e.grid_id ?? null, industry: e.industry, activities: JSON.parse(e.activities) as unknown,
      status: e.status, inChemicalPark: e.in_chemical_park === 1, chemicalPark: e.chemical_park ?? null, staffCount: e.staff_count ?? null,
      contacts: JSON.parse(e.contacts_json) as unknown, keyProcesses: JSON.parse(e.key_processes) as unknown,
    },
    licences: b.licences.map((l) => ({ kind: l.kind, number: l.number, scope: l.scope, issuer: l.issuer, issuedOn: l.issued_on, expiresOn: l.expires_on })),
    sites: b.sites.map((s) => ({ name: s.name, address: s.address, location: { lng: s.lng, lat: s.lat, crs: 'wgs84' } })),
    units: b.units.map((u) => ({
      name: u.name, kind: u.kind, facility: u.facility, population500m: u.population_500m, grade: u.grade ?? null,
      lines: b.lines.filter((l) => l.unit_id === u.id).map((l) => ({
        chemicalName: l.chemical_name, cas: l.cas, table1Serial: l.table1_serial, outsideTable1: l.outside_table1 === 1, hazardSymbols: l.hazard_symbols ? l.hazard_symbols.split(',') : [],
        quantity: l.quantity, quantityUnit: l.quantity_unit, density: l.density, densityUnit: l.density_unit, physicalState: l.physical_state, containerType: l.container_type,
      })),
    })),
  });
}

/** 10:00–16:59 China time on a date, as an ISO instant. */
const instant = (rng: Rng, date: string): string => `${date}T${String(rng.int(2, 8)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;

export function buildDeclarations(rng: Rng, plans: readonly DeclarationPlan[], today: string): Insertable<DB['enterprise_declarations']>[] {
  const year = Number(today.slice(0, 4));
  const rows: Insertable<DB['enterprise_declarations']>[] = [];
  for (const p of plans) {
    const e = p.built.enterprise;
    const snapshot = snapshotOf(p.built);
    let lastYearId: string | null = null;
    if (p.withLastYear) {
      const submittedOn = `${year - 1}-${String(rng.int(3, 5)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const submittedAt = instant(rng, submittedOn);
      const reviewedAt = instant(rng, addDays(submittedOn, rng.int(2, 10)));
      lastYearId = `${e.id}-declaration-${year - 1}`;
      rows.push({
        id: lastYearId, enterprise_id: e.id, path: e.path, year: year - 1, status: 'approved', snapshot_json: snapshot, copied_from_id: null,
        submitted_at: submittedAt, submitted_by: p.submittedBy, reviewed_at: reviewedAt, reviewed_by: p.reviewedBy, review_comment: '审核通过。',
        created_at: instant(rng, addDays(submittedOn, -rng.int(1, 5))), updated_at: reviewedAt,
      });
    }
    const created = addDays(today, -rng.int(20, 40));
    const submittedOn = addDays(today, -rng.int(3, 15));
    const submittedAt = p.state === 'draft' ? null : instant(rng, submittedOn);
    const reviewed = p.state === 'approved' || p.state === 'returned';
    const reviewedAt = reviewed ? instant(rng, addDays(submittedOn, rng.int(1, 2))) : null;
    const createdAt = instant(rng, created);
    rows.push({
      id: `${e.id}-declaration-${year}`, enterprise_id: e.id, path: e.path, year, status: p.state, snapshot_json: p.state === 'draft' ? null : snapshot,
      copied_from_id: lastYearId, submitted_at: submittedAt, submitted_by: submittedAt ? p.submittedBy : null,
      reviewed_at: reviewedAt, reviewed_by: reviewed ? p.reviewedBy : null,
      review_comment: p.state === 'returned' ? p.comment ?? rng.pick(RETURN_COMMENTS) : p.state === 'approved' ? '审核通过。' : null,
      created_at: createdAt, updated_at: reviewedAt ?? submittedAt ?? createdAt,
    });
    e.declaration_status = p.state;
  }
  return rows;
}
