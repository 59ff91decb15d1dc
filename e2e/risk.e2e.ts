// Browser journey of risk points against the real platform (demo data, SQLite) in Debian's Chromium: the
// enterprise user adds an LEC point on its own unit and sees it graded red; a form left empty and a point outside
// the district get their errors under the fields; a department regulator (ajj) overrides the grade to orange with
// a reason and comments; the enterprise sees both; its risk notice board (风险公告栏) downloads and names the
// point; the page speaks English after the switch, and reads on a phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startPlatform, type Platform } from './support/browser';
import { apiCall, apiOk, chooseOption, inputOf } from './journeys/major-hazards-ui';
import { asDemoUser, PHONE } from './journeys/demo-platform';
import { loginOf, parseDemoLogins, settled, signIn, waitForHeading } from './journeys/plans-ui';
import { addTags, fieldErrors, journeyPointName, pdfText, pickFirst, pickScale } from './journeys/risk-ui';

type Point = {
  id: string; name: string; level: string; computedLevel: string; enterprise: { id: string } | null;
  assessment: { score: number; level: string; inputs: Record<string, number> };
  override: { level: string; reason: string; by: string } | null;
};

describe('risk points in the browser', () => {
  let platform: Platform;
  let ent: Page;
  let ajj: Page;
  const name = journeyPointName();
  let pointId = '';
  let enterpriseId = '';

  beforeAll(async () => {
    platform = await startPlatform();
    ent = platform.page;
    const logins = parseDemoLogins(platform.server.logs());
    await signIn(ent, loginOf(logins, 'enterprise01'));
    const context = await platform.browser.newContext();
    ajj = await context.newPage();
    await signIn(ajj, loginOf(logins, 'ajj'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('opens 风险点 from the menu, worst first', async () => {
    await ent.getByTestId('nav-risk').click();
    expect(await waitForHeading(ent, '风险点')).toBe('风险点');
    await settled(ent);
    const levels = await ent.getByTestId('risk-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-level') ?? ''));
    const rank = { red: 1, orange: 2, yellow: 3, blue: 4 } as Record<string, number>;
    expect(levels.map((l) => rank[l])).toEqual([...levels.map((l) => rank[l])].sort((a, b) => (a ?? 9) - (b ?? 9)));
  });

  it('shows the errors of an empty form under its fields', async () => {
    await ent.getByTestId('risk-create').click();
    await ent.getByTestId('risk-form').waitFor();
    await ent.getByTestId('risk-save').click();
    expect((await fieldErrors(ent.getByTestId('risk-name'))).join()).toContain('请填写风险点名称');
    expect((await fieldErrors(ent.getByTestId('risk-input-l'))).join()).toContain('请选择分值');
    expect((await fieldErrors(ent.getByTestId('risk-unit'))).join()).toContain('请选择生产储存单元');
    await screenshot(ent, 'risk-01-empty-form', { fullPage: false });
  });

  it('adds an LEC point on its unit, L=6 E=6 C=15, and sees it red', async () => {
    const unit = await pickFirst(ent, ent.getByTestId('risk-unit'));
    expect(unit.length).toBeGreaterThan(0);
    await ent.getByTestId('risk-name').fill(name);
    await ent.getByTestId('risk-location').fill('二号仓库东侧');
    await addTags(ent, ent.getByTestId('risk-posts'), ['仓库保管员', '叉车司机']);
    await addTags(ent, ent.getByTestId('risk-factors'), ['液氯钢瓶阀门泄漏']);
    await addTags(ent, ent.getByTestId('risk-accidents'), ['中毒和窒息']);
    // By hand (LEC, data/standards/risk-grading-methods.json): L = 6 相当可能, E = 6 每天工作时间内暴露,
    // C = 15 非常严重，一人死亡 → D = 6 × 6 × 15 = 540 ≥ 320 → 重大风险 (red) under the default bands.
    await pickScale(ent, 'l', 6);
    await pickScale(ent, 'e', 6);
    await pickScale(ent, 'c', 15);
    const live = ent.getByTestId('risk-live');
    expect(await live.getAttribute('data-score')).toBe('540');
    expect(await live.getAttribute('data-level')).toBe('red');
    expect(await ent.getByTestId('risk-live-formula').innerText()).toBe('D = 6 × 6 × 15 = 540');
    await chooseOption(ent, ent.getByTestId('risk-control-level'), '公司级');
    await ent.getByTestId('risk-dept').fill('储运部');
    await ent.getByTestId('risk-person').fill('旅程乙');
    await ent.getByTestId('risk-phone').fill('020-87900002');
    await addTags(ent, ent.getByTestId('risk-measures-engineering'), ['氯气泄漏报警仪']);
    await addTags(ent, ent.getByTestId('risk-measures-emergency'), ['配备正压式空气呼吸器']);
    await ent.getByTestId('risk-emergency').fill('发现泄漏立即撤离至上风向并报告。');
    // A point in Beijing is outside the district: the server's message sits under the coordinates.
    await ent.getByTestId('risk-crs').getByText('WGS-84').click();
    await inputOf(ent.getByTestId('risk-lng')).fill('116.397');
    await inputOf(ent.getByTestId('risk-lat')).fill('39.909');
    await ent.getByTestId('risk-save').click();
    expect((await fieldErrors(ent.getByTestId('risk-lng'))).join()).toContain('不在本区范围内');
    await screenshot(ent, 'risk-02-outside-district', { fullPage: false });
    // 从化区 centre (WGS-84), inside the boundary.
    await inputOf(ent.getByTestId('risk-lng')).fill('113.5870');
    await inputOf(ent.getByTestId('risk-lat')).fill('23.5480');
    await ent.getByTestId('risk-save').click();
    await ent.waitForURL(/\/risk\/points\//, { timeout: 30_000 });
    pointId = decodeURIComponent(new URL(ent.url()).pathname.split('/').pop() ?? '');
    await ent.getByTestId('risk-badge').waitFor();
    expect(await ent.getByTestId('risk-badge').getAttribute('data-level')).toBe('red');
    const api = await apiOk<Point>(ent, 'GET', `/api/risk/points/${encodeURIComponent(pointId)}`);
    expect(api).toMatchObject({ name, level: 'red', assessment: { score: 540, level: 'red', inputs: { l: 6, e: 6, c: 15 } } });
    enterpriseId = api.enterprise?.id ?? '';
    expect(await ent.getByTestId('risk-view-formula').innerText()).toBe('D = 6 × 6 × 15 = 540');
    await settled(ent);
    await screenshot(ent, 'risk-03-point-red', { fullPage: true });
  });

  it('refuses an input off its scale, naming the field', async () => {
    const current = await apiOk<Point & Record<string, unknown>>(ent, 'GET', `/api/risk/points/${encodeURIComponent(pointId)}`);
    const r = await apiCall<{ error: { code: string; details: { field: string }[] } }>(ent, 'POST', '/api/risk/assess', { method: 'lec', inputs: { l: 5, e: 6, c: 16 } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('RISK_INPUT_OFF_SCALE');
    expect(r.body.error.details.map((d) => d.field).sort()).toEqual(['inputs.c', 'inputs.l']);
    expect(current.level).toBe('red');
  });

  it('lets the department regulator override it to orange with a reason, and comment', async () => {
    await ajj.goto(`/risk/points/${encodeURIComponent(pointId)}`);
    await ajj.getByTestId('risk-badge').waitFor();
    expect(await ajj.getByTestId('risk-edit').count()).toBe(0);
    await ajj.getByTestId('risk-override-open').click();
    await chooseOption(ajj, ajj.getByTestId('risk-override-select'), '较大风险');
    await ajj.getByTestId('risk-override-reason-input').fill('现场核查：已设置氯气吸收装置，调整为较大风险');
    await ajj.getByTestId('risk-override-save').click();
    await ajj.locator('[data-testid="risk-badge"][data-level="orange"]').waitFor();
    expect(await ajj.getByTestId('risk-override-info').getAttribute('data-level')).toBe('orange');
    await ajj.getByTestId('risk-comment-input').fill('请于本月底前完成钢瓶库泄漏报警联动测试。');
    await ajj.getByTestId('risk-comment-send').click();
    await ajj.getByTestId('risk-comment-body').filter({ hasText: '泄漏报警联动测试' }).waitFor();
    const api = await apiOk<Point>(ajj, 'GET', `/api/risk/points/${encodeURIComponent(pointId)}`);
    expect(api).toMatchObject({ level: 'orange', computedLevel: 'red', override: { level: 'orange' } });
    await screenshot(ajj, 'risk-04-override', { fullPage: true });
  });

  it('shows the enterprise the override, its reason and the comment', async () => {
    await ent.reload();
    await ent.locator('[data-testid="risk-badge"][data-level="orange"]').waitFor();
    expect(await ent.getByTestId('risk-override-reason').innerText()).toContain('已设置氯气吸收装置');
    expect(await ent.getByTestId('risk-override-open').count()).toBe(0);
    await ent.getByTestId('risk-comment-body').filter({ hasText: '泄漏报警联动测试' }).waitFor();
    expect(await ent.getByTestId('risk-comment-input').count()).toBe(0);
  });

  it('records a post confirmation and a review, both in the history', async () => {
    await ent.getByTestId('risk-confirm-person').fill('旅程丙');
    await ent.getByTestId('risk-confirm-save').click();
    await ent.getByTestId('risk-confirmation').filter({ hasText: '旅程丙' }).waitFor();
    await ent.getByTestId('risk-review-open').click();
    await ent.getByTestId('risk-review-note').fill('旅程复核：措施有效');
    await ent.getByTestId('risk-review-save').click();
    await ent.locator('.ant-message').getByText('评审已记录').waitFor();
    const api = await apiOk<{ lastReviewedOn: string; nextReviewOn: string; reviewIntervalDays: number; reviewLate: boolean }>(ent, 'GET', `/api/risk/points/${encodeURIComponent(pointId)}`);
    expect(api.reviewLate).toBe(false);
    // next review = reviewed on + the interval (180 days, the form's default)
    const next = new Date(`${api.lastReviewedOn}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + api.reviewIntervalDays);
    expect(api.nextReviewOn).toBe(next.toISOString().slice(0, 10));
    await ent.locator('[data-testid="risk-history-item"][data-action*="review"]').first().waitFor();
    expect(await ent.locator('[data-testid="risk-history-item"][data-action*="confirm"]').count()).toBeGreaterThan(0);
  });

  it('edits the point (the new responsible person is saved) and prints a post card', async () => {
    await ent.getByTestId('risk-edit').click();
    await ent.getByTestId('risk-form').waitFor();
    expect(await inputOf(ent.getByTestId('risk-name')).inputValue()).toBe(name);
    await ent.getByTestId('risk-person').fill('旅程戊');
    await ent.getByTestId('risk-save').click();
    await ent.getByTestId('risk-responsible').filter({ hasText: '旅程戊' }).waitFor();
    const api = await apiOk<Point & { responsiblePerson: string; version: number }>(ent, 'GET', `/api/risk/points/${encodeURIComponent(pointId)}`);
    expect(api).toMatchObject({ responsiblePerson: '旅程戊', level: 'orange', computedLevel: 'red' });
    const card = ent.locator('[data-testid="risk-post"][data-post="仓库保管员"] [data-testid="risk-card-pdf"]');
    const href = await card.getAttribute('href');
    expect(href).toBe(`/api/risk/points/${encodeURIComponent(pointId)}/card.pdf?post=${encodeURIComponent('仓库保管员')}`);
    const pdf = await pdfText(ent, href ?? '');
    expect(pdf.status).toBe(200);
    expect(pdf.text.replace(/\s+/g, '')).toContain('仓库保管员');
  });

  it("prints the enterprise's notice board, which names the point", async () => {
    await ent.goto(`/enterprises/${encodeURIComponent(enterpriseId)}?tab=risk`);
    await ent.getByTestId('enterprise-risk-tab').waitFor();
    await ent.locator(`[data-testid="risk-row"][data-id="${pointId}"]`).waitFor();
    const href = await ent.getByTestId('enterprise-risk-tab').getByTestId('risk-notice-board').getAttribute('href');
    expect(href).toBe(`/api/risk/enterprises/${encodeURIComponent(enterpriseId)}/notice-board.pdf`);
    const pdf = await pdfText(ent, href ?? '');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toContain('pdf');
    expect(pdf.text.replace(/\s+/g, '')).toContain(name);
    await screenshot(ent, 'risk-05-enterprise-tab', { fullPage: false });
  });

  it('lets a town officer add a public place in its territory, graded by LS', async () => {
    await asDemoUser(platform, 'wenquan', async (town) => {
      await town.goto('/risk');
      expect(await waitForHeading(town, '风险点')).toBe('风险点');
      await town.getByTestId('risk-create').click();
      await town.getByTestId('risk-form').waitFor();
      await chooseOption(town, town.getByTestId('risk-kind'), '加油加气站');
      const territory = await pickFirst(town, town.getByTestId('risk-territory'));
      expect(territory).toBe('温泉镇');
      await town.getByTestId('risk-name').fill(`${name}加油站`);
      await addTags(town, town.getByTestId('risk-factors'), ['卸油作业油气挥发']);
      await town.getByTestId('risk-method').getByTestId('risk-method-ls').click();
      // By hand (LS, S1 bands): R = L × S = 3 × 4 = 12 → 9 ≤ R ≤ 12 → 一般风险 (yellow).
      await pickScale(town, 'l', 3);
      await pickScale(town, 's', 4);
      expect(await town.getByTestId('risk-live').getAttribute('data-level')).toBe('yellow');
      await town.getByTestId('risk-dept').fill('温泉镇安监办');
      await town.getByTestId('risk-person').fill('旅程丁');
      await addTags(town, town.getByTestId('risk-measures-management'), ['卸油时专人监护']);
      await town.getByTestId('risk-save').click();
      await town.waitForURL(/\/risk\/points\//, { timeout: 30_000 });
      await town.locator('[data-testid="risk-badge"][data-level="yellow"]').waitFor();
      const id = decodeURIComponent(new URL(town.url()).pathname.split('/').pop() ?? '');
      const api = await apiOk<Point & { kind: string; territory: { name: string }; assessment: { score: number } }>(town, 'GET', `/api/risk/points/${encodeURIComponent(id)}`);
      expect(api).toMatchObject({ kind: 'filling_station', enterprise: null, territory: { name: '温泉镇' }, level: 'yellow', assessment: { score: 12 } });
      expect(await town.getByTestId('risk-notice-board').count()).toBe(0); // a public place has no enterprise board
    });
  });

  it('speaks English after the switch', async () => {
    await ent.goto(`/risk/points/${encodeURIComponent(pointId)}`);
    await ent.getByTestId('risk-badge').waitFor();
    await ent.getByTestId('lang-en').click();
    await ent.getByTestId('risk-badge').filter({ hasText: 'Significant' }).waitFor();
    const text = await ent.getByTestId('risk-point').innerText();
    expect(text).toContain('Assessment');
    expect(text).toContain('Control measures');
    expect(text).toContain('likelihood');
    await ent.getByTestId('nav-risk').click();
    expect(await waitForHeading(ent, 'Risk points')).toBe('Risk points');
    await screenshot(ent, 'risk-06-english', { fullPage: false });
    await ent.getByTestId('lang-zh').click();
    expect(await waitForHeading(ent, '风险点')).toBe('风险点');
  });

  it('reads on a phone (the page the QR code opens)', async () => {
    await asDemoUser(platform, 'inspector01', async (page) => {
      await page.goto(`/risk/points/${encodeURIComponent(pointId)}`);
      await page.getByTestId('risk-badge').waitFor();
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'risk-07-phone', { fullPage: false });
    }, PHONE);
  });

  it('raised no page errors', () => {
    const real = platform.browser.errors.filter((e) => !/status of 40[0134]/.test(e));
    expect(real).toEqual([]);
  });
});
