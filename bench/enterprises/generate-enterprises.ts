// Generates the enterprise benchmark's data straight into a migrated, empty database (SQLite or PostgreSQL): the
// Conghua organisation tree, two users, and N enterprises (100,000 at full scale) over its 11 territories and grid
// cells with licences, sites, 1 unit per enterprise on average (0, 1 or 2: exactly N units) of exactly 10 inventory
// lines each, their stored GB 18218 identification and register rows. The rows are the demo seed's
// (packages/app/src/demo/demo-enterprise-build.ts: the same data rules, profiles and chemicals), not written through
// HTTP: written in chunks, one transaction per chunk, secondary indexes of the big tables rebuilt after the load.
// Deterministic: a seeded PRNG and counter ids.
//
//   npx tsx bench/enterprises/generate-enterprises.ts --scale 0.01 [--data-dir DIR | --database-url postgres://…]
import { performance } from 'node:perf_hooks';
import type { Database } from '@hazgov/db/database';
import { buildEnterprise, type BuiltEnterprise } from '@hazgov/app/demo/demo-enterprise-build';
import { demoPlaces } from '@hazgov/app/demo/demo-enterprise-names';
import { seededRng } from '@hazgov/app/demo/prng';
import { DEMO_RESTRICTIONS, loadDemoPlaces, pickProfile } from '@hazgov/app/demo/seed-enterprises';
import { BENCH_NOW, BENCH_PASSWORD } from '../generate-province.js';
import { isEntryPoint } from '../lib/bench-run.js';
import { checkScale, finishLoad, generatorCli, lap, pickWeighted, startGeneration, writeBuiltEnterprises } from '../lib/generate-common.js';
import { dropSecondaryIndexes, writeRows } from './lib/bulk-write.js';

export const ENTERPRISE_GENERATOR_VERSION = 2;
export const FULL_ENTERPRISES = 100_000;
export const LINES_PER_UNIT = 10;
export const ENT_ADMIN = 'bench-ent-admin';
export const ENT_TOWN = 'bench-ent-town';
/** Units per enterprise, repeating: 1 + 2 + 0 + 1 = 4 units per 4 enterprises, so N enterprises have N units. */
const UNITS_PATTERN = [1, 2, 0, 1] as const;
const CHUNK = 2_000;

export type EnterpriseShape = { scale: number; enterprises: number; linesPerUnit: number; seed: number };
export const enterpriseShapeOf = (scale: number): EnterpriseShape => {
  checkScale(scale);
  return { scale, enterprises: Math.max(4, Math.round((FULL_ENTERPRISES * scale) / 4) * 4), linesPerUnit: LINES_PER_UNIT, seed: 20180901 };
};
export const enterpriseShapeKey = (s: EnterpriseShape): string => `e${s.enterprises}-l${s.linesPerUnit}-s${s.seed}`;

export type EnterpriseGeneration = {
  generatorVersion: number; dbKind: string; shape: EnterpriseShape;
  users: { admin: string; town: string; password: string; townId: string };
  /** Search terms for the list benchmark: a common word of names and one enterprise's credit code. */
  samples: { word: string; uscc: string };
  rows: Record<string, number>; grades: Record<string, number>; seconds: Record<string, number>;
};

const TABLES = ['organisations', 'enterprises', 'enterprise_licences', 'enterprise_sites', 'enterprise_units', 'inventory_lines', 'major_hazard_register'] as const;

export async function generateEnterprises(database: Database, opts: { shape: EnterpriseShape; log?: (line: string) => void }): Promise<EnterpriseGeneration> {
  const log = opts.log ?? (() => {});
  const { shape } = opts;
  const db = database.db;
  const seconds: Record<string, number> = {};
  const { t0, at, today, townId } = await startGeneration(database, 'enterprises', 'generate-enterprises', { admin: { username: ENT_ADMIN, displayName: '区安委办（基准）' }, town: { username: ENT_TOWN, displayName: '温泉镇安监办（基准）' } });
  const places = await loadDemoPlaces(db);
  // the demo's restriction entries (液氯, 光气, 氰化钠, 硝酸铵, 硝化棉), so the list's restricted=1 filter has lines to find
  await db.insertInto('restriction_list').values(DEMO_RESTRICTIONS.map((r) => ({ ...r, created_at: BENCH_NOW, updated_at: BENCH_NOW, updated_by: null }))).execute();
  const weights = demoPlaces.territories.map((t) => t.count);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  seconds.setup = lap(t0);

  const deferred = [
    ...(await dropSecondaryIndexes(database, 'inventory_lines')), ...(await dropSecondaryIndexes(database, 'enterprise_units')),
    ...(await dropSecondaryIndexes(database, 'enterprises')), ...(await dropSecondaryIndexes(database, 'enterprise_licences')),
  ];
  const rng = seededRng(shape.seed);
  const rows: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, 0]));
  const grades: Record<string, number> = {};
  let buildMs = 0;
  let sampleUscc = '';
  const tLoad = performance.now();
  let lastLog = tLoad;
  for (let start = 0; start < shape.enterprises; start += CHUNK) {
    const tb = performance.now();
    const chunk: BuiltEnterprise[] = [];
    for (let i = start; i < Math.min(shape.enterprises, start + CHUNK); i += 1) {
      const place = pickWeighted(rng, places, weights, totalWeight);
      const n = String(i + 1).padStart(6, '0');
      const b = buildEnterprise(rng, {
        orgId: `ent-bench-${n}`, enterpriseId: `bench-ent-${n}`, place, profile: pickProfile(rng, place),
        gridIndex: place.grids.length > 0 && rng.chance(0.7) ? rng.int(0, place.grids.length - 1) : null, today, at, isDemo: false, nameSuffix: '',
        units: UNITS_PATTERN[i % UNITS_PATTERN.length], linesPerUnit: shape.linesPerUnit, usccCounter: i,
      });
      if (i === Math.floor(shape.enterprises / 2)) sampleUscc = b.enterprise.uscc;
      for (const u of b.units) { const k = u.grade ? `grade${u.grade}` : u.ident_status === 'ok' ? 'below_threshold' : String(u.ident_status); grades[k] = (grades[k] ?? 0) + 1; }
      chunk.push(b);
    }
    buildMs += performance.now() - tb;
    await db.transaction().execute(async (trx) => {
      await writeBuiltEnterprises(trx, database.kind, chunk, rows);
      rows.enterprise_units! += await writeRows(trx, database.kind, 'enterprise_units', chunk.flatMap((b) => b.units));
      rows.inventory_lines! += await writeRows(trx, database.kind, 'inventory_lines', chunk.flatMap((b) => b.lines));
      rows.major_hazard_register! += await writeRows(trx, database.kind, 'major_hazard_register', chunk.flatMap((b) => b.registers));
    });
    if (performance.now() - lastLog > 5000 || start + CHUNK >= shape.enterprises) {
      lastLog = performance.now();
      log(`  ${Math.min(shape.enterprises, start + CHUNK).toLocaleString('en')} enterprises, ${rows.inventory_lines!.toLocaleString('en')} lines, ${((lastLog - tLoad) / 1000).toFixed(0)} s (building rows ${(buildMs / 1000).toFixed(0)} s)`);
    }
  }
  await finishLoad(database, deferred, log, { seconds, t0, tLoad, buildMs });
  log(`done in ${seconds.total} s: ${JSON.stringify(rows)}; units by state ${JSON.stringify(grades)}`);
  return {
    generatorVersion: ENTERPRISE_GENERATOR_VERSION, dbKind: database.kind, shape,
    users: { admin: ENT_ADMIN, town: ENT_TOWN, password: BENCH_PASSWORD, townId }, samples: { word: '化工', uscc: sampleUscc }, rows, grades, seconds,
  };
}

if (isEntryPoint(import.meta.url)) {
  generatorCli('enterprises', enterpriseShapeOf, generateEnterprises).catch((e: unknown) => { console.error(e); process.exit(1); });
}
