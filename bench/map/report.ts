// The map benchmark's record: one JSON per run in bench/results/, and a table a person reads — bench/results/map.md
// for a full-scale run (linked from latest.md), beside the JSON for a smaller --scale.
import type { BaseRun } from '../lib/bench-database.js';
import type { RecordHead } from '../lib/bench-run.js';
import { fmtMs as s, fmtN as n, latencyRows, writeResultFiles } from '../lib/report.js';
import type { ApiResult } from './api-bench.js';
import type { BrowserResult } from './browser-bench.js';
import type { MapGeneration } from './generate-map.js';

export type MapDbRun = BaseRun<MapGeneration> & {
  areaRisk?: { ms: number; count: number } | { failed: string };
  api?: ApiResult; browser?: BrowserResult;
};
export type MapRecord = RecordHead & { benchmark: 'map'; runs: MapDbRun[] };

export function writeMapRecord(dir: string, record: MapRecord, final: boolean): { json: string; md: string | undefined } {
  return writeResultFiles(dir, record, final, { name: 'map', fullScaleMd: 'map.md', markdown: (jsonName) => mapMarkdown(record, jsonName) });
}

export function mapMarkdown(r: MapRecord, jsonName: string): string {
  const ok = r.runs.filter((x) => x.status === 'ok');
  const g = r.runs.find((x) => x.generation)?.generation;
  const L: string[] = ['# HazGov benchmark — the electronic map (bounding-box API and Chromium)', ''];
  L.push(`Run ${r.startedAt} → ${r.finishedAt} on ${r.machine.nproc} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, Node ${r.machine.node}; commit ${r.git.commit}${r.git.dirty ? ' (+ uncommitted changes in packages/)' : ''}. Load average (1 min) at start ${r.machine.loadAverage1m}, at end ${r.loadAverageAtEnd}: other work on the machine is noise in every figure. Raw figures: \`${jsonName}\`. The plan benchmark is in [latest.md](latest.md), the enterprise benchmark in [enterprises.md](enterprises.md).`, '');
  if (g) {
    L.push(`Scale ${g.shape.scale}: ${n(g.rows.risk_points)} risk points of ${n(g.rows.enterprises)} enterprises (5 each, 30–400 m from it), all inside the 从化区 boundary — 60 % of the enterprises anywhere in the district, 40 % round the town centres — in the territory and grid cell whose demo polygon holds them; levels ${Object.entries(g.levels).map(([k, v]) => `${k} ${n(v)}`).join(', ')}. Rows built by the demo seed's builders (buildEnterprise, riskPointRow) and written directly, not through HTTP. Clock fixed at 2026-01-20.`, '');
  }
  L.push('## GET /api/map/features (sequential requests over loopback HTTP, after warm-up)', '');
  L.push('Signed in as the district admin (the whole district in scope) unless the row says town user. "answer" is what the server sent: features (of which clusters) and, per layer, the points in view. A point layer with more than 2,000 points in view is clustered on the server into cells of about 60 screen pixels at the zoom asked for.', '');
  L.push(`| request | answer | ${ok.map((x) => `${x.db} p50 | ${x.db} p95 | ${x.db} max | n`).join(' | ')} | body |`);
  L.push(`|---|---|${ok.map(() => '---:|---:|---:|---:').join('|')}|---:|`);
  L.push(...latencyRows(ok, (x) => x.api?.latency, ({ answer: a }) => {
    if (!a) return undefined;
    const layers = Object.entries(a.layers).map(([k, v]) => `${k} ${n(v.total)}${v.clustered ? ' clustered' : ''}`).join('; ');
    return `${n(a.features)} features${a.clusters ? ` (${n(a.clusters)} clusters)` : ''}${layers ? ` — ${layers}` : ''}`;
  }));
  L.push('', `Throughput: autocannon, ${ok[0]?.api?.throughput[0]?.real.connections ?? 50} connections, real server in a child process vs a bare Fastify route sending the same bytes.`, '');
  L.push('| db | request | real req/s | bare req/s | real / bare | latency under load p50 / p97.5 / p99 | errors | server peak RSS |');
  L.push('|---|---|---:|---:|---:|---|---:|---:|');
  for (const x of ok) {
    for (const t of x.api?.throughput ?? []) {
      L.push(`| ${x.db} | ${t.endpoint} | ${t.real.requestsPerSecond} | ${t.bare.requestsPerSecond} | ${(t.ratio * 100).toFixed(t.ratio < 0.01 ? 2 : 1)} % | ${s(t.real.latencyMs.p50)} / ${s(t.real.latencyMs.p97_5)} / ${s(t.real.latencyMs.p99)} | ${t.real.errors + t.real.timeouts + t.real.non2xx} | ${t.serverPeakRssMb ?? '?'} MB |${t.serverNote ? ` ${t.serverNote}` : ''}`);
    }
  }
  L.push('', '## Chromium: navigation to the map drawn', '');
  L.push('Time from `page.goto(/map?layers=risk_points…)` until `[data-testid=map-status][data-state=ready]` is in the page (the map page sets it when the features of the view are drawn), signed in as the district admin, viewport 1280×800. The first run is cold (new browser context); "warm" is the median of the later runs (same context: the web app\'s files cached, the features fetched again).', '');
  L.push('| db | variant | cold | warm (median) | runs | page status |');
  L.push('|---|---|---:|---:|---|---|');
  for (const x of r.runs) {
    const b = x.browser;
    if (!b) continue;
    if ('skipped' in b) { L.push(`| ${x.db} | – | – | – | skipped: ${b.skipped} | |`); continue; }
    for (const [label, v] of Object.entries(b.variants)) {
      L.push(`| ${x.db} | ${label} | ${s(v.coldMs)} | ${s(v.medianWarmMs)} | ${v.runs.map((t) => s(t.wallMs)).join(', ')}${v.failed ? ` — FAILED: ${v.failed}` : ''} | ${v.runs.at(-1)?.status ?? ''} |`);
    }
  }
  const chromiumVersion = r.runs.map((x) => x.browser).find((b): b is Extract<BrowserResult, { chromium: string }> => !!b && 'chromium' in b)?.chromium;
  if (chromiumVersion) L.push('', `Chromium ${chromiumVersion}, headless, software rendering (--disable-gpu).`);
  L.push('', '## Reading the figures', '');
  L.push('- The clustered whole-district answer is a few dozen cluster points (kilobytes) whatever the number of points: its cost is the server grouping every point in view in SQL, so it grows with the points in view, not with what is sent. `cluster=off` sends every point (tens of MiB at 100,000): its time is mostly building and sending JSON, and the browser then draws every marker.');
  L.push('- Each point layer is first counted in the view (capped just above the clustering threshold), then answered as rows or clusters: a clustered answer groups every matching point in view, so a filter that leaves fewer points (level=red with ~2,000 red points, a town with several thousand) costs less than the unfiltered 100,000.');
  L.push('- The zoomed-in view (a few hundred points) is what a user sees most of the time when working on a town; the whole-district request is the first screen of the map page.');
  L.push('- Under 50 concurrent connections on 2 cores every request shares the CPU with 49 others: the rate is roughly cores / (CPU time of one request), and latency under load is about 50 × that time.');
  L.push('- Chromium times include the page\'s code, the boundary and the features requests and drawing on a software-rendered canvas; with 100,000 unclustered markers the extra second is mostly fetching and parsing the 30 MiB answer (the page draws them as pre-rendered discs on one canvas, 20–60 ms a frame).');
  L.push('', '## Data generation and area risk', '');
  L.push('| db | generated | total | building rows | index rebuild | enterprises | risk points | area risk of every territory and grid cell |');
  L.push('|---|---|---:|---:|---:|---:|---:|---|');
  for (const x of r.runs) {
    const gen = x.generation;
    const ar = x.areaRisk ? ('failed' in x.areaRisk ? `failed: ${x.areaRisk.failed}` : `${x.areaRisk.count} areas in ${s(x.areaRisk.ms)}`) : '–';
    if (gen) L.push(`| ${x.db} | ${gen.cached ? `cached (${gen.generatedAt})` : gen.generatedAt} | ${gen.seconds.total} s | ${gen.seconds.buildRows} s | ${gen.seconds.indexes} s | ${n(gen.rows.enterprises)} | ${n(gen.rows.risk_points)} | ${ar} |`);
  }
  const notes = r.runs.filter((x) => x.note || x.status !== 'ok');
  if (notes.length) L.push('', '## Notes', '', ...notes.map((x) => `- ${x.db}: ${x.status}${x.note ? ` — ${x.note}` : ''}`));
  L.push('', `Versions: ${r.runs.map((x) => `${x.db} ${x.dbVersion ?? '?'}`).join(', ')}. Peak RSS of the benchmark process: ${r.runs.map((x) => `${x.db} ${x.peakRssMb ?? '?'} MB`).join(', ')}.`, '');
  L.push('Reproduce: `HAZGOV_WEB_DIST=/tmp/web-dist npm run bench -- --only map` (full scale; build the web app first with `cd packages/web && npx vite build --outDir /tmp/web-dist --emptyOutDir`) or `npm run bench -- --only map --scale 0.01 --db sqlite`. See bench/README.md.', '');
  return L.join('\n');
}
