// Builds the rows of one demo (or benchmark) enterprise, following the data rules every writer follows: an
// organisation row (kind 'enterprise', under its grid cell or else its territory) and an enterprise row with the
// same path; licences, sites, units, inventory lines and register rows copying that path; each unit's GB 18218
// identification computed by the domain (traceUnit over inventoryLineOf, exactly as recomputeUnit does) and stored
// in the same columns (columnsOf); a register row (备案 status) for every major hazard. Pure: no database, and
// every choice comes from the seeded generator, so the same inputs give the same rows.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { traceUnit } from '@hazgov/domain/major-hazards/identification-trace';
import { inventoryLineOf } from '../major-hazards/inventory-line.js';
import { columnsOf } from '../major-hazards/recompute-unit.js';
import { DEMO_CHEMICALS, FILLER_CHEMICALS, type DemoChemical, type DemoChemicalKey } from './demo-chemicals.js';
import type { Flagship } from './demo-enterprise-flagships.js';
import { buildLicences } from './demo-enterprise-licences.js';
import { addDays, demoPhone, demoUscc, enterpriseName, personName, scatter, streetAddress, times } from './demo-enterprise-names.js';
import type { LineTemplate, Mix, Profile } from './demo-enterprise-profiles.js';
import type { Rng } from './prng.js';

export type PlaceOrg = { id: string; path: string; name: string };
export type Place = PlaceOrg & { key: string; short: string; mix: Mix; centre: readonly [number, number]; spreadDeg: number; roads: readonly string[]; park: string | null; grids: readonly PlaceOrg[] };

export type BuiltEnterprise = {
  organisation: Insertable<DB['organisations']> | null;
  enterprise: Insertable<DB['enterprises']>;
  licences: Insertable<DB['enterprise_licences']>[];
  sites: Insertable<DB['enterprise_sites']>[];
  units: Insertable<DB['enterprise_units']>[];
  lines: Insertable<DB['inventory_lines']>[];
  registers: Insertable<DB['major_hazard_register']>[];
};

export type EnterpriseSpec = {
  orgId: string;
  enterpriseId: string;
  place: Place;
  profile: Profile;
  /** Index into place.grids, or null: directly under the territory. */
  gridIndex: number | null;
  /** today (China date) for licence expiries; at (ISO instant) for created/identified timestamps. */
  today: string;
  at: string;
  isDemo: boolean;
  nameSuffix: string;
  flagship?: Flagship | undefined;
  /** An organisation that already exists (no organisation row is written): its path. */
  existingOrgPath?: string | undefined;
  /** Benchmark shape: exactly this many units, each with exactly this many lines. */
  units?: number | undefined;
  linesPerUnit?: number | undefined;
  /** Makes the credit code unique by construction (benchmark scale). */
  usccCounter?: number | undefined;
};

type LineDraft = { chem: DemoChemical; unit: 't' | 'kg' | 'm3'; container: string; quantity: string };
type UnitDraft = { name: string; kind: string; facility: string; population: number | null; lines: LineDraft[] };

function population(rng: Rng, mix: Mix): number | null {
  if (rng.chance(0.05)) return null; // not counted yet
  switch (mix) {
    case 'park': return rng.chance(0.1) ? 0 : rng.int(5, 90);
    case 'urban': return rng.int(80, 2500);
    case 'forest': return rng.int(0, 40);
    default: { const r = rng.next(); return r < 0.1 ? rng.int(0, 29) : r < 0.4 ? rng.int(30, 99) : rng.int(100, 900); }
  }
}

function lineFrom(rng: Rng, t: LineTemplate): LineDraft {
  const key: DemoChemicalKey = t.alt && rng.chance(t.alt.p) ? t.alt.chem : t.chem;
  return { chem: DEMO_CHEMICALS[key], unit: t.unit, container: t.container, quantity: times(t.size, rng.int(t.count[0], t.count[1])) };
}

function randomUnits(rng: Rng, spec: EnterpriseSpec): UnitDraft[] {
  const { profile } = spec;
  const drafts: UnitDraft[] = [];
  const templates = spec.units === undefined ? profile.units.filter((u) => rng.chance(u.p ?? 1)) : Array.from({ length: spec.units }, (_, i) => profile.units[i % profile.units.length]!);
  templates.forEach((u, k) => {
    let lines = u.lines.filter((l) => rng.chance(l.p ?? 1)).map((l) => lineFrom(rng, l));
    if (lines.length === 0) lines = [lineFrom(rng, u.lines[0]!)];
    if (u.pick && spec.linesPerUnit === undefined) {
      const keep = rng.int(u.pick[0], u.pick[1]);
      while (lines.length > Math.max(1, keep)) lines.splice(rng.int(0, lines.length - 1), 1);
    }
    if (spec.linesPerUnit !== undefined) lines = exactly(rng, lines, spec.linesPerUnit);
    const name = templates.slice(0, k).some((x) => x.name === u.name) ? `${u.name}${k + 1}` : u.name;
    drafts.push({ name, kind: u.kind, facility: u.facility, population: population(rng, spec.place.mix), lines });
  });
  return drafts;
}

/** Trims or fills (with distinct drummed solvents) a unit's lines to exactly n. */
function exactly(rng: Rng, lines: LineDraft[], n: number): LineDraft[] {
  const out = lines.filter((l, i) => lines.findIndex((x) => x.chem.name === l.chem.name) === i).slice(0, n);
  const names = new Set(out.map((l) => l.chem.name));
  for (const key of FILLER_CHEMICALS) {
    if (out.length >= n) break;
    const chem = DEMO_CHEMICALS[key];
    if (names.has(chem.name)) continue;
    names.add(chem.name);
    out.push({ chem, unit: 't', container: '200L铁桶', quantity: times('0.16', rng.int(2, 120)) });
  }
  return out;
}

export function buildEnterprise(rng: Rng, spec: EnterpriseSpec): BuiltEnterprise {
  const { place, profile, flagship, at, enterpriseId } = spec;
  const grid = spec.gridIndex === null ? null : place.grids[spec.gridIndex] ?? null;
  const parent = grid ?? place;
  const path = spec.existingOrgPath ?? `${parent.path}${spec.orgId}/`;
  const name = flagship?.name ?? enterpriseName(rng, profile.nameStyle, profile.words, place, spec.nameSuffix);
  const point = scatter(rng, place.centre, place.spreadDeg);
  const principal = { name: personName(rng), phone: demoPhone(rng) };
  const safety = { name: personName(rng), phone: demoPhone(rng) };
  const r = rng.next();
  const status = flagship ? 'operating' : r < 0.92 ? 'operating' : r < 0.96 ? 'suspended' : r < 0.98 ? 'relocating' : 'closed';
  const processes = flagship?.processes ?? profile.processes.filter(() => rng.chance(0.25)).slice(0, 2);
  const address = streetAddress(rng, place.park ?? place.name, place.roads);

  const drafts: UnitDraft[] = flagship
    ? flagship.units.map((u) => ({ name: u.name, kind: u.kind, facility: u.facility, population: u.population, lines: u.lines.map(([chem, unit, container, quantity]) => ({ chem: DEMO_CHEMICALS[chem], unit, container, quantity })) }))
    : randomUnits(rng, spec);
  const activities = new Set<string>(profile.activities);
  if (drafts.some((u) => u.kind === 'storage')) activities.add('storage');

  const siteCount = drafts.length > 1 && rng.chance(0.15) ? 2 : 1;
  const sites = Array.from({ length: siteCount }, (_, i) => {
    const p = i === 0 ? point : scatter(rng, [point.lng, point.lat], 0.004);
    return { id: `${enterpriseId}-site-${i + 1}`, enterprise_id: enterpriseId, path, name: siteCount === 1 ? '厂区' : ['主厂区', '二厂区'][i]!, address: i === 0 ? address : streetAddress(rng, place.park ?? place.name, place.roads), lng: p.lng, lat: p.lat, sort: i };
  });

  const units: BuiltEnterprise['units'] = [];
  const lines: BuiltEnterprise['lines'] = [];
  const registers: BuiltEnterprise['registers'] = [];
  drafts.forEach((d, k) => {
    const site = sites[k % sites.length]!;
    const unitId = `${enterpriseId}-unit-${k + 1}`;
    const rows = d.lines.map((l, j): Insertable<DB['inventory_lines']> => ({
      id: `${unitId}-line-${String(j + 1).padStart(2, '0')}`, unit_id: unitId, enterprise_id: enterpriseId, path, sort: j,
      chemical_name: l.chem.name, cas: l.chem.cas, table1_serial: l.chem.serial, outside_table1: l.chem.outside ? 1 : 0, hazard_symbols: l.chem.symbols, beta_symbol: null,
      quantity: l.quantity, quantity_unit: l.unit, density: l.unit === 'm3' ? l.chem.density ?? null : null, density_unit: l.unit === 'm3' ? 't/m3' : null,
      physical_state: l.chem.state, container_type: l.container,
    }));
    const trace = traceUnit({
      lines: rows.map((x) => inventoryLineOf({ ...x, table1_serial: x.table1_serial ?? null, outside_table1: x.outside_table1 ?? 0, hazard_symbols: x.hazard_symbols ?? null, beta_symbol: x.beta_symbol ?? null, density: x.density ?? null, density_unit: x.density_unit ?? null })),
      populationWithin500m: d.population,
    });
    const columns = columnsOf(trace, at);
    const near = scatter(rng, [site.lng, site.lat], 0.0008);
    units.push({
      id: unitId, enterprise_id: enterpriseId, site_id: site.id, path, name: d.name, kind: d.kind, facility: d.facility, lng: near.lng, lat: near.lat,
      population_500m: d.population, population_source: d.population === null ? null : 'entered', ...columns, sort: k,
    });
    lines.push(...rows);
    if (columns.is_major_hazard === 1) registers.push(registerRow(rng, { unitId, enterpriseId, path, today: spec.today, at, principal }));
  });

  const organisation: BuiltEnterprise['organisation'] = spec.existingOrgPath
    ? null
    : { id: spec.orgId, parent_id: parent.id, kind: 'enterprise', code: null, name, name_en: null, path, sort: 0, created_at: at };
  const enterprise: Insertable<DB['enterprises']> = {
    id: enterpriseId, organisation_id: spec.orgId, path, territory_id: place.id, grid_id: grid?.id ?? null, name, uscc: demoUscc(rng, spec.usccCounter),
    legal_representative: rng.chance(0.7) ? principal.name : personName(rng), address, lng: point.lng, lat: point.lat, coord_input: rng.chance(0.3) ? 'gcj02' : 'wgs84',
    industry: profile.industry, activities: JSON.stringify([...activities]), status, in_chemical_park: place.park ? 1 : 0, chemical_park: place.park,
    staff_count: rng.int(profile.staff[0], profile.staff[1]),
    contacts_json: JSON.stringify([{ duty: '主要负责人', name: principal.name, phone: principal.phone }, { duty: '安全负责人', name: safety.name, phone: safety.phone }]),
    key_processes: JSON.stringify(processes), declaration_status: 'none', is_demo: spec.isDemo ? 1 : 0, version: 1, created_at: at, updated_at: at,
  };
  const licences = buildLicences(rng, { enterpriseId, path, profile, today: spec.today, at, days: flagship?.licenceDays });
  return { organisation, enterprise, licences, sites, units, lines, registers };
}

function registerRow(rng: Rng, a: { unitId: string; enterpriseId: string; path: string; today: string; at: string; principal: { name: string; phone: string } }): Insertable<DB['major_hazard_register']> {
  const r = rng.next();
  const filing = r < 0.55 ? 'filed' : r < 0.85 ? 'not_filed' : 'refile_needed';
  const filedOn = filing === 'not_filed' ? null : addDays(a.today, -rng.int(30, 900));
  return {
    unit_id: a.unitId, enterprise_id: a.enterpriseId, path: a.path, filing_status: filing,
    filing_number: filedOn ? `从应急危备〔${filedOn.slice(0, 4)}〕${String(rng.int(1, 299)).padStart(3, '0')}号` : null, filed_on: filedOn,
    principal_name: a.principal.name, principal_phone: a.principal.phone, technical_name: personName(rng), technical_phone: demoPhone(rng),
    operations_name: personName(rng), operations_phone: demoPhone(rng), updated_at: a.at,
  };
}
