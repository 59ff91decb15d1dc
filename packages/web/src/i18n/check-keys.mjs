// Lists keys used in the code that a language file lacks, and keys one language has that the other lacks.
// Run: node packages/web/src/i18n/check-keys.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.resolve(here, '..');
const flat = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${p}${k}.`) : [`${p}${k}`]));
const langs = { 'zh-CN': new Set(flat(JSON.parse(fs.readFileSync(path.join(here, 'zh-CN.json'), 'utf8')))), en: new Set(flat(JSON.parse(fs.readFileSync(path.join(here, 'en.json'), 'utf8')))) };
const files = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (/\.tsx?$/.test(e.name)) files.push(f); } };
walk(src);
const used = new Set();
for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bt\(['"]([a-zA-Z0-9_.-]+)['"]/g)) used.add(m[1]);
let bad = 0;
for (const [lang, keys] of Object.entries(langs)) {
  for (const k of used) if (!keys.has(k)) { console.log(`${lang}: missing ${k}`); bad++; }
}
for (const k of langs['zh-CN']) if (!langs.en.has(k)) { console.log(`en lacks ${k}`); bad++; }
for (const k of langs.en) if (!langs['zh-CN'].has(k)) { console.log(`zh-CN lacks ${k}`); bad++; }
console.log(bad ? `${bad} problems` : 'i18n keys complete');
process.exitCode = bad ? 1 : 0;
