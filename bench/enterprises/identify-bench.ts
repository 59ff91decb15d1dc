// Identification of every unit (100,000 units × 10 lines at full scale) against merely reading the same rows.
// Both walk the units in keyset pages (1,000 units, then their lines by the (unit_id, sort) index) with the same
// queries; "read" only touches each row, "identify" also groups the lines per unit and runs the domain's traceUnit
// over inventoryLineOf and columnsOf (what recomputeUnit stores), and "identify + write" also stores the result:
// one UPDATE per unit on SQLite (a local call), one UPDATE … FROM unnest(…) per page on PostgreSQL.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Database, Db } from '@hazgov/db/database';
import type { IdentificationColumns, InventoryLineRow } from '@hazgov/db/major-hazards/identification.repository';
import { traceUnit } from '@hazgov/domain/major-hazards/identification-trace';
import { inventoryLineOf } from '@hazgov/app/major-hazards/inventory-line';
import { columnsOf } from '@hazgov/app/major-hazards/recompute-unit';

type UnitRow = { id: string; population_500m: number | null };
type LineRow = Pick<InventoryLineRow, 'unit_id' | 'chemical_name' | 'table1_serial' | 'outside_table1' | 'hazard_symbols' | 'beta_symbol' | 'quantity' | 'quantity_unit' | 'density' | 'density_unit'>;
type Consumer = (units: UnitRow[], lines: LineRow[]) => Promise<void> | void;

export type Timing = { runsMs: number[]; bestMs: number; medianMs: number };
export type IdentifyResult = {
  units: number; lines: number; pageUnits: number;
  read: Timing; identify: Timing & { computeMsOfBest: number; byStatus: Record<string, number> };
  identifyWrite: { ms: number; writeMs: number; updated: number };
  ratios: { identifyOverRead: number; identifyWriteOverRead: number };
};

const LINE_COLUMNS = ['unit_id', 'chemical_name', 'table1_serial', 'outside_table1', 'hazard_symbols', 'beta_symbol', 'quantity', 'quantity_unit', 'density', 'density_unit'] as const;

async function scan(db: Db, pageUnits: number, consume: Consumer): Promise<{ units: number; lines: number }> {
  let after = '';
  let units = 0;
  let lines = 0;
  for (;;) {
    const page = await db.selectFrom('enterprise_units').select(['id', 'population_500m']).where('id', '>', after).orderBy('id').limit(pageUnits).execute();
    if (page.length === 0) break;
    const first = page[0]!.id;
    const last = page.at(-1)!.id;
    const rows = await db.selectFrom('inventory_lines').select([...LINE_COLUMNS]).where('unit_id', '>=', first).where('unit_id', '<=', last).orderBy('unit_id').orderBy('sort').execute();
    await consume(page, rows);
    units += page.length;
    lines += rows.length;
    after = last;
  }
  return { units, lines };
}

/** Identifies the units of one page; lines arrive ordered by unit. */
function identifyPage(units: UnitRow[], lines: LineRow[], at: string, byStatus: Record<string, number>): { id: string; columns: IdentificationColumns }[] {
  const out: { id: string; columns: IdentificationColumns }[] = [];
  let j = 0;
  for (const u of units) {
    while (j < lines.length && lines[j]!.unit_id < u.id) j += 1;
    const mine: LineRow[] = [];
    while (j < lines.length && lines[j]!.unit_id === u.id) mine.push(lines[j++]!);
    const trace = traceUnit({ lines: mine.map(inventoryLineOf), populationWithin500m: u.population_500m });
    byStatus[trace.status] = (byStatus[trace.status] ?? 0) + 1;
    out.push({ id: u.id, columns: columnsOf(trace, at) });
  }
  return out;
}

async function writePage(db: Db, kind: Database['kind'], updates: { id: string; columns: IdentificationColumns }[]): Promise<void> {
  if (kind === 'sqlite') {
    for (const u of updates) await db.updateTable('enterprise_units').set(u.columns).where('id', '=', u.id).execute();
    return;
  }
  const col = <K extends keyof IdentificationColumns>(k: K): unknown[] => updates.map((u) => u.columns[k]);
  await sql`
    update enterprise_units as u set ident_status = v.ident_status, s_exact = v.s_exact, s_value = v.s_value, is_major_hazard = v.is_major_hazard,
      r_exact = v.r_exact, r_value = v.r_value, grade = v.grade, ident_json = v.ident_json, identified_at = v.identified_at
    from unnest(${updates.map((u) => u.id)}::text[], ${col('ident_status')}::text[], ${col('s_exact')}::text[], ${col('s_value')}::float8[],
      ${col('is_major_hazard')}::int[], ${col('r_exact')}::text[], ${col('r_value')}::float8[], ${col('grade')}::int[], ${col('ident_json')}::text[], ${col('identified_at')}::text[])
      as v(id, ident_status, s_exact, s_value, is_major_hazard, r_exact, r_value, grade, ident_json, identified_at)
    where u.id = v.id`.execute(db);
}

const timing = (runs: number[]): Timing => {
  const s = [...runs].sort((a, b) => a - b);
  return { runsMs: runs.map((r) => Math.round(r)), bestMs: Math.round(s[0] ?? 0), medianMs: Math.round(s[Math.floor(s.length / 2)] ?? 0) };
};

export async function benchIdentify(database: Database, opts: { runs: number; pageUnits?: number; at: string; log: (l: string) => void }): Promise<IdentifyResult> {
  const db = database.db;
  const pageUnits = opts.pageUnits ?? 1000;
  let size = { units: 0, lines: 0 };
  const readRuns: number[] = [];
  for (let r = 0; r < opts.runs; r += 1) {
    let touched = 0;
    const t = performance.now();
    size = await scan(db, pageUnits, (units, lines) => { touched += units.length + lines.length; });
    readRuns.push(performance.now() - t);
    opts.log(`    read: ${size.units.toLocaleString('en')} units + ${size.lines.toLocaleString('en')} lines in ${(readRuns.at(-1)! / 1000).toFixed(2)} s (${touched} rows touched)`);
  }
  const identifyRuns: number[] = [];
  const computeRuns: number[] = [];
  let byStatus: Record<string, number> = {};
  for (let r = 0; r < opts.runs; r += 1) {
    byStatus = {};
    let compute = 0;
    const t = performance.now();
    await scan(db, pageUnits, (units, lines) => {
      const c = performance.now();
      identifyPage(units, lines, opts.at, byStatus);
      compute += performance.now() - c;
    });
    identifyRuns.push(performance.now() - t);
    computeRuns.push(compute);
    opts.log(`    identify: ${(identifyRuns.at(-1)! / 1000).toFixed(2)} s, of which traceUnit + columnsOf ${(compute / 1000).toFixed(2)} s; ${JSON.stringify(byStatus)}`);
  }
  let writeMs = 0;
  let updated = 0;
  const tw = performance.now();
  await scan(db, pageUnits, async (units, lines) => {
    const updates = identifyPage(units, lines, opts.at, {});
    const w = performance.now();
    await db.transaction().execute((trx) => writePage(trx, database.kind, updates));
    writeMs += performance.now() - w;
    updated += updates.length;
  });
  const writeTotal = performance.now() - tw;
  opts.log(`    identify + write: ${(writeTotal / 1000).toFixed(2)} s, of which writing ${(writeMs / 1000).toFixed(2)} s (${updated.toLocaleString('en')} units)`);
  const read = timing(readRuns);
  const identify = timing(identifyRuns);
  const best = identifyRuns.indexOf(Math.min(...identifyRuns));
  return {
    ...size, pageUnits, read, identify: { ...identify, computeMsOfBest: Math.round(computeRuns[best] ?? 0), byStatus },
    identifyWrite: { ms: Math.round(writeTotal), writeMs: Math.round(writeMs), updated },
    ratios: { identifyOverRead: round2(identify.bestMs / read.bestMs), identifyWriteOverRead: round2(writeTotal / read.bestMs) },
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
