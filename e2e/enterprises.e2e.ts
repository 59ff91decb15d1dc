// Browser journey of the enterprise database (issue 3) against the real platform (demo data, SQLite) in Debian's
// Chromium: the district admin downloads the import template, fills it as an office would (one 温泉镇 enterprise
// with a 液氯 tank farm), uploads it and watches the progress to the end, opens the enterprise, sees its major
// hazard with the grade worked out by hand below, and opens the identification trace. Then a file with a wrong
// credit code is refused with its row and column, nothing saved; and the list is usable on a phone.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir, screenshot, startPlatform, type Platform } from './support/browser';
import { apiGet, fillTemplate, uploadWorkbook, validUscc, withWrongCheck } from './journeys/enterprises-ui';
import { loginOf, parseDemoLogins, settled, signIn, waitForHeading, type DemoLogin } from './journeys/plans-ui';

// The enterprise of the journey. By hand (GB 18218-2018):
//   液氯 = 氯, Table 1 row 12, Q = 5 t; q = 50 t             → S = 50/5 = 10 ≥ 1: a major hazard
//   β = 4 (Table 3, 氯)                                      → Σ β·q/Q = 4 × 10 = 40
//   60 people within 500 m → α = 1.5 (Table 5, 50～99人)     → R = 1.5 × 40 = 60
//   Table 6: 100 > R ≥ 50                                    → 二级 (grade 2)
const NAME = '从化区温泉液氯储运旅程有限公司';
const UNIT = '液氯储罐区';
const USCC = validUscc(Date.now());
const EXPECTED = { S: '10', R: '60', grade: 2 };

const dir = path.join(resultsDir, 'downloads');

function workbookRows(name: string, uscc: string) {
  return {
    企业: [{ 企业名称: name, 统一社会信用代码: uscc, 所属镇街: '温泉镇', 行业: '危险化学品经营', 经营活动: '储存', 经营状态: '在产', 地址: '从化区温泉镇旅程路1号' }],
    生产储存单元: [{ 统一社会信用代码: uscc, 单元名称: UNIT, 单元类型: '储存单元', 设施类型: '罐区', 周边500米人数: 60 }],
    存储物料: [{ 统一社会信用代码: uscc, 单元名称: UNIT, 物质名称: '液氯', CAS号: '7782-50-5', 设计最大量: 50, 计量单位: 't', 物理状态: '液化气体', 容器类型: '储罐' }],
  };
}

describe('enterprises in the browser', () => {
  let platform: Platform;
  let logins: Map<string, DemoLogin>;
  let admin: Page;
  let template = '';
  let enterpriseId = '';
  let unitId = '';

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    platform = await startPlatform();
    logins = parseDemoLogins(platform.server.logs());
    admin = platform.page;
    await signIn(admin, loginOf(logins, 'admin'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('opens the enterprise list from the menu', async () => {
    await admin.getByTestId('nav-enterprises').click();
    expect(await waitForHeading(admin, '企业管理')).toBe('企业管理');
    await settled(admin);
    await admin.getByTestId('enterprise-table').waitFor();
    await screenshot(admin, 'enterprises-01-list', { fullPage: false });
  });

  it('downloads the import template from the import page', async () => {
    await admin.getByTestId('enterprise-import').click();
    expect(await waitForHeading(admin, '企业批量导入')).toBe('企业批量导入');
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('import-template').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    template = path.join(dir, 'enterprise-template.xlsx');
    await download.saveAs(template);
    expect(fs.statSync(template).size).toBeGreaterThan(1000);
  });

  it('imports the filled template and follows the progress to the result', async () => {
    const filled = path.join(dir, 'enterprise-import-good.xlsx');
    await fillTemplate(template, filled, workbookRows(NAME, USCC));
    await uploadWorkbook(admin, filled);
    await admin.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await admin.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await admin.getByTestId('import-progress').getAttribute('data-status')).toBe('done');
    expect(await admin.getByTestId('import-count-enterprises').innerText()).toContain('1');
    expect(await admin.getByTestId('import-count-major').innerText()).toContain('1');
    await admin.waitForTimeout(600); // the bar's last stretch is animated
    await screenshot(admin, 'enterprises-02-import-done', { fullPage: false });
  });

  it('finds the enterprise in the list with its major hazard grade', async () => {
    await admin.getByTestId('import-open-list').click();
    expect(await waitForHeading(admin, '企业管理')).toBe('企业管理');
    await admin.getByTestId('filter-q').locator('input').fill(USCC);
    await admin.getByTestId('filter-q').locator('input').press('Enter');
    await admin.waitForURL((u) => u.searchParams.get('q') === USCC);
    // The unfiltered page stays on screen until the search answers: wait for the one row.
    await admin.waitForFunction(() => document.querySelectorAll('[data-testid="enterprise-row"]').length === 1, undefined, { timeout: 15_000 });
    const row = admin.getByTestId('enterprise-row').filter({ hasText: NAME });
    await row.waitFor();
    expect(await row.getByTestId('grade-tag').getAttribute('data-grade')).toBe(String(EXPECTED.grade));
    expect(await row.getByTestId('grade-tag').innerText()).toBe('二级');
    enterpriseId = (await row.getAttribute('data-enterprise-id')) ?? '';
    await row.getByTestId('enterprise-link').click();
    expect(await waitForHeading(admin, NAME)).toBe(NAME);
  });

  it('shows the unit as a 二级 major hazard with S and R on the enterprise page', async () => {
    await admin.getByTestId('enterprise-tabs').getByRole('tab', { name: /生产储存单元与物料/ }).click();
    const panel = admin.locator(`[data-testid="unit-panel"][data-unit-name="${UNIT}"]`);
    await panel.waitFor();
    unitId = (await panel.getAttribute('data-unit-id')) ?? '';
    const summary = panel.getByTestId('identification-summary');
    expect(await summary.getAttribute('data-status')).toBe('graded');
    expect(await summary.getByTestId('ident-s').innerText()).toBe(EXPECTED.S);
    expect(await summary.getByTestId('ident-major').getAttribute('data-major')).toBe('1');
    expect(await summary.getByTestId('ident-r').innerText()).toBe(EXPECTED.R);
    expect(await summary.getByTestId('ident-grade').getAttribute('data-grade')).toBe(String(EXPECTED.grade));
    // The inventory line as imported: 液氯 matched to Table 1 row 12 (Q = 5 t).
    const line = panel.getByTestId('inventory-row').first();
    expect(await line.getAttribute('data-chemical')).toBe('液氯');
    expect(await line.getByTestId('inventory-traced').innerText()).toContain('第12项');
    await screenshot(admin, 'enterprises-03-unit-panel', { fullPage: false });

    await admin.getByTestId('enterprise-tabs').getByRole('tab', { name: /重大危险源/ }).click();
    const link = admin.getByTestId('major-hazards-tab').getByTestId('major-hazard-link');
    await link.waitFor();
    expect(await link.innerText()).toBe(UNIT);
  });

  it("opens the unit's identification trace with the same S and grade", async () => {
    await admin.getByTestId('enterprise-tabs').getByRole('tab', { name: /生产储存单元与物料/ }).click();
    await admin.locator(`[data-testid="unit-panel"][data-unit-id="${unitId}"] [data-testid="trace-link"]`).click();
    await admin.waitForURL((u) => u.pathname === `/major-hazards/${unitId}`);
    await admin.getByTestId('identification-trace').waitFor();
    await settled(admin);
    expect(await admin.getByTestId('trace-S').getAttribute('data-display')).toBe(EXPECTED.S);
    expect(await admin.getByTestId('trace-R').getAttribute('data-display')).toBe(EXPECTED.R);
    expect(await admin.getByTestId('trace-grade').getAttribute('data-grade')).toBe(String(EXPECTED.grade));
    await screenshot(admin, 'enterprises-04-trace', { fullPage: true });
  });

  it('refuses a file with a wrong credit code, naming its row and column, and saves nothing', async () => {
    const badName = '从化区温泉校验位错误旅程有限公司';
    const bad = withWrongCheck(validUscc(Date.now() + 7919));
    const file = path.join(dir, 'enterprise-import-bad-uscc.xlsx');
    const written = await fillTemplate(template, file, workbookRows(badName, bad));
    const row = written['企业']?.[0];
    await admin.goto('/enterprises/import');
    expect(await waitForHeading(admin, '企业批量导入')).toBe('企业批量导入');
    await uploadWorkbook(admin, file);
    await admin.getByTestId('import-failed').waitFor({ timeout: 60_000 });
    const problem = admin.locator(`[data-testid="import-problem"][data-sheet="企业"][data-row="${row}"]`).filter({ hasText: '统一社会信用代码' }).first();
    await problem.waitFor();
    expect(await problem.getAttribute('data-column')).toContain('统一社会信用代码');
    await screenshot(admin, 'enterprises-05-import-problems', { fullPage: false });
    const list = await apiGet<{ total: number }>(admin, `/api/enterprises?q=${encodeURIComponent(badName)}`);
    expect(list.total).toBe(0);
  });

  it('on a phone (390×844) the list fits the screen and opens an enterprise', async () => {
    const context = await platform.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await signIn(page, loginOf(logins, 'admin'));
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-enterprises').click();
      expect(await waitForHeading(page, '企业管理')).toBe('企业管理');
      await settled(page);
      await page.getByTestId('enterprise-row').first().waitFor();
      // The filters fold under one button on a phone; the search box stays.
      expect(await page.getByTestId('filter-territory').count()).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'enterprises-06-phone-list', { fullPage: false });
      await page.getByTestId('filter-toggle').click();
      await page.getByTestId('filter-territory').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await page.goto(`/enterprises/${encodeURIComponent(enterpriseId)}`);
      expect(await waitForHeading(page, NAME)).toBe(NAME);
      const overflowPage = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflowPage).toBeLessThanOrEqual(1);
      await screenshot(page, 'enterprises-07-phone-enterprise', { fullPage: false });
    } finally {
      await context.close();
    }
  });

  it('an enterprise user lands on its own page, submits its declaration, and the district office returns it with a comment', async () => {
    const context = await platform.browser.newContext();
    const company = await context.newPage();
    try {
      await signIn(company, loginOf(logins, 'enterprise01'));
      await company.getByTestId('nav-enterprises').click();
      await company.waitForURL((u) => /^\/enterprises\/[^/]+$/.test(u.pathname));
      const ownId = decodeURIComponent(new URL(company.url()).pathname.split('/')[2] ?? '');
      await company.getByTestId('enterprise-tabs').getByRole('tab', { name: '申报' }).click();
      await company.getByTestId('declaration-tab').waitFor();
      await settled(company);
      // The demo enterprise has this year's declaration as a draft (or may start one); either way it can submit.
      if (await company.getByTestId('declaration-start').count()) {
        await company.getByTestId('declaration-start').click();
        await company.getByTestId('declaration-submit').waitFor();
      }
      await company.getByTestId('declaration-submit').click();
      await company.locator('.ant-popconfirm .ant-btn-primary').click();
      await company.locator('[data-testid="declaration-tab"] [data-testid="declaration-status"][data-status="submitted"]').first().waitFor();
      await screenshot(company, 'enterprises-08-declaration-submitted', { fullPage: false });

      await admin.goto('/declarations');
      expect(await waitForHeading(admin, '企业申报审核')).toBe('企业申报审核');
      const row = admin.getByTestId('declaration-row').filter({ has: admin.locator(`a[href^="/enterprises/${ownId}"]`) }).first();
      await row.waitFor();
      await row.getByTestId('declaration-open').click();
      await admin.getByTestId('declaration-changes').waitFor();
      await admin.waitForTimeout(500); // the drawer slides in
      await screenshot(admin, 'enterprises-09-declaration-review', { fullPage: false });
      await admin.locator('.ant-drawer').getByTestId('declaration-return').click();
      const comment = '请补充甲醇储罐区设计最大储量的依据。';
      await admin.getByTestId('declaration-comment').fill(comment);
      await admin.getByTestId('declaration-return-confirm').click();
      await row.waitFor({ state: 'detached' });

      await company.reload();
      await company.locator('[data-testid="declaration-tab"] [data-testid="declaration-status"][data-status="returned"]').first().waitFor();
      expect(await company.getByTestId('declaration-comment-text').innerText()).toBe(comment);
    } finally {
      await context.close();
    }
  });

  it('raised no page errors', () => {
    const real = platform.browser.errors.filter((e) => !/status of 40[0-9]/.test(e));
    expect(real).toEqual([]);
  });
});
