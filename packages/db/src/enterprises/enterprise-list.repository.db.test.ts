// The enterprise list query on both databases: scope, filters on the enterprise and on its children, one total,
// stable paging by name, and the page's aggregates (units, major hazards, worst grade, next licence expiry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDb } from '../test-db.js';
import { listEnterprisePage, listLineNamesOf, type EnterpriseListFilter } from './enterprise-list.repository.js';

let database: Database;
const AT = '2026-03-02T02:00:00.000Z';
const all = { paths: ['/'], all: true };
const page = (f: Partial<EnterpriseListFilter>) => listEnterprisePage(database.db, { scope: all, page: 1, pageSize: 20, ...f });
const names = async (f: Partial<EnterpriseListFilter>) => (await page(f)).rows.map((r) => r.name);

beforeAll(async () => {
  database = await createTestDb();
  const db = database.db;
  const org = (id: string, parent: string | null, kind: string, path: string) => ({ id, parent_id: parent, kind, code: null, name: id, name_en: null, path, sort: 0, created_at: AT });
  await db.insertInto('organisations').values([
    org('D', null, 'district', '/D/'), org('T1', 'D', 'territory', '/D/T1/'), org('T2', 'D', 'territory', '/D/T2/'), org('T1-g1', 'T1', 'grid', '/D/T1/T1-g1/'),
  ]).execute();
  const ents: [string, string, string, string | null, string[], string][] = [
    // id, name, territory, grid, activities, status
    ['e1', '甲化工', 'T1', 'T1-g1', ['storage'], 'operating'],
    ['e2', '乙化工', 'T1', null, ['trade', 'use'], 'operating'],
    ['e3', '丙化工_%', 'T2', null, ['production'], 'closed'],
  ];
  for (const [id, name, t, g, activities, status] of ents) {
    const path = g ? `/D/T1/T1-g1/o-${id}/` : `/D/${t}/o-${id}/`;
    await db.insertInto('organisations').values(org(`o-${id}`, g ?? t, 'enterprise', path)).execute();
    await db.insertInto('enterprises').values({
      id, organisation_id: `o-${id}`, path, territory_id: t, grid_id: g, name, uscc: `USCC-${id.toUpperCase()}`, legal_representative: null, address: null, lng: null,
      lat: null, coord_input: null, industry: id === 'e3' ? '医药' : '化工', activities: JSON.stringify(activities), status, contacts_json: '[]',
      key_processes: '[]', declaration_status: 'none', created_at: AT, updated_at: AT,
    }).execute();
  }
  const unit = (id: string, enterprise: string, major: number, grade: number | null) => ({
    id, enterprise_id: enterprise, site_id: null, path: (ents.find((e) => e[0] === enterprise)?.[3] ? `/D/T1/T1-g1/o-${enterprise}/` : `/D/${ents.find((e) => e[0] === enterprise)?.[2]}/o-${enterprise}/`),
    name: id, kind: 'storage', facility: null, lng: null, lat: null, population_500m: null, population_source: null, is_major_hazard: major, grade,
    s_exact: null, s_value: null, r_exact: null, r_value: null, ident_json: null, identified_at: null,
  });
  await db.insertInto('enterprise_units').values([unit('u1', 'e1', 1, 3), unit('u2', 'e1', 1, 2), unit('u3', 'e1', 0, null), unit('u4', 'e2', 1, null)]).execute();
  await db.insertInto('enterprise_licences').values([
    { id: 'l1', enterprise_id: 'e1', path: '/D/T1/T1-g1/o-e1/', kind: 'other', number: '1', scope: null, issuer: null, issued_on: null, expires_on: '2026-04-01', created_at: AT },
    { id: 'l2', enterprise_id: 'e1', path: '/D/T1/T1-g1/o-e1/', kind: 'other', number: '2', scope: null, issuer: null, issued_on: null, expires_on: '2026-12-31', created_at: AT },
    { id: 'l3', enterprise_id: 'e3', path: '/D/T2/o-e3/', kind: 'other', number: '3', scope: null, issuer: null, issued_on: null, expires_on: '2025-01-01', created_at: AT },
  ]).execute();
  await db.insertInto('inventory_lines').values([
    { id: 'i1', unit_id: 'u4', enterprise_id: 'e2', path: '/D/T1/o-e2/', chemical_name: '液氯', cas: '7782-50-5', table1_serial: null, hazard_symbols: null, beta_symbol: null,
      quantity: '1', quantity_unit: 't', density: null, density_unit: null, physical_state: null, container_type: null },
  ]).execute();
});
afterAll(async () => database.close());

describe('enterprise list query', () => {
  it('pages by name with one total, and aggregates the page', async () => {
    const first = await page({ pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => r.id)).toHaveLength(2);
    const second = await page({ pageSize: 2, page: 2 });
    expect([...first.rows, ...second.rows].map((r) => r.id).sort()).toEqual(['e1', 'e2', 'e3']);
    const e1 = (await page({ q: '甲' })).rows[0];
    expect(e1).toMatchObject({ id: 'e1', territory_name: 'T1', grid_name: 'T1-g1', unit_count: 3, major_hazard_count: 2, worst_grade: 2, next_licence_expiry: '2026-04-01' });
    expect((await page({ q: '乙' })).rows[0]).toMatchObject({ unit_count: 1, major_hazard_count: 1, worst_grade: null, next_licence_expiry: null });
  });

  it('keeps to the scope: a territory path sees only what lies under it', async () => {
    expect((await names({ scope: { paths: ['/D/T2/'], all: false } })).sort()).toEqual(['丙化工_%']);
    expect(await names({ scope: { paths: [], all: false } })).toEqual([]);
  });

  it('filters on the enterprise: text (wildcards literal), place, industry, activity, status', async () => {
    expect(await names({ q: '_%' })).toEqual(['丙化工_%']);
    expect(await names({ q: 'uscc-e2' })).toEqual(['乙化工']);
    expect((await names({ place: { kind: 'territory', id: 'T1' } })).length).toBe(2);
    expect(await names({ place: { kind: 'grid', id: 'T1-g1' } })).toEqual(['甲化工']);
    expect(await names({ industry: '医药' })).toEqual(['丙化工_%']);
    expect(await names({ activity: 'use' })).toEqual(['乙化工']);
    expect(await names({ status: 'closed' })).toEqual(['丙化工_%']);
  });

  it('filters on children: grade, major hazard, licence expiry (expired included), restriction matches', async () => {
    expect(await names({ grade: 2 })).toEqual(['甲化工']);
    expect(await names({ grade: 4 })).toEqual([]);
    expect((await names({ majorHazard: true })).sort()).toEqual(['乙化工', '甲化工'].sort());
    expect((await names({ licenceExpiringBy: '2026-04-01' })).sort()).toEqual(['丙化工_%', '甲化工'].sort());
    expect(await names({ licenceExpiringBy: '2024-12-31' })).toEqual([]);
    expect(await names({ restricted: { cas: ['7782-50-5'], names: [] } })).toEqual(['乙化工']);
    expect(await names({ restricted: { cas: [], names: ['液氯'] } })).toEqual(['乙化工']);
    expect(await names({ restricted: { cas: [], names: [] } })).toEqual([]);
    expect(await listLineNamesOf(database.db, ['e2'])).toEqual([{ enterprise_id: 'e2', chemical_name: '液氯', cas: '7782-50-5' }]);
  });
});
