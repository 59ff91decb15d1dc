// In Chromium (playwright-core, Debian's /usr/bin/chromium with the e2e flags): the time from navigating to
// /map?layers=risk_points until the map page says it has drawn (`[data-testid=map-status][data-state=ready]`), with
// the generated points — clustered on the server (the default) and with &cluster=off (every point drawn). The real
// server runs in-process and serves the web app built into HAZGOV_WEB_DIST (never packages/web/dist while others
// work). Each variant gets a fresh browser context signed in through the login form; its first map navigation is
// "cold" (the map page's code and the features never fetched yet), the later ones "warm" (code cached, features
// fetched again); the figure reported is the median of the warm runs, with every run kept.
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { AppContext } from '@hazgov/app/shared/context';
import type { Database } from '@hazgov/db/database';
import { buildServer } from '@hazgov/api/server';
import { chromiumArgs, chromiumPath } from '../../e2e/support/browser.js';
import { BENCH_NOW } from '../generate-province.js';
import { benchConfig } from '../lib/bench-config.js';
import type { MapGeneration } from './generate-map.js';

export type BrowserRun = { wallMs: number; pageMs: number | null; status: string };
export type BrowserVariant = { url: string; runs: BrowserRun[]; coldMs: number | null; medianWarmMs: number | null; failed?: string };
export type BrowserResult = { chromium: string; viewport: string; variants: Record<string, BrowserVariant> } | { skipped: string };

const READY = '[data-testid=map-status][data-state=ready]';

/** Signs in through the login form (as the e2e journeys do), so the context holds the session cookie. */
async function signIn(context: BrowserContext, base: string, username: string, password: string, timeoutSeconds: number): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/login`, { timeout: timeoutSeconds * 1000 });
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: timeoutSeconds * 1000 });
  } finally {
    await page.close();
  }
}

export async function benchMapBrowser(database: Database, g: MapGeneration, opts: { webDist: string | undefined; workDir: string; runs: number; timeoutSeconds: number; log: (l: string) => void }): Promise<BrowserResult> {
  if (!opts.webDist || !fs.existsSync(path.join(opts.webDist, 'index.html'))) return { skipped: `no built web app (set HAZGOV_WEB_DIST to a vite build output; got ${opts.webDist ?? 'nothing'})` };
  if (!fs.existsSync(chromiumPath)) return { skipped: `no Chromium at ${chromiumPath}` };
  const ctx: AppContext = { database, now: () => new Date(BENCH_NOW) };
  const app = await buildServer({ ctx, config: { ...benchConfig(opts.workDir), webDist: opts.webDist } });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const result: BrowserResult = { chromium: browser.version(), viewport: '1280×800', variants: {} };
  try {
    for (const [label, url] of [['clustered (default)', '/map?layers=risk_points'], ['cluster=off', '/map?layers=risk_points&cluster=off']] as const) {
      const variant: BrowserVariant = { url, runs: [], coldMs: null, medianWarmMs: null };
      result.variants[label] = variant;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      await signIn(context, base, g.users.admin, g.users.password, opts.timeoutSeconds);
      try {
        for (let i = 0; i < opts.runs; i += 1) {
          const page = await context.newPage();
          const t = performance.now();
          try {
            await page.goto(`${base}${url}`, { waitUntil: 'commit', timeout: opts.timeoutSeconds * 1000 });
            await page.waitForSelector(READY, { state: 'attached', timeout: opts.timeoutSeconds * 1000 });
            const wallMs = performance.now() - t;
            // the page's own clock: milliseconds since its navigation started
            const pageMs = await page.evaluate(() => performance.now());
            const status = (await page.locator(READY).first().textContent())?.trim().slice(0, 120) ?? '';
            variant.runs.push({ wallMs: Math.round(wallMs), pageMs: Math.round(pageMs), status });
            opts.log(`    ${label} run ${i + 1}: ${Math.round(wallMs)} ms (page clock ${Math.round(pageMs)} ms) ${status}`);
          } catch (e) {
            const state = await page.locator('[data-testid=map-status]').first().getAttribute('data-state', { timeout: 1000 }).catch(() => null);
            variant.failed = `${e instanceof Error ? e.message.split('\n')[0] : String(e)} (at ${page.url().replace(base, '')}, map-status ${state ?? 'absent'})`;
            const shot = path.join(os.tmpdir(), `hazgov-map-bench-${label.replace(/\W+/g, '-')}.png`);
            await page.screenshot({ path: shot }).catch(() => {});
            opts.log(`    ${label} run ${i + 1}: FAILED ${variant.failed}; screenshot ${shot}`);
            break;
          } finally {
            await page.close();
          }
        }
      } finally {
        await context.close();
      }
      const times = variant.runs.map((r) => r.wallMs);
      variant.coldMs = times[0] ?? null;
      const warm = times.slice(1).sort((a, b) => a - b);
      variant.medianWarmMs = warm.length ? warm[Math.floor((warm.length - 1) / 2)]! : null;
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return result;
}
