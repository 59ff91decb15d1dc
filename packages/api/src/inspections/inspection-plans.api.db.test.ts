// Checklists, settings, plans, 双随机 draws and conflicts end to end (app.inject) — SQLite, and PostgreSQL with DATABASE_URL.
// Today is 2026-03-02 (China). Enterprises: a1…a6 in 温泉镇 (A), b1…b3 in 良口镇 (B); a1 has a red risk point and A's
// area risk is red, so by the default weights a1 weighs 4 × 4 = 16, the other A enterprises 4 × 1 = 4, B's 1 × 1 = 1.
// Inspectors: inspector, insp2, insp3 (the safety bureau).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStarterChecklists } from '@hazgov/app/inspections/ensure-starter-checklists';
import { listPublishedDraws } from '@hazgov/app/inspections/list-published-draws';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { seedEnterpriseWithUnits, seedPoint } from '@hazgov/db/risk/area-risk.test-support';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';

let s: TestServer;
let admin: Session, ajj: Session, wenquan: Session, liangkou: Session, inspector: Session, enta: Session;
type Draw = { id: string; seed: string; algorithm: string; enterprisePool: { id: string; weight: number }[]; conflicts: unknown[]; result: { enterprise: { id: string; name: string }; inspectors: { id: string }[] }[]; status: string };
type Plan = { id: string; status: string; draws: { id: string }[]; inspectionCount: number; doneCount: number };

beforeAll(async () => {
  s = await startTestServer();
  const db = s.database.db;
  await ensureStarterChecklists(s.ctx);
  for (const n of [1, 2, 3, 4, 5, 6]) await seedEnterpriseWithUnits(db, { id: `a${n}`, territoryId: TOWN_A, grades: [] });
  for (const n of [1, 2, 3]) await seedEnterpriseWithUnits(db, { id: `b${n}`, territoryId: TOWN_B, grades: [] });
  await seedPoint(db, { id: 'pa1', territoryId: TOWN_A, enterpriseId: 'a1', level: 'red' });
  await db.insertInto('area_risk').values({ organisation_id: TOWN_A, path: `/440117/${TOWN_A}/`, kind: 'territory', level: 'red', score: 60, factors_json: '{}', supervision_months: 1, computed_at: '2026-03-01T00:00:00.000Z' }).execute();
  ({ admin, ajj, wenquan, liangkou, inspector, enta } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'inspector', 'enta'], {
    change: { enta: { organisationId: 'org-a1' } },
    extra: { insp2: { role: 'inspector', organisationId: 'org-safety-bureau' }, insp3: { role: 'inspector', organisationId: 'org-safety-bureau' } },
  }));
});
afterAll(async () => s?.close());

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', who: Session, url: string, payload?: unknown) =>
  s.app.inject({ method, url, headers: { ...who.headers, 'accept-language': 'en' }, ...(payload === undefined ? {} : { payload: payload as object }) });
const fields = (res: { json: () => unknown }) => ((res.json() as { error: { details?: { field: string }[] } }).error.details ?? []).map((d) => d.field);
const planInput = { year: 2026, title: '2026年危险化学品双随机抽查', kind: 'double_random', sampleSize: 3, inspectorsPerEnterprise: 2 };

describe('checklist templates', () => {
  it('lists the starter set to government users, not to an enterprise', async () => {
    const res = await call('GET', wenquan, '/api/inspections/templates');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: unknown[] }>().items).toHaveLength(7);
    expect((await call('GET', enta, '/api/inspections/templates')).statusCode).toBe(403);
  });

  it('refuses an item without legal basis, naming it', async () => {
    const res = await call('POST', admin, '/api/inspections/templates', { enterpriseType: 'trade', name: '经营', items: [{ area: '储存', content: '是否分类储存？', legalBasis: '', severityHint: 'general' }] });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['items.0.legalBasis']);
  });
});

describe('inspection settings', () => {
  it('answers the data-file defaults, marked unverified', async () => {
    const body = (await call('GET', inspector, '/api/inspections/settings')).json<{ majorCriteria: { key: string; verified: boolean }[]; origin: Record<string, string>; escalation: unknown }>();
    expect(body.majorCriteria).toHaveLength(20);
    expect(body.majorCriteria.every((c) => !c.verified)).toBe(true);
    expect(body.origin.escalation).toBe('default');
  });

  it('only the admin saves; a bad document is refused whole, naming every field', async () => {
    expect((await call('PUT', ajj, '/api/inspections/settings', { deadlines: { generalDays: 10, majorDays: 30 } })).statusCode).toBe(403);
    const bad = await call('PUT', admin, '/api/inspections/settings', { deadlines: { generalDays: 0, majorDays: 30 }, escalation: { territoryDays: 3, departmentDays: 2, districtDays: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['escalation.departmentDays', 'deadlines.generalDays']);
    const ok = await call('PUT', admin, '/api/inspections/settings', { deadlines: { generalDays: 10, majorDays: 30 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ deadlines: { generalDays: 10, majorDays: 30 }, origin: { deadlines: 'saved', escalation: 'default' }, updatedBy: 'admin' });
  });
});

describe('plans and 双随机 draws', () => {
  let plan: Plan;
  let draw: Draw;

  it('a department writes a plan; a town does not see it', async () => {
    const res = await call('POST', ajj, '/api/inspections/plans', planInput);
    expect(res.statusCode).toBe(201);
    plan = res.json<Plan>();
    expect(plan).toMatchObject({ status: 'draft', inspectionCount: 0 });
    expect((await call('GET', liangkou, `/api/inspections/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await call('GET', wenquan, '/api/inspections/plans')).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await call('GET', inspector, '/api/inspections/plans')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('a town may plan only its own territory', async () => {
    const res = await call('POST', wenquan, '/api/inspections/plans', { ...planInput, territoryIds: [TOWN_B] });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['territoryIds.0']);
  });

  it('draws with the seed recorded, the weights of the hand calculation, and re-runs the same for the same seed', async () => {
    const res = await call('POST', ajj, `/api/inspections/plans/${plan.id}/draw`, { seed: '12345' });
    expect(res.statusCode).toBe(201);
    draw = res.json<Draw>();
    expect(draw).toMatchObject({ seed: '12345', algorithm: 'hazgov-draw-v1', status: 'drawn' });
    const weights = Object.fromEntries(draw.enterprisePool.map((p) => [p.id, p.weight]));
    expect(weights).toEqual({ a1: 16, a2: 4, a3: 4, a4: 4, a5: 4, a6: 4, b1: 1, b2: 1, b3: 1 });
    expect(draw.result).toHaveLength(3);
    for (const r of draw.result) expect(r.inspectors).toHaveLength(2);
    const again = (await call('POST', ajj, `/api/inspections/plans/${plan.id}/draw`, { seed: 12345 })).json<Draw>();
    expect(again.result).toEqual(draw.result);
    const verify = await call('GET', inspector, `/api/inspections/draws/${draw.id}/verify`);
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('a draw without a seed gets one from the server; a bad seed is refused on `seed`', async () => {
    const res = await call('POST', ajj, `/api/inspections/plans/${plan.id}/draw`, {});
    expect(Number(res.json<Draw>().seed)).toBeGreaterThanOrEqual(0);
    const bad = await call('POST', ajj, `/api/inspections/plans/${plan.id}/draw`, { seed: '4294967296' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['seed']);
  });

  it('verify notices a tampered result', async () => {
    const other = (await call('POST', ajj, `/api/inspections/plans/${plan.id}/draw`, { seed: '7' })).json<Draw>();
    await s.database.db.updateTable('inspection_draws').set({ seed: '8' }).where('id', '=', other.id).execute();
    expect((await call('GET', ajj, `/api/inspections/draws/${other.id}/verify`)).json()).toMatchObject({ ok: false });
  });

  it('never assigns an inspector in conflict; too few free inspectors → 409', async () => {
    const inspectors = (await call('GET', ajj, '/api/inspections/inspectors')).json<{ items: { id: string; name: string }[] }>().items;
    expect(inspectors.map((i) => i.name).sort()).toEqual(['insp2', 'insp3', 'inspector']);
    const inspId = inspectors.find((i) => i.name === 'inspector')!.id;
    for (const e of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3']) {
      const res = await call('POST', ajj, '/api/inspections/conflicts', { inspectorId: inspId, enterpriseId: e, reason: '曾在该企业任职' });
      expect(res.statusCode).toBe(201);
    }
    expect((await call('POST', ajj, '/api/inspections/conflicts', { inspectorId: inspId, enterpriseId: 'a1', reason: '重复' })).statusCode).toBe(409);
    const d = (await call('POST', ajj, `/api/inspections/plans/${plan.id}/draw`, { seed: '99' })).json<Draw>();
    expect(d.conflicts).toHaveLength(9);
    for (const r of d.result) expect(r.inspectors.map((i) => i.id)).not.toContain(inspId);
    const strict = (await call('POST', ajj, '/api/inspections/plans', { ...planInput, inspectorsPerEnterprise: 3 })).json<Plan>();
    const res = await call('POST', ajj, `/api/inspections/plans/${strict.id}/draw`, { seed: '1' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS' } });
    expect((await call('GET', liangkou, '/api/inspections/conflicts')).json<{ items: unknown[] }>().items).toHaveLength(3); // B's three
  });

  it('publishing a draw creates one planned inspection per drawn enterprise, once', async () => {
    expect((await call('POST', wenquan, `/api/inspections/draws/${draw.id}/publish`)).statusCode).toBe(404);
    const res = await call('POST', ajj, `/api/inspections/draws/${draw.id}/publish`);
    expect(res.statusCode).toBe(200);
    expect(res.json<Draw>().status).toBe('published');
    const rows = await s.database.db.selectFrom('inspections').select(['enterprise_id', 'status', 'template_id', 'inspector_ids_json']).where('draw_id', '=', draw.id).execute();
    expect(rows.map((r) => r.enterprise_id).sort()).toEqual(draw.result.map((r) => r.enterprise.id).sort());
    for (const r of rows) {
      expect(r.status).toBe('planned');
      expect(r.template_id).toBe('starter-storage-v1'); // seeded enterprises only store: the storage checklist
    }
    expect((await call('POST', ajj, `/api/inspections/draws/${draw.id}/publish`)).statusCode).toBe(409);
    const p = (await call('GET', ajj, `/api/inspections/plans/${plan.id}`)).json<Plan>();
    expect(p.inspectionCount).toBe(3);
    const published = await listPublishedDraws(s.database.db);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ seed: '12345', algorithm: 'hazgov-draw-v1', poolSize: 9 });
    expect(published[0]!.enterprises).toHaveLength(3);
  });

  it('a published plan is fixed', async () => {
    expect((await call('POST', ajj, `/api/inspections/plans/${plan.id}/publish`)).statusCode).toBe(200);
    const res = await call('PUT', ajj, `/api/inspections/plans/${plan.id}`, { ...planInput, title: '改' });
    expect(res.statusCode).toBe(409);
  });

  it('a town’s plan draws only inside the town', async () => {
    const p = (await call('POST', wenquan, '/api/inspections/plans', { ...planInput, sampleSize: 10, inspectorsPerEnterprise: 1 })).json<Plan>();
    const d = (await call('POST', wenquan, `/api/inspections/plans/${p.id}/draw`, { seed: '5' })).json<Draw>();
    expect(d.enterprisePool.map((e) => e.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect((await call('GET', liangkou, `/api/inspections/draws/${d.id}`)).statusCode).toBe(404);
  });
});
