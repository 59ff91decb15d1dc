// Browser journey of one hidden danger around its closed loop, against the real platform (demo data, SQLite) in
// Debian's Chromium: inspector01 registers a finding at enterprise01's company; the enterprise finds it in its list,
// submits a plan, is refused "rectified" without evidence, uploads a photo and reports it rectified; the inspector
// returns it with a reason; the enterprise reports again; the inspector verifies — closed, the Steps finished and the
// timeline telling the story; the statistics page draws its charts; the enforcement page opens a case from the finding.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startPlatform, type Platform } from './support/browser';
import { asDemoUser, PHONE, signInAsDemo } from './journeys/demo-platform';
import { apiCall, apiOk, inputOf } from './journeys/major-hazards-ui';
import { chinaDatePlus, closeNotifications, findingStatus, openFinding, runAction, tinyPng, uploadEvidence, waitForStatus } from './journeys/hidden-dangers-ui';
import { settled, waitForHeading } from './journeys/plans-ui';
import { fieldErrors } from './journeys/risk-ui';

type Finding = { id: string; status: string; version: number; returnCount: number; evidence: unknown[]; timeline: { action: string; note: string | null }[] };

describe('a hidden danger around its loop in the browser', () => {
  let platform: Platform;
  let ent: Page;
  let insp: Page;
  const description = `配电箱外壳未接地（旅程 ${Date.now() % 100000}）`;
  let findingId = '';
  let selfCheckId = '';

  beforeAll(async () => {
    platform = await startPlatform();
    ent = platform.page;
    await signInAsDemo(ent, platform, 'enterprise01');
    const context = await platform.browser.newContext();
    insp = await context.newPage();
    await signInAsDemo(insp, platform, 'inspector01');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('inspector01 registers a finding at enterprise01\'s company; a deadline in the past is refused on its field', async () => {
    const past = await apiCall<{ error: { code: string; details: { field: string }[] } }>(insp, 'POST', '/api/hidden-dangers',
      { enterpriseId: 'demo-ent-000', category: '电气与仪表', description, deadline: chinaDatePlus(-1), source: 'inspection' });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('FINDING_DEADLINE_PAST');
    expect(past.body.error.details.map((d) => d.field)).toContain('deadline');
    const f = await apiOk<Finding>(insp, 'POST', '/api/hidden-dangers',
      { enterpriseId: 'demo-ent-000', category: '电气与仪表', description, deadline: chinaDatePlus(15), legalBasis: 'GB 50058', source: 'inspection' });
    expect(f.status).toBe('open');
    findingId = f.id;
  });

  it('the enterprise finds it in its list and opens it', async () => {
    await ent.getByTestId('nav-hidden-dangers').click();
    expect(await waitForHeading(ent, '隐患清单')).toBe('隐患清单');
    await ent.getByTestId('hd-filter-q').locator('input').fill(description);
    await ent.getByTestId('hd-filter-q').locator('input').press('Enter');
    await settled(ent);
    const row = ent.locator(`[data-testid="hd-row"][data-id="${findingId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('open');
    await row.getByTestId('hd-row-link').click();
    await ent.getByTestId('hd-finding').waitFor();
    expect(await findingStatus(ent)).toBe('open');
    expect(await ent.getByTestId('hd-loop').getAttribute('data-current')).toBe('0');
  });

  it('submits a plan with the person responsible and the funds', async () => {
    await runAction(ent, 'submit_plan', { planText: '更换配电箱接地线并做接地电阻测试', person: '旅程甲', funds: '1200.50' });
    await waitForStatus(ent, 'rectifying');
    expect(await ent.getByTestId('hd-plan').innerText()).toContain('旅程甲');
    expect(await ent.getByTestId('hd-loop').getAttribute('data-current')).toBe('1');
  });

  it('is refused "rectified" without evidence, then uploads a photo and reports it rectified', async () => {
    await runAction(ent, 'submit_rectification', { note: '已整改' });
    const error = ent.getByTestId('error-notification');
    await error.waitFor();
    expect(await error.innerText()).toContain('整改证据'); // FINDING_EVIDENCE_REQUIRED, as the server words it
    expect(await findingStatus(ent)).toBe('rectifying');
    // the modal stays open after a refusal; the notification (kept while it lists details) sits over the buttons
    await ent.locator('.ant-modal-close').click();
    await ent.getByTestId('hd-action-form').waitFor({ state: 'detached' });
    await closeNotifications(ent);
    await uploadEvidence(ent, 'hd-evidence', 'after.png', tinyPng);
    await ent.getByTestId('hd-evidence-file').first().waitFor();
    await runAction(ent, 'submit_rectification', { note: '已更换接地线' });
    await waitForStatus(ent, 'awaiting_verification');
    await screenshot(ent, 'hidden-dangers-01-awaiting', { fullPage: true });
  });

  it('inspector01 returns it with a reason', async () => {
    await openFinding(insp, findingId);
    expect(await findingStatus(insp)).toBe('awaiting_verification');
    expect(await insp.getByTestId('hd-evidence-file').count()).toBe(1);
    await runAction(insp, 'return', { note: '接地电阻测试记录未附' });
    await waitForStatus(insp, 'rectifying');
    await insp.getByTestId('hd-return-count').waitFor();
    expect(await insp.getByTestId('hd-loop').getAttribute('data-state')).toBe('error');
  });

  it('the enterprise reports it rectified again, and the inspector verifies: closed', async () => {
    await openFinding(ent, findingId);
    expect(await findingStatus(ent)).toBe('rectifying');
    await uploadEvidence(ent, 'hd-evidence', 'test-record.png', tinyPng);
    await runAction(ent, 'submit_rectification', { note: '补充接地电阻测试记录' });
    await waitForStatus(ent, 'awaiting_verification');

    await openFinding(insp, findingId);
    await runAction(insp, 'verify', { note: '现场核查合格' });
    await waitForStatus(insp, 'closed');
    expect(await insp.getByTestId('hd-loop').getAttribute('data-state')).toBe('finish');
    const actions = await insp.getByTestId('hd-timeline-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    for (const a of ['submit_plan', 'submit_rectification', 'return', 'verify']) expect(actions).toContain(a);
    expect(await insp.getByTestId('hd-timeline').innerText()).toContain('接地电阻测试记录未附');
    const f = await apiOk<Finding>(insp, 'GET', `/api/hidden-dangers/${findingId}`);
    expect(f).toMatchObject({ status: 'closed', returnCount: 1 });
    expect(f.evidence).toHaveLength(2);
    await screenshot(insp, 'hidden-dangers-02-closed', { fullPage: true });
  });

  it('the enterprise can no longer act on the closed finding', async () => {
    await openFinding(ent, findingId);
    expect(await findingStatus(ent)).toBe('closed');
    expect(await ent.getByTestId('hd-actions').count()).toBe(0);
  });

  it('the list filtered to overdue, most overdue first, shows every row\'s days overdue in red', async () => {
    await insp.goto('/hidden-dangers?overdue=1&sort=overdue');
    expect(await waitForHeading(insp, '隐患清单')).toBe('隐患清单');
    await settled(insp);
    const days = await insp.getByTestId('hd-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-overdue'))));
    expect(days.length).toBeGreaterThan(0); // the demo seeds findings overdue at every escalation level
    expect(days.every((d) => d > 0)).toBe(true);
    expect(days).toEqual([...days].sort((x, y) => y - x)); // most overdue first
    const colour = await insp.getByTestId('finding-overdue').first().evaluate((e) => getComputedStyle(e).color);
    expect(colour).toBe('rgb(207, 19, 34)'); // #cf1322
    await screenshot(insp, 'hidden-dangers-04-overdue', { fullPage: false });
  });

  it('the statistics page draws its charts', async () => {
    await insp.goto('/hidden-dangers/stats');
    expect(await waitForHeading(insp, '隐患统计')).toBe('隐患统计');
    await insp.getByTestId('hd-stats').waitFor();
    expect(Number(await insp.getByTestId('hd-stats').getAttribute('data-found'))).toBeGreaterThanOrEqual(1);
    for (const id of ['hd-chart-territory', 'hd-chart-category', 'hd-chart-month', 'hd-chart-escalated', 'hd-chart-industry']) {
      await insp.getByTestId(id).locator('canvas').first().waitFor();
    }
    await screenshot(insp, 'hidden-dangers-03-stats', { fullPage: true });
  });

  it('opens a rectification order from the finding', async () => {
    await openFinding(insp, findingId);
    await insp.getByTestId('hd-to-enforcement').click();
    await insp.getByTestId('case-drawer').waitFor();
    await insp.getByTestId('case-facts').fill('配电箱外壳未接地，违反 GB 50058');
    await insp.getByTestId('case-basis').fill('《中华人民共和国安全生产法》第一百零二条');
    const deadline = inputOf(insp.getByTestId('case-deadline'));
    await deadline.click();
    await deadline.fill(chinaDatePlus(10));
    await deadline.press('Enter');
    await insp.getByTestId('case-save').click();
    await insp.getByTestId('case-page').waitFor();
    expect(await insp.getByTestId('case-page').getAttribute('data-status')).toBe('issued');
    expect(await insp.getByTestId('case-findings-list').innerText()).not.toBe('');
  });

  it('a department takes a penalty case from filing to a published decision', async () => {
    await asDemoUser(platform, 'ajj', async (ajj) => {
      await ajj.goto(`/enforcement?new=1&enterpriseId=demo-ent-000&findingId=${encodeURIComponent(findingId)}`);
      await ajj.getByTestId('case-drawer').waitFor();
      await ajj.getByTestId('case-kind-input').getByText('行政处罚').click();
      await ajj.getByTestId('case-facts').fill('配电箱外壳未接地，经责令整改后复查');
      await ajj.getByTestId('case-basis').fill('《中华人民共和国安全生产法》第一百零二条');
      await ajj.getByTestId('case-penalty-kinds').click();
      await ajj.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '罚款' }).first().click();
      await ajj.keyboard.press('Escape');
      await ajj.getByTestId('case-amount').fill('20000.00');
      await ajj.getByTestId('case-save').click();
      await ajj.getByTestId('case-page').waitFor();
      const status = () => ajj.getByTestId('case-page').getAttribute('data-status');
      expect(await status()).toBe('filed');
      for (const [action, next] of [['investigate', 'investigating'], ['notify_party', 'notified']] as const) {
        await ajj.getByTestId(`case-action-${action}`).click();
        await ajj.locator('.ant-popconfirm:visible .ant-btn-primary').click();
        await ajj.waitForFunction((s) => document.querySelector('[data-testid="case-page"]')?.getAttribute('data-status') === s, next);
      }
      await ajj.getByTestId('case-action-decide').click();
      await ajj.getByTestId('case-decision-no').fill(`从应急罚〔2026〕${Date.now() % 1000}号`);
      await ajj.getByTestId('case-decide-ok').click();
      await ajj.waitForFunction(() => document.querySelector('[data-testid="case-page"]')?.getAttribute('data-status') === 'decided');
      await ajj.getByTestId('case-publish').click();
      await ajj.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await ajj.getByTestId('case-published').first().waitFor();
      const id = await ajj.getByTestId('case-page').getAttribute('data-id');
      const c = await apiOk<{ amount: string; publishedAt: string | null; findingIds: string[] }>(ajj, 'GET', `/api/enforcement/${id}`);
      expect(c).toMatchObject({ amount: '20000.00', findingIds: [findingId] });
      expect(c.publishedAt).not.toBeNull();
      await screenshot(ajj, 'hidden-dangers-05-penalty', { fullPage: true });
    });
  });

  it('the district office sees the major criteria marked 未核实 and sets the escalation days, refused out of order', async () => {
    await asDemoUser(platform, 'admin', async (admin) => {
      await admin.goto('/hidden-dangers/settings');
      expect(await waitForHeading(admin, '隐患设置')).toBe('隐患设置');
      await admin.getByTestId('hd-settings-form').waitFor();
      expect(await admin.getByTestId('hd-criterion-row').count()).toBe(20); // data/inspections/major-criteria.json: the 20 criteria of 安监总管三〔2017〕121号
      await admin.getByTestId('hd-criteria-unverified').waitFor();
      expect(await admin.getByTestId('unverified-tag').count()).toBeGreaterThan(0);
      const district = inputOf(admin.getByTestId('hd-setting-districtDays'));
      await district.fill('5'); // below the department's 7 days
      await admin.getByTestId('hd-settings-save').click();
      expect((await fieldErrors(admin.getByTestId('hd-setting-districtDays'))).join()).toContain('后一级的天数不能少于前一级');
      await district.fill('45');
      await admin.getByTestId('hd-settings-save').click();
      await admin.waitForFunction(async () => {
        const r = await fetch('/api/inspections/settings');
        return ((await r.json()) as { escalation: { districtDays: number } }).escalation.districtDays === 45;
      }, undefined, { timeout: 15_000, polling: 500 });
      await screenshot(admin, 'hidden-dangers-06-settings', { fullPage: false });
    });
  });

  it('on a phone, the enterprise registers a self-check finding through the form, its deadline pre-filled', async () => {
    await asDemoUser(platform, 'enterprise01', async (phone) => {
      await phone.goto('/hidden-dangers');
      expect(await waitForHeading(phone, '隐患清单')).toBe('隐患清单');
      await phone.getByTestId('hd-create').click();
      await phone.getByTestId('hd-create-drawer').waitFor();
      await phone.getByTestId('hd-create-save').click();
      expect((await fieldErrors(phone.getByTestId('hd-create-category'))).join()).toContain('请填写隐患类别');
      // The default period for a general finding is 15 days (domain/inspections/settings.ts defaultDeadlines).
      expect(await inputOf(phone.getByTestId('hd-create-deadline')).inputValue()).toBe(chinaDatePlus(15));
      await phone.getByTestId('hd-create-category').fill('消防与应急');
      await phone.getByTestId('hd-create-description').fill(`灭火器压力不足（自查旅程 ${Date.now() % 1000}）`);
      await phone.getByTestId('hd-create-save').click();
      await phone.getByTestId('hd-finding').waitFor();
      expect(await findingStatus(phone)).toBe('open');
      expect(await phone.getByTestId('hd-finding').innerText()).toContain('企业自查');
      await settled(phone);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(phone, 'hidden-dangers-07-phone', { fullPage: false });
      selfCheckId = (await phone.getByTestId('hd-finding').getAttribute('data-id')) ?? '';
    }, PHONE);
  });

  it('reads in English after the switch', async () => {
    await openFinding(insp, selfCheckId);
    await insp.getByTestId('lang-en').click();
    await insp.getByTestId('finding-status').filter({ hasText: 'To rectify' }).waitFor();
    const text = await insp.getByTestId('hd-finding').innerText();
    for (const words of ['Self-check', 'Found', 'Rectification plan', 'History']) expect(text).toContain(words);
    await screenshot(insp, 'hidden-dangers-08-english', { fullPage: false });
    await insp.getByTestId('lang-zh').click();
    await insp.getByTestId('finding-status').filter({ hasText: '待整改' }).waitFor();
  });

  it('raised no page errors', () => {
    const real = platform.browser.errors.filter((e) => !/status of 40[0134]/.test(e));
    expect(real).toEqual([]);
  });
});
