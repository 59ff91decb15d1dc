// The demo's inspections, hidden dangers, cases and blacklist on a fresh database (through seedDemo, as `npm start`
// seeds): the same rows on a second database, nothing written by a second run, the draws re-computed by the
// platform's runDraw, every failed item a finding of its inspection, every state and escalation level present with
// levels as the domain computes them, evidence for everything reported done, the own company's open loop and never
// its blacklisting, every blacklist status with valid ID numbers and notices for the listed ones.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import { escalationLevelFor, overdueDaysOf } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingStatus } from '@hazgov/domain/hidden-dangers/types';
import { idNumberProblem } from '@hazgov/domain/blacklist/id-number';
import { entryStatuses } from '@hazgov/domain/blacklist/types';
import { runDraw } from '@hazgov/domain/inspections/draw';
import { defaultEscalation } from '@hazgov/domain/inspections/settings';
import { seedDemo } from './seed-demo.js';
import { seedDemoInspections } from './seed-inspections.js';
import { OWN_ENTERPRISE_ID } from './seed-risk.js';

const NOW = new Date('2026-03-02T02:00:00.000Z'); // today in China: 2026-03-02
const TODAY = '2026-03-02';

let a: Database;
let b: Database;

beforeAll(async () => {
  a = await createTestDb();
  b = await createTestDb();
  await seedDemo({ database: a, now: () => NOW });
  await seedDemo({ database: b, now: () => NOW });
}, 240_000);
afterAll(async () => { await a.close(); await b.close(); });

type Table = 'inspection_plans' | 'inspection_draws' | 'inspections' | 'inspection_results' | 'hazard_findings' | 'attachments' | 'enforcement_cases' | 'blacklist_entries' | 'joint_punishment_notices' | 'inspector_conflicts';
const USER_COLUMNS = new Set(['created_by', 'drawn_by', 'found_by', 'verified_by', 'uploaded_by', 'proposed_by', 'reviewed_by', 'decided_by', 'inspector_id', 'inspector_ids_json', 'inspector_pool_json', 'conflicts_json', 'result_json']);
/** Rows without the columns holding user ids (createUser makes random UUIDs), in a fixed order. */
const rowsOf = async (database: Database, table: Table): Promise<unknown[]> =>
  (await database.db.selectFrom(table).selectAll().execute())
    .map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => !USER_COLUMNS.has(k))))
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
const count = async (database: Database, table: Table): Promise<number> =>
  Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('seedDemoInspections', () => {
  it('writes the same rows on a second database and nothing on a second run', async () => {
    const tables: Table[] = ['inspection_plans', 'inspection_draws', 'inspector_conflicts', 'inspections', 'inspection_results', 'hazard_findings', 'attachments', 'enforcement_cases', 'blacklist_entries', 'joint_punishment_notices'];
    for (const t of tables) expect(await rowsOf(b, t), t).toEqual(await rowsOf(a, t));
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(a, t)] as const)));
    expect(await seedDemoInspections({ database: a, now: () => NOW })).toEqual({ alreadySeeded: true, counts: {} });
    expect(Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(a, t)] as const)))).toEqual(before);
    // the brief's sizes: two plans, ~80 inspections, ~400 findings, ~25 cases, ~8 blacklist entries
    expect([before.inspection_plans, before.inspection_draws, before.inspections, before.blacklist_entries]).toEqual([2, 2, 80, 10]);
    expect(before.hazard_findings).toBeGreaterThanOrEqual(330);
    expect(before.hazard_findings).toBeLessThanOrEqual(450);
    expect(before.enforcement_cases).toBeGreaterThanOrEqual(20);
    expect(before.enforcement_cases).toBeLessThanOrEqual(30);
    const audit = await a.db.selectFrom('audit_log').select(['entity', 'entity_id']).where('action', '=', 'seed-demo').where('entity', '=', 'hazard_finding').execute();
    expect(audit).toEqual([{ entity: 'hazard_finding', entity_id: 'demo-inspections' }]);
  });

  it('makes inspector02 … inspector06 and publishes two draws that runDraw re-computes', async () => {
    const inspectors = await a.db.selectFrom('users').select(['username', 'role']).where('role', '=', 'inspector').orderBy('username').execute();
    expect(inspectors.map((u) => u.username)).toEqual(['inspector01', 'inspector02', 'inspector03', 'inspector04', 'inspector05', 'inspector06']);
    const plans = await a.db.selectFrom('inspection_plans').selectAll().orderBy('id').execute();
    for (const p of plans) {
      expect(p.status).toBe('published');
      expect(p.title.endsWith('（演示）')).toBe(true);
    }
    const draws = await a.db.selectFrom('inspection_draws').selectAll().orderBy('id').execute();
    for (const d of draws) {
      const plan = plans.find((p) => p.id === d.plan_id)!;
      const recomputed = runDraw({
        seed: Number(d.seed), enterprisePool: JSON.parse(d.enterprise_pool_json), inspectorPool: JSON.parse(d.inspector_pool_json),
        conflicts: JSON.parse(d.conflicts_json), sampleSize: plan.sample_size, inspectorsPerEnterprise: plan.inspectors_per_enterprise,
      });
      expect(JSON.stringify(recomputed)).toBe(d.result_json);
      expect([d.status, recomputed.length]).toEqual(['published', plan.sample_size]);
      // one inspection per drawn enterprise, with the drawn inspectors
      const visits = await a.db.selectFrom('inspections').select(['enterprise_id', 'inspector_ids_json']).where('draw_id', '=', d.id).orderBy('enterprise_id').execute();
      expect(visits.map((v) => [v.enterprise_id, JSON.parse(v.inspector_ids_json)])).toEqual(recomputed.map((r) => [r.enterpriseId, r.inspectorIds]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))));
    }
    const inspector01 = await a.db.selectFrom('users').select('id').where('username', '=', 'inspector01').executeTakeFirstOrThrow();
    const planned = await a.db.selectFrom('inspections').select(['inspector_ids_json', 'scheduled_on', 'enterprise_id']).where('status', '=', 'planned').execute();
    const mine = planned.filter((p) => (JSON.parse(p.inspector_ids_json) as string[]).includes(inspector01.id));
    expect(mine.length).toBeGreaterThanOrEqual(4);
    expect(mine.some((p) => p.enterprise_id === OWN_ENTERPRISE_ID && p.scheduled_on === TODAY)).toBe(true);
    for (const p of planned) expect(p.scheduled_on! >= TODAY).toBe(true);
  });

  it('answers every item of a submitted inspection and turns every failure into a finding of it', async () => {
    const db = a.db;
    const inspections = await db.selectFrom('inspections').selectAll().where('status', '=', 'submitted').execute();
    const items = await db.selectFrom('checklist_items').select(['id', 'template_id', 'area']).execute();
    const results = await db.selectFrom('inspection_results').selectAll().execute();
    const findings = new Map((await db.selectFrom('hazard_findings').selectAll().execute()).map((f) => [f.id, f]));
    for (const i of inspections) {
      const mine = results.filter((r) => r.inspection_id === i.id);
      expect(mine.map((r) => r.item_id).sort()).toEqual(items.filter((t) => t.template_id === i.template_id).map((t) => t.id).sort());
      expect(i.representative_name && i.submitted_at! <= NOW.toISOString()).toBeTruthy();
      for (const r of mine) {
        expect(r.path).toBe(i.path);
        if (r.outcome !== 'fail') { expect(r.hazard_finding_id).toBeNull(); continue; }
        const f = findings.get(r.hazard_finding_id!)!;
        expect([f.inspection_id, f.item_id, f.path, f.enterprise_id, f.source, f.category]).toEqual([i.id, r.item_id, i.path, i.enterprise_id, 'inspection', items.find((t) => t.id === r.item_id)!.area]);
      }
    }
    const fromInspections = [...findings.values()].filter((f) => f.inspection_id);
    expect(fromInspections.length).toBe(results.filter((r) => r.outcome === 'fail').length);
  });

  it('has every state, detour and escalation level, with levels and dates as the domain has them', async () => {
    const rows = await a.db.selectFrom('hazard_findings').selectAll().execute();
    const ents = new Map((await a.db.selectFrom('enterprises').select(['id', 'path', 'territory_id']).execute()).map((e) => [e.id, e]));
    const by = (k: (r: (typeof rows)[number]) => string): Record<string, number> => rows.reduce<Record<string, number>>((m, r) => ({ ...m, [k(r)]: (m[k(r)] ?? 0) + 1 }), {});
    expect(Object.keys(by((r) => r.status)).sort()).toEqual(['awaiting_verification', 'closed', 'open', 'rectifying']);
    expect(Object.keys(by((r) => String(r.escalation_level))).sort()).toEqual(['0', '1', '2', '3']);
    expect(Object.keys(by((r) => r.source)).sort()).toEqual(['inspection', 'other', 'report', 'self_check']);
    expect(rows.filter((r) => r.return_count > 0 && r.status === 'rectifying').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.return_count > 0 && r.status === 'closed').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.reopen_count > 0).length).toBeGreaterThan(0);
    const major = rows.filter((r) => r.severity === 'major');
    expect(major.length).toBeGreaterThan(10);
    expect(major.length).toBeLessThan(rows.length / 4);
    for (const r of rows) {
      expect(r.path).toBe(ents.get(r.enterprise_id)!.path);
      expect(r.territory_id).toBe(ents.get(r.enterprise_id)!.territory_id);
      expect(r.escalation_level).toBe(escalationLevelFor(overdueDaysOf(r.status as FindingStatus, r.deadline, TODAY), defaultEscalation));
      expect(r.found_on <= TODAY && r.found_on <= r.deadline).toBe(true);
      for (const t of [r.created_at, r.submitted_at, r.verified_at, r.closed_at, r.updated_at, r.escalated_at]) if (t) expect(t <= NOW.toISOString(), `${r.id} ${t}`).toBe(true);
      if (r.submitted_at) expect(r.submitted_at >= r.created_at, r.id).toBe(true);
      if (r.submitted_at) expect(r.submitted_at.slice(0, 10) >= r.found_on).toBe(true);
      if (r.status === 'closed') expect(r.closed_at && r.verified_at && r.submitted_at && r.plan_text).toBeTruthy();
      if (r.status === 'open') expect(r.plan_text).toBeNull();
      expect(r.severity === 'major').toBe((JSON.parse(r.major_criteria_json) as string[]).length > 0);
      if (r.severity === 'major') {
        expect(r.supervision_status).toBe(r.status === 'closed' ? 'delisted' : 'listed');
        expect(r.supervision_no).toMatch(/^从安督〔\d{4}〕\d+号$/);
      } else expect(r.supervision_status).toBeNull();
      expect(r.is_demo).toBe(1);
    }
    const numbers = major.map((r) => r.supervision_no);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives every finding reported done its rectification evidence, as PNG bytes with their SHA-256', async () => {
    const db = a.db;
    const reported = await db.selectFrom('hazard_findings').select(['id', 'path']).where('submitted_at', 'is not', null).execute();
    const evidence = await db.selectFrom('attachments').select(['owner_id', 'path']).where('owner_kind', '=', 'rectification').execute();
    for (const f of reported) expect(evidence.some((e) => e.owner_id === f.id && e.path === f.path), f.id).toBe(true);
    const kinds = await db.selectFrom('attachments').select(['owner_kind']).groupBy('owner_kind').execute();
    expect(kinds.map((k) => k.owner_kind).sort()).toEqual(['inspection_result', 'rectification', 'verification']);
    const sample = await db.selectFrom('attachments').innerJoin('attachment_contents as c', 'c.id', 'attachments.id').select(['attachments.sha256', 'attachments.size', 'attachments.mime', 'c.content']).limit(20).execute();
    for (const s of sample) {
      const bytes = Buffer.from(s.content);
      expect([s.mime, bytes.subarray(1, 4).toString('ascii'), bytes.length, crypto.createHash('sha256').update(bytes).digest('hex')]).toEqual(['image/png', 'PNG', s.size, s.sha256]);
    }
  });

  it('gives the own company one finding in each open state and an overdue one, and never blacklists it', async () => {
    const own = await a.db.selectFrom('hazard_findings').select(['status', 'escalation_level']).where('enterprise_id', '=', OWN_ENTERPRISE_ID).execute();
    for (const s of ['open', 'rectifying', 'awaiting_verification', 'closed']) expect(own.some((f) => f.status === s), s).toBe(true);
    expect(own.some((f) => f.escalation_level >= 2)).toBe(true);
    expect(await a.db.selectFrom('blacklist_entries').select('id').where('enterprise_id', '=', OWN_ENTERPRISE_ID).execute()).toEqual([]);
  });

  it('has cases of both kinds at many steps, published only when decided, and the blacklist in every status', async () => {
    const cases = await a.db.selectFrom('enforcement_cases').selectAll().execute();
    expect(new Set(cases.filter((c) => c.kind === 'rectification_order').map((c) => c.status))).toEqual(new Set(['issued', 'complied', 'overdue', 'closed']));
    expect(new Set(cases.filter((c) => c.kind === 'penalty').map((c) => c.status))).toEqual(new Set(['filed', 'investigating', 'notified', 'decided', 'executed', 'closed']));
    for (const c of cases) {
      if (c.published_at) expect(c.kind === 'penalty' && c.decided_on !== null && c.decision_no !== null).toBe(true);
      if (c.amount !== null) expect(c.amount).toMatch(/^\d+\.\d{2}$/);
      expect((JSON.parse(c.hazard_finding_ids_json) as string[]).length).toBeGreaterThan(0);
    }
    expect(cases.filter((c) => c.published_at).length).toBeGreaterThanOrEqual(3);
    const entries = await a.db.selectFrom('blacklist_entries').selectAll().execute();
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(entryStatuses));
    expect(entries.filter((e) => e.status === 'published').length).toBe(3);
    expect(entries.filter((e) => e.status === 'repairing').length).toBe(1);
    const notices = await a.db.selectFrom('joint_punishment_notices').selectAll().execute();
    for (const e of entries) {
      if (e.party_kind === 'person') expect(idNumberProblem(e.id_number!, TODAY)).toBeNull();
      else expect(e.id_number).toBeNull();
      const mine = notices.filter((n) => n.entry_id === e.id);
      expect(mine.length > 0).toBe(e.listed_from !== null);
      if (e.listed_from) expect(e.listed_until! > e.listed_from).toBe(true);
      if (e.status === 'expired') expect(e.listed_until! < TODAY).toBe(true);
      if (e.status === 'published' || e.status === 'repairing') expect(e.listed_until! >= TODAY).toBe(true);
    }
    expect(notices.some((n) => n.acknowledged_at === null)).toBe(true);
    expect(notices.some((n) => n.acknowledged_at !== null)).toBe(true);
  });
});
