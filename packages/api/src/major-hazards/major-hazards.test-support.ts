// For API tests: an enterprise under a territory with units whose inventories are written and identified the way
// the platform does it (rows, then recomputeUnit in one transaction), so the register and report have real traces.
import crypto from 'node:crypto';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { recomputeUnit } from '@hazgov/app/major-hazards/recompute-unit';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { inTransaction } from '@hazgov/app/shared/transaction';
import type { TestServer } from '../shared/test-server.js';

export type TestLine = { name: string; quantity: string; unit?: string; symbols?: string; cas?: string };
export type TestUnit = { id: string; name: string; population: number | null; lines: TestLine[] };

/** The two enterprises most API tests seed, in 温泉 (A) and 良口 (B); 'ent-a'/'ent-b' are the organisations of test-users' enta/entb. */
export const ENTERPRISE_A = { id: 'ea', orgId: 'ent-a', territoryId: TOWN_A, name: '温泉化工有限公司', uscc: '91440117MA59C1XP3U' } as const;
export const ENTERPRISE_B = { id: 'eb', orgId: 'ent-b', territoryId: TOWN_B, name: '良口气体有限公司', uscc: '91440117MA5ABC002N' } as const;

export async function seedEnterprise(
  s: TestServer,
  e: { id: string; orgId: string; territoryId: string; name: string; uscc: string; units: TestUnit[] },
): Promise<{ path: string }> {
  const db = s.database.db;
  const territory = await db.selectFrom('organisations').select('path').where('id', '=', e.territoryId).executeTakeFirstOrThrow();
  const path = `${territory.path}${e.orgId}/`;
  const at = s.clock.now().toISOString();
  await db.insertInto('organisations').values({ id: e.orgId, parent_id: e.territoryId, kind: 'enterprise', code: null, name: e.name, name_en: null, path, sort: 0, created_at: at }).execute();
  await db.insertInto('enterprises').values({
    id: e.id, organisation_id: e.orgId, path, territory_id: e.territoryId, grid_id: null, name: e.name, uscc: e.uscc, legal_representative: null,
    address: '从化区', lng: null, lat: null, coord_input: null, industry: null, activities: '["storage"]', status: 'operating', chemical_park: null,
    staff_count: null, contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: at, updated_at: at,
  }).execute();
  for (const u of e.units) {
    await db.insertInto('enterprise_units').values({
      id: u.id, enterprise_id: e.id, site_id: null, path, name: u.name, kind: 'storage', facility: 'tank_farm', lng: null, lat: null,
      population_500m: u.population, population_source: u.population === null ? null : 'entered', s_exact: null, s_value: null, r_exact: null, r_value: null,
      grade: null, ident_json: null, identified_at: null,
    }).execute();
    if (u.lines.length > 0) {
      await db.insertInto('inventory_lines').values(u.lines.map((l, sort) => ({
        id: crypto.randomUUID(), unit_id: u.id, enterprise_id: e.id, path, sort, chemical_name: l.name, cas: l.cas ?? null, table1_serial: null,
        hazard_symbols: l.symbols ?? null, beta_symbol: null, quantity: l.quantity, quantity_unit: l.unit ?? 't', density: null, density_unit: null,
        physical_state: null, container_type: null,
      }))).execute();
    }
    await inTransaction(s.ctx, (trx) => recomputeUnit(trx, s.ctx, { unitId: u.id, actor: systemActor('test') }));
  }
  return { path };
}
