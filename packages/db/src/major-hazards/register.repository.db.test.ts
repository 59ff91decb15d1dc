// The register, statistics, catalog and restriction queries on both dialects: scope, filters, counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '@hazgov/domain/orgs/scope';
import { createTestDb } from '../test-db.js';
import type { Database } from '../database.js';
import { countRegisterByGrade, findUnitInScope, listRegister, upsertRegister } from './register.repository.js';
import { countGradedByTerritory, countUnitsByStatus } from './stats.repository.js';
import { insertEdition, listEditionEntries, searchCatalogEntries } from '../chemicals/catalog.repository.js';
import { countInventoryLinesByChemical } from '../chemicals/restriction-list.repository.js';
import { listMonitoringRequirements, replaceMonitoringRequirements } from '../major-hazards/monitoring-requirements.repository.js';

let database: Database;
const at = '2026-01-01T00:00:00.000Z';
const all: Scope = { paths: ['/'], all: true };
const townA: Scope = { paths: ['/d/a/'], all: false };

type UnitSpec = { id: string; ent: 'ea' | 'eab'; status: string; major: 0 | 1; grade: number | null; r?: number };

beforeAll(async () => {
  database = await createTestDb();
  const db = database.db;
  await db.insertInto('organisations').values([
    { id: 'd', parent_id: null, kind: 'district', code: null, name: '区', name_en: null, path: '/d/', sort: 0, created_at: at },
    { id: 'a', parent_id: 'd', kind: 'territory', code: null, name: 'A镇', name_en: null, path: '/d/a/', sort: 1, created_at: at },
    { id: 'ab', parent_id: 'd', kind: 'territory', code: null, name: 'AB镇', name_en: null, path: '/d/ab/', sort: 2, created_at: at },
    { id: 'oa', parent_id: 'a', kind: 'enterprise', code: null, name: '甲化工', name_en: null, path: '/d/a/oa/', sort: 0, created_at: at },
    { id: 'oab', parent_id: 'ab', kind: 'enterprise', code: null, name: '乙仓储', name_en: null, path: '/d/ab/oab/', sort: 0, created_at: at },
  ]).execute();
  const ent = (id: string, org: string, territory: string, name: string, uscc: string) => ({
    id, organisation_id: org, path: territory === 'a' ? '/d/a/oa/' : '/d/ab/oab/', territory_id: territory, grid_id: null, name, uscc, legal_representative: null,
    address: null, lng: null, lat: null, coord_input: null, industry: null, activities: '[]', status: 'operating', chemical_park: null, staff_count: null,
    contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: at, updated_at: at,
  });
  await db.insertInto('enterprises').values([ent('ea', 'oa', 'a', '甲化工', 'U1'), ent('eab', 'oab', 'ab', '乙仓储', 'U2')]).execute();
  const units: UnitSpec[] = [
    { id: 'u1', ent: 'ea', status: 'ok', major: 1, grade: 1, r: 150 },
    { id: 'u2', ent: 'ea', status: 'ok', major: 1, grade: 3, r: 20 },
    { id: 'u3', ent: 'ea', status: 'needs_population', major: 1, grade: null },
    { id: 'u4', ent: 'ea', status: 'ok', major: 0, grade: null }, // below threshold: not in the register list
    { id: 'u5', ent: 'eab', status: 'ok', major: 1, grade: 3, r: 11 },
    { id: 'u6', ent: 'eab', status: 'incomplete', major: 0, grade: null },
    { id: 'u7', ent: 'eab', status: 'empty', major: 0, grade: null },
  ];
  await db.insertInto('enterprise_units').values(units.map((u) => ({
    id: u.id, enterprise_id: u.ent, site_id: null, path: u.ent === 'ea' ? '/d/a/oa/' : '/d/ab/oab/', name: `单元${u.id}`, kind: 'storage', facility: null,
    lng: null, lat: null, population_500m: null, population_source: null, ident_status: u.status, s_exact: null, s_value: null, is_major_hazard: u.major,
    r_exact: u.r === undefined ? null : String(u.r), r_value: u.r ?? null, grade: u.grade, ident_json: null, identified_at: at,
  }))).execute();
  await upsertRegister(db, { unit_id: 'u1', enterprise_id: 'ea', path: '/d/a/oa/', filing_status: 'filed', filing_number: 'N1', filed_on: '2026-01-01', principal_name: '张', principal_phone: null, technical_name: null, technical_phone: null, operations_name: null, operations_phone: null, updated_at: at });
  await upsertRegister(db, { unit_id: 'u1', enterprise_id: 'ea', path: '/d/a/oa/', filing_status: 'refile_needed', filing_number: 'N1', filed_on: '2026-01-01', principal_name: '张三', principal_phone: null, technical_name: null, technical_phone: null, operations_name: null, operations_phone: null, updated_at: at });
  const line = (id: string, unit: string, ent: string, name: string, cas: string | null) => ({
    id, unit_id: unit, enterprise_id: ent, path: ent === 'ea' ? '/d/a/oa/' : '/d/ab/oab/', chemical_name: name, cas, table1_serial: null, hazard_symbols: null,
    beta_symbol: null, quantity: '1', quantity_unit: 't', density: null, density_unit: null, physical_state: null, container_type: null,
  });
  await db.insertInto('inventory_lines').values([line('l1', 'u1', 'ea', '液氯', '7782-50-5'), line('l2', 'u2', 'ea', '液氯', '7782-50-5'), line('l3', 'u5', 'eab', '甲醇', null)]).execute();
});
afterAll(async () => database.close());

describe('major hazard register queries', () => {
  it('lists major hazards and incomplete units, most serious first, with the register row', async () => {
    const { rows, total } = await listRegister(database.db, { scope: all }, { limit: 10, offset: 0 });
    expect(total).toBe(5);
    expect(rows.map((r) => `${r.unit_id}:${r.ident_status}:${r.grade}`)).toEqual(['u1:graded:1', 'u2:graded:3', 'u5:graded:3', 'u3:needs_population:null', 'u6:incomplete:null']);
    expect(rows[0]).toMatchObject({ filing_status: 'refile_needed', principal_name: '张三', territory_name: 'A镇', enterprise_name: '甲化工' });
  });

  it('keeps to the scope (/d/a/ never matches /d/ab/) and applies the filters', async () => {
    const inA = await listRegister(database.db, { scope: townA }, { limit: 10, offset: 0 });
    expect(inA.rows.map((r) => r.unit_id)).toEqual(['u1', 'u2', 'u3']);
    expect((await listRegister(database.db, { scope: all, grade: 3 }, { limit: 10, offset: 0 })).total).toBe(2);
    expect((await listRegister(database.db, { scope: all, territoryId: 'ab' }, { limit: 10, offset: 0 })).rows.map((r) => r.unit_id)).toEqual(['u5', 'u6']);
    expect((await listRegister(database.db, { scope: all, filingStatus: 'not_filed' }, { limit: 10, offset: 0 })).total).toBe(4); // no row counts as not filed
    expect((await listRegister(database.db, { scope: all, q: '乙仓' }, { limit: 10, offset: 0 })).total).toBe(2);
    expect((await listRegister(database.db, { scope: all, status: 'needs_population' }, { limit: 10, offset: 0 })).rows.map((r) => r.unit_id)).toEqual(['u3']);
    expect((await listRegister(database.db, { scope: all }, { limit: 2, offset: 2 })).rows.map((r) => r.unit_id)).toEqual(['u5', 'u3']);
  });

  it('counts by grade with every filter but the grade', async () => {
    expect(await countRegisterByGrade(database.db, { scope: all, grade: 1 })).toEqual({ 1: 1, 2: 0, 3: 2, 4: 0, needsPopulation: 1, incomplete: 1 });
    expect(await countRegisterByGrade(database.db, { scope: townA })).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0, needsPopulation: 1, incomplete: 0 });
  });

  it('finds a unit only inside the scope', async () => {
    expect(await findUnitInScope(database.db, 'u5', townA)).toBeUndefined();
    expect(await findUnitInScope(database.db, 'u1', townA)).toMatchObject({ id: 'u1', enterprise_name: '甲化工', territory_name: 'A镇' });
  });

  it('counts statistics by territory and status', async () => {
    expect(await countGradedByTerritory(database.db, all)).toEqual([
      { territory_id: 'a', territory_name: 'A镇', grade: 1, n: 1 }, { territory_id: 'a', territory_name: 'A镇', grade: 3, n: 1 }, { territory_id: 'ab', territory_name: 'AB镇', grade: 3, n: 1 },
    ]);
    expect(await countUnitsByStatus(database.db, all)).toEqual({ total: 7, belowThreshold: 1, major: 4 });
    expect(await countUnitsByStatus(database.db, townA)).toEqual({ total: 4, belowThreshold: 1, major: 3 });
  });
});

describe('catalog, restriction and monitoring queries', () => {
  it('searches active editions by name, alias and CAS, and lists an edition in file order', async () => {
    const db = database.db;
    await insertEdition(db, { id: 'ed1', name: '目录', source: '来源', imported_at: at, imported_by: null, entry_count: 2, active: 1 }, [
      { id: 'ed1:000002', edition_id: 'ed1', serial: '1', name: '氰化钾', aliases: '["山奈钾"]', cas: '151-50-8', un_number: null, hazard_symbols: 'J1', flags_json: '{}', sources_json: '{}' },
      { id: 'ed1:000003', edition_id: 'ed1', serial: '2', name: 'Toluene_100%', aliases: '[]', cas: '108-88-3', un_number: null, hazard_symbols: null, flags_json: '{}', sources_json: '{}' },
    ]);
    await insertEdition(db, { id: 'ed0', name: '旧', source: '旧来源', imported_at: at, imported_by: null, entry_count: 1, active: 0 }, [
      { id: 'ed0:000002', edition_id: 'ed0', serial: '1', name: '氰化钾', aliases: '[]', cas: '151-50-8', un_number: null, hazard_symbols: null, flags_json: '{}', sources_json: '{}' },
    ]);
    expect((await searchCatalogEntries(db, { text: '山奈', cas: null, limit: 10 })).map((r) => [r.id, r.edition_name])).toEqual([['ed1:000002', '目录']]);
    expect((await searchCatalogEntries(db, { text: null, cas: '151-50-8', limit: 10 })).map((r) => r.id)).toEqual(['ed1:000002']);
    expect((await searchCatalogEntries(db, { text: 'toluene', cas: null, limit: 10 })).map((r) => r.id)).toEqual(['ed1:000003']);
    expect((await searchCatalogEntries(db, { text: '_', cas: null, limit: 10 })).map((r) => r.id)).toEqual(['ed1:000003']); // _ is literal
    expect(await listEditionEntries(db, 'ed1', { text: null, limit: 10, offset: 0 })).toMatchObject({ total: 2, rows: [{ id: 'ed1:000002' }, { id: 'ed1:000003' }] });
    expect((await listEditionEntries(db, 'ed1', { text: '108-88', limit: 10, offset: 0 })).total).toBe(1);
  });

  it('groups inventory lines by name and CAS in scope', async () => {
    const groups = await countInventoryLinesByChemical(database.db, all);
    expect(groups.sort((x, y) => x.n - y.n)).toEqual([{ chemical_name: '甲醇', cas: null, n: 1 }, { chemical_name: '液氯', cas: '7782-50-5', n: 2 }]);
    expect(await countInventoryLinesByChemical(database.db, townA)).toEqual([{ chemical_name: '液氯', cas: '7782-50-5', n: 2 }]);
  });

  it('replaces the monitoring requirements', async () => {
    await replaceMonitoringRequirements(database.db, [{ grade: 1, requirements_json: '[]', updated_at: at, updated_by: null }]);
    await replaceMonitoringRequirements(database.db, [{ grade: 2, requirements_json: '[{"zh":"x","en":"x"}]', updated_at: at, updated_by: 'u' }]);
    expect(await listMonitoringRequirements(database.db)).toEqual([{ grade: 2, requirements_json: '[{"zh":"x","en":"x"}]', updated_at: at, updated_by: 'u' }]);
  });
});
