// The enterprise benchmark's record: one JSON per run in bench/results/, and a table a person reads —
// bench/results/enterprises.md for a full-scale run (linked from latest.md), beside the JSON for a smaller --scale.
import type { BaseRun } from '../lib/bench-database.js';
import type { RecordHead } from '../lib/bench-run.js';
import { fmtKib as kib, fmtMs as s, fmtN as n, latencyRows, writeResultFiles } from '../lib/report.js';
import type { EnterpriseGeneration } from './generate-enterprises.js';
import type { IdentifyResult } from './identify-bench.js';
import type { ImportResult } from './import-bench.js';
import type { ListResult } from './list-bench.js';

export type EnterpriseDbRun = BaseRun<EnterpriseGeneration> & {
  identify?: IdentifyResult; list?: ListResult; import?: ImportResult | { skipped: string };
};
export type EnterpriseRecord = RecordHead & { benchmark: 'enterprises'; runs: EnterpriseDbRun[] };

export function writeEnterpriseRecord(dir: string, record: EnterpriseRecord, final: boolean): { json: string; md: string | undefined } {
  return writeResultFiles(dir, record, final, { name: 'enterprises', fullScaleMd: 'enterprises.md', markdown: (jsonName) => enterpriseMarkdown(record, jsonName) });
}

export function enterpriseMarkdown(r: EnterpriseRecord, jsonName: string): string {
  const ok = r.runs.filter((x) => x.status === 'ok');
  const g = r.runs.find((x) => x.generation)?.generation;
  const L: string[] = ['# HazGov benchmark — enterprises and GB 18218 identification', ''];
  L.push(`Run ${r.startedAt} → ${r.finishedAt} on ${r.machine.nproc} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, Node ${r.machine.node}; commit ${r.git.commit}${r.git.dirty ? ' (+ uncommitted changes in packages/)' : ''}. Load average (1 min) at start ${r.machine.loadAverage1m}, at end ${r.loadAverageAtEnd}: other work on the machine is noise in every figure. Raw figures: \`${jsonName}\`. The plan benchmark is in [latest.md](latest.md).`, '');
  if (g) {
    L.push(`Scale ${g.shape.scale}: ${n(g.shape.enterprises)} enterprises over the 11 Conghua territories and their grid cells, ${n(g.rows.enterprise_units)} units × ${g.shape.linesPerUnit} inventory lines = ${n(g.rows.inventory_lines)} lines, ${n(g.rows.enterprise_licences)} licences, ${n(g.rows.major_hazard_register)} major hazards (rows built by the demo seed's builder, written directly, not through HTTP). Clock fixed at 2026-01-20.`, '');
  }
  L.push('## Identification of every unit vs reading its rows', '');
  L.push('Keyset pages of 1,000 units and their lines (index on unit_id, sort). "read" touches every row; "identify" also runs traceUnit + columnsOf per unit (what recomputeUnit stores); "+ write" also stores the result. Best of the runs (median in brackets).', '');
  L.push('| db | units | lines | read | identify | of which traceUnit + columnsOf | identify / read | identify + write | of which writing | (identify + write) / read | units/s identified |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of ok) {
    const i = x.identify;
    if (!i) continue;
    L.push(`| ${x.db} | ${n(i.units)} | ${n(i.lines)} | ${s(i.read.bestMs)} (${s(i.read.medianMs)}) | ${s(i.identify.bestMs)} (${s(i.identify.medianMs)}) | ${s(i.identify.computeMsOfBest)} | ${i.ratios.identifyOverRead} × | ${s(i.identifyWrite.ms)} | ${s(i.identifyWrite.writeMs)} | ${i.ratios.identifyWriteOverRead} × | ${n(Math.round(i.units / (i.identify.bestMs / 1000)))} |`);
  }
  const statuses = ok.find((x) => x.identify)?.identify?.identify.byStatus;
  if (statuses) L.push('', `Units by result: ${Object.entries(statuses).map(([k, v]) => `${k} ${n(v)}`).join(', ')}.`);
  L.push('', 'Writing stores every unit again with its ~3.7 KB trace (ident_json): on SQLite one UPDATE per unit in a transaction per page, on PostgreSQL one UPDATE … FROM unnest(…) per page of 1,000 units, which rewrites each row and its TOASTed trace.');
  L.push('', '## Enterprise list API (GET /api/enterprises, 20 per page)', '');
  L.push('Sequential requests over loopback HTTP after warm-up, timed to the last byte; signed in as the district admin (all enterprises in scope) unless the row says town user (温泉镇).', '');
  L.push(`| request | matches | ${ok.map((x) => `${x.db} p50 | ${x.db} p95 | ${x.db} max | n`).join(' | ')} | body |`);
  L.push(`|---|---:|${ok.map(() => '---:|---:|---:|---:').join('|')}|---:|`);
  L.push(...latencyRows(ok, (x) => x.list?.latency, (l) => (l.total === undefined ? undefined : n(l.total))));
  L.push('', `Throughput: autocannon, ${ok[0]?.list?.throughput[0]?.real.connections ?? 50} connections, real server in a child process vs a bare Fastify route sending the same bytes.`, '');
  L.push('| db | request | real req/s | bare req/s | real / bare | latency under load p50 / p97.5 / p99 | errors | server peak RSS |');
  L.push('|---|---|---:|---:|---:|---|---:|---:|');
  for (const x of ok) {
    for (const t of x.list?.throughput ?? []) {
      L.push(`| ${x.db} | ${t.endpoint} | ${t.real.requestsPerSecond} | ${t.bare.requestsPerSecond} | ${(t.ratio * 100).toFixed(1)} % | ${s(t.real.latencyMs.p50)} / ${s(t.real.latencyMs.p97_5)} / ${s(t.real.latencyMs.p99)} | ${t.real.errors + t.real.timeouts + t.real.non2xx} | ${t.serverPeakRssMb ?? '?'} MB |${t.serverNote ? ` ${t.serverNote}` : ''}`);
    }
  }
  L.push('', '## Import of an .xlsx workbook (importEnterprisesWorkbook, in a child process)', '');
  L.push('| db | enterprises | units | lines | file | wall time | phases | peak RSS | peak heap | result |');
  L.push('|---|---:|---:|---:|---:|---:|---|---:|---:|---|');
  for (const x of r.runs) {
    const im = x.import;
    if (!im) continue;
    if ('skipped' in im) { L.push(`| ${x.db} | | | | | | | | | skipped: ${im.skipped} |`); continue; }
    L.push(`| ${x.db} | ${n(im.enterprises)} | ${n(im.units)} | ${n(im.lines)} | ${kib(im.fileBytes)} | ${s(im.ms)} | ${Object.entries(im.phasesMs).map(([k, v]) => `${k} ${s(v)}`).join(', ')} | ${im.peakRssMb} MB | ${im.peakHeapMb} MB | ${im.outcome} |`);
  }
  L.push('', '## Data generation', '');
  L.push('| db | generated | total | building rows (incl. identification) | index rebuild | enterprises | units | lines |');
  L.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const x of r.runs) {
    const gen = x.generation;
    if (gen) L.push(`| ${x.db} | ${gen.cached ? `cached (${gen.generatedAt})` : gen.generatedAt} | ${gen.seconds.total} s | ${gen.seconds.buildRows} s | ${gen.seconds.indexes} s | ${n(gen.rows.enterprises)} | ${n(gen.rows.enterprise_units)} | ${n(gen.rows.inventory_lines)} |`);
  }
  const notes = r.runs.filter((x) => x.note || x.status !== 'ok');
  if (notes.length) L.push('', '## Notes', '', ...notes.map((x) => `- ${x.db}: ${x.status}${x.note ? ` — ${x.note}` : ''}`));
  L.push('', `Versions: ${r.runs.map((x) => `${x.db} ${x.dbVersion ?? '?'}`).join(', ')}. Peak RSS of the benchmark process: ${r.runs.map((x) => `${x.db} ${x.peakRssMb ?? '?'} MB`).join(', ')}.`, '');
  L.push('Reproduce: `npm run bench -- --only enterprises` (full scale) or `npm run bench -- --only enterprises --scale 0.05 --db sqlite`. See bench/README.md.', '');
  return L.join('\n');
}
