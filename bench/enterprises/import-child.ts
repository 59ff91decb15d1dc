// One import in its own process, so its peak memory is its own: opens the (empty, migrated) target database, seeds
// the Conghua organisations and a district admin, reads the workbook and runs importEnterprisesWorkbook, timing
// each phase from its progress reports and sampling heap and RSS every 25 ms. Prints one JSON line "RESULT {…}".
//
//   node --import tsx bench/enterprises/import-child.ts '{"dataDir":"/tmp/…"|"databaseUrl":"postgres://…","file":"…xlsx"}'
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@hazgov/db/database';
import { migrateToLatest } from '@hazgov/db/migrate';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { importEnterprisesWorkbook } from '@hazgov/app/enterprises/import/import-enterprises-workbook';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { conghuaOrganisationData } from '@hazgov/app/plans/conghua-reference';
import { createUser } from '@hazgov/app/users/create-user';
import { BENCH_NOW, BENCH_PASSWORD } from '../generate-province.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as { dataDir?: string; databaseUrl?: string; file: string };
const database = openDatabase(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : { dataDir: opts.dataDir });
const now = new Date(BENCH_NOW);
const ctx = { database, now: () => now };
await migrateToLatest(database.db);
const seeded = await seedOrganisations(ctx, conghuaOrganisationData, { actor: systemActor('bench') });
const user = await createUser(ctx, { actor: systemActor('bench'), username: 'bench-importer', displayName: '区安委办（导入基准）', role: 'district_admin', organisationId: seeded.ids['safety-committee-office']!, password: BENCH_PASSWORD });
const org = await database.db.selectFrom('organisations').select(['id', 'path']).where('id', '=', seeded.ids['safety-committee-office']!).executeTakeFirstOrThrow();
const actor: Actor = { userId: user.id, username: 'bench-importer', displayName: '区安委办（导入基准）', role: 'district_admin', organisationId: org.id, organisationPath: org.path };

let peakHeap = 0;
let peakRss = 0;
const sample = (): void => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
};
const rssBefore = process.memoryUsage().rss;
const timer = setInterval(sample, 25);
const buffer = fs.readFileSync(opts.file);
const phasesMs: Record<string, number> = {};
let phase = '';
let phaseStart = performance.now();
const t0 = performance.now();
const outcome = await importEnterprisesWorkbook(ctx, {
  actor, buffer, locale: 'zh-CN', fileName: 'bench.xlsx',
  onProgress: (p) => {
    sample();
    if (p.phase === phase) return;
    const t = performance.now();
    if (phase) phasesMs[phase] = Math.round(t - phaseStart);
    phase = p.phase;
    phaseStart = t;
  },
});
const ms = performance.now() - t0;
if (phase) phasesMs[phase] = Math.round(performance.now() - phaseStart);
clearInterval(timer);
sample();
const counts = Object.fromEntries(await Promise.all((['enterprises', 'enterprise_units', 'inventory_lines', 'major_hazard_register'] as const).map(async (t) =>
  [t, Number((await database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)] as const)));
await database.close();
const mb = (b: number): number => Math.round(b / 2 ** 20);
process.stdout.write(`RESULT ${JSON.stringify({
  ok: outcome.ok, ms: Math.round(ms), phasesMs, result: outcome.ok ? outcome.result : null,
  problems: outcome.ok ? [] : outcome.problems.slice(0, 10), problemCount: outcome.ok ? 0 : outcome.problems.length,
  stored: counts, peakHeapMb: mb(peakHeap), peakRssSampledMb: mb(peakRss), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssBeforeMb: mb(rssBefore),
})}\n`);
