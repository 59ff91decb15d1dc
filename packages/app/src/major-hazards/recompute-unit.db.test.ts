// recomputeUnit on both databases: the stored identification follows the inventory, S = 1 exactly is a major hazard,
// crossing S = 1 or changing grade notifies the unit's territory and the district office, a new major hazard gets a
// register row, every change is audited, and a name that names several Table 1 rows (硝化棉) waits for the row.
//
// Hand calculation (GB 18218-2018, Table 1 thresholds):
//   甲醇 row 65 Q = 500 t, 乙醇 row 67 Q = 500 t, 苯 row 57 Q = 50 t
//   step 1: 甲醇 350 t + 乙醇 100 t            S = 0.7 + 0.2 = 0.9 < 1                → below threshold
//   step 2: + 苯 5 t                            S = 0.7 + 0.2 + 0.1 = 1 exactly ≥ 1   → major hazard (in floating point
//           0.7 + 0.2 + 0.1 = 0.9999999999999999, which would miss it); population unknown → needs_population
//   step 3: population 120 (α = 2, Table 5 "100人以上"); every line W5.3 (Table 4 β = 1):
//           Σβq/Q = 1, R = 2 × 1 = 2 < 10                                            → 四级 (Table 6: R<10)
//   step 4: 甲醇 2,500 t: q/Q = 5, S = 5.3, Σβq/Q = 5.3, R = 10.6 ≥ 10               → 三级 (50>R≥10)
//   step 5: 甲醇 100 t: S = 0.2 + 0.2 + 0.1 = 0.5 < 1                                → below threshold again
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';
import { systemActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeUnit } from './recompute-unit.js';

let database: Database;
let ctx: AppContext;
const at = '2026-03-02T02:00:00.000Z';
const PATH = '/d/t/ent-x/';
const actor = systemActor('test');

type Line = { name: string; quantity: string; symbols?: string; serial?: number | null };

beforeAll(async () => {
  database = await createTestDb();
  let clock = Date.parse(at);
  ctx = { database, now: () => new Date((clock += 60_000)) }; // each step a minute later: distinct dedupe keys
  const db = database.db;
  await db.insertInto('organisations').values([
    { id: 'd', parent_id: null, kind: 'district', code: null, name: '区', name_en: null, path: '/d/', sort: 0, created_at: at },
    { id: 'office', parent_id: 'd', kind: 'office', code: null, name: '区安委办', name_en: null, path: '/d/office/', sort: 1, created_at: at },
    { id: 't', parent_id: 'd', kind: 'territory', code: null, name: '温泉镇', name_en: null, path: '/d/t/', sort: 2, created_at: at },
    { id: 'other', parent_id: 'd', kind: 'territory', code: null, name: '良口镇', name_en: null, path: '/d/other/', sort: 3, created_at: at },
    { id: 'ent-x', parent_id: 't', kind: 'enterprise', code: null, name: '甲化工', name_en: null, path: PATH, sort: 0, created_at: at },
  ]).execute();
  await db.insertInto('enterprises').values({
    id: 'e', organisation_id: 'ent-x', path: PATH, territory_id: 't', grid_id: null, name: '甲化工', uscc: '91440117MA59C1XP3U', legal_representative: null,
    address: null, lng: null, lat: null, coord_input: null, industry: null, activities: '[]', status: 'operating', chemical_park: null, staff_count: null,
    contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: at, updated_at: at,
  }).execute();
  for (const id of ['u', 'n']) {
    await db.insertInto('enterprise_units').values({
      id, enterprise_id: 'e', site_id: null, path: PATH, name: `单元${id}`, kind: 'storage', facility: null, lng: null, lat: null, population_500m: null,
      population_source: null, s_exact: null, s_value: null, r_exact: null, r_value: null, grade: null, ident_json: null, identified_at: null,
    }).execute();
  }
});
afterAll(async () => database.close());

async function setLines(unitId: string, lines: Line[]): Promise<void> {
  await database.db.deleteFrom('inventory_lines').where('unit_id', '=', unitId).execute();
  await database.db.insertInto('inventory_lines').values(lines.map((l, sort) => ({
    id: crypto.randomUUID(), unit_id: unitId, enterprise_id: 'e', path: PATH, sort, chemical_name: l.name, cas: null, table1_serial: l.serial ?? null,
    hazard_symbols: l.symbols ?? null, beta_symbol: null, quantity: l.quantity, quantity_unit: 't', density: null, density_unit: null, physical_state: null, container_type: null,
  }))).execute();
}

const recompute = (unitId: string) => inTransaction(ctx, (trx) => recomputeUnit(trx, ctx, { unitId, actor }));
const stored = (unitId: string) => database.db.selectFrom('enterprise_units').selectAll().where('id', '=', unitId).executeTakeFirstOrThrow();
const notifications = () => database.db.selectFrom('notifications').select(['organisation_id', 'title']).where('kind', '=', 'major_hazard_change').orderBy('created_at').orderBy('organisation_id').execute();
const audits = (unitId: string) => database.db.selectFrom('audit_log').select(['action', 'at', 'before_json', 'after_json']).where('entity_id', '=', unitId).orderBy('seq').execute();
const registerRow = (unitId: string) => database.db.selectFrom('major_hazard_register').selectAll().where('unit_id', '=', unitId).executeTakeFirst();

describe('recomputeUnit', () => {
  it('below the threshold: stores S, no register row, no notification, one audit row', async () => {
    await setLines('u', [{ name: '甲醇', quantity: '350' }, { name: '乙醇', quantity: '100' }]);
    const r = await recompute('u');
    expect(r.after).toEqual({ status: 'ok', S: '9/10', isMajorHazard: false, R: null, grade: null });
    expect(await stored('u')).toMatchObject({ ident_status: 'ok', s_exact: '9/10', is_major_hazard: 0, grade: null });
    expect(await registerRow('u')).toBeUndefined();
    expect(await notifications()).toEqual([]);
    expect((await audits('u')).map((a) => a.action)).toEqual(['major_hazard.identified']);
  });

  it('S = 1 exactly is a major hazard: register row, territory and office told, needs the population', async () => {
    await setLines('u', [{ name: '甲醇', quantity: '350' }, { name: '乙醇', quantity: '100' }, { name: '苯', quantity: '5' }]);
    const r = await recompute('u');
    expect(r.trace.status).toBe('needs_population');
    expect(r.after).toEqual({ status: 'needs_population', S: '1', isMajorHazard: true, R: null, grade: null });
    expect(await stored('u')).toMatchObject({ ident_status: 'needs_population', s_exact: '1', s_value: 1, is_major_hazard: 1, grade: null });
    expect(await registerRow('u')).toMatchObject({ enterprise_id: 'e', path: PATH, filing_status: 'not_filed' });
    const told = await notifications();
    expect(told.map((n) => n.organisation_id).sort()).toEqual(['office', 't']); // not 良口镇
    expect(told[0]?.title).toContain('构成重大危险源（S ≥ 1），待填写周边 500 米人数以分级');
    const audit = (await audits('u')).at(-1);
    expect(audit?.at.slice(0, 10)).toBe('2026-03-02'); // the context's clock, not the machine's
    expect(JSON.parse(audit?.before_json ?? '{}')).toMatchObject({ isMajorHazard: false, S: '9/10' });
    expect(JSON.parse(audit?.after_json ?? '{}')).toMatchObject({ isMajorHazard: true, S: '1' });
  });

  it('a recompute that changes nothing writes nothing', async () => {
    const before = (await audits('u')).length;
    const n = (await notifications()).length;
    await recompute('u');
    expect((await audits('u')).length).toBe(before);
    expect((await notifications()).length).toBe(n);
  });

  it('grades once the population is known, and tells of each grade change', async () => {
    await database.db.updateTable('enterprise_units').set({ population_500m: 120 }).where('id', '=', 'u').execute();
    await setLines('u', [{ name: '甲醇', quantity: '350', symbols: 'W5.3' }, { name: '乙醇', quantity: '100', symbols: 'W5.3' }, { name: '苯', quantity: '5', symbols: 'W5.3' }]);
    const r4 = await recompute('u');
    expect(r4.after).toEqual({ status: 'ok', S: '1', isMajorHazard: true, R: '2', grade: 4 });
    const t4 = r4.trace as Extract<IdentificationTrace, { status: 'graded' }>;
    expect([t4.alpha.value.display, t4.alpha.band, t4.gradeExpression]).toEqual(['2', '100人以上', 'R<10']);
    expect((await notifications()).at(-1)?.title).toContain('构成四级重大危险源（R = 2）');

    await setLines('u', [{ name: '甲醇', quantity: '2500', symbols: 'W5.3' }, { name: '乙醇', quantity: '100', symbols: 'W5.3' }, { name: '苯', quantity: '5', symbols: 'W5.3' }]);
    const r3 = await recompute('u');
    expect(r3.after).toMatchObject({ S: '53/10', R: '53/5', grade: 3 }); // R = 10.6
    expect((await notifications()).at(-1)?.title).toContain('构成三级重大危险源（R = 10.6）');
    expect(await stored('u')).toMatchObject({ grade: 3, r_exact: '53/5', r_value: 10.6 });
  });

  it('dropping below S = 1 tells again and keeps the register row (for its history)', async () => {
    const n = (await notifications()).length;
    await setLines('u', [{ name: '甲醇', quantity: '100' }, { name: '乙醇', quantity: '100' }, { name: '苯', quantity: '5' }]);
    const r = await recompute('u');
    expect(r.after).toEqual({ status: 'ok', S: '1/2', isMajorHazard: false, R: null, grade: null });
    const told = await notifications();
    expect(told.length).toBe(n + 2);
    expect(told.at(-1)?.title).toContain('已低于重大危险源临界量（S < 1）');
    expect(await registerRow('u')).toBeDefined();
  });

  it('硝化棉 names Table 1 rows 37–41: incomplete until the row is chosen', async () => {
    await setLines('n', [{ name: '硝化棉', quantity: '2' }]);
    const r = await recompute('n');
    expect(r.trace.status).toBe('incomplete');
    const problems = r.trace.status === 'incomplete' ? r.trace.problems : [];
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toBe('choose_table1_row');
    expect(problems[0]?.detail.map((d) => d.split(' ')[0])).toEqual(['37', '38', '39', '40', '41']);
    expect(await stored('n')).toMatchObject({ ident_status: 'incomplete', s_exact: null, is_major_hazard: 0 });

    // row 40 硝化纤维素(含氮≤12.6%): Q = 50 t → S = 2/50 = 0.04, below
    await setLines('n', [{ name: '硝化棉', quantity: '2', serial: 40 }]);
    expect((await recompute('n')).after).toEqual({ status: 'ok', S: '1/25', isMajorHazard: false, R: null, grade: null });
    // row 37 (dry, or < 25 % water/alcohol): Q = 1 t → S = 2 ≥ 1, a major hazard
    await setLines('n', [{ name: '硝化棉', quantity: '2', serial: 37 }]);
    expect((await recompute('n')).after).toMatchObject({ status: 'needs_population', S: '2', isMajorHazard: true });
    expect(await registerRow('n')).toBeDefined();
  });
});
