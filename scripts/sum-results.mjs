#!/usr/bin/env node
// Sums the stages of scripts/test.sh into one line, printed last: "<passed> passed, <failed> failed".
// Usage: node scripts/sum-results.mjs MANIFEST
// Each MANIFEST line is tab-separated: kind, stage name, exit code, [vitest JSON report file]
//   vitest  the JSON report's numPassedTests / numFailedTests; a non-zero exit with no failed test in the
//           report (no test files, an unhandled error, a crash before the report) counts as one failure
//   check   a pass/fail check counted as one test (typecheck)
//   gate    a prerequisite counted only when it fails (system deps, PostgreSQL start, web build)
//   skip    a stage with nothing to run; counted as nothing
// Exits 1 when anything failed.
import fs from 'node:fs';

const manifest = process.argv[2];
if (!manifest) {
  console.error('usage: sum-results.mjs MANIFEST');
  process.exit(2);
}
const lines = fs.existsSync(manifest) ? fs.readFileSync(manifest, 'utf8').split('\n').filter(Boolean) : [];

let passed = 0;
let failed = 0;
const rows = [];
for (const line of lines) {
  const [kind, name, codeText, file] = line.split('\t');
  const code = Number(codeText);
  let p = 0;
  let f = 0;
  let note = '';
  if (kind === 'vitest') {
    let report = null;
    try {
      if (file && fs.existsSync(file)) report = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      note = `unreadable report: ${error.message}`;
    }
    if (report) {
      p = report.numPassedTests ?? 0;
      f = report.numFailedTests ?? 0;
      const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      if (skipped) note = `${skipped} skipped/todo`;
      const brokenSuites = (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).every((a) => a.status !== 'failed'));
      if (brokenSuites.length) {
        f += brokenSuites.length;
        note = `${brokenSuites.length} file(s) failed to load or run`;
      }
    } else if (!note) {
      note = 'no report';
    }
    if (code !== 0 && f === 0) {
      f = 1;
      note = note ? `${note}; runner exited ${code}` : `runner exited ${code}`;
    }
  } else if (kind === 'check') {
    if (code === 0) p = 1;
    else f = 1;
  } else if (kind === 'gate') {
    if (code !== 0) {
      f = 1;
      note = `exited ${code}`;
    } else note = 'ok';
  } else if (kind === 'skip') {
    note = file || 'skipped';
  } else {
    f = 1;
    note = `unknown stage kind ${kind}`;
  }
  passed += p;
  failed += f;
  rows.push({ name, p, f, note });
}

if (rows.length === 0) {
  failed += 1;
  rows.push({ name: '(no stages ran)', p: 0, f: 1, note: '' });
}

const width = Math.max(...rows.map((r) => r.name.length), 5);
console.log('');
console.log('stage'.padEnd(width), ' passed  failed');
for (const r of rows) {
  console.log(r.name.padEnd(width), String(r.p).padStart(7), String(r.f).padStart(7), r.note ? ` ${r.note}` : '');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
