// The demo enterprises on a fresh database: 300 of them where the data rules put them, every GB 18218 state
// (grades 1–4 with the hand-checked R of the flagships, below threshold, needs population, incomplete), stored
// identifications identical to what recomputeUnit stores, licences and declarations in every state, the demo
// restriction entries matching lines; the same rows on a second database; nothing written by a second run.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import { listRestrictionEntries } from '@hazgov/db/chemicals/restriction-list.repository';
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { restrictionFor } from '@hazgov/domain/chemicals/restriction';
import { parseUscc } from '@hazgov/domain/enterprises/uscc';
import { systemActor } from '../audit/audit-chain.js';
import { recomputeUnit } from '../major-hazards/recompute-unit.js';
import { seedOrganisations } from '../orgs/seed-organisations.js';
import { conghuaOrganisationData, conghuaOrganisationIds } from '../plans/conghua-reference.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { createUser } from '../users/create-user.js';
import { listEnterpriseHistory } from '../enterprises/list-enterprise-history.js';
import { listEnterprises } from '../enterprises/list-enterprises.js';
import { parseSnapshot } from '../enterprises/record-snapshot.js';
import { startDeclaration } from '../enterprises/start-declaration.js';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { FLAGSHIPS } from './demo-enterprise-flagships.js';
import { demoPlaces } from './demo-enterprise-names.js';
import { DEMO_ORGS } from './seed-demo.js';
import { OWN_RETURN_COMMENT, seedDemoEnterprises, type SeedEnterprisesResult } from './seed-enterprises.js';

const NOW = new Date('2026-03-02T02:00:00.000Z'); // today in China: 2026-03-02
const TABLES = ['enterprises', 'enterprise_licences', 'enterprise_sites', 'enterprise_units', 'inventory_lines', 'major_hazard_register', 'enterprise_declarations', 'restriction_list'] as const;

let a: Database;
let b: Database;
let ctx: AppContext;
let first: SeedEnterprisesResult;
let seedMs = 0;

async function seedInto(database: Database): Promise<SeedEnterprisesResult> {
  const c: AppContext = { database, now: () => NOW };
  await seedOrganisations(c, { organisations: [...conghuaOrganisationData.organisations, ...DEMO_ORGS] }, { actor: systemActor('test') });
  const t = performance.now();
  const r = await seedDemoEnterprises(c);
  seedMs = performance.now() - t;
  return r;
}

async function rowsOf(database: Database, table: (typeof TABLES)[number] | 'organisations'): Promise<unknown[]> {
  const q = database.db.selectFrom(table).selectAll();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a generic table name
  const ordered = (table === 'major_hazard_register' ? q.orderBy('unit_id' as any) : q.orderBy('id' as any));
  const rows = await (table === 'organisations' ? ordered.where('kind' as never, '=', 'enterprise' as never) : ordered).execute();
  return rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v])));
}

beforeAll(async () => {
  a = await createTestDb();
  b = await createTestDb();
  ctx = { database: a, now: () => NOW };
  first = await seedInto(a);
  console.log(`seedDemoEnterprises: ${seedMs.toFixed(0)} ms ${JSON.stringify(first.counts)}`);
  await seedInto(b);
}, 120_000);
afterAll(async () => { await a.close(); await b.close(); });

describe('seedDemoEnterprises', () => {
  it('writes 300 demo enterprises over the 11 territories by the data rules', async () => {
    const db = a.db;
    expect(first.alreadySeeded).toBe(false);
    const ents = await db.selectFrom('enterprises as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .select(['e.id', 'e.name', 'e.uscc', 'e.path', 'e.territory_id', 'e.grid_id', 'e.is_demo', 'e.lng', 'e.lat', 'o.path as org_path', 'o.parent_id', 'o.kind']).execute();
    expect(ents).toHaveLength(300);
    expect(new Set(ents.map((e) => e.territory_id)).size).toBe(11);
    expect(ents.filter((e) => e.grid_id !== null).length).toBeGreaterThan(150);
    expect(new Set(ents.map((e) => e.uscc)).size).toBe(300);
    const { idOfKey } = conghuaOrganisationIds();
    const orgs = new Map((await db.selectFrom('organisations').select(['id', 'parent_id', 'path']).execute()).map((o) => [o.id, o]));
    for (const e of ents) {
      expect(e.is_demo).toBe(1);
      expect(e.name.endsWith('（演示）')).toBe(true);
      expect(parseUscc(e.uscc)).toMatchObject({ ok: true, uscc: e.uscc });
      expect(e.kind).toBe('enterprise');
      expect(e.path).toBe(e.org_path);
      expect(e.parent_id).toBe(e.grid_id ?? e.territory_id);
      expect(e.path).toBe(`${orgs.get(e.parent_id!)!.path}${e.path.split('/').at(-2)}/`);
      if (e.grid_id) expect(orgs.get(e.grid_id)?.parent_id).toBe(e.territory_id);
      const place = demoPlaces.territories.find((t) => idOfKey.get(t.key) === e.territory_id)!;
      expect(e.lng! > 113.27 && e.lng! < 114.06 && e.lat! > 23.37 && e.lat! < 23.94).toBe(true);
      expect(Math.hypot(e.lng! - place.centre[0], e.lat! - place.centre[1])).toBeLessThan(3.6 * place.spreadDeg); // 2.5 σ each way
    }
    const pathOf = new Map(ents.map((e) => [e.id, e.path]));
    for (const t of ['enterprise_licences', 'enterprise_sites', 'enterprise_units', 'inventory_lines', 'major_hazard_register', 'enterprise_declarations'] as const) {
      const children = await db.selectFrom(t).select(['enterprise_id', 'path']).execute();
      expect(children.filter((c) => pathOf.get(c.enterprise_id) !== c.path), t).toEqual([]);
    }
    for (const l of await db.selectFrom('inventory_lines').select('cas').where('cas', 'is not', null).execute()) expect(parseCasNumber(l.cas!)).toEqual({ ok: true, cas: l.cas });
    expect(first.counts).toMatchObject({ enterprises: 300, organisations: 299, restrictions: 5 });
  });

  it('gives major hazards of all four grades, many units below threshold, and the waiting and incomplete states', async () => {
    const units = await a.db.selectFrom('enterprise_units').select(['ident_status', 'is_major_hazard', 'grade', 'ident_json']).execute();
    const status = (u: (typeof units)[number]): string => (JSON.parse(u.ident_json!) as { status: string }).status;
    const byGrade = [1, 2, 3, 4].map((g) => units.filter((u) => u.grade === g).length);
    console.log(`units ${units.length}: grades 1–4 ${byGrade.join('/')}, below ${units.filter((u) => status(u) === 'below_threshold').length}, needs population ${units.filter((u) => status(u) === 'needs_population').length}, incomplete ${units.filter((u) => status(u) === 'incomplete').length}`);
    for (const n of byGrade) expect(n).toBeGreaterThan(0);
    const below = units.filter((u) => status(u) === 'below_threshold').length;
    expect(below).toBeGreaterThan(units.filter((u) => u.is_major_hazard === 1).length);
    expect(units.filter((u) => status(u) === 'needs_population').length).toBeGreaterThan(0);
    expect(units.filter((u) => status(u) === 'incomplete').length).toBeGreaterThanOrEqual(2);
    expect(units.every((u) => u.ident_status !== 'empty')).toBe(true);
    const registers = await a.db.selectFrom('major_hazard_register').select(['filing_status']).execute();
    expect(registers).toHaveLength(units.filter((u) => u.is_major_hazard === 1).length);
    expect(new Set(registers.map((r) => r.filing_status))).toEqual(new Set(['filed', 'not_filed', 'refile_needed']));
  });

  it('the flagships come out as calculated by hand (demo-enterprise-flagships.ts)', async () => {
    const rows = await a.db.selectFrom('enterprise_units as u').innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
      .select(['e.name', 'u.sort', 'u.grade', 'u.r_exact', 'u.s_exact', 'u.ident_json']).orderBy('u.sort').execute();
    for (const f of FLAGSHIPS) {
      const got = rows.filter((r) => r.name === f.name).map((r) => r.grade ?? (JSON.parse(r.ident_json!) as { status: string }).status);
      expect(got, f.name).toEqual(f.expect);
    }
    const r = (name: string): string | null | undefined => rows.find((x) => x.name === name && x.sort === 0)?.r_exact;
    expect(r('广州明珠氯碱化工有限公司（演示）')).toBe('120'); // 2 × 4 × 75/5
    expect(r('广州鳌头化肥有限公司（演示）')).toBe('2468/25'); // 2 × 2 × 246.8/10 = 98.72
    expect(r('广州明珠石化仓储有限公司（演示）')).toBe('11208/125'); // 2 × (35.16 + 9.672) = 89.664
    expect(r('广州从化江埔自来水有限公司（演示）')).toBe('96/5'); // 2 × 4 × 12/5 = 19.2
    expect(r('广州温泉示范化工有限公司（演示）')).toBe('7881/2500'); // 1.5 × 2.1016 = 3.1524
  });

  it('stores exactly what recomputeUnit computes (nothing changes when every unit is recomputed)', async () => {
    const units = await a.db.selectFrom('enterprise_units').select(['id', 'ident_json']).orderBy('id').execute();
    const changed = await inTransaction(ctx, async (trx) => {
      const out: string[] = [];
      for (const u of units) {
        const r = await recomputeUnit(trx, ctx, { unitId: u.id, actor: systemActor('test') });
        if (JSON.stringify(r.before) !== JSON.stringify(r.after) || JSON.stringify(r.trace) !== u.ident_json) out.push(u.id);
      }
      return out;
    });
    expect(changed).toEqual([]);
  });

  it('licences in every state, declarations in every state, the enterprise user’s own history', async () => {
    const today = '2026-03-02';
    const lic = await a.db.selectFrom('enterprise_licences').select('expires_on').execute();
    const days = lic.map((l) => (Date.parse(l.expires_on) - Date.parse(today)) / 86_400_000);
    expect(days.filter((d) => d < 0).length).toBeGreaterThan(3);
    expect(days.filter((d) => d >= 0 && d <= 30).length).toBeGreaterThan(3);
    expect(days.filter((d) => d > 30 && d <= 90).length).toBeGreaterThan(3);
    const decl = await a.db.selectFrom('enterprise_declarations').select(['enterprise_id', 'year', 'status', 'review_comment']).execute();
    for (const s of ['draft', 'submitted', 'approved', 'returned']) expect(decl.filter((d) => d.year === 2026 && d.status === s).length, s).toBeGreaterThanOrEqual(3);
    expect(decl.filter((d) => d.status === 'returned').every((d) => (d.review_comment ?? '').length > 0)).toBe(true);
    const own = await a.db.selectFrom('enterprises').select(['id', 'declaration_status']).where('organisation_id', '=', 'org-demo-enterprise-wenquan').executeTakeFirstOrThrow();
    expect(own.declaration_status).toBe('returned');
    expect(decl.filter((d) => d.enterprise_id === own.id).map((d) => [d.year, d.status, d.review_comment]).sort()).toEqual([[2025, 'approved', '审核通过。'], [2026, 'returned', OWN_RETURN_COMMENT]]);
    const statuses = await a.db.selectFrom('enterprises as e').leftJoin('enterprise_declarations as d', (j) => j.onRef('d.enterprise_id', '=', 'e.id').on('d.year', '=', 2026))
      .select(['e.declaration_status', 'd.status']).execute();
    for (const s of statuses) expect(s.declaration_status).toBe(s.status ?? 'none');
  });

  it('marks a few lines with the demo restriction entries', async () => {
    const entries = await listRestrictionEntries(a.db);
    expect(entries.filter((e) => (e.note ?? '').includes('演示'))).toHaveLength(5);
    const lines = await a.db.selectFrom('inventory_lines').select(['chemical_name', 'cas']).execute();
    const flagged = lines.filter((l) => restrictionFor(entries, { name: l.chemical_name, cas: l.cas }) !== null);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(flagged.length).toBeLessThan(lines.length / 4);
  });

  it('is deterministic: a second database seeded with the same clock holds the same rows', async () => {
    for (const t of [...TABLES, 'organisations'] as const) expect(await rowsOf(b, t), t).toEqual(await rowsOf(a, t));
  });

  it('works with the enterprise use cases: list filters, the own history, copy forward from a demo snapshot', async () => {
    const u = await createUser(ctx, { actor: systemActor('test'), username: 'admin', displayName: '区安委办管理员', role: 'district_admin', organisationId: 'org-safety-committee-office', password: 'Conghua2017Ban' });
    const office = await a.db.selectFrom('organisations').select('path').where('id', '=', 'org-safety-committee-office').executeTakeFirstOrThrow();
    const admin: Actor = { userId: u.id, username: 'admin', displayName: '区安委办管理员', role: 'district_admin', organisationId: 'org-safety-committee-office', organisationPath: office.path };
    const list = async (query: Record<string, unknown>): Promise<number> => (await listEnterprises(ctx, { actor: admin, query: { page: 1, pageSize: 20, ...query } })).total;
    expect(await list({})).toBe(300);
    for (const grade of [1, 2, 3, 4]) expect(await list({ grade }), `grade ${grade}`).toBeGreaterThan(0);
    expect(await list({ restricted: true })).toBeGreaterThanOrEqual(3);
    expect(await list({ licenceExpiringWithinDays: 30 })).toBeGreaterThan(3);
    expect(await list({ q: '演示' })).toBe(300);

    const own = await a.db.selectFrom('enterprises').select('id').where('organisation_id', '=', 'org-demo-enterprise-wenquan').executeTakeFirstOrThrow();
    const history = await listEnterpriseHistory(ctx, { actor: admin, enterpriseId: own.id });
    expect(history.map((h) => h.action).reverse()).toEqual([
      'enterprise_declaration.started', 'enterprise_declaration.submitted', 'enterprise_declaration.approved',
      'enterprise_declaration.copied_forward', 'enterprise_declaration.submitted', 'enterprise_declaration.returned',
    ]);

    const snapshots = await a.db.selectFrom('enterprise_declarations').select(['enterprise_id', 'status', 'year', 'snapshot_json']).where('snapshot_json', 'is not', null).execute();
    for (const d of snapshots) expect(parseSnapshot(d.snapshot_json), d.enterprise_id).not.toBeNull();
    const approved = snapshots.find((d) => d.status === 'approved' && d.year === 2026)!;
    const copied = await startDeclaration(ctx, { actor: admin, enterpriseId: approved.enterprise_id, year: 2027, copyForward: true });
    expect(copied).toMatchObject({ status: 'draft', year: 2027, copied_from_id: `${approved.enterprise_id}-declaration-2026` });
  });

  it('a second run writes nothing', async () => {
    const count = async (): Promise<number> => Number((await a.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const again = await seedDemoEnterprises(ctx);
    expect(again).toEqual({ alreadySeeded: true, counts: {} });
    expect(await count()).toBe(before);
    expect(await a.db.selectFrom('enterprises').select('id').execute()).toHaveLength(300);
  });
});
