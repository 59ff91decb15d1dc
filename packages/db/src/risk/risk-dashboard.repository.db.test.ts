// The dashboard's grouped queries and the daily snapshot on both dialects, on the shared tree (area-risk.test-support.ts)
// with today 2026-03-02: scope, late reviews, buckets, the attention list's order, the trend's last-of-month rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '@hazgov/domain/orgs/scope';
import { createTestDb } from '../test-db.js';
import type { Database } from '../database.js';
import {
  countAreasByLevel, countByIndustry, countByKind, countByTerritory, countPointTotals, listAttention, snapshotTrend,
} from './risk-dashboard.repository.js';
import { countSnapshotRows, replaceSnapshot } from './risk-snapshots.repository.js';
import { upsertAreaRisk } from './area-risk.repository.js';
import { seedAreaTree } from './area-risk.test-support.js';

let database: Database;
const all: Scope = { paths: ['/'], all: true };
const townA: Scope = { paths: ['/d/a/'], all: false };
const gridG1: Scope = { paths: ['/d/a/g1/'], all: false };
const today = '2026-03-02';

beforeAll(async () => {
  database = await createTestDb();
  await seedAreaTree(database.db);
});
afterAll(async () => database?.close());

describe('risk dashboard repository', () => {
  it('counts points by level and status, and late reviews (next review before today)', async () => {
    expect(await countPointTotals(database.db, all, today)).toEqual({
      byLevel: { red: 2, orange: 2, yellow: 1, blue: 1 }, // p1 p6 · p3 p5 · p2 · p4
      byStatus: { controlled: 4, attention: 1, out_of_control: 1 }, // p2 p4 p5 p6 · p1 · p3
      reviewLate: 2, // p1 (2026-01-01), p5 (2026-03-01)
    });
    expect((await countPointTotals(database.db, townA, today)).byLevel).toEqual({ red: 1, orange: 2, yellow: 1, blue: 1 }); // not ab's p6
    expect((await countPointTotals(database.db, gridG1, today)).byLevel).toEqual({ red: 0, orange: 1, yellow: 0, blue: 1 }); // p3, p4
    // on its due date a review is not yet late: p5 is due 2026-03-01
    expect((await countPointTotals(database.db, all, '2026-03-01')).reviewLate).toBe(1);
  });

  it('counts by territory (every territory in scope, zeros included) and a grid user sees its own town', async () => {
    expect(await countByTerritory(database.db, all)).toEqual([
      { id: 'a', name: 'A镇', red: 1, orange: 2, yellow: 1, blue: 1 }, { id: 'ab', name: 'AB镇', red: 1, orange: 0, yellow: 0, blue: 0 },
    ]);
    expect(await countByTerritory(database.db, gridG1)).toEqual([{ id: 'a', name: 'A镇', red: 0, orange: 1, yellow: 0, blue: 1 }]);
  });

  it('counts by industry with public places and enterprises without an industry as their own buckets', async () => {
    // 化学原料 p1 p2 (2, one red) · public_place p4 p5 (2, no red) · 仓储 p6 (1 red) · unspecified p3 (1)
    expect(await countByIndustry(database.db, all)).toEqual([
      { industry: '化学原料', red: 1, orange: 0, yellow: 1, blue: 0 },
      { industry: 'public_place', red: 0, orange: 1, yellow: 0, blue: 1 },
      { industry: '仓储', red: 1, orange: 0, yellow: 0, blue: 0 },
      { industry: 'unspecified', red: 0, orange: 1, yellow: 0, blue: 0 },
    ]);
  });

  it('counts by kind', async () => {
    expect(await countByKind(database.db, all)).toEqual([{ kind: 'unit', count: 4 }, { kind: 'filling_station', count: 2 }]);
    expect(await countByKind(database.db, townA)).toEqual([{ kind: 'unit', count: 3 }, { kind: 'filling_station', count: 2 }]);
  });

  it('lists red and orange points not controlled or late, worst first', async () => {
    // p1 red attention late; p3 orange out of control; p5 orange controlled but late; p6 red controlled on time: not listed
    expect((await listAttention(database.db, all, today, 50)).map((r) => [r.id, r.enterprise_name, r.territory_name])).toEqual([
      ['p1', '企业e1', 'A镇'], ['p3', '企业e2', 'A镇'], ['p5', null, 'A镇'],
    ]);
    expect((await listAttention(database.db, all, today, 2)).map((r) => r.id)).toEqual(['p1', 'p3']);
    expect(await listAttention(database.db, { paths: ['/d/ab/'], all: false }, today, 50)).toEqual([]);
  });

  it('counts areas by level in scope', async () => {
    const row = (id: string, path: string, level: string) => ({ organisation_id: id, path, kind: 'territory', level, score: 1, factors_json: '{}', supervision_months: 1, computed_at: today });
    await upsertAreaRisk(database.db, [row('a', '/d/a/', 'red'), row('g1', '/d/a/g1/', 'orange'), row('ab', '/d/ab/', 'orange')]);
    expect(await countAreasByLevel(database.db, all)).toEqual({ red: 1, orange: 2, yellow: 0, blue: 0 });
    expect(await countAreasByLevel(database.db, townA)).toEqual({ red: 1, orange: 1, yellow: 0, blue: 0 });
  });

  it('snapshots every territory (zeros included) and replaces the day on a second run', async () => {
    const rows = await countSnapshotRows(database.db, today, today);
    expect(rows.map((r) => [r.territory_id, r.path, r.red, r.orange, r.yellow, r.blue, r.out_of_control, r.review_late])).toEqual([
      ['a', '/d/a/', 1, 2, 1, 1, 1, 2], ['ab', '/d/ab/', 1, 0, 0, 0, 0, 0],
    ]);
    await replaceSnapshot(database.db, today, rows);
    await replaceSnapshot(database.db, today, rows);
    expect((await database.db.selectFrom('risk_snapshots').selectAll().where('taken_on', '=', today).execute()).length).toBe(2);
  });

  it('draws the trend from the last snapshot of each territory in each month', async () => {
    const snap = (taken_on: string, territory_id: string, red: number) => ({
      taken_on, territory_id, path: territory_id === 'a' ? '/d/a/' : '/d/ab/', red, orange: 1, yellow: 0, blue: 0, out_of_control: 0, review_late: 0,
    });
    await database.db.insertInto('risk_snapshots').values([
      snap('2025-02-28', 'a', 9), // before the 12 months from 2025-04
      snap('2026-01-15', 'a', 1), snap('2026-01-31', 'a', 2), snap('2026-01-20', 'ab', 5), snap('2026-02-10', 'a', 3),
    ]).execute();
    // 2026-01: a's last (31st: red 2) + ab's last (20th: red 5) = 7, orange 1 + 1; 2026-02: a red 3; 2026-03: today's snapshot (a 1, ab 1)
    expect(await snapshotTrend(database.db, all, '2025-04')).toEqual([
      { month: '2026-01', red: 7, orange: 2, yellow: 0, blue: 0 },
      { month: '2026-02', red: 3, orange: 1, yellow: 0, blue: 0 },
      { month: '2026-03', red: 2, orange: 2, yellow: 1, blue: 1 },
    ]);
    expect((await snapshotTrend(database.db, townA, '2025-04')).map((m) => [m.month, m.red])).toEqual([['2026-01', 2], ['2026-02', 3], ['2026-03', 1]]);
  });
});
