// Generates the hidden-danger benchmark's data straight into a migrated, empty database (SQLite or PostgreSQL): the
// Conghua organisation tree, a district admin and a 温泉镇 territory user, N/50 enterprises spread over the 11
// territories as the demo spreads them (data/demo/conghua-enterprises.json counts) and N hazard findings (N =
// 1,000,000 at scale 1), 50 per enterprise, found over the three years before the clock (2026-01-20). The loop's
// states as a district several years into the system would hold them: ~80 % closed (some after a return), ~6 %
// waiting for verification, ~14 % open or rectifying — of those about half past their deadline (30 % by under a week, 30 % by
// under a month, 40 % longer), at the escalation level the daily pass would have reached — about 5 % major (挂牌督办 while open). Rows come from the demo seed's
// builders (buildEnterprise, findingRow: the same data rules) and are written directly in chunks, secondary indexes
// rebuilt after the load. Deterministic: a seeded PRNG and counter ids.
//
//   npx tsx bench/inspections/generate-findings.ts --scale 0.01 [--data-dir DIR | --database-url postgres://…]
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database, Db } from '@hazgov/db/database';
import { buildEnterprise, type BuiltEnterprise, type Place } from '@hazgov/app/demo/demo-enterprise-build';
import { addDays, demoPlaces } from '@hazgov/app/demo/demo-enterprise-names';
import { GENERAL_TEMPLATES, MAJOR_TEMPLATES } from '@hazgov/app/demo/demo-inspections-catalog';
import { findingRow, type FindingRow, type FindingStory } from '@hazgov/app/demo/demo-inspections-findings';
import { seededRng, type Rng } from '@hazgov/app/demo/prng';
import { supervisionNumber } from '@hazgov/domain/hidden-dangers/finding-workflow';
import { loadDemoPlaces, pickProfile } from '@hazgov/app/demo/seed-enterprises';
import { BENCH_PASSWORD } from '../generate-province.js';
import { dropSecondaryIndexes, writeRows } from '../enterprises/lib/bulk-write.js';
import { isEntryPoint } from '../lib/bench-run.js';
import { checkScale, finishLoad, generatorCli, lap, pickWeighted, startGeneration, writeBuiltEnterprises } from '../lib/generate-common.js';

export const FINDINGS_GENERATOR_VERSION = 1;
export const FULL_FINDINGS = 1_000_000;
export const FINDINGS_PER_ENTERPRISE = 50;
export const HD_ADMIN = 'bench-hd-admin';
export const HD_TOWN = 'bench-hd-town';
const CHUNK = 500; // enterprises (25,000 findings) per transaction
const PG_ROWS = 5_000;
const INT = new Set(['return_count', 'reopen_count', 'escalation_level', 'is_demo', 'version']);

export type FindingsShape = { scale: number; findings: number; enterprises: number; seed: number };
export const findingsShapeOf = (scale: number): FindingsShape => {
  checkScale(scale);
  const enterprises = Math.max(2, Math.round((FULL_FINDINGS * scale) / FINDINGS_PER_ENTERPRISE));
  return { scale, findings: enterprises * FINDINGS_PER_ENTERPRISE, enterprises, seed: 20190701 };
};
export const findingsShapeKey = (s: FindingsShape): string => `f${s.findings}-e${s.enterprises}-s${s.seed}`;

export type FindingsGeneration = {
  generatorVersion: number; dbKind: string; shape: FindingsShape; today: string;
  users: { admin: string; town: string; password: string; townId: string };
  /** a territory other than the town's, for the territory filter; a word that occurs in some descriptions */
  territoryId: string; searchWord: string;
  rows: Record<string, number>; statuses: Record<string, number>; overdue: number; major: number; levels: Record<string, number>;
  seconds: Record<string, number>;
};

/** A finding's story and days past its deadline, in the proportions the header describes. */
function drawStory(rng: Rng): { story: FindingStory; overdueDays: number } {
  const r = rng.next();
  if (r < 0.74) return { story: 'closed', overdueDays: 0 };
  if (r < 0.80) return { story: 'closed_after_return', overdueDays: 0 };
  if (r < 0.86) return { story: 'awaiting_verification', overdueDays: -rng.int(0, 10) };
  const story: FindingStory = r < 0.91 ? 'open' : r < 0.98 ? 'rectifying' : r < 0.99 ? 'returned' : 'reopened';
  // half overdue — a week at most, a month at most, up to 9 months (levels 1, 2, 3 of the default rule) — half with days left
  const late = rng.next();
  return { story, overdueDays: rng.chance(0.5) ? (late < 0.3 ? rng.int(1, 6) : late < 0.6 ? rng.int(7, 29) : rng.int(30, 270)) : -rng.int(0, 14) };
}

/** PostgreSQL: rows as one array per column through unnest (the integer columns of hazard_findings cast as such). */
async function writeFindings(db: Db, kind: Database['kind'], rows: readonly FindingRow[]): Promise<number> {
  if (kind !== 'postgres') return writeRows(db, kind, 'hazard_findings', rows);
  const columns = Object.keys(rows[0] ?? {});
  for (let i = 0; i < rows.length; i += PG_ROWS) {
    const chunk = rows.slice(i, i + PG_ROWS) as readonly Record<string, unknown>[];
    const arrays = columns.map((c) => sql`${chunk.map((r) => r[c] ?? null)}::${sql.raw(INT.has(c) ? 'int[]' : 'text[]')}`);
    await sql`insert into hazard_findings (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(db);
  }
  return rows.length;
}

export async function generateFindings(database: Database, opts: { shape: FindingsShape; log?: (line: string) => void }): Promise<FindingsGeneration> {
  const log = opts.log ?? (() => {});
  const { shape } = opts;
  const db = database.db;
  const seconds: Record<string, number> = {};
  const { t0, at, today, ids, townId } = await startGeneration(database, 'hazard_findings', 'generate-findings', { admin: { username: HD_ADMIN, displayName: '区安委办（隐患基准）' }, town: { username: HD_TOWN, displayName: '温泉镇安监办（隐患基准）' } });
  const places: Place[] = await loadDemoPlaces(db);
  const weights = places.map((p) => demoPlaces.territories.find((t) => t.key === p.key)?.count ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const bureau = ids['safety-bureau'] ?? 'safety-bureau';
  seconds.setup = lap(t0);

  const deferred = [...(await dropSecondaryIndexes(database, 'hazard_findings')), ...(await dropSecondaryIndexes(database, 'enterprises'))];
  const rng = seededRng(shape.seed);
  const rows: Record<string, number> = { organisations: 0, enterprises: 0, enterprise_sites: 0, enterprise_licences: 0, hazard_findings: 0 };
  const statuses: Record<string, number> = {};
  const levels: Record<string, number> = {};
  let overdue = 0;
  let major = 0;
  let supervisionNo = 0;
  let buildMs = 0;
  let lastLog = performance.now();
  const tLoad = performance.now();
  for (let start = 0; start < shape.enterprises; start += CHUNK) {
    const tb = performance.now();
    const built: BuiltEnterprise[] = [];
    const findings: FindingRow[] = [];
    for (let i = start; i < Math.min(shape.enterprises, start + CHUNK); i += 1) {
      const place = pickWeighted(rng, places, weights, total);
      const n = String(i + 1).padStart(6, '0');
      const b = buildEnterprise(rng, {
        orgId: `ent-hd-${n}`, enterpriseId: `hd-ent-${n}`, place, profile: pickProfile(rng, place),
        gridIndex: place.grids.length > 0 && rng.chance(0.7) ? rng.int(0, place.grids.length - 1) : null,
        today, at, isDemo: false, nameSuffix: '', units: 0, linesPerUnit: 0, usccCounter: i,
      });
      built.push(b);
      const e = b.enterprise;
      const ent = { id: e.id, path: e.path, territory_id: e.territory_id, grid_id: e.grid_id ?? null, industry: e.industry ?? null };
      for (let k = 0; k < FINDINGS_PER_ENTERPRISE; k += 1) {
        const isMajor = rng.chance(0.05);
        const { story, overdueDays } = drawStory(rng);
        const closed = story === 'closed' || story === 'closed_after_return';
        const foundOn = closed ? addDays(today, -rng.int(30, 3 * 365)) : undefined;
        const row = findingRow(rng, today, {
          id: `hd-f-${String(i * FINDINGS_PER_ENTERPRISE + k + 1).padStart(7, '0')}`, enterprise: ent,
          template: rng.pick(isMajor ? MAJOR_TEMPLATES : GENERAL_TEMPLATES), story, overdueDays, foundOn,
          supervision: isMajor ? { orgId: bureau, no: supervisionNumber(today.slice(0, 4), (supervisionNo += 1)) } : null, isDemo: false,
        }, at);
        statuses[row.status] = (statuses[row.status] ?? 0) + 1;
        if (row.status !== 'closed' && row.deadline < today) overdue += 1;
        if (row.severity === 'major') major += 1;
        levels[String(row.escalation_level)] = (levels[String(row.escalation_level)] ?? 0) + 1;
        findings.push(row);
      }
    }
    buildMs += performance.now() - tb;
    await db.transaction().execute(async (trx) => {
      await writeBuiltEnterprises(trx, database.kind, built, rows);
      rows.hazard_findings! += await writeFindings(trx, database.kind, findings);
    });
    if (performance.now() - lastLog > 5000 || start + CHUNK >= shape.enterprises) {
      lastLog = performance.now();
      log(`  ${Math.min(shape.enterprises, start + CHUNK).toLocaleString('en')} enterprises, ${rows.hazard_findings!.toLocaleString('en')} findings, ${((lastLog - tLoad) / 1000).toFixed(0)} s (building rows ${(buildMs / 1000).toFixed(0)} s)`);
    }
  }
  await finishLoad(database, deferred, log, { seconds, t0, tLoad, buildMs });
  const other = places.find((p) => p.id !== townId && p.key === 'taiping-town') ?? places.find((p) => p.id !== townId)!;
  log(`done in ${seconds.total} s: ${JSON.stringify(rows)}; statuses ${JSON.stringify(statuses)}; overdue ${overdue}; major ${major}`);
  return {
    generatorVersion: FINDINGS_GENERATOR_VERSION, dbKind: database.kind, shape, today,
    users: { admin: HD_ADMIN, town: HD_TOWN, password: BENCH_PASSWORD, townId },
    territoryId: other.id, searchWord: '安全阀', rows, statuses, overdue, major, levels, seconds,
  };
}

if (isEntryPoint(import.meta.url)) {
  generatorCli('findings', findingsShapeOf, generateFindings).catch((e: unknown) => { console.error(e); process.exit(1); });
}
