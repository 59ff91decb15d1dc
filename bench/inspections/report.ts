// The hidden-danger benchmark's record: one JSON per run in bench/results/, and a table a person reads —
// bench/results/inspections.md for a full-scale run (linked from latest.md), beside the JSON for a smaller --scale.
import type { BaseRun } from '../lib/bench-database.js';
import type { RecordHead } from '../lib/bench-run.js';
import { fmtMs as s, fmtN as n, latencyRows, writeResultFiles } from '../lib/report.js';
import type { ApiResult } from './api-bench.js';
import type { EscalationResult, PassResult } from './escalation-bench.js';
import type { FindingsGeneration } from './generate-findings.js';

export type FindingsDbRun = BaseRun<FindingsGeneration> & { api?: ApiResult; escalation?: EscalationResult };
export type FindingsRecord = RecordHead & { benchmark: 'inspections'; runs: FindingsDbRun[] };

export function writeFindingsRecord(dir: string, record: FindingsRecord, final: boolean): { json: string; md: string | undefined } {
  return writeResultFiles(dir, record, final, { name: 'inspections', fullScaleMd: 'inspections.md', markdown: (jsonName) => findingsMarkdown(record, jsonName) });
}

const passCells = (p: PassResult | undefined): string => {
  if (!p) return '– | – | – | –';
  if ('failed' in p) return `FAILED: ${p.failed} | | | `;
  return `${n(p.openBefore)} | ${s(p.ms)} | ${Object.entries(p.escalated).map(([k, v]) => `L${k} ${n(v)}`).join(', ')} | ${n(p.digests)} digests, ${n(p.notifications)} notifications`;
};

export function findingsMarkdown(r: FindingsRecord, jsonName: string): string {
  const ok = r.runs.filter((x) => x.status === 'ok');
  const g = r.runs.find((x) => x.generation)?.generation;
  const L: string[] = ['# HazGov benchmark — hidden dangers (list, statistics, the escalation pass)', ''];
  L.push(`Run ${r.startedAt} → ${r.finishedAt} on ${r.machine.nproc} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, Node ${r.machine.node}; commit ${r.git.commit}${r.git.dirty ? ' (+ uncommitted changes in packages/)' : ''}. Load average (1 min) at start ${r.machine.loadAverage1m}, at end ${r.loadAverageAtEnd}: other work on the machine (7 other engineers building and testing on it) is noise in every figure. Raw figures: \`${jsonName}\`. The plan benchmark is in [latest.md](latest.md).`, '');
  if (r.options.ranSideBySide) L.push('**The databases ran side by side** (two benchmark processes at once, merged from ' + (r.options.mergedFrom as string[]).map((f) => `\`${f}\``).join(', ') + '): each figure also carries the other run\'s load on the same 2 cores.', '');
  if (g) {
    L.push(`Scale ${g.shape.scale}: ${n(g.rows.hazard_findings)} hazard findings of ${n(g.rows.enterprises)} enterprises (${n(g.shape.findings / g.shape.enterprises)} each) over the 11 从化 territories, found over three years before the clock (${g.today}); statuses ${Object.entries(g.statuses).map(([k, v]) => `${k} ${n(v)}`).join(', ')}; ${n(g.overdue)} past their deadline and not closed; ${n(g.major)} major; escalation levels ${Object.entries(g.levels).map(([k, v]) => `${k}: ${n(v)}`).join(', ')}. Rows built by the demo seed's builders (buildEnterprise, findingRow) and written directly, not through HTTP.`, '');
  }
  L.push('## GET /api/hidden-dangers and /api/hidden-dangers/stats (sequential requests over loopback HTTP, after warm-up)', '');
  L.push('Signed in as the district admin (the whole district in scope) unless the row says town (温泉镇, about 8 % of the findings). "answer" is what the server sent: items on the page and the total it reported, or the statistics totals.', '');
  L.push(`| request | answer | ${ok.map((x) => `${x.db} p50 | ${x.db} p95 | ${x.db} max | n`).join(' | ')} | body |`);
  L.push(`|---|---|${ok.map(() => '---:|---:|---:|---:').join('|')}|---:|`);
  L.push(...latencyRows(ok, (x) => x.api?.latency, ({ answer: a }) => {
    if (!a) return undefined;
    return a.totals ? Object.entries(a.totals).map(([k, v]) => `${k} ${n(v)}`).join(', ') : `${n(a.items)} items of ${n(a.total)}`;
  }));
  const pairs = ok.flatMap((x) => (x.api?.throughput ?? []).map((t) => ({ db: x.db, t })));
  if (pairs.length) {
    L.push('', `Throughput: autocannon, ${pairs[0]!.t.real.connections} connections, real server in a child process vs a bare Fastify route sending the same bytes.`, '');
    L.push('| db | request | real req/s | bare req/s | real / bare | latency under load p50 / p99 | errors | server peak RSS |');
    L.push('|---|---|---:|---:|---:|---|---:|---:|');
    for (const { db, t } of pairs) {
      L.push(`| ${db} | ${t.endpoint} | ${t.real.requestsPerSecond} | ${t.bare.requestsPerSecond} | ${(t.ratio * 100).toFixed(t.ratio < 0.01 ? 2 : 1)} % | ${s(t.real.latencyMs.p50)} / ${s(t.real.latencyMs.p99)} | ${t.real.errors + t.real.timeouts + t.real.non2xx} | ${t.serverPeakRssMb ?? '?'} MB |${t.serverNote ? ` ${t.serverNote}` : ''}`);
    }
  }
  L.push('', '## The daily escalation pass (runFindingEscalation)', '');
  L.push('"steady day": the generated data as yesterday\'s pass left it, run for the clock\'s date (only findings crossing a threshold today move, then the digests). "all open": every finding made owing — open ones stay open, every other becomes rectifying — at level 0 (a set-based reset, timed apart as "reset"), run for the next day — the issue\'s 1,000,000 open findings, most far past their deadline, so most go straight to level 3.', '');
  L.push('| db | pass | open findings | time | escalated (level reached) | digests and notifications written | reset |');
  L.push('|---|---|---:|---:|---|---|---:|');
  for (const x of ok) {
    const e = x.escalation;
    L.push(`| ${x.db} | steady day | ${passCells(e?.steady)} | |`);
    L.push(`| ${x.db} | all open | ${passCells(e?.allOpen)} | ${e?.allOpen && 'resetMs' in e.allOpen ? s(e.allOpen.resetMs) : '–'} |`);
  }
  L.push('', '## Data generation', '');
  L.push('| db | generated | total | building rows | index rebuild | enterprises | findings |');
  L.push('|---|---|---:|---:|---:|---:|---:|');
  for (const x of r.runs) {
    const gen = x.generation;
    if (gen) L.push(`| ${x.db} | ${gen.cached ? `cached (${gen.generatedAt})` : gen.generatedAt} | ${gen.seconds.total} s | ${gen.seconds.buildRows} s | ${gen.seconds.indexes} s | ${n(gen.rows.enterprises)} | ${n(gen.rows.hazard_findings)} |`);
  }
  const notes = r.runs.filter((x) => x.note || x.status !== 'ok');
  if (notes.length) L.push('', '## Notes', '', ...notes.map((x) => `- ${x.db}: ${x.status}${x.note ? ` — ${x.note}` : ''}`));
  L.push('', `Versions: ${r.runs.map((x) => `${x.db} ${x.dbVersion ?? '?'}`).join(', ')}. Peak RSS of the benchmark process: ${r.runs.map((x) => `${x.db} ${x.peakRssMb ?? '?'} MB`).join(', ')}.`, '');
  L.push('Reproduce: `npm run bench -- --only inspections` (full scale) or `npm run bench -- --only inspections --scale 0.01 --db sqlite`. See bench/README.md.', '');
  return L.join('\n');
}
