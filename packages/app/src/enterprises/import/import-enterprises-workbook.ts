// Imports an enterprise workbook (template / export layout) in one go: reading → checking → writing → identifying.
// Every problem of the file is collected before anything is written; with one problem nothing is written. The
// database write is one transaction. Who may import: the district admin, departments (their district) and
// territory users (their town or grid cell) — the writers of enterprise records (docs/api-contract.md).
import crypto from 'node:crypto';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../../shared/context.js';
import { isRegulator } from '../enterprise-access.js';
import { checkEnterpriseRows } from './check-enterprise-rows.js';
import { checkInventoryRows, knownUnits } from './check-inventory-rows.js';
import { checkLicenceRows, checkUnitRows, knownEnterprises } from './check-unit-rows.js';
import { ProblemList, viewProblem, type ImportLocale, type ImportProblem, type ImportProblemView } from './import-problem.js';
import { loadImportLookups } from './load-import-lookups.js';
import { planImport } from './plan-import.js';
import { readEnterpriseWorkbook, sniffWorkbook } from './read-enterprise-workbook.js';
import { writeImport } from './write-import.js';
import { SHEET_KEYS } from './workbook-layout.js';
import type { ImportResult, WritePlan } from './write-plan.js';

export type ImportPhase = 'reading' | 'checking' | 'writing' | 'identifying';
export type ImportProgress = (p: { phase: ImportPhase; done: number; total: number }) => void;
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; problems: ImportProblem[] };

const problemOf = (code: string): ImportProblem => ({ sheet: null, row: null, column: null, code });
/** Lets the event loop answer progress polls between the CPU-bound checking steps. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A unique-key race with another writer (two imports naming one new credit code) surfaces as a constraint error. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Reading, checking and planning, in a scope of their own: the raw rows and the checked records are garbage once
 * the plan exists, so the write phases run with the plan alone in memory.
 */
async function readAndPlan(ctx: AppContext, opts: { actor: Actor; buffer: Buffer; fileName?: string | null }, progress: ImportProgress): Promise<{ ok: true; plan: WritePlan; at: string } | { ok: false; problems: ImportProblem[] }> {
  const { actor, buffer } = opts;
  progress({ phase: 'reading', done: 0, total: SHEET_KEYS.length }); // the streaming reader tells sheets, not bytes
  const sniffed = sniffWorkbook(buffer, opts.fileName ?? null);
  if (sniffed) return { ok: false, problems: [sniffed] };
  const { workbook, problems: shape } = await readEnterpriseWorkbook(buffer, (sheets) => progress({ phase: 'reading', done: sheets, total: SHEET_KEYS.length }));
  if (shape.length > 0) return { ok: false, problems: shape };

  const rowCount = workbook.enterprises.length + workbook.units.length + workbook.licences.length + workbook.inventory.length;
  progress({ phase: 'checking', done: 0, total: rowCount });
  const lookups = await loadImportLookups(ctx.database.db, actor, workbook);
  const problems = new ProblemList();
  const known = knownEnterprises(workbook.enterprises, lookups);
  const enterprises = checkEnterpriseRows(workbook.enterprises, lookups, problems);
  progress({ phase: 'checking', done: workbook.enterprises.length, total: rowCount });
  await tick();
  const units = checkUnitRows(workbook.units, known, problems);
  const licences = checkLicenceRows(workbook.licences, known, problems);
  progress({ phase: 'checking', done: rowCount - workbook.inventory.length, total: rowCount });
  await tick();
  const lines = checkInventoryRows(workbook.inventory, known, knownUnits(workbook.units, lookups), lookups, problems);
  progress({ phase: 'checking', done: rowCount, total: rowCount });
  if (problems.size > 0) return { ok: false, problems: problems.all() };

  const at = ctx.now().toISOString();
  return { ok: true, plan: planImport({ enterprises, units, lines, licences }, lookups, { at, newId: () => crypto.randomUUID() }), at };
}

export async function runEnterpriseImport(
  ctx: AppContext,
  opts: { actor: Actor; buffer: Buffer; fileName?: string | null; onProgress?: ImportProgress },
): Promise<ImportOutcome> {
  const progress = opts.onProgress ?? (() => {});
  if (!isRegulator(opts.actor)) throw forbidden();
  const planned = await readAndPlan(ctx, opts, progress);
  if (!planned.ok) return planned;
  try {
    await writeImport(ctx, planned.plan, { actor: opts.actor, at: planned.at, onProgress: (phase, done, total) => progress({ phase, done, total }) });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, problems: [problemOf('ENTERPRISE_IMPORT_WRITE_CONFLICT')] };
    throw err;
  }
  return { ok: true, result: planned.plan.result };
}

/**
 * The benchmark's and the CLI's entry: the import's outcome with each problem placed (sheet tab, Excel row, the
 * column header in the given language). Messages are looked up by code at the edge (API or CLI message table).
 */
export async function importEnterprisesWorkbook(
  ctx: AppContext,
  opts: { actor: Actor; buffer: Buffer; locale: ImportLocale; fileName?: string | null; onProgress?: ImportProgress },
): Promise<{ ok: true; result: ImportResult } | { ok: false; problems: ImportProblemView[] }> {
  const outcome = await runEnterpriseImport(ctx, opts);
  return outcome.ok ? outcome : { ok: false, problems: outcome.problems.map((p) => viewProblem(p, opts.locale)) };
}
