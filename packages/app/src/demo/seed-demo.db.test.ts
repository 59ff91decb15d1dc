// The demo seed on a fresh database: everything the demo promises is there, a second run writes nothing, the
// audit chain holds, and the board and dashboard answer quickly on it.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { checkPassword } from '@hazgov/domain/orgs/password-policy';
import { verifyAuditChain } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { getPlanBoard } from '../plans/get-plan-board.js';
import { getPlanDashboard } from '../plans/get-plan-dashboard.js';
import { getAssessment } from '../plans/get-assessment.js';
import { seedDemo, type SeedDemoResult } from './seed-demo.js';

let database: Database;
let ctx: AppContext;
let first: SeedDemoResult;

const actorOf = async (username: string): Promise<Actor> => {
  const u = await database.db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'o.id as org', 'o.path']).where('username', '=', username).executeTakeFirstOrThrow();
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role as Actor['role'], organisationId: u.org, organisationPath: u.path };
};

beforeAll(async () => {
  database = await createTestDb();
  ctx = { database, now: () => new Date('2026-03-02T02:00:00.000Z') };
  first = await seedDemo(ctx);
}, 120_000);
afterAll(async () => database.close());

describe('seedDemo', () => {
  it('creates the accounts of every role with passwords that meet the policy', () => {
    expect(first.alreadySeeded).toBe(false);
    expect(first.logins.map((l) => l.username)).toEqual(['admin', 'ajj', 'gongan', 'wenquan', 'liangkou', 'grid01', 'inspector01', 'enterprise01', 'agency01']);
    for (const l of first.logins) expect(checkPassword(l.password, l.username)).toEqual([]);
    expect(first.logins.find((l) => l.username === 'grid01')?.organisation).toBe('温泉镇第一网格');
  });

  it('writes the history: reports 2017-Q2…2019-Q3 with some late, missing and returned; one notice; no event occurred', async () => {
    const db = database.db;
    const byQuarter = await db.selectFrom('progress_reports').select(['year', 'quarter']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy(['year', 'quarter']).orderBy('year').orderBy('quarter').execute();
    expect(byQuarter.map((q) => `${q.year}Q${q.quarter}`)).toEqual(['2017Q2', '2017Q3', '2017Q4', '2018Q1', '2018Q2', '2018Q3', '2018Q4', '2019Q1', '2019Q2', '2019Q3']);
    const late = await db.selectFrom('progress_reports').select((eb) => eb.fn.countAll<number>().as('n')).whereRef('submitted_on', '>', 'due_on').executeTakeFirstOrThrow();
    expect(Number(late.n)).toBeGreaterThan(0);
    const returned = await db.selectFrom('progress_reports').select('id').where('status', '=', 'returned').execute();
    expect(returned.length).toBeGreaterThan(0);
    expect(await db.selectFrom('notices').select('id').execute()).toHaveLength(1);
    expect((await db.selectFrom('plan_events').select('occurred_on').execute()).map((e) => e.occurred_on)).toEqual([null]);
    expect(first.counts.reports).toBeGreaterThan(1000);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('a second run writes nothing', async () => {
    const before = await database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = await seedDemo(ctx);
    expect(again.alreadySeeded).toBe(true);
    expect(again.logins).toEqual(first.logins);
    const after = await database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('the board, dashboard and assessment answer on the demo data (timings printed)', async () => {
    const admin = await actorOf('admin');
    const scope = scopeOf(admin);
    let t = performance.now();
    const board = await getPlanBoard(ctx, { actor: admin, scope, planId: first.planId, asOf: '2019-06-30' });
    const boardMs = performance.now() - t;
    t = performance.now();
    const dash = await getPlanDashboard(ctx, { actor: admin, scope, planId: first.planId, asOf: '2019-06-30' });
    const dashMs = performance.now() - t;
    console.log(`demo board ${boardMs.toFixed(0)} ms, dashboard ${dashMs.toFixed(0)} ms (${first.counts.reports} reports)`);
    expect(board.rows).toHaveLength(42);
    expect(dash.reportsByQuarter.map((q) => `${q.year}Q${q.quarter}`)).toContain('2019Q2');
    expect(dash.lateUnits.length).toBeGreaterThan(0);
    const wenquan = await actorOf('wenquan');
    const townBoard = await getPlanBoard(ctx, { actor: wenquan, scope: scopeOf(wenquan), planId: first.planId });
    expect(townBoard.units.map((u) => u.name)).toEqual(['温泉镇']);
    const assessment = await getAssessment(ctx, { actor: admin, scope, planId: first.planId, year: 2018 });
    expect(assessment.rows.length).toBeGreaterThan(20);
    expect(assessment.rows.every((r) => r.score === null || (r.score >= 0 && r.score <= 100))).toBe(true);
  });
});
