// Browser journeys of the plans capability against the real platform (demo data, SQLite) in Debian's Chromium:
// Chinese first, the language switch, the 42-row board, a department's quarterly report, the district office's
// review, the task-list export, and a phone-sized sign-in to My reports.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir, screenshot, startPlatform, type Platform } from './support/browser';
import { loginOf, waitForHeading, parseDemoLogins, planIdOf, settled, signIn, type DemoLogin } from './journeys/plans-ui';

const ANNEX_COLUMNS = ['主要工作', '工作任务', '具体内容', '牵头单位', '责任单位', '完成时间'];

describe('plans in the browser', () => {
  let platform: Platform;
  let logins: Map<string, DemoLogin>;
  let admin: Page;
  let planId = '';
  let submitted: { quarter: string; taskId: string; unitId: string } | null = null;

  beforeAll(async () => {
    platform = await startPlatform();
    logins = parseDemoLogins(platform.server.logs());
    admin = platform.page;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('an administrator signs in to a Chinese interface', async () => {
    await admin.goto('/login');
    expect(await waitForHeading(admin, '用户登录')).toBe('用户登录');
    expect(await admin.getByTestId('login-title').innerText()).toBe('危险化学品安全综合治理平台');
    await screenshot(admin, 'plans-01-login-zh', { fullPage: false });
    await signIn(admin, loginOf(logins, 'admin'));
    expect(await waitForHeading(admin, '综合治理工作总览')).toBe('综合治理工作总览');
    await settled(admin);
    expect(await admin.getByTestId('app-title').innerText()).toBe('危险化学品安全综合治理平台');
    expect(await admin.getByTestId('app-district').innerText()).toBe('从化区');
    expect(await admin.getByTestId('nav-board').innerText()).toBe('分工看板');
    expect(await admin.getByTestId('nav-review').innerText()).toBe('报告审核');
    await admin.getByTestId('chart-completion').locator('canvas').first().waitFor();
    await admin.waitForTimeout(1200); // let the bars finish growing before the screenshot
    planId = planIdOf(admin);
    await screenshot(admin, 'plans-02-dashboard-zh');
  });

  it('switches to English and back', async () => {
    await admin.getByTestId('lang-en').click();
    await admin.waitForFunction(() => document.querySelector('[data-testid="page-title"]')?.textContent === 'Governance overview');
    expect(await admin.getByTestId('nav-board').innerText()).toBe('Task board');
    expect(await admin.getByTestId('app-title').innerText()).toBe('Hazardous Chemicals Safety Governance Platform');
    expect(await admin.evaluate(() => localStorage.getItem('hazgov.locale'))).toBe('en');
    await settled(admin);
    await admin.waitForTimeout(1200);
    await screenshot(admin, 'plans-03-dashboard-en');
    // The choice survives a reload (localStorage), then back to Chinese for the rest of the journey.
    await admin.reload();
    expect(await waitForHeading(admin, 'Governance overview')).toBe('Governance overview');
    await admin.getByTestId('lang-zh').click();
    await admin.waitForFunction(() => document.querySelector('[data-testid="page-title"]')?.textContent === '综合治理工作总览');
  });

  it('shows the 42 task rows of the plan on the board', async () => {
    await admin.getByTestId('nav-board').click();
    expect(await waitForHeading(admin, '分工及完成时间看板')).toBe('分工及完成时间看板');
    await admin.waitForFunction(() => document.querySelectorAll('[data-testid="board-row"]').length === 42, undefined, { timeout: 30_000 });
    expect(await admin.getByTestId('board-row').count()).toBe(42);
    expect(await admin.getByTestId('board-cell').count()).toBeGreaterThan(42);
    await settled(admin);
    await screenshot(admin, 'plans-04-board', { fullPage: false });
  });

  it('a department (区公安分局) submits its quarterly report for a task it owes', async () => {
    const context: BrowserContext = await platform.browser.newContext();
    const page = await context.newPage();
    try {
      const gongan = loginOf(logins, 'gongan');
      await signIn(page, gongan);
      await page.getByTestId('nav-my-reports').click();
      expect(await waitForHeading(page, '季度工作进展报告')).toBe('季度工作进展报告');
      await settled(page);
      const quarter = await page.getByTestId('my-reports-due').getAttribute('data-quarter');
      expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);

      // The first task the unit can still report on for the quarter (no report yet, a draft, or returned).
      const panels = page.locator('[data-testid="report-panel"]:is([data-report-status="none"], [data-report-status="draft"], [data-report-status="returned"])');
      expect(await panels.count()).toBeGreaterThan(0);
      await panels.first().click();
      const form = page.getByTestId('report-form').first();
      await form.waitFor();
      const taskId = (await form.getAttribute('data-task-id')) ?? '';
      await form.getByTestId('report-content').fill('已完成辖区爆炸品、易制毒化学品和剧毒化学品企业的全面排查，建立台账并录入追溯系统。');
      await form.getByTestId('report-progress-input').fill('60');
      await form.getByTestId('report-problems').fill('部分企业追溯系统录入不及时。');
      await form.getByTestId('report-next-steps').fill('下季度开展专项督查，督促企业按时录入。');
      await screenshot(page, 'plans-05-report-form', { fullPage: false });
      await form.getByTestId('report-submit').click();
      await page.getByTestId('report-submit-confirm').click();
      await page.getByTestId('report-readonly').first().waitFor();
      expect(await page.locator('[data-testid="report-status"][data-status="submitted"]').count()).toBeGreaterThan(0);
      await screenshot(page, 'plans-06-report-submitted', { fullPage: false });
      const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { organisation: { id: string; name: string } } });
      expect(me.user.organisation.name).toBe('区公安分局');
      submitted = { quarter: quarter ?? '', taskId, unitId: me.user.organisation.id };
    } finally {
      await context.close();
    }
  });

  it('the district office sees that report on the review page and accepts it', async () => {
    expect(submitted).not.toBeNull();
    const s = submitted as NonNullable<typeof submitted>;
    await admin.goto(`/plans/${encodeURIComponent(planId)}/review?q=${s.quarter}&unit=${encodeURIComponent(s.unitId)}`);
    expect(await waitForHeading(admin, '进展报告审核')).toBe('进展报告审核');
    await settled(admin);
    const row = admin.locator(`[data-testid="review-table-row"][data-status="submitted"][data-task-id="${s.taskId}"]`).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('区公安分局');
    await screenshot(admin, 'plans-07-review', { fullPage: false });
    const reportId = await row.getAttribute('data-report-id');
    await row.getByTestId('review-accept').click();
    await admin.getByTestId('review-accept-confirm').click();
    await admin.locator(`[data-testid="review-table-row"][data-report-id="${reportId}"]`).waitFor({ state: 'detached' });
    await admin.getByTestId('review-filter').getByText('已通过', { exact: false }).click();
    const accepted = admin.locator(`[data-testid="review-table-row"][data-report-id="${reportId}"]`);
    await accepted.waitFor();
    expect(await accepted.getAttribute('data-status')).toBe('accepted');
    await screenshot(admin, 'plans-08-review-accepted', { fullPage: false });
  });

  it('exports the task list from the board: 42 rows with the annex columns', async () => {
    await admin.goto(`/plans/${encodeURIComponent(planId)}/board`);
    await admin.getByTestId('board-table').waitFor();
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('export-tasks').first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const dir = path.join(resultsDir, 'downloads');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'plans-tasks.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet).toBeDefined();
    const ws = sheet as ExcelJS.Worksheet;
    const text = (v: ExcelJS.CellValue): string => {
      if (v === null || v === undefined) return '';
      if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
      return String(v);
    };
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (!headerRow && ANNEX_COLUMNS.every((c) => (row.values as ExcelJS.CellValue[]).some((v) => text(v).replace(/\s/g, '') === c))) headerRow = n;
    });
    expect(headerRow).toBeGreaterThan(0);
    const header = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).map((v) => text(v).replace(/\s/g, ''));
    const contentCol = header.indexOf('具体内容');
    let dataRows = 0;
    for (let n = headerRow + 1; n <= ws.rowCount; n++) if (text(ws.getRow(n).getCell(contentCol).value).trim()) dataRows++;
    expect(dataRows).toBe(42);
  });

  it('on a phone (390×844) a town user signs in and uses My reports', async () => {
    const context = await platform.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await signIn(page, loginOf(logins, 'wenquan'));
      await screenshot(page, 'plans-09-phone-home', { fullPage: false });
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-my-reports').click();
      expect(await waitForHeading(page, '季度工作进展报告')).toBe('季度工作进展报告');
      await settled(page);
      expect(await page.getByTestId('report-panel').count()).toBeGreaterThan(0);
      const open = page.locator('[data-testid="report-panel"]:is([data-report-status="none"], [data-report-status="draft"], [data-report-status="returned"])');
      if (await open.count()) {
        // Something still to report this quarter: write it and keep it as a draft.
        await open.first().click();
        const form = page.getByTestId('report-form').first();
        await form.waitFor();
        await form.getByTestId('report-content').fill('镇安监办完成辖区企业摸排，建立台账。');
        await form.getByTestId('report-progress-input').fill('40');
        await form.getByTestId('report-save').click();
        await page.locator('[data-testid="report-panel"][data-report-status="draft"]').first().waitFor();
      } else {
        // Everything is sent for this quarter: the report opens read-only.
        await page.getByTestId('report-panel').first().click();
        await page.getByTestId('report-readonly').first().waitFor();
      }
      // Nothing sticks out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'plans-10-phone-my-reports', { fullPage: false });
    } finally {
      await context.close();
    }
  });

  it('raised no page errors', () => {
    const real = platform.browser.errors.filter((e) => !/status of 40[13]/.test(e));
    expect(real).toEqual([]);
  });
});
