// Merges the records of separate runs of this benchmark (e.g. `--db sqlite` and `--db postgres` run side by side to
// save wall time) into one record and its table: the runs in the order given, the earliest start, the latest finish.
// Writes a new JSON (named by the earliest start) and, at full scale, bench/results/inspections.md.
//
//   npx tsx bench/inspections/merge-records.ts bench/results/<a>-inspections-scale1.json bench/results/<b>-inspections-scale1.json
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFindingsRecord, type FindingsRecord } from './report.js';

const RESULTS = fileURLToPath(new URL('../results', import.meta.url));
const files = process.argv.slice(2);
if (files.length < 2) throw new Error('give two or more record files');
const records = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as FindingsRecord);
const first = [...records].sort((a, b) => a.startedAt.localeCompare(b.startedAt))[0]!;
const merged: FindingsRecord = {
  ...first,
  startedAt: first.startedAt,
  finishedAt: records.map((r) => r.finishedAt).sort().at(-1)!,
  loadAverageAtEnd: records.map((r) => r.loadAverageAtEnd).sort((a, b) => b - a)[0]!,
  options: { ...first.options, dbs: records.flatMap((r) => r.runs.map((x) => x.db)), mergedFrom: files.map((f) => path.basename(f)), ranSideBySide: true },
  runs: records.flatMap((r) => r.runs),
};
for (const f of files) if (path.resolve(f).startsWith(RESULTS) && /-inspections-/.test(f)) fs.renameSync(f, f.replace(/\.json$/, '.part.json'));
const out = writeFindingsRecord(RESULTS, merged, true);
console.log(`merged ${files.length} records → ${out.json}${out.md ? ` and ${out.md}` : ''}`);
