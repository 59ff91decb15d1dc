// Generates the benchmark province straight into a migrated database (SQLite or PostgreSQL): a province root, 21
// cities × N units, one plan of 60 tasks owed by every unit, milestones and completions, submissions, and 12
// quarters of progress reports (3,024,000 owed at full scale, ~1.4 % missing = no row). Deterministic: a seeded PRNG
// and counter-based ids, so two runs of one shape give the same rows. Memory stays bounded: reports are built and
// written one chunk at a time, one transaction per task.
//
//   npx tsx bench/generate-province.ts --scale 0.01 [--data-dir DIR | --database-url postgres://…] [--json FILE]
import { performance } from 'node:perf_hooks';
import { sql, type Insertable } from 'kysely';
import { openDatabase, type Database, type Db } from '@hazgov/db/database';
import { migrateToLatest } from '@hazgov/db/migrate';
import type { DB, ProgressReportTable } from '@hazgov/db/schema';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { loadWorkingCalendar } from '@hazgov/app/calendar/working-calendar';
import { quarterDueOn } from '@hazgov/app/plans/reporting-schedule';
import { seededRng, rngId, type Rng } from '@hazgov/app/demo/prng';
import { createUser } from '@hazgov/app/users/create-user';
import { CITIES, DEPARTMENTS, TASK_GROUPS, reportsOwed, shapeOf, type ProvinceShape } from './lib/province-shape.js';

export const GENERATOR_VERSION = 2;
/** The clock the benchmark runs at: every one of the 12 quarters (2023-Q1 … 2025-Q4) is due. */
export const BENCH_NOW = '2026-01-20T02:00:00.000Z';
/** A second "as of" date for the historical views: the middle of the reporting window. */
export const BENCH_MID_AS_OF = '2024-08-15';
export const BENCH_PASSWORD = 'BenchProvince2026';
export const ADMIN_USERNAME = 'bench-admin';
export const CITY_USERNAME = 'bench-city';

export type GenerateResult = {
  generatorVersion: number;
  dbKind: string;
  shape: ProvinceShape;
  planId: string;
  rootId: string;
  cityId: string;
  users: { admin: string; city: string; password: string };
  reportsOwed: number;
  rows: Record<string, number>;
  seconds: Record<string, number>;
  insertMode: string;
};

type Unit = { id: string; path: string; name: string; cityIndex: number; laggard: boolean };
type Task = { id: string; no: number; group: number };

const PROVINCE = { id: '440000', name: '广东省', nameEn: 'Guangdong Province' };
const FIRST_YEAR = 2023;

export async function generateProvince(
  database: Database,
  opts: { shape: ProvinceShape; log?: (line: string) => void; pgInsert?: 'unnest' | 'values' },
): Promise<GenerateResult> {
  const log = opts.log ?? (() => {});
  const { shape } = opts;
  const db = database.db;
  const seconds: Record<string, number> = {};
  const t0 = performance.now();
  const lap = (name: string, since: number): number => {
    seconds[name] = round((performance.now() - since) / 1000, 2);
    return performance.now();
  };
  const rng = seededRng(shape.seed);
  const now = new Date(BENCH_NOW);
  const createdAt = now.toISOString();

  await migrateToLatest(db);
  const existing = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) throw new Error(`generate-province: ${database.location} already holds organisations; give it an empty database`);
  if (database.kind === 'sqlite') {
    // a bulk load, not a live system: a big page cache, no fsync per commit (the file is thrown away on a crash)
    await sql`pragma cache_size = -1048576`.execute(db);
    await sql`pragma synchronous = OFF`.execute(db);
  }
  let t = lap('migrate', t0);

  // ---- organisations
  const officeId = 'org-prov-office';
  const orgRows: Insertable<DB['organisations']>[] = [
    { id: PROVINCE.id, parent_id: null, kind: 'district', code: PROVINCE.id, name: PROVINCE.name, name_en: PROVINCE.nameEn, path: `/${PROVINCE.id}/`, sort: 0, created_at: createdAt },
    { id: officeId, parent_id: PROVINCE.id, kind: 'office', code: null, name: '广东省安全生产委员会办公室', name_en: 'Provincial Work Safety Committee Office', path: `/${PROVINCE.id}/${officeId}/`, sort: 1, created_at: createdAt },
  ];
  const units: Unit[] = [];
  let sort = 2;
  for (let c = 0; c < shape.cities; c += 1) {
    const city = cityOf(c);
    const cityPath = `/${PROVINCE.id}/${city.code}/`;
    orgRows.push({ id: city.code, parent_id: PROVINCE.id, kind: 'territory', code: city.code, name: city.name, name_en: city.nameEn, path: cityPath, sort: sort++, created_at: createdAt });
    for (let u = 0; u < shape.unitsPerCity; u += 1) {
      const id = `${city.code}-u${String(u + 1).padStart(3, '0')}`;
      const dept = DEPARTMENTS[u % DEPARTMENTS.length] ?? DEPARTMENTS[0]!;
      const county = Math.floor(u / DEPARTMENTS.length) + 1;
      const name = u < DEPARTMENTS.length ? `${city.name}${dept.name}` : `${city.name}第${county}区${dept.name}`;
      const nameEn = u < DEPARTMENTS.length ? `${city.nameEn} ${dept.nameEn}` : `${city.nameEn} District ${county} ${dept.nameEn}`;
      const path = `${cityPath}${id}/`;
      orgRows.push({ id, parent_id: city.code, kind: 'department', code: null, name, name_en: nameEn, path, sort: sort++, created_at: createdAt });
      units.push({ id, path, name, cityIndex: c, laggard: rng.chance(0.03) });
    }
  }
  await inChunks(db, 'organisations', orgRows);
  log(`organisations: ${orgRows.length} (${shape.cities} cities × ${shape.unitsPerCity} units)`);

  // ---- users (through the platform's own use case: argon2id hash, audit entry)
  const ctx = { database, now: () => now };
  const admin = await createUser(ctx, { actor: systemActor('bench'), username: ADMIN_USERNAME, displayName: '省安委办管理员', role: 'district_admin', organisationId: PROVINCE.id, password: BENCH_PASSWORD });
  const firstCity = cityOf(0).code;
  await createUser(ctx, { actor: systemActor('bench'), username: CITY_USERNAME, displayName: '广州市应急管理局联络员', role: 'territory', organisationId: firstCity, password: BENCH_PASSWORD });
  t = lap('organisations_users', t);

  // ---- the plan, its structure, milestones and events
  const planId = rngId(rng);
  const lastQuarterIndex = shape.quarters - 1;
  const reportsTo = quarterAt(lastQuarterIndex);
  const endsOn = quarterEnd(reportsTo.year, reportsTo.quarter);
  const calendar = await loadWorkingCalendar(db);
  const quarters = Array.from({ length: shape.quarters }, (_, k) => {
    const q = quarterAt(k);
    return { ...q, dueOn: quarterDueOn(q.year, q.quarter, calendar.isWorkday) };
  });
  await db.insertInto('plans').values({
    id: planId, parent_plan_id: null, organisation_id: PROVINCE.id, path: `/${PROVINCE.id}/`, code: '粤安〔2022〕88号',
    title: '广东省危险化学品安全综合治理实施方案（基准测试）', issued_on: '2022-12-20', starts_on: `${FIRST_YEAR}-01-01`, ends_on: endsOn,
    source: 'bench', office_organisation_id: officeId, reports_from: `${FIRST_YEAR}-Q1`, reports_to: `${reportsTo.year}-Q${reportsTo.quarter}`, created_at: createdAt,
  }).execute();
  const midOn = quarters[Math.floor(shape.quarters / 2)]?.dueOn ?? endsOn;
  await inChunks(db, 'plan_phases', [
    { id: rngId(rng), plan_id: planId, kind: 'mobilise', name: '动员部署', starts_on: '2022-12-20', ends_on: `${FIRST_YEAR}-02-28` },
    { id: rngId(rng), plan_id: planId, kind: 'implement', name: '全面实施', starts_on: `${FIRST_YEAR}-03-01`, ends_on: midOn },
    { id: rngId(rng), plan_id: planId, kind: 'deepen', name: '巩固提升', starts_on: midOn, ends_on: endsOn },
  ]);
  const submissionKinds = [
    { kind: 'contact_return', label: '报名回执', due_on: '2023-01-10' },
    { kind: 'implementation_plan', label: '实施方案', due_on: '2023-01-31' },
    { kind: 'summary', label: '工作总结', due_on: addDays(endsOn, 15) },
  ];
  await inChunks(db, 'plan_submission_kinds', submissionKinds.map((k) => ({ id: rngId(rng), plan_id: planId, ...k })));

  const tasks: Task[] = [];
  const taskRows: Insertable<DB['plan_tasks']>[] = [];
  const milestoneRows: Insertable<DB['milestones']>[] = [];
  const eventRows: Insertable<DB['plan_events']>[] = [];
  const perGroup = Math.max(1, Math.ceil(shape.tasks / TASK_GROUPS.length));
  const q4 = quarters[Math.min(3, lastQuarterIndex)]!.dueOn;
  const q6 = quarters[Math.min(5, lastQuarterIndex)]!.dueOn;
  for (let i = 0; i < shape.tasks; i += 1) {
    const id = rngId(rng);
    const group = Math.floor(i / perGroup) + 1;
    const variant = i % 5;
    const deadlineKind = ['fixed', 'interim_deepening', 'ongoing', 'interim_ongoing', 'conditional'][variant]!;
    const deadlineText = [`${q4.slice(0, 4)}年底前`, `${q6.slice(0, 7)}前完成，${endsOn.slice(0, 4)}年底前深化`, '长期坚持', `${q4.slice(0, 4)}年底前，并长期坚持`, '省追溯系统建立后三个月内'][variant]!;
    tasks.push({ id, no: i + 1, group });
    taskRows.push({
      id, plan_id: planId, group_no: group, group_title: TASK_GROUPS[group - 1] ?? `第${group}组`, task_no: i + 1, item_no: 1,
      title: `第${i + 1}项：${TASK_TITLES[i % TASK_TITLES.length]}`, content: `${TASK_TITLES[i % TASK_TITLES.length]}。${CONTENT_TAIL}`,
      lead_text: '各地级以上市人民政府', responsible_text: '各市有关部门', deadline_text: deadlineText, deadline_kind: deadlineKind, sort: i + 1,
    });
    const m = (kind: string, label: string, startsOn: string | null, dueOn: string | null, sortNo: number, eventId: string | null = null): void => {
      milestoneRows.push({ id: rngId(rng), task_id: id, kind, label, starts_on: startsOn, due_on: dueOn, event_id: eventId, sort: sortNo });
    };
    if (variant === 0) m('fixed', '完成', null, q4, 1);
    if (variant === 1) { m('interim', '阶段完成', null, q6, 1); m('deepening', '深化提升', q6, endsOn, 2); }
    if (variant === 2) m('ongoing', '长期坚持', `${FIRST_YEAR}-01-01`, null, 1);
    if (variant === 3) { m('interim', '阶段完成', null, q4, 1); m('ongoing', '长期坚持', q4, null, 2); }
    if (variant === 4) {
      const eventId = rngId(rng);
      eventRows.push({ id: eventId, plan_id: planId, name: `省危险化学品追溯信息系统建立（第${i + 1}项）`, occurred_on: i % 10 === 4 ? q4 : null });
      m('conditional', '条件满足后三个月内完成', null, null, 1, eventId);
    }
  }
  await inChunks(db, 'plan_tasks', taskRows);
  await inChunks(db, 'plan_events', eventRows);
  await inChunks(db, 'milestones', milestoneRows);
  const sortedTasks = [...tasks].sort((a, b) => cmp(a.id, b.id));
  const sortedUnits = [...units].sort((a, b) => cmp(a.id, b.id));
  const leadOf = new Set(Array.from({ length: shape.cities }, (_, c) => `${cityOf(c).code}-u001`)); // each city's 应急管理局 leads

  // plan_task_units: every unit owes every task
  let taskUnitCount = 0;
  let seq = 0;
  for (const task of sortedTasks) {
    const rows = sortedUnits.map((u) => ({
      id: seqId('10000000', ++seq), task_id: task.id, role: leadOf.has(u.id) ? 'lead' : 'responsible', raw_name: u.name, organisation_id: u.id, group_name: null,
    }));
    await db.transaction().execute((trx) => inChunks(trx, 'plan_task_units', rows));
    taskUnitCount += rows.length;
  }
  log(`plan: ${shape.tasks} tasks, ${milestoneRows.length} milestones, ${taskUnitCount} task-unit pairs`);

  // milestone completions: units declare dated milestones met, mostly before the due date
  const dated = milestoneRows.filter((m) => (m.kind === 'fixed' || m.kind === 'interim') && m.due_on);
  let completionCount = 0;
  seq = 0;
  for (const ms of dated) {
    const rows: Insertable<DB['milestone_completions']>[] = [];
    for (const u of sortedUnits) {
      if (!rng.chance(u.laggard ? 0.3 : 0.75)) continue;
      const completedOn = addDays(ms.due_on!, rng.chance(0.1) ? rng.int(1, 45) : -rng.int(0, 60));
      rows.push({ id: seqId('20000000', ++seq), milestone_id: ms.id!, organisation_id: u.id, path: u.path, completed_on: completedOn, note: null, recorded_by: null, recorded_at: `${completedOn}T03:00:00.000Z` });
    }
    await db.transaction().execute((trx) => inChunks(trx, 'milestone_completions', rows));
    completionCount += rows.length;
  }

  // submissions: contact returns and implementation plans from nearly every unit, summaries from half
  seq = 0;
  const submissionRows: Insertable<DB['plan_submissions']>[] = [];
  for (const u of sortedUnits) {
    for (const k of submissionKinds) {
      const p = k.kind === 'summary' ? 0.5 : u.laggard ? 0.7 : 0.97;
      if (!rng.chance(p)) continue;
      const on = addDays(k.due_on, rng.chance(0.1) ? rng.int(1, 20) : -rng.int(0, 9));
      const body = k.kind === 'contact_return'
        ? { leader: { name: '张三', title: '局长', phone: '020-12345678' }, head: { name: '李四', title: '科长', phone: '13800000000' } }
        : k.kind === 'implementation_plan' ? { title: `${u.name}实施方案`, note: '已印发', childPlanId: null } : { title: `${u.name}工作总结`, text: SUMMARY_TEXT };
      submissionRows.push({
        id: seqId('30000000', ++seq), plan_id: planId, organisation_id: u.id, path: u.path, kind: k.kind, due_on: k.due_on,
        submitted_at: `${on}T02:00:00.000Z`, submitted_on: on, submitted_by: null, body_json: JSON.stringify(body), child_plan_id: null, updated_at: `${on}T02:00:00.000Z`,
      });
    }
  }
  await db.transaction().execute((trx) => inChunks(trx, 'plan_submissions', submissionRows));
  t = lap('structure', t);

  // ---- progress reports: the 3 million
  const deferred = await dropSecondaryIndexes(database, 'progress_reports');
  const owed = reportsOwed(shape);
  const insertMode = database.kind === 'postgres' ? (opts.pgInsert ?? 'unnest') : 'values';
  log(`progress reports: ${owed.toLocaleString('en')} owed; secondary indexes deferred: ${deferred.map((d) => d.name).join(', ') || 'none'}; insert mode ${insertMode}`);
  let reportCount = 0;
  seq = 0;
  const reportStart = performance.now();
  let lastLog = reportStart;
  const chunkRows = database.kind === 'postgres' ? (insertMode === 'unnest' ? 10_000 : 1_000) : 1_400;
  for (const [ti, task] of sortedTasks.entries()) {
    const chunk: Insertable<ProgressReportTable>[] = [];
    await db.transaction().execute(async (trx) => {
      for (const u of sortedUnits) {
        for (let k = 0; k < shape.quarters; k += 1) {
          const row = reportRow(rng, { id: seqId('00000000', ++seq), planId, task, unit: u, k, quarters, reviewer: admin.id });
          if (!row) continue;
          chunk.push(row);
          if (chunk.length >= chunkRows) { await writeReports(trx, database.kind, insertMode, chunk); reportCount += chunk.length; chunk.length = 0; }
        }
      }
      if (chunk.length) { await writeReports(trx, database.kind, insertMode, chunk); reportCount += chunk.length; chunk.length = 0; }
    });
    if (performance.now() - lastLog > 5000 || ti === sortedTasks.length - 1) {
      lastLog = performance.now();
      const s = (lastLog - reportStart) / 1000;
      log(`  task ${ti + 1}/${sortedTasks.length}: ${reportCount.toLocaleString('en')} reports, ${Math.round(reportCount / s).toLocaleString('en')} rows/s, ${s.toFixed(0)} s`);
    }
  }
  t = lap('reports', t);
  for (const d of deferred) {
    const s = performance.now();
    await sql.raw(d.sql).execute(db);
    log(`  index ${d.name}: ${((performance.now() - s) / 1000).toFixed(1)} s`);
  }
  t = lap('indexes', t);
  if (database.kind === 'postgres') {
    // What autovacuum does to an insert-only table soon after a bulk load (PostgreSQL ≥ 13 vacuums on inserts): set the
    // visibility map and gather statistics. Without the VACUUM the planner cannot trust index-only scans and reads the
    // whole 1.6 GB table for a one-quarter scan (measured: 400 ms instead of 57 ms).
    await sql`vacuum (analyze)`.execute(db);
    lap('vacuum_analyze', t);
  } else {
    await sql`pragma synchronous = NORMAL`.execute(db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    lap('checkpoint', t);
  }
  seconds.total = round((performance.now() - t0) / 1000, 2);

  const rows: Record<string, number> = {};
  for (const table of ['organisations', 'users', 'plan_tasks', 'plan_task_units', 'milestones', 'milestone_completions', 'plan_submissions', 'progress_reports'] as const) {
    const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    rows[table] = Number(r.n);
  }
  log(`done in ${seconds.total} s: ${rows.progress_reports?.toLocaleString('en')} reports (${completionCount} completions, ${submissionRows.length} submissions)`);
  return {
    generatorVersion: GENERATOR_VERSION, dbKind: database.kind, shape, planId, rootId: PROVINCE.id, cityId: firstCity,
    users: { admin: ADMIN_USERNAME, city: CITY_USERNAME, password: BENCH_PASSWORD }, reportsOwed: owed, rows, seconds, insertMode,
  };
}

// ---------------------------------------------------------------------------------------------------------------

function reportRow(
  rng: Rng,
  a: { id: string; planId: string; task: Task; unit: Unit; k: number; quarters: readonly { year: number; quarter: number; dueOn: string }[]; reviewer: string },
): Insertable<ProgressReportTable> | undefined {
  const q = a.quarters[a.k]!;
  if (rng.chance(a.unit.laggard ? 0.15 : 0.01)) return undefined; // missing: never written
  const r = rng.next();
  const status = r < 0.015 ? 'draft' : r < 0.02 ? 'returned' : a.k < a.quarters.length - 2 && rng.chance(0.7) ? 'accepted' : 'submitted';
  const late = rng.chance(a.unit.laggard ? 0.3 : 0.06);
  const submittedOn = status === 'draft' ? null : addDays(q.dueOn, late ? rng.int(1, 30) : -rng.int(0, 12));
  const submittedAt = submittedOn ? `${addDays(submittedOn, -1)}T${String(rng.int(0, 9) + 16).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z` : null;
  const progress = Math.min(100, Math.round(((a.k + 1) / a.quarters.length) * 100 * (0.8 + rng.next() * 0.25)));
  const reviewedAt = status === 'accepted' || status === 'returned' ? `${addDays(submittedOn!, 3)}T02:00:00.000Z` : null;
  return {
    id: a.id, plan_id: a.planId, task_id: a.task.id, organisation_id: a.unit.id, path: a.unit.path, year: q.year, quarter: q.quarter,
    due_on: q.dueOn, status, progress,
    content: `${q.year}年第${q.quarter}季度，${a.unit.name}围绕第${a.task.no}项任务${REPORT_SENTENCES[rng.int(0, REPORT_SENTENCES.length - 1)]}`,
    problems: rng.chance(0.2) ? PROBLEMS[rng.int(0, PROBLEMS.length - 1)]! : null,
    next_steps: NEXT_STEPS[rng.int(0, NEXT_STEPS.length - 1)]!,
    submitted_at: submittedAt, submitted_on: submittedOn, submitted_by: null,
    review_comment: status === 'returned' ? '请补充具体数据和佐证材料后重新报送。' : null,
    reviewed_at: reviewedAt, reviewed_by: reviewedAt ? a.reviewer : null,
    updated_at: reviewedAt ?? submittedAt ?? `${q.dueOn}T01:00:00.000Z`,
  };
}

const REPORT_COLUMNS = [
  'id', 'plan_id', 'task_id', 'organisation_id', 'path', 'year', 'quarter', 'due_on', 'status', 'progress', 'content', 'problems',
  'next_steps', 'submitted_at', 'submitted_on', 'submitted_by', 'review_comment', 'reviewed_at', 'reviewed_by', 'updated_at',
] as const;
const INT_COLUMNS = new Set(['year', 'quarter', 'progress']);

async function writeReports(db: Db, kind: string, mode: string, rows: Insertable<ProgressReportTable>[]): Promise<void> {
  if (kind !== 'postgres' || mode !== 'unnest') {
    await inChunks(db, 'progress_reports', rows);
    return;
  }
  // PostgreSQL: one statement per 10,000 rows, one array parameter per column (about 5× faster than VALUES lists)
  const arrays = REPORT_COLUMNS.map((c) => {
    const values = rows.map((r) => (r as Record<string, unknown>)[c] ?? null);
    return sql`${values}::${sql.raw(INT_COLUMNS.has(c) ? 'int[]' : 'text[]')}`;
  });
  await sql`insert into progress_reports (${sql.join(REPORT_COLUMNS.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(db);
}

const MAX_PARAMS = 30_000;
async function inChunks<T extends keyof DB & string>(db: Db, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(first as object).length));
  for (let i = 0; i < rows.length; i += size) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely cannot narrow a generic table name
    await db.insertInto(table).values(rows.slice(i, i + size) as any).execute();
  }
}

type DeferredIndex = { name: string; sql: string };

/** Drops a table's plain indexes (not the primary key or unique constraints) and returns how to recreate them. */
async function dropSecondaryIndexes(database: Database, table: string): Promise<DeferredIndex[]> {
  const db = database.db;
  let found: DeferredIndex[];
  if (database.kind === 'sqlite') {
    const r = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
    found = r.rows;
  } else {
    const r = await sql<{ name: string; sql: string }>`
      select i.indexname as name, i.indexdef as sql from pg_indexes i
      where i.tablename = ${table} and i.schemaname = current_schema()
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = ${table}::regclass)`.execute(db);
    found = r.rows;
  }
  for (const d of found) await sql`drop index ${sql.ref(d.name)}`.execute(db);
  return found;
}

function cityOf(c: number): { code: string; name: string; nameEn: string } {
  const base = CITIES[c % CITIES.length]!;
  if (c < CITIES.length) return base;
  const n = Math.floor(c / CITIES.length);
  return { code: String(Number(base.code) + n * 10), name: `${base.name}${n}`, nameEn: `${base.nameEn} ${n}` };
}

function quarterAt(k: number): { year: number; quarter: number } {
  return { year: FIRST_YEAR + Math.floor(k / 4), quarter: (k % 4) + 1 };
}
function quarterEnd(year: number, quarter: number): string {
  return ['', `${year}-03-31`, `${year}-06-30`, `${year}-09-30`, `${year}-12-31`][quarter]!;
}
const dayCache = new Map<string, string>(); // date arithmetic dominated the generator's own CPU time: the dates repeat
function addDays(date: string, days: number): string {
  const key = `${date}${days}`;
  let out = dayCache.get(key);
  if (out === undefined) {
    out = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    dayCache.set(key, out);
  }
  return out;
}
/** UUID-shaped, increasing ids: the primary-key B-tree is appended to, not split at random. */
function seqId(prefix: string, n: number): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

const TASK_TITLES = [
  '开展危险化学品安全风险全面排查', '建立危险化学品安全风险分布档案', '建设危险化学品监管信息共享平台', '严格危险化学品建设项目安全准入',
  '推进化工园区规范化建设', '加强危险化学品运输安全管理', '开展油气输送管道隐患整治', '加强危险化学品废弃处置监管',
  '强化危险化学品储存场所安全管理', '推动高风险化工企业搬迁改造', '完善危险化学品事故应急预案', '加强危险化学品专业救援队伍建设',
];
const CONTENT_TAIL = '各地级以上市要结合实际制定工作方案，明确责任分工和时间节点，确保按期完成。';
const REPORT_SENTENCES = [
  '组织开展专项检查，排查企业12家，发现隐患8项，已整改6项，其余2项正在督促整改。',
  '召开专题工作会议，部署落实阶段任务，明确责任人和完成时限，工作按计划推进。',
  '联合有关部门开展执法检查，立案查处违法行为3宗，责令停产整顿企业1家。',
  '完成辖区危险化学品企业基础信息采集录入，数据已报送省级平台。',
  '开展应急演练2次，参演人员150余人，进一步提升了协同处置能力。',
  '组织企业主要负责人和安全管理人员培训，累计培训300余人次。',
];
const PROBLEMS = ['部分企业主体责任落实不到位，隐患整改进度偏慢。', '基层监管力量不足，专业技术人员缺乏。', '信息化建设资金尚未落实。'];
const NEXT_STEPS = ['继续督促隐患整改，确保按期销号。', '加强部门协作，推进信息共享。', '开展“回头看”，巩固整治成果。'];
const SUMMARY_TEXT = '三年来，本单位按照省方案部署，扎实推进危险化学品安全综合治理各项任务，取得阶段性成效。';

// ---------------------------------------------------------------------------------------------------------------
// CLI

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scale = Number(argValue(args, '--scale') ?? '1');
  const shape = shapeOf(scale);
  const databaseUrl = argValue(args, '--database-url');
  const dataDir = argValue(args, '--data-dir') ?? `bench/.cache/manual-${scale}`;
  const pgInsert = argValue(args, '--pg-insert') === 'values' ? 'values' : 'unnest';
  const database = openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    const result = await generateProvince(database, { shape, pgInsert, log: (l) => console.log(l) });
    const json = JSON.stringify(result, null, 2);
    const out = argValue(args, '--json');
    if (out) (await import('node:fs')).writeFileSync(out, `${json}\n`);
    else console.log(json);
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => { console.error(e); process.exit(1); });
}
