// Browser journey of the risk dashboard, area risk and grading rules against the real platform (demo data, SQLite)
// in Debian's Chromium: the district admin opens the dashboard (charts drawn, counts as GET /api/risk/dashboard
// answers), follows a point needing attention to its record, opens area risk (count, reasons in words, the red
// filter), changes the LS bands (orange from R ≥ 15 to R ≥ 16: an R = 15 point turns yellow), is refused an LS band
// out of order with the error on that field, restores the defaults, and reads the rules in English.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Platform } from './support/browser';
import { apiOk, chooseOption } from './journeys/major-hazards-ui';
import { asDemoUser, PHONE, startPlatformAs } from './journeys/demo-platform';
import { settled, waitForHeading } from './journeys/plans-ui';
import { cardCounts, computedLevelOf, lsPointWithScore, typeNumber, type Dashboard, type Settings } from './journeys/risk-areas-ui';

type Areas = { items: { organisation: { id: string }; level: string; reasons: string[] }[] };

describe('risk dashboard, area risk and grading rules in the browser', () => {
  let platform: Platform;
  let admin: Page;
  let lsPoint: { id: string } | null = null; // an R = 15 point, re-graded by the band change and back

  beforeAll(async () => {
    ({ platform, page: admin } = await startPlatformAs('admin'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('opens the dashboard: counts as the API gives them, the charts drawn', async () => {
    await admin.goto('/risk/dashboard'); // (the menu entry opens the risk-point list, H5's page)
    expect(await waitForHeading(admin, '风险看板')).toBe('风险看板');
    await admin.getByTestId('risk-dashboard').waitFor();
    await settled(admin);
    const api = await apiOk<Dashboard>(admin, 'GET', '/api/risk/dashboard');
    expect(await cardCounts(admin, 'level')).toEqual(api.byLevel);
    expect(await cardCounts(admin, 'status')).toEqual({ ...api.byStatus, reviewLate: api.reviewLate });
    const total = api.byLevel.red + api.byLevel.orange + api.byLevel.yellow + api.byLevel.blue;
    expect(Number(await admin.getByTestId('risk-dashboard').getAttribute('data-points'))).toBe(total);
    expect(total).toBeGreaterThan(0); // the demo seed's points
    for (const chart of ['chart-by-territory', 'chart-by-industry', 'chart-by-kind', 'chart-area-levels']) {
      await admin.getByTestId(chart).locator('canvas').first().waitFor();
    }
    if (api.trend.length) await admin.getByTestId('chart-trend').locator('canvas').first().waitFor();
    const rows = admin.getByTestId('attention-row');
    expect(await rows.count()).toBe(Math.min(10, api.attention.length));
    if (api.attention.length) expect(await rows.first().getAttribute('data-point-id')).toBe(api.attention[0]!.id);
    await admin.waitForTimeout(800); // let the bars grow before the screenshot
    await screenshot(admin, 'risk-areas-01-dashboard', { fullPage: true });
  });

  it('narrows the dashboard to one town with the territory filter', async () => {
    const all = await apiOk<Dashboard & { byTerritory: { id: string; name: string }[] }>(admin, 'GET', '/api/risk/dashboard');
    const town = all.byTerritory.find((r) => r.name === '温泉镇') ?? all.byTerritory[0]!;
    await chooseOption(admin, admin.getByTestId('dashboard-territory'), town.name);
    await admin.waitForURL((u) => u.searchParams.get('territoryId') === town.id);
    const api = await apiOk<Dashboard>(admin, 'GET', `/api/risk/dashboard?territoryId=${encodeURIComponent(town.id)}`);
    const total = api.byLevel.red + api.byLevel.orange + api.byLevel.yellow + api.byLevel.blue;
    await admin.waitForFunction((n) => document.querySelector('[data-testid="risk-dashboard"]')?.getAttribute('data-points') === String(n), total);
    await settled(admin);
    expect(await cardCounts(admin, 'level')).toEqual(api.byLevel);
    await admin.locator('[data-testid="level-card"][data-key="orange"]').click(); // the list of that town's orange points
    await admin.waitForURL((u) => u.pathname === '/risk' && u.searchParams.get('level') === 'orange' && u.searchParams.get('territoryId') === town.id);
    await admin.goto('/risk/dashboard');
    await admin.getByTestId('risk-dashboard').waitFor();
  });

  it('follows a point needing attention to its record', async () => {
    const api = await apiOk<Dashboard>(admin, 'GET', '/api/risk/dashboard');
    if (!api.attention.length) return; // nothing red or orange to attend to in this data
    await admin.getByTestId('attention-link').first().click();
    await admin.waitForURL((u) => u.pathname === `/risk/points/${encodeURIComponent(api.attention[0]!.id)}`);
    await admin.goBack();
    await admin.getByTestId('risk-dashboard').waitFor();
  });

  it('opens area risk: every area with its rules in words; the red filter', async () => {
    await admin.getByTestId('risk-tab-areas').click();
    expect(await waitForHeading(admin, '区域风险')).toBe('区域风险');
    await settled(admin);
    const api = await apiOk<Areas>(admin, 'GET', '/api/risk/areas');
    await admin.waitForFunction((n) => document.querySelector('[data-testid="areas-count"]')?.getAttribute('data-count') === String(n), api.items.length);
    expect(api.items.length).toBeGreaterThan(0);
    const first = admin.getByTestId('area-row').first();
    const id = await first.getAttribute('data-org-id');
    const item = api.items.find((a) => a.organisation.id === id);
    expect(await first.getAttribute('data-level')).toBe(item?.level);
    const reasons = await first.getByTestId('area-reasons').innerText();
    expect(reasons).toMatch(/得分/); // threshold.<level> as a sentence, not its code
    expect(reasons).not.toMatch(/threshold\./);
    expect(await first.getByTestId('area-frequency').innerText()).toMatch(/^每/);
    expect(await admin.getByTestId('areas-on-map').getAttribute('href')).toBe('/map?layers=areas');
    await screenshot(admin, 'risk-areas-02-areas', { fullPage: false });

    const red = await apiOk<Areas>(admin, 'GET', '/api/risk/areas?level=red');
    await admin.goto('/risk/areas?level=red');
    await admin.waitForFunction((n) => document.querySelector('[data-testid="areas-count"]')?.getAttribute('data-count') === String(n), red.items.length);
    const levels = await admin.getByTestId('area-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')));
    expect(levels.every((l) => l === 'red')).toBe(true);

    await admin.getByTestId('areas-recompute').click();
    await admin.getByTestId('areas-recompute-confirm').click();
    const all = await apiOk<Areas>(admin, 'GET', '/api/risk/areas');
    await admin.locator('.ant-message').getByText(`已重新计算 ${all.items.length} 个区域`).waitFor();
  });

  it('moves the LS orange band to R ≥ 16 and saves: an R = 15 point is re-graded yellow', async () => {
    const point = await lsPointWithScore(admin, 15);
    lsPoint = point;
    await admin.getByTestId('risk-tab-settings').click();
    expect(await waitForHeading(admin, '分级规则')).toBe('分级规则');
    await admin.getByTestId('bands-ls').waitFor();
    await admin.getByTestId('no-national-standard').waitFor();
    const ranges = () => admin.locator('[data-testid="bands-ls"] [data-testid="band-range"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-text')));
    expect(await ranges()).toEqual(['R ≥ 20', '15 ≤ R < 20', '9 ≤ R < 15', 'R < 9']); // the data file's S1 bands
    await typeNumber(admin, 'band-min-ls-orange', 16);
    expect(await ranges()).toEqual(['R ≥ 20', '16 ≤ R < 20', '9 ≤ R < 16', 'R < 9']);
    await admin.getByTestId('settings-save').click();
    await admin.getByTestId('settings-save-confirm').click();
    await admin.locator('.ant-message').getByText('分级规则已保存').waitFor();
    const saved = await apiOk<Settings>(admin, 'GET', '/api/risk/settings');
    expect(saved.bands.ls.map((b) => b.min)).toEqual([20, 16, 9, 0]);
    expect(saved.updatedAt).not.toBeNull();
    // R = 15 was orange (15 ≤ R < 20); with orange from 16 it falls in 9 ≤ R < 16: yellow. (The demo seed has
    // LS points with L×S = 15, e.g. 3×5.)
    expect(point).not.toBeNull();
    expect(point!.computedLevel).toBe('orange');
    expect(await computedLevelOf(admin, point!.id)).toBe('yellow');
  });

  it('refuses an LS band out of order and shows the error on that field', async () => {
    await typeNumber(admin, 'band-min-ls-yellow', 25); // 25 ≥ the orange minimum 16
    await admin.locator('[data-testid="bands-ls"] [data-testid="band-problem"]').first().waitFor(); // flagged before asking
    await admin.getByTestId('settings-save').click();
    await admin.getByTestId('settings-save-confirm').click();
    const error = admin.locator('[data-testid="field-error"][data-field="bands.ls.2.min"]');
    await error.waitFor();
    expect((await error.innerText()).length).toBeGreaterThan(0);
    await admin.getByTestId('settings-save-error').waitFor(); // a passing message: nothing stays over the page
    const unchanged = await apiOk<Settings>(admin, 'GET', '/api/risk/settings');
    expect(unchanged.bands.ls.map((b) => b.min)).toEqual([20, 16, 9, 0]);
    await screenshot(admin, 'risk-areas-03-band-error', { fullPage: false });
  });

  it('restores the defaults and saves them', async () => {
    const point = lsPoint;
    await admin.getByTestId('settings-defaults').click();
    await admin.waitForFunction(() => document.querySelector('[data-testid="field-error"]') === null);
    await admin.getByTestId('settings-save').click();
    await admin.getByTestId('settings-save-confirm').click();
    // (the first save's message may still be showing: wait for the answer itself)
    await expect.poll(async () => (await apiOk<Settings>(admin, 'GET', '/api/risk/settings')).bands.ls.map((b) => b.min), { timeout: 15_000 })
      .toEqual([20, 15, 9, 0]);
    await admin.locator('.ant-message').getByText('分级规则已保存').last().waitFor();
    expect(point).not.toBeNull();
    expect(await computedLevelOf(admin, point!.id)).toBe('orange');
  });

  it('reads the grading rules in English', async () => {
    await admin.getByTestId('lang-en').click();
    expect(await waitForHeading(admin, 'Grading rules')).toBe('Grading rules');
    const first = admin.locator('[data-testid="bands-ls"] [data-testid="band-range"]').first();
    expect(await first.innerText()).toContain('R ≥ 20 → Major risk (red)');
    await admin.getByTestId('risk-tab-dashboard').click();
    expect(await waitForHeading(admin, 'Risk dashboard')).toBe('Risk dashboard');
    await admin.getByTestId('chart-by-territory').locator('canvas').first().waitFor();
    await admin.waitForTimeout(800); // let the bars grow before the screenshot
    await screenshot(admin, 'risk-areas-04-dashboard-en', { fullPage: false });
    await admin.getByTestId('lang-zh').click();
    expect(await waitForHeading(admin, '风险看板')).toBe('风险看板');
  });

  it("shows a town user its own town's dashboard, and the rules read-only", async () => {
    await asDemoUser(platform, 'wenquan', async (town) => {
      await town.goto('/risk/dashboard');
      await town.getByTestId('risk-dashboard').waitFor();
      await settled(town);
      const api = await apiOk<Dashboard>(town, 'GET', '/api/risk/dashboard');
      expect(await cardCounts(town, 'level')).toEqual(api.byLevel);
      expect(await town.getByTestId('dashboard-territory').count()).toBe(0); // its jurisdiction is one town already
      expect(await town.getByTestId('risk-tab-settings').count()).toBe(0);
      await town.goto('/risk/settings');
      await town.getByTestId('settings-read-only').waitFor();
      expect(await town.getByTestId('settings-save').count()).toBe(0);
      expect(await town.getByTestId('band-min-ls-red').innerText()).toBe('R ≥ 20');
    });
  });

  it('shows area risk and the dashboard on a phone without sideways scrolling', async () => {
    await asDemoUser(platform, 'admin', async (phone) => {
      await phone.goto('/risk/areas');
      await phone.getByTestId('area-row').first().waitFor();
      expect(await phone.getByTestId('area-row').first().getByTestId('area-reasons').innerText()).toMatch(/得分/);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
      await screenshot(phone, 'risk-areas-05-areas-phone', { fullPage: false });
      await phone.goto('/risk/dashboard');
      await phone.getByTestId('chart-by-territory').locator('canvas').first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
    }, PHONE);
  });

  it('shows empty states for a jurisdiction without risk data', async () => {
    // Every demo town has points, so the answer of a town without any is given to the page here (same shape, zeros).
    const zero = { red: 0, orange: 0, yellow: 0, blue: 0 };
    const empty = {
      byLevel: zero, byStatus: { controlled: 0, attention: 0, out_of_control: 0 }, reviewLate: 0, byTerritory: [], byIndustry: [],
      byKind: [], trend: [], attention: [], areas: zero,
    };
    await admin.route('**/api/risk/dashboard*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(empty) }));
    try {
      await admin.goto('/risk/dashboard');
      await admin.getByTestId('dashboard-empty').waitFor();
      expect(await cardCounts(admin, 'level')).toEqual(zero);
      expect(await admin.getByTestId('empty-state').count()).toBeGreaterThanOrEqual(6); // the notice, five charts, the table
      expect(await admin.locator('[data-testid="risk-dashboard"] canvas').count()).toBe(0);
    } finally {
      await admin.unroute('**/api/risk/dashboard*');
    }
  });

  it('threw no error in the page (the refused save answers 400, which the console reports)', () => {
    expect(platform.browser.errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
