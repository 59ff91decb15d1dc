// Area recompute, the daily snapshot and the dashboard's month window as use cases, on both dialects, on the shared
// tree of db/src/risk/area-risk.test-support.ts (towns a, ab; grid g1 of a). Levels by the default rule:
//   a:  40 + 20 + 3 (grades 1, 2, 4) + 10 + 2×0.5 + 0 + 0 (red, 2 orange, yellow, blue) + 2×0.5 (targets) + 2.1 (42,000) = 77.1 → red
//   g1: 20 (grade 2) + 0.5 + 0 (orange, blue) + 0.5 (1 target) = 21 → yellow; out-of-control floor → orange; residents unknown
//   ab: 10 (grade 3) + 10 (red) + 0.5 (1 target) + 0.5 (10,000) = 21 → yellow; red-point floor → orange
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import { seedAreaTree } from '@hazgov/db/risk/area-risk.test-support';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { recomputeAllAreas } from './recompute-all-areas.js';
import { takeRiskSnapshot } from './take-risk-snapshot.js';
import { trendStartMonth } from './get-risk-dashboard.js';

let ctx: AppContext;
const rows = async () => (await ctx.database.db.selectFrom('area_risk').select(['organisation_id', 'level', 'score', 'supervision_months', 'factors_json']).orderBy('organisation_id').execute())
  .map((r) => ({ id: r.organisation_id, level: r.level, score: Number(r.score), months: Number(r.supervision_months), reasons: (JSON.parse(r.factors_json) as { reasons: string[] }).reasons }));

beforeAll(async () => {
  const database = await createTestDb();
  ctx = { database, now: () => new Date('2026-03-01T18:00:00.000Z') }; // 2026-03-02 02:00 in China
  await seedAreaTree(database.db);
});
afterAll(async () => ctx?.database.close());

describe('recomputeAreasOf', () => {
  it('writes nothing when the caller’s transaction fails', async () => {
    await expect(inTransaction(ctx, async (trx) => {
      await recomputeAreasOf(trx, ctx, ['g1']);
      throw new Error('the point write failed');
    })).rejects.toThrow('the point write failed');
    expect(await rows()).toEqual([]);
  });

  it('recomputes a grid cell and the town above it, not the other town', async () => {
    await inTransaction(ctx, (trx) => recomputeAreasOf(trx, ctx, ['g1', 'g1', '', 'org-e1']));
    expect(await rows()).toEqual([
      { id: 'a', level: 'red', score: 77.1, months: 1, reasons: ['threshold.red'] },
      { id: 'g1', level: 'orange', score: 21, months: 3, reasons: ['threshold.yellow', 'floor.outOfControlPoint', 'population.unknown'] },
    ]);
  });

  it('recomputeAllAreas covers every territory and grid cell', async () => {
    expect(await recomputeAllAreas(ctx)).toEqual({ count: 3 });
    expect((await rows()).find((r) => r.id === 'ab')).toEqual({ id: 'ab', level: 'orange', score: 21, months: 3, reasons: ['threshold.yellow', 'floor.redRiskPoint'] });
  });
});

describe('takeRiskSnapshot', () => {
  it('takes one row per territory for the China date, and a second run replaces it', async () => {
    expect(await takeRiskSnapshot(ctx, '')).toEqual({ territories: 2 }); // no date given: today in China, 2026-03-02
    expect(await takeRiskSnapshot(ctx, '2026-03-02')).toEqual({ territories: 2 });
    const snaps = await ctx.database.db.selectFrom('risk_snapshots').select(['taken_on', 'territory_id', 'red', 'review_late']).orderBy('territory_id').execute();
    expect(snaps).toEqual([{ taken_on: '2026-03-02', territory_id: 'a', red: 1, review_late: 2 }, { taken_on: '2026-03-02', territory_id: 'ab', red: 1, review_late: 0 }]);
  });
});

describe('trendStartMonth', () => {
  it('opens the 12 months that end with today’s', () => {
    expect(trendStartMonth('2026-03-02')).toBe('2025-04');
    expect(trendStartMonth('2026-12-31')).toBe('2026-01');
    expect(trendStartMonth('2026-01-01')).toBe('2025-02');
  });
});
