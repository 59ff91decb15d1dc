// Browser journeys of major hazards and chemicals against the real platform (demo data, SQLite) in Debian's
// Chromium: the register filtered by a grade, a unit's GB 18218 calculation matching the API's stored result,
// a chemical found by CAS with its list flags, a wrong CAS check digit refused, the calculator on a case checked
// by hand, a restriction-list entry added, and the register on a phone.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Platform } from './support/browser';
import { apiOk, chooseOption, gradeWithUnits, inputOf, pickChemical } from './journeys/major-hazards-ui';
import { asDemoUser, PHONE, startPlatformAs } from './journeys/demo-platform';
import { settled, waitForHeading } from './journeys/plans-ui';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The downloaded template with data rows under its own header (sheet 目录). */
async function filledTemplate(template: Buffer, rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('目录');
  if (!sheet) throw new Error('template has no 目录 sheet');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type TraceNumber = { exact: string; display: string };
type Detail = { identification: { status: string; S?: TraceNumber; R?: TraceNumber; grade?: number } };
type Search = { items: { name: string; table1Serial: number | null; flags: Record<string, unknown> }[] };

describe('major hazards and chemicals in the browser', () => {
  let platform: Platform;
  let admin: Page;
  let grade = 0;
  let unitId = '';

  beforeAll(async () => {
    ({ platform, page: admin } = await startPlatformAs('admin'));
    ({ grade } = await gradeWithUnits(admin));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('opens the register from the menu and filters it by a grade', async () => {
    await admin.getByTestId('nav-major-hazards').click();
    expect(await waitForHeading(admin, '重大危险源登记台账')).toBe('重大危险源登记台账');
    await settled(admin);
    const card = admin.locator(`[data-testid="grade-card"][data-key="${grade}"]`);
    expect(Number(await card.getAttribute('data-count'))).toBeGreaterThan(0);
    await admin.getByTestId('chart-territory').locator('canvas').first().waitFor();
    await card.click();
    await admin.waitForURL((u) => u.searchParams.get('grade') === String(grade));
    // The table shows the previous page until the filtered answer arrives: wait for rows of that grade only.
    await admin.waitForFunction((g) => {
      const rows = [...document.querySelectorAll('[data-testid="register-row"]')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-grade') === g);
    }, String(grade), { timeout: 30_000 });
    await settled(admin);
    const rows = admin.getByTestId('register-row');
    const api = await apiOk<{ total: number }>(admin, 'GET', `/api/major-hazards?grade=${grade}`);
    expect(await admin.locator(`[data-testid="grade-card"][data-key="${grade}"]`).getAttribute('data-count')).toBe(String(api.total));
    await admin.waitForTimeout(800); // let the bars grow before the screenshot
    await screenshot(admin, 'major-hazards-01-register', { fullPage: true });
    unitId = (await rows.first().getAttribute('data-unit-id')) ?? '';
    expect(unitId).not.toBe('');
  });

  it("shows a unit's calculation line by line with the S, R and grade the API stored", async () => {
    await admin.locator(`[data-testid="register-row"][data-unit-id="${unitId}"] [data-testid="register-unit-link"]`).click();
    await admin.getByTestId('identification-trace').waitFor();
    await settled(admin);
    const api = await apiOk<Detail>(admin, 'GET', `/api/major-hazards/${encodeURIComponent(unitId)}`);
    expect(api.identification.status).toBe('graded');
    expect(await admin.getByTestId('trace-status').getAttribute('data-status')).toBe('graded');
    expect(await admin.getByTestId('trace-S').getAttribute('data-exact')).toBe(api.identification.S?.exact);
    expect(await admin.getByTestId('trace-R').getAttribute('data-exact')).toBe(api.identification.R?.exact);
    expect(await admin.getByTestId('trace-grade').getAttribute('data-grade')).toBe(String(api.identification.grade));
    expect(api.identification.grade).toBe(grade);
    expect(await admin.getByTestId('trace-line').count()).toBeGreaterThan(0);
    expect(await admin.getByTestId('threshold-source').first().innerText()).toMatch(/^GB 18218 表[12]/);
    await admin.getByTestId('trace-R').hover();
    await admin.locator('.ant-tooltip:visible').filter({ hasText: '精确值' }).first().waitFor();
    await screenshot(admin, 'major-hazards-02-trace', { fullPage: true });
    expect(await admin.getByTestId('unit-report-pdf').getAttribute('href')).toBe(`/api/major-hazards/${encodeURIComponent(unitId)}/report.pdf`);
    const pdf = await admin.request.get(`/api/major-hazards/${encodeURIComponent(unitId)}/report.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('pdf');
  });

  it('files the unit in its register with the three responsible persons', async () => {
    await chooseOption(admin, admin.getByTestId('register-filing-status'), '已备案');
    await admin.getByTestId('register-filing-number').fill('从应急危备〔2026〕旅程001号');
    await admin.getByTestId('register-principal-name').fill('旅程甲');
    await admin.getByTestId('register-principal-phone').fill('020-87900001');
    await admin.getByTestId('register-save').click();
    await admin.locator('.ant-message').getByText('备案信息已保存').waitFor();
    const api = await apiOk<{ register: { filingStatus: string; filingNumber: string; principalName: string } | null }>(admin, 'GET', `/api/major-hazards/${encodeURIComponent(unitId)}`);
    expect(api.register).toMatchObject({ filingStatus: 'filed', filingNumber: '从应急危备〔2026〕旅程001号', principalName: '旅程甲' });
  });

  it('finds chlorine by its CAS number with its list flags', async () => {
    await admin.getByTestId('nav-chemicals').click();
    expect(await waitForHeading(admin, '危险化学品目录')).toBe('危险化学品目录');
    await admin.getByTestId('lists-incomplete').waitFor();
    expect(await admin.getByTestId('lists-incomplete').innerText()).toContain('剧毒');
    await admin.getByTestId('chemical-search').locator('input').fill('7782-50-5');
    await admin.getByTestId('chemical-search').locator('input').press('Enter');
    const row = admin.locator('[data-testid="chemical-row"][data-name="氯"]').first();
    await row.waitFor();
    expect(await row.getAttribute('data-serial')).toBe('12');
    expect(await row.getByTestId('chemical-table1').innerText()).toContain('5 t'); // GB 18218 Table 1 row 12: Q = 5 t
    const api = await apiOk<Search>(admin, 'GET', '/api/chemicals/search?q=7782-50-5');
    const hit = api.items.find((h) => h.name === '氯');
    const listed = Object.entries(hit?.flags ?? {}).filter(([, v]) => v === 'listed').map(([k]) => k).sort();
    expect(listed.length).toBeGreaterThan(0);
    const shown = (await row.locator('[data-testid="flag-tag"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag') ?? ''))).filter((f) => !f.endsWith('-unknown')).sort();
    expect(shown).toEqual(listed);
    await screenshot(admin, 'major-hazards-03-chemical-cas', { fullPage: false });
  });

  it('refuses a CAS number with a wrong check digit, with the message under the field', async () => {
    await admin.getByTestId('chemical-search').locator('input').fill('7782-50-4');
    await admin.getByTestId('chemical-search').locator('input').press('Enter');
    const error = admin.getByTestId('cas-error');
    await error.waitFor();
    expect((await error.innerText()).length).toBeGreaterThan(0);
    expect(await admin.getByTestId('chemical-row').count()).toBe(0);
    await screenshot(admin, 'major-hazards-04-cas-error', { fullPage: false });
  });

  it('computes a hand-checked case in the calculator', async () => {
    // 氯 10 t + 甲醇 600 t (易燃液体 W5.3), 120 people within 500 m. By hand, GB 18218-2018:
    // 氯: Table 1 row 12, Q = 5 t → q/Q = 2; β = 4 (Table 3). 甲醇: Table 1 row 65, Q = 500 t → q/Q = 6/5;
    // β = 1 (Table 4 W5.3). S = 2 + 6/5 = 16/5 = 3.2 ≥ 1. Σβq/Q = 8 + 6/5 = 46/5; α = 2 (Table 5, ≥ 100 people);
    // R = 2 × 46/5 = 92/5 = 18.4 → 三级 (Table 6: 50 > R ≥ 10). Q values: data/standards/gb18218-table1.json.
    await admin.goto('/major-hazards/identify');
    expect(await waitForHeading(admin, '重大危险源辨识计算器')).toBe('重大危险源辨识计算器');
    await settled(admin);
    const lines = admin.getByTestId('calc-line');
    await pickChemical(admin, lines.nth(0).getByTestId('calc-chemical'), '液氯', '氯');
    await lines.nth(0).getByTestId('calc-quantity').fill('10');
    await admin.getByTestId('calc-add-line').click();
    await pickChemical(admin, lines.nth(1).getByTestId('calc-chemical'), '甲醇', '甲醇');
    expect(await lines.nth(1).getByTestId('calc-line-table1').innerText()).toContain('65');
    await lines.nth(1).getByTestId('calc-quantity').fill('600');
    await chooseOption(admin, lines.nth(1).getByTestId('calc-categories'), 'W5.3');
    await inputOf(admin.getByTestId('calc-population')).fill('120');
    await admin.getByTestId('calc-submit').click();
    await admin.getByTestId('identification-trace').waitFor();
    expect(await admin.getByTestId('trace-S').getAttribute('data-exact')).toBe('16/5');
    expect(await admin.getByTestId('trace-sum').getAttribute('data-exact')).toBe('46/5');
    expect(await admin.getByTestId('trace-alpha').getAttribute('data-exact')).toBe('2');
    expect(await admin.getByTestId('trace-R').getAttribute('data-exact')).toBe('92/5');
    expect(await admin.getByTestId('trace-R').innerText()).toBe('18.4');
    expect(await admin.getByTestId('trace-grade').getAttribute('data-grade')).toBe('3');
    const sources = await admin.getByTestId('threshold-source').allInnerTexts();
    expect(sources).toEqual(['GB 18218 表1 第12项 氯', 'GB 18218 表1 第65项 甲醇']);
    expect(await admin.getByTestId('beta-source').allInnerTexts()).toEqual(['表3 氯', '表4 W5.3 易燃液体']);
    await screenshot(admin, 'major-hazards-05-calculator', { fullPage: true });
  });

  it('adds an entry to the restriction list and sees it listed and flagged', async () => {
    // 甲醇 is not on the demo list (光气, 氰化钠, 液氯, 硝化棉, 硝酸铵): before the entry its search row has no level.
    await admin.goto('/chemicals?q=67-56-1');
    const before = admin.locator('[data-testid="chemical-row"][data-name="甲醇"]').first();
    await before.waitFor();
    expect(await before.locator('[data-testid="restriction-tag"]').count()).toBe(0);

    await admin.getByTestId('chem-tab-restrictions').click();
    expect(await waitForHeading(admin, '禁限控目录')).toBe('禁限控目录');
    await settled(admin);
    await admin.getByTestId('restriction-add').click();
    await admin.getByTestId('restriction-form').waitFor();
    await pickChemical(admin, admin.getByTestId('restriction-chemical'), '木醇', '甲醇'); // by its alias
    expect(await admin.getByTestId('restriction-cas').inputValue()).toBe('67-56-1');
    await admin.getByTestId('restriction-level').getByText('限制').click();
    await admin.getByTestId('restriction-note').fill('旅程测试：新建项目限制使用');
    await admin.getByTestId('restriction-save').click();
    const row = admin.locator('[data-testid="restriction-row"][data-name="甲醇"]');
    await row.waitFor();
    expect(await row.getAttribute('data-level')).toBe('restricted');
    const api = await apiOk<{ items: { chemicalName: string; affectedLines: number }[] }>(admin, 'GET', '/api/chemicals/restrictions');
    const entry = api.items.find((e) => e.chemicalName === '甲醇');
    expect(await row.getByTestId('restriction-affected').innerText()).toBe(String(entry?.affectedLines));
    await screenshot(admin, 'major-hazards-06-restriction', { fullPage: false });

    await admin.goto('/chemicals?q=67-56-1');
    const after = admin.locator('[data-testid="chemical-row"][data-name="甲醇"]').first();
    await after.locator('[data-testid="restriction-tag"]').waitFor();
    expect(await after.locator('[data-testid="restriction-tag"]').getAttribute('data-level')).toBe('restricted');
  });

  it('imports a catalog edition: a broken file lists its problems by row, the fixed one is searchable', async () => {
    await admin.goto('/chemicals/editions');
    expect(await waitForHeading(admin, '化学品目录版本')).toBe('化学品目录版本');
    const template = Buffer.from(await (await admin.request.get('/api/chemicals/edition-template.xlsx')).body());
    const upload = async (rows: (string | null)[][]) => {
      await admin.getByTestId('edition-name').fill('危险化学品目录（旅程测试版）');
      await admin.getByTestId('edition-source').fill('旅程测试：本区补充调查（2026）');
      await admin.locator('[data-testid="edition-form"] input[type="file"]').setInputFiles({ name: 'catalog.xlsx', mimeType: XLSX, buffer: await filledTemplate(template, rows) });
      await admin.getByTestId('edition-upload').click();
    };
    // Row 2: CAS 151-50-9 has a wrong check digit (氰化钾 is 151-50-8); row 3: no name, W12 is no Table 2 symbol, 可能 is not 是/否.
    await upload([
      ['1', '氰化钾', '山奈钾', '151-50-9', 'UN1680', 'J1', '是', null, null, null, null, null, null, null],
      ['2', null, null, null, null, 'W12', '可能', null, null, null, null, null, null, null],
    ]);
    const problems = admin.getByTestId('edition-problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr.ant-table-row').count()).toBe(4);
    expect(await problems.innerText()).toContain('第 3 行');
    await screenshot(admin, 'major-hazards-07-edition-problems', { fullPage: false });
    await upload([['2', '乙酸丁酯', '醋酸丁酯', '123-86-4', '1123', 'W5.3', null, null, null, null, null, null, null, null]]);
    await admin.locator('[data-testid="editions-table"] [data-testid="edition-active"]').waitFor();
    expect(await problems.count()).toBe(0);
    await admin.getByTestId('edition-open').first().click();
    await admin.getByTestId('edition-entries').getByText('乙酸丁酯').waitFor();
    await admin.waitForTimeout(500); // the drawer slides in
    await screenshot(admin, 'major-hazards-08-edition-entries', { fullPage: false });
    await admin.goto('/chemicals?q=醋酸丁酯');
    const hit = admin.locator('[data-testid="chemical-row"][data-name="乙酸丁酯"]').first();
    await hit.waitFor();
    expect(await hit.innerText()).toContain('危险化学品目录（旅程测试版）');
  });

  it('lets the district admin add a monitoring requirement for grade 4', async () => {
    await admin.goto('/major-hazards/monitoring');
    expect(await waitForHeading(admin, '重大危险源监控要求')).toBe('重大危险源监控要求');
    await settled(admin);
    expect(await admin.getByTestId('monitoring-source').getAttribute('data-source')).toBe('default');
    const before = await admin.getByTestId('monitoring-list-4').locator('[data-testid="requirement"]').count();
    await admin.getByTestId('monitoring-edit').click();
    const grade4 = admin.locator('[data-testid="monitoring-grade"][data-grade="4"]');
    await grade4.getByTestId('monitoring-add').click();
    await grade4.getByTestId('monitoring-zh').last().fill('旅程测试：每年汛期前开展一次防雷防静电检测');
    await admin.getByTestId('monitoring-save').click();
    await admin.getByTestId('monitoring-list-4').waitFor();
    expect(await admin.getByTestId('monitoring-source').getAttribute('data-source')).toBe('district');
    expect(await admin.getByTestId('monitoring-list-4').locator('[data-testid="requirement"]').count()).toBe(before + 1);
    const api = await apiOk<{ items: { grade: number; requirements: { zh: string; basis?: string | null }[] }[] }>(admin, 'GET', '/api/major-hazards/monitoring-requirements');
    const four = api.items.find((g) => g.grade === 4)?.requirements ?? [];
    expect(four.at(-1)?.zh).toBe('旅程测试：每年汛期前开展一次防雷防静电检测');
    expect(four.filter((r) => r.basis).length).toBeGreaterThan(0); // the default entries kept their basis
  });

  it('shows the register on a phone', async () => {
    await asDemoUser(platform, 'admin', async (page) => {
      await page.goto(`/major-hazards?grade=${grade}`);
      expect(await waitForHeading(page, '重大危险源登记台账')).toBe('重大危险源登记台账');
      await settled(page);
      await page.getByTestId('register-row').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'major-hazards-07-phone', { fullPage: false });
    }, PHONE);
  });

  it('raised no page errors', () => {
    const real = platform.browser.errors.filter((e) => !/status of 40[0134]/.test(e));
    expect(real).toEqual([]);
  });
});
