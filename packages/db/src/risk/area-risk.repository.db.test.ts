// Area factors, upsert and listing on both dialects: what lies inside each area's path (a grid cell's records count
// for its town too; town ab is not inside town a although its path starts with a's id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '@hazgov/domain/orgs/scope';
import { createTestDb } from '../test-db.js';
import type { Database } from '../database.js';
import { factorsOfAreas, findAreasWithParents, listAllAreas, listAreaRisk, upsertAreaRisk } from './area-risk.repository.js';
import { seedAreaTree } from './area-risk.test-support.js';

let database: Database;
const all: Scope = { paths: ['/'], all: true };

beforeAll(async () => {
  database = await createTestDb();
  await seedAreaTree(database.db);
});
afterAll(async () => database?.close());

describe('area risk repository', () => {
  it('finds territories and grid cells, with the town above a grid cell', async () => {
    expect((await findAreasWithParents(database.db, ['g1'])).map((a) => a.id)).toEqual(['a', 'g1']);
    expect((await findAreasWithParents(database.db, ['ab', 'd', 'org-e1'])).map((a) => a.id)).toEqual(['ab']); // district, enterprise ignored
    expect((await listAllAreas(database.db)).map((a) => [a.id, a.kind])).toEqual([['a', 'territory'], ['g1', 'grid'], ['ab', 'territory']]);
  });

  it('counts what lies inside each area', async () => {
    const areas = await listAllAreas(database.db);
    const f = await factorsOfAreas(database.db, areas);
    // a: e1 grades 1 and 4 (the third unit is no major hazard), e2 in g1 grade 2; points p1 red, p2 yellow, p3 orange
    // (out of control), p4 blue, p5 orange; targets t1 and t2 (the pipeline is not one); 42,000 residents
    expect(f.get('a')).toEqual({ majorHazards: { 1: 1, 2: 1, 3: 0, 4: 1 }, riskPoints: { red: 1, orange: 2, yellow: 1, blue: 1 }, outOfControl: 1, sensitiveTargets: 2, population: 42_000 });
    // g1: e2 grade 2; p3 orange out of control, p4 blue; t2; no polygon → population unknown
    expect(f.get('g1')).toEqual({ majorHazards: { 1: 0, 2: 1, 3: 0, 4: 0 }, riskPoints: { red: 0, orange: 1, yellow: 0, blue: 1 }, outOfControl: 1, sensitiveTargets: 1, population: null });
    // ab: only its own (the prefix trap): e3 grade 3, p6 red, t3, 10,000 residents
    expect(f.get('ab')).toEqual({ majorHazards: { 1: 0, 2: 0, 3: 1, 4: 0 }, riskPoints: { red: 1, orange: 0, yellow: 0, blue: 0 }, outOfControl: 0, sensitiveTargets: 1, population: 10_000 });
  });

  it('gives the same factors when asked for a few areas (scoped pass) as for all', async () => {
    const few = await factorsOfAreas(database.db, await findAreasWithParents(database.db, ['g1']));
    const everything = await factorsOfAreas(database.db, await listAllAreas(database.db));
    expect(few.get('a')).toEqual(everything.get('a'));
    expect(few.get('g1')).toEqual(everything.get('g1'));
    expect(few.has('ab')).toBe(false);
  });

  it('upserts rows and lists them scoped, with the polygon flag and filters', async () => {
    const row = (id: string, path: string, kind: string, level: string, score: number) => ({
      organisation_id: id, path, kind, level, score, factors_json: '{}', supervision_months: 3, computed_at: '2026-03-02T02:00:00.000Z',
    });
    await upsertAreaRisk(database.db, [row('a', '/d/a/', 'territory', 'orange', 40), row('g1', '/d/a/g1/', 'grid', 'yellow', 26), row('ab', '/d/ab/', 'territory', 'orange', 23)]);
    await upsertAreaRisk(database.db, [row('a', '/d/a/', 'territory', 'red', 92.2)]);
    const listed = await listAreaRisk(database.db, { scope: all });
    expect(listed.map((r) => [r.organisation_id, r.level, Number(r.score), r.name, Number(r.has_polygon)])).toEqual([
      ['a', 'red', 92.2, 'A镇', 1], ['ab', 'orange', 23, 'AB镇', 1], ['g1', 'yellow', 26, 'A镇第一网格', 0],
    ]);
    expect((await listAreaRisk(database.db, { scope: { paths: ['/d/a/'], all: false } })).map((r) => r.organisation_id)).toEqual(['a', 'g1']);
    expect((await listAreaRisk(database.db, { scope: all, kind: 'grid' })).map((r) => r.organisation_id)).toEqual(['g1']);
    expect((await listAreaRisk(database.db, { scope: all, level: 'orange' })).map((r) => r.organisation_id)).toEqual(['ab']);
  });
});
