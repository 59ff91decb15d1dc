// Browser journey of the blacklist against the real platform (demo data, SQLite) in Debian's Chromium: 区安全监管局
// (ajj) proposes an enterprise for listing through the form (and a person of it through the API, with an ID number);
// the district admin reviews, decides and publishes it on the entry page, naming two departments; the 黑名单 badge
// then stands beside the enterprise on its page and in the enterprise list; the admin switches the public field
// "事实与理由" off; ajj acknowledges the joint-punishment notice and the admin sees the acknowledgement; a browser that
// never signed in opens /public and sees the entry — and neither the person's ID number nor the switched-off reason,
// on the page, in blacklist.json or in blacklist.rss.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Platform } from './support/browser';
import { publicFeed, takeAction, withIdCheckDigit } from './journeys/blacklist-ui';
import { signInAsDemo, startPlatformAs } from './journeys/demo-platform';
import { apiOk, chooseOption } from './journeys/major-hazards-ui';
import { settled, waitForHeading } from './journeys/plans-ui';

type Entry = { id: string; status: string; version: number; partyName: string; notices: { id: string; department: { name: string }; acknowledgedAt: string | null }[] };
type Org = { id: string; kind: string; name: string };

describe('the blacklist from proposal to the public portal', () => {
  let platform: Platform;
  let ajj: Page;
  let admin: Page;
  let anonymous: BrowserContext;
  let target: { id: string; name: string };
  let entry: Entry;
  let person: Entry;
  const reason = `E2E 拒不执行安全监管指令，现场检查时拒绝执法人员进入储罐区（${Date.now()}）`;
  const idNumber = withIdCheckDigit('44011719800101123');
  const personName = '测试人员（演示）';

  beforeAll(async () => {
    ({ platform, page: ajj } = await startPlatformAs('ajj'));
    const ctx = await platform.browser.newContext();
    admin = await ctx.newPage();
    await signInAsDemo(admin, platform, 'admin');
    anonymous = await platform.browser.newContext();
    // An enterprise of the demo that is not listed yet (and not enterprise01's own company).
    const listed = new Set((await apiOk<{ enterpriseIds: string[] }>(ajj, 'GET', '/api/blacklist/listed')).enterpriseIds);
    const page = await apiOk<{ items: { id: string; name: string }[] }>(ajj, 'GET', '/api/enterprises?pageSize=50');
    const free = page.items.find((e) => !listed.has(e.id) && e.id !== 'demo-ent-000');
    if (!free) throw new Error('no unlisted demo enterprise');
    target = free;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('ajj proposes the enterprise through the form', async () => {
    await ajj.goto('/blacklist');
    expect(await waitForHeading(ajj, '安全生产失信联合惩戒对象名单')).toBe('安全生产失信联合惩戒对象名单');
    await ajj.getByTestId('blacklist-propose').click();
    await ajj.getByTestId('propose-drawer').waitFor();
    await chooseOption(ajj, ajj.getByTestId('propose-enterprise'), target.name);
    await ajj.getByTestId('criterion-bl08').click();
    // the criteria come from the data file: unverified, and the form says so
    expect(await ajj.getByTestId('propose-drawer').getByTestId('unverified-tag').count()).toBeGreaterThan(0);
    await ajj.getByTestId('propose-reason').fill(reason);
    await ajj.getByTestId('propose-save').click();
    await ajj.waitForURL(/\/blacklist\/[^/]+$/);
    await ajj.getByTestId('entry-steps').waitFor(); // (the list's tags may still be on screen while the entry page loads)
    expect(await ajj.getByTestId('entry-status').getAttribute('data-status')).toBe('proposed');
    entry = await apiOk<Entry>(ajj, 'GET', `/api/blacklist/${decodeURIComponent(ajj.url().split('/').pop()!)}`);
    expect(entry.partyName).toBe(target.name);
    // four eyes: ajj's department decides, but not on its own proposal — no review button for the proposer
    expect(await ajj.getByTestId('action-review_approve').count()).toBe(0);
    person = await apiOk<Entry>(ajj, 'POST', '/api/blacklist', {
      partyKind: 'person', enterpriseId: target.id, personName, idNumber, personRole: '主要负责人', criteria: ['bl08'], reason,
    });
    await screenshot(ajj, 'blacklist-01-proposed');
  });

  it('the admin reviews, decides and publishes it, naming two departments', async () => {
    const depts = (await apiOk<{ items: Org[] }>(admin, 'GET', '/api/orgs')).items.filter((o) => o.kind === 'department');
    const bureau = depts.find((d) => d.name.includes('安全监管'))!;
    const police = depts.find((d) => d.name.includes('公安'))!;
    expect(bureau && police).toBeTruthy();
    await admin.goto(`/blacklist/${encodeURIComponent(entry.id)}`);
    await admin.getByTestId('entry-steps').waitFor();
    await takeAction(admin, 'review_approve', { comment: '事实清楚' }, 'reviewed');
    await takeAction(admin, 'decide', { decisionNo: '从应急失信〔2026〕99号' }, 'decided');
    await takeAction(admin, 'publish', { departmentIds: [bureau.name, police.name], measures: '暂停评优评先，行政审批重点审查' }, 'published');
    expect(await admin.getByTestId('entry-steps').getAttribute('data-current')).toBe('3');
    expect(await admin.getByTestId('entry-notice').count()).toBe(2);
    expect(await admin.getByTestId('entry-title').getByTestId('blacklist-badge').count()).toBe(1);
    // the person's entry the same way, through the API (its ID number is what the portal must never show)
    let p = await apiOk<Entry>(admin, 'POST', `/api/blacklist/${person.id}/actions`, { action: 'review_approve', version: person.version });
    p = await apiOk<Entry>(admin, 'POST', `/api/blacklist/${p.id}/actions`, { action: 'decide', version: p.version, decisionNo: '从应急失信〔2026〕100号', durationMonths: 12 });
    p = await apiOk<Entry>(admin, 'POST', `/api/blacklist/${p.id}/actions`, { action: 'publish', version: p.version, departmentIds: [police.id], measures: '限制担任负责人' });
    expect(p.status).toBe('published');
    await screenshot(admin, 'blacklist-02-published', { fullPage: true });
  });

  it('the badge stands beside the enterprise on its page and in the list', async () => {
    await admin.goto(`/enterprises/${encodeURIComponent(target.id)}`);
    expect(await waitForHeading(admin, target.name)).toBe(target.name);
    await admin.getByTestId('blacklist-badge').first().waitFor();
    await admin.goto(`/enterprises?q=${encodeURIComponent(target.name)}`);
    await settled(admin);
    const row = admin.locator('.ent-name-cell').filter({ hasText: target.name }).first();
    await row.getByTestId('blacklist-badge').waitFor();
    await screenshot(admin, 'blacklist-03-badge');
  });

  it('the admin switches the public field 事实与理由 off; the ID number cannot be switched on', async () => {
    await admin.goto('/blacklist/settings');
    await admin.getByTestId('public-blacklist-reason').waitFor();
    expect(await admin.getByTestId('public-blacklist-idNumber').isDisabled()).toBe(true);
    expect(await admin.getByTestId('criteria-unverified').count()).toBe(1);
    await admin.getByTestId('public-blacklist-reason').click();
    await admin.getByTestId('settings-save').click();
    await admin.waitForFunction(() => document.querySelector('[data-testid="settings-save"]')?.hasAttribute('disabled'));
    const s = await apiOk<{ publicFields: { blacklist: Record<string, { public: boolean }> } }>(admin, 'GET', '/api/inspections/settings');
    expect(s.publicFields.blacklist.reason?.public).toBe(false);
  });

  it('ajj acknowledges the joint-punishment notice; the admin sees it acknowledged', async () => {
    await ajj.goto('/blacklist/notices');
    const row = ajj.locator(`[data-testid="notice-row"][data-entry-id="${entry.id}"]`);
    await row.waitFor();
    await row.getByTestId('notice-ack').click();
    await ajj.getByTestId('ack-response').fill('已暂停其评优评先资格');
    await ajj.getByTestId('ack-confirm').click();
    await row.waitFor({ state: 'detached' });
    await ajj.getByTestId('notices-show-done').click();
    await ajj.locator(`[data-testid="notice-row"][data-entry-id="${entry.id}"]`).getByTestId('notice-acknowledged').waitFor();
    await admin.goto(`/blacklist/${encodeURIComponent(entry.id)}`);
    await admin.locator('[data-testid="entry-notice"][data-acknowledged="1"]').first().waitFor();
    expect(await admin.locator('[data-testid="entry-notice"][data-acknowledged="1"]').count()).toBe(1);
    await screenshot(admin, 'blacklist-04-acknowledged', { fullPage: true });
  });

  it('the public portal, without login, shows the entries and never the ID number or the switched-off reason', async () => {
    const page = await anonymous.newPage();
    await page.goto('/public');
    await page.getByTestId('public-portal').waitFor();
    await page.locator('[data-testid="public-blacklist-row"]').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain(target.name);
    expect(text).toContain(personName);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(reason);
    expect(await page.getByTestId('public-blacklist').getAttribute('data-fields')).not.toMatch(/\b(idNumber|reason)\b/);
    expect(await page.getByTestId('feed-blacklist-rss').getAttribute('href')).toBe('/public/blacklist.rss');

    const base = platform.server.url;
    const json = await publicFeed(anonymous, base, '/public/blacklist.json');
    expect(json.status).toBe(200);
    const body = JSON.parse(json.text) as { items: Record<string, unknown>[] };
    const mine = body.items.filter((i) => i.id === entry.id || i.id === person.id);
    expect(mine.length).toBe(2);
    for (const i of body.items) {
      expect(i).not.toHaveProperty('idNumber');
      expect(i).not.toHaveProperty('reason');
    }
    expect(json.text).not.toContain(idNumber);
    expect(json.text).not.toContain(reason);
    const rss = await publicFeed(anonymous, base, '/public/blacklist.rss');
    expect(rss.status).toBe(200);
    expect(rss.text).toContain('<rss');
    expect(rss.text).toContain(target.name);
    expect(rss.text).not.toContain(idNumber);
    expect(rss.text).not.toContain(reason);

    // the other tabs draw from their feeds too
    await page.getByTestId('public-tab-risk').click();
    await page.getByTestId('public-risk').waitFor();
    await page.getByTestId('public-tab-draws').click();
    await page.locator('[data-testid="public-draws"], [data-testid="public-draws-empty"]').first().waitFor();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('public-tab-blacklist').click();
    expect(await page.getByTestId('page-title').innerText()).toBe('Work-safety public information');
    await screenshot(page, 'blacklist-05-public-portal', { fullPage: true });
  });

  it('no page error on the way', () => {
    expect(platform.browser.errors.filter((e) => !/favicon|Failed to load resource/.test(e))).toEqual([]);
  });
});
