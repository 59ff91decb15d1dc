// Where the time of a plan view goes: runs the board and dashboard use cases in-process against a generated
// province, records every SQL statement they issue (through a Kysely plugin, so the queries are exactly the
// repositories'), times each, and prints the database's plan for the slow ones (SQLite: EXPLAIN QUERY PLAN;
// PostgreSQL: EXPLAIN (ANALYZE, BUFFERS)). Also splits each view's wall time into SQL and JavaScript.
//
//   npx tsx bench/explain.ts --data-dir bench/.cache/sqlite-…   (a generated SQLite province; opened as a copy)
//   npx tsx bench/explain.ts --database-url postgres://…  --plan-id ID
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompiledQuery, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { openDatabase, type Database } from '@hazgov/db/database';
import type { AppContext } from '@hazgov/app/shared/context';
import { getPlanBoard } from '@hazgov/app/plans/get-plan-board';
import { getPlanDashboard } from '@hazgov/app/plans/get-plan-dashboard';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { safeEncode, type $ZodType } from 'zod/v4/core';
import { presentBoard } from '@hazgov/api/plans/plans.presenter';
import { boardResponse, dashboardResponse } from '@hazgov/api/plans/plans.schemas';
import { BENCH_MID_AS_OF, BENCH_NOW } from './generate-province.js';

type Recorded = { sql: string; parameters: readonly unknown[]; ms: number; rows: number };

class QueryRecorder implements KyselyPlugin {
  readonly queries: Recorded[] = [];
  private readonly started = new Map<unknown, { sql: string; parameters: readonly unknown[]; t: number }>();
  constructor(private readonly compile: (node: RootOperationNode, queryId: PluginTransformQueryArgs['queryId']) => { sql: string; parameters: readonly unknown[] }) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const c = this.compile(args.node, args.queryId);
    this.started.set(args.queryId, { sql: c.sql, parameters: c.parameters, t: performance.now() });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.started.get(args.queryId);
    if (s) this.queries.push({ sql: s.sql, parameters: s.parameters, ms: performance.now() - s.t, rows: args.result.rows.length });
    this.started.delete(args.queryId);
    return args.result;
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = arg('--data-dir');
  const url = arg('--database-url');
  let workDir: string | undefined;
  let database: Database;
  let planId = arg('--plan-id');
  if (url) {
    database = openDatabase({ databaseUrl: url });
    if (!planId) planId = (await database.db.selectFrom('plans').select('id').where('source', '=', 'bench').executeTakeFirstOrThrow()).id;
  } else {
    if (!dataDir) throw new Error('give --data-dir (a generated SQLite province) or --database-url');
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-explain-'));
    fs.copyFileSync(path.join(dataDir, 'hazgov.sqlite'), path.join(workDir, 'hazgov.sqlite'));
    database = openDatabase({ dataDir: workDir });
    planId ??= (JSON.parse(fs.readFileSync(path.join(dataDir, 'generation.json'), 'utf8')) as { planId: string }).planId;
  }
  const executor = database.db.getExecutor();
  const recorder = new QueryRecorder((node, queryId) => executor.compileQuery(node, queryId));
  const ctx: AppContext = { database: { ...database, db: database.db.withPlugin(recorder) }, now: () => new Date(BENCH_NOW) };
  const rootPath = (await database.db.selectFrom('organisations').select('path').where('parent_id', 'is', null).executeTakeFirstOrThrow()).path;
  const actor: Actor = { userId: 'explain', username: 'explain', displayName: 'explain', role: 'district_admin', organisationId: rootPath.split('/')[1] ?? '', organisationPath: rootPath };
  const scope: Scope = { paths: ['/'], all: true };
  // each view: the use case, then what the route does with its result (presenter, the zod response encode that
  // fastify-type-provider-zod's serializer runs, JSON.stringify); the dashboard route returns the use case's result as is
  type View = { name: string; run: () => Promise<unknown>; present: (r: never) => unknown; schema: $ZodType };
  const views: View[] = [
    { name: 'board', run: () => getPlanBoard(ctx, { actor, scope, planId: planId! }), present: presentBoard, schema: boardResponse as unknown as $ZodType },
    { name: 'board (mid asOf)', run: () => getPlanBoard(ctx, { actor, scope, planId: planId!, asOf: BENCH_MID_AS_OF }), present: presentBoard, schema: boardResponse as unknown as $ZodType },
    { name: 'dashboard', run: () => getPlanDashboard(ctx, { actor, scope, planId: planId! }), present: (d: never) => d, schema: dashboardResponse as unknown as $ZodType },
  ];
  const slowest = new Map<string, Recorded>();
  for (const { name, run: view, present, schema } of views) {
    await view(); // warm (and fills the structure cache, as a running server's would be)
    recorder.queries.length = 0;
    const s = performance.now();
    const result = await view();
    const wall = performance.now() - s;
    let t = performance.now();
    const presented = present(result as never);
    const presentMs = performance.now() - t;
    t = performance.now();
    const encoded = safeEncode(schema, presented);
    const encodeMs = performance.now() - t;
    t = performance.now();
    const bytes = Buffer.byteLength(JSON.stringify(encoded.data));
    const stringify = performance.now() - t;
    console.log(`\n== ${name} (${database.kind}) route steps after the use case: presenter ${presentMs.toFixed(0)} ms, zod response encode ${encodeMs.toFixed(0)} ms${encoded.error ? ' (FAILED)' : ''}, JSON.stringify ${stringify.toFixed(0)} ms`);
    console.log(`== ${name} (${database.kind}): ${wall.toFixed(0)} ms in the use case, ${recorder.queries.length} queries; body ${(bytes / 2 ** 20).toFixed(1)} MiB`);
    // In the use case the queries overlap (Promise.all): on SQLite they queue for the one connection, on PostgreSQL
    // they run side by side. Re-run each alone, in order, for its own cost.
    const alone: Recorded[] = [];
    for (const q of [...recorder.queries]) {
      const t = performance.now();
      const r = await database.db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters]));
      alone.push({ ...q, ms: performance.now() - t, rows: r.rows.length });
    }
    const aloneMs = alone.reduce((n, q) => n + q.ms, 0);
    console.log(`   the same ${alone.length} queries one after another: ${aloneMs.toFixed(0)} ms → JavaScript in the use case ≈ ${Math.max(0, wall - (database.kind === 'sqlite' ? aloneMs : 0)).toFixed(0)} ms${database.kind === 'postgres' ? ' (PostgreSQL overlaps them; compare wall time with the longest)' : ''}`);
    for (const q of [...alone].sort((a, b) => b.ms - a.ms)) {
      console.log(`  ${q.ms.toFixed(0).padStart(6)} ms ${String(q.rows).padStart(7)} rows  ${oneLine(q.sql).slice(0, 150)}`);
      const key = oneLine(q.sql);
      if (q.ms > 100 && (slowest.get(key)?.ms ?? 0) < q.ms) slowest.set(key, q);
    }
  }
  console.log(`\n== plans of the statements slower than 100 ms`);
  for (const q of slowest.values()) {
    console.log(`\n-- ${q.ms.toFixed(0)} ms, ${q.rows} rows\n${oneLine(q.sql)}\n   parameters: ${JSON.stringify(q.parameters).slice(0, 300)}`);
    const prefix = database.kind === 'postgres' ? 'explain (analyze, buffers) ' : 'explain query plan ';
    const plan = await database.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`${prefix}${q.sql}`, [...q.parameters]));
    for (const row of plan.rows) {
      console.log(`   ${database.kind === 'postgres' ? String(row['QUERY PLAN']) : `${'  '.repeat(depthOf(row))}${String(row.detail)}`}`);
    }
  }
  await database.close();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
}

const depths = new Map<number, number>();
function depthOf(row: Record<string, unknown>): number {
  const id = Number(row.id);
  const parent = Number(row.parent);
  const d = parent === 0 ? 0 : (depths.get(parent) ?? 0) + 1;
  depths.set(id, d);
  return d;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

main().catch((e: unknown) => { console.error(e); process.exit(1); });
