// What the enterprise, map and hidden-danger data generators share: the scale check, the empty database they start
// from with the fixed clock, the organisation tree and the two benchmark users, the weighted draw of a territory,
// the chunk of built enterprises written in one go, the end of a bulk load (indexes rebuilt, statistics, a
// checkpoint), and the command line that runs a generator by hand.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database, type Db } from '@hazgov/db/database';
import type { DB } from '@hazgov/db/schema';
import { migrateToLatest } from '@hazgov/db/migrate';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import type { AppContext } from '@hazgov/app/shared/context';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { conghuaOrganisationData } from '@hazgov/app/plans/conghua-reference';
import { createUser } from '@hazgov/app/users/create-user';
import type { BuiltEnterprise } from '@hazgov/app/demo/demo-enterprise-build';
import type { Rng } from '@hazgov/app/demo/prng';
import { BENCH_NOW, BENCH_PASSWORD } from '../generate-province.js';
import { recreateIndexes, writeRows, type DeferredIndex } from '../enterprises/lib/bulk-write.js';

/** Seconds since `since`, to 10 ms. */
export const lap = (since: number): number => Math.round((performance.now() - since) / 10) / 100;

/** A generator's --scale: a fraction of full scale, above 0 and at most 1. */
export function checkScale(scale: number): void {
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be in (0, 1], got ${scale}`);
}

/** Migrates; refuses a database whose `table` already has rows; on SQLite a big cache and no fsync for the load. */
export async function prepareEmpty(database: Database, table: keyof DB & string, what: string): Promise<void> {
  const db = database.db;
  await migrateToLatest(db);
  const existing = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) throw new Error(`${what}: ${database.location} already holds ${table.replaceAll('_', ' ')}; give it an empty database`);
  if (database.kind === 'sqlite') {
    await sql`pragma cache_size = -1048576`.execute(db);
    await sql`pragma synchronous = OFF`.execute(db);
  }
}

/** The Conghua organisation tree, a district admin (安委办) and a 温泉镇 territory user; returns the organisation ids. */
export async function seedOrgsAndUsers(
  ctx: AppContext,
  users: { admin: { username: string; displayName: string }; town: { username: string; displayName: string } },
): Promise<{ ids: Record<string, string>; townId: string }> {
  const seeded = await seedOrganisations(ctx, conghuaOrganisationData, { actor: systemActor('bench') });
  const townId = seeded.ids['wenquan-town']!;
  await createUser(ctx, { actor: systemActor('bench'), ...users.admin, role: 'district_admin', organisationId: seeded.ids['safety-committee-office']!, password: BENCH_PASSWORD });
  await createUser(ctx, { actor: systemActor('bench'), ...users.town, role: 'territory', organisationId: townId, password: BENCH_PASSWORD });
  return { ids: seeded.ids, townId };
}

/**
 * The start every generator makes: `prepareEmpty`, the benchmark clock (BENCH_NOW, `today` its date in China), the
 * organisation tree and the two users; `t0` is taken before, for `seconds.total`.
 */
export async function startGeneration(
  database: Database, table: keyof DB & string, what: string,
  users: Parameters<typeof seedOrgsAndUsers>[1],
): Promise<{ t0: number; ctx: AppContext; at: string; today: string; ids: Record<string, string>; townId: string }> {
  const t0 = performance.now();
  await prepareEmpty(database, table, what);
  const now = new Date(BENCH_NOW);
  const ctx = { database, now: () => now };
  const at = now.toISOString();
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const { ids, townId } = await seedOrgsAndUsers(ctx, users);
  return { t0, ctx, at, today, ids, townId };
}

/** One of `items`, drawn with chance proportional to its weight (`total` the weights' sum); the first when none. */
export function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly number[], total: number): T {
  let r = rng.next() * total;
  return items[weights.findIndex((w) => (r -= w) < 0)] ?? items[0]!;
}

/** Writes a chunk's built enterprises (their organisations, enterprise rows, licences, sites), adding to `rows`. */
export async function writeBuiltEnterprises(db: Db, kind: Database['kind'], built: readonly BuiltEnterprise[], rows: Record<string, number>): Promise<void> {
  rows.organisations! += await writeRows(db, kind, 'organisations', built.flatMap((b) => (b.organisation ? [b.organisation] : [])));
  rows.enterprises! += await writeRows(db, kind, 'enterprises', built.map((b) => b.enterprise));
  rows.enterprise_licences! += await writeRows(db, kind, 'enterprise_licences', built.flatMap((b) => b.licences));
  rows.enterprise_sites! += await writeRows(db, kind, 'enterprise_sites', built.flatMap((b) => b.sites));
}

/**
 * After the chunks are written: times the load (`tLoad`, building rows `buildMs`), rebuilds the deferred indexes,
 * then PostgreSQL `vacuum (analyze)` (what autovacuum does soon after a bulk load) or SQLite back to synchronous =
 * NORMAL with the WAL checkpointed; fills `seconds` (load, buildRows, indexes, finish, total since `t0`).
 */
export async function finishLoad(
  database: Database, deferred: readonly DeferredIndex[], log: (line: string) => void,
  t: { seconds: Record<string, number>; t0: number; tLoad: number; buildMs: number },
): Promise<void> {
  const db = database.db;
  const { seconds } = t;
  seconds.load = lap(t.tLoad);
  seconds.buildRows = Math.round(t.buildMs / 10) / 100;
  const tIdx = performance.now();
  await recreateIndexes(db, deferred, log);
  seconds.indexes = lap(tIdx);
  const tFinish = performance.now();
  if (database.kind === 'postgres') await sql`vacuum (analyze)`.execute(db);
  else {
    await sql`pragma synchronous = NORMAL`.execute(db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  }
  seconds.finish = lap(tFinish);
  seconds.total = lap(t.t0);
}

/** `--scale S [--data-dir DIR | --database-url postgres://…]`: runs a generator by hand and prints what it made. */
export async function generatorCli<S>(
  name: string, shapeOf: (scale: number) => S & { scale: number },
  generate: (database: Database, opts: { shape: S; log: (line: string) => void }) => Promise<unknown>,
): Promise<void> {
  const args = process.argv.slice(2);
  const get = (flag: string): string | undefined => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  const shape = shapeOf(Number(get('--scale') ?? '0.01'));
  const url = get('--database-url');
  const database = openDatabase(url ? { databaseUrl: url } : { dataDir: get('--data-dir') ?? `bench/.cache/manual-${name}-${shape.scale}` });
  try {
    console.log(JSON.stringify(await generate(database, { shape, log: (l) => console.log(l) }), null, 2));
  } finally {
    await database.close();
  }
}
