// Keeps the layers one-way (STYLE.md): a cheap check that catches a wrong import the day it is written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const allowed: Record<string, string[]> = {
  domain: [],
  db: ['domain'],
  app: ['db', 'domain'],
  api: ['app', 'db', 'domain'],
  cli: ['app', 'db', 'domain', 'api'],
  web: ['domain'],
};

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe('layer dependencies', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer} imports only ${may.join(', ') || 'nothing'} of the project`, () => {
      const bad: string[] = [];
      for (const file of sourceFiles(path.join('packages', layer, 'src'))) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from\s+['"]@hazgov\/([a-z-]+)\//g)) {
          const target = m[1] ?? '';
          if (target !== layer && !may.includes(target)) bad.push(`${file} → @hazgov/${target}`);
        }
        if (layer === 'domain' && /from\s+['"](node:)?(fs|http|net|child_process)['"]/.test(text) && !file.endsWith('.test.ts')) {
          bad.push(`${file} does I/O`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
