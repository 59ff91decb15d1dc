// The offline inspection journey in Chromium at phone size (390 × 844): inspector01 opens an inspection while online
// (the service worker installs and precaches the app; the page keeps the record and its checklist in IndexedDB), the
// connection drops, the page is RELOADED (the worker serves the shell, IndexedDB the data), the whole form is filled
// with a photo from the "camera" and submitted — all queued on the phone, surviving another reload — then the
// connection returns: the queue syncs by itself, the status line says 已同步, and the failed item has become a
// hidden-danger finding (checked on the page and through the API). Then a conflict with another phone's answer shown
// with both values, and a 双随机 plan drawn with seed 42, verified and published into planned inspections.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startPlatform, type Platform } from './support/browser';
import { apiOk } from './journeys/major-hazards-ui';
import { signInAsDemo } from './journeys/demo-platform';
import { answer, isOfflineNoise, syncStatus, tinyPng, waitForServiceWorker, waitForSyncStatus } from './journeys/inspections-ui';

type Inspection = {
  id: string; status: string; version: number;
  template: { items: { id: string; sort: number; content: string }[] };
  results: { itemId: string; outcome: string | null; note: string | null; findingId: string | null; photos: { id: string; mime: string }[] }[];
  representativeName: string | null; findings: { id: string; description: string }[];
};

describe('an inspection filled offline on a phone', () => {
  let platform: Platform;
  let page: Page;
  let context: BrowserContext;
  let inspection: Inspection;

  beforeAll(async () => {
    platform = await startPlatform({}, { viewport: { width: 390, height: 844 }, contextOptions: { isMobile: true, hasTouch: true } });
    page = platform.page;
    context = page.context();
    await signInAsDemo(page, platform, 'inspector01');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    inspection = await apiOk<Inspection>(page, 'POST', '/api/inspections', { enterpriseId: 'demo-ent-000', scheduledOn: today });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('opens online: the service worker takes control and the record is kept', async () => {
    await page.goto(`/inspections/${inspection.id}`);
    await page.getByTestId('inspection-page').waitFor();
    expect(await page.locator('[data-testid^="inspection-item-"]').count()).toBe(inspection.template.items.length);
    await waitForServiceWorker(page);
    expect((await syncStatus(page)).status).toBe('synced');
    // The page fits a phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('reloads without a network and is filled in, photo included, all queued on the phone', async () => {
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('inspection-page').waitFor({ timeout: 30_000 });
    await waitForSyncStatus(page, 'offline');
    await page.getByTestId('from-cache').waitFor();

    const items = [...inspection.template.items].sort((a, b) => a.sort - b.sort);
    const failed = items[0]!;
    await answer(page, failed.id, 'fail');
    await page.getByTestId(`note-${failed.id}`).fill('压力表超过检定有效期（离线记录）');
    await page.getByTestId(`note-${failed.id}`).blur();
    await page.getByTestId(`photo-${failed.id}`).setInputFiles({ name: 'gauge.png', mimeType: 'image/png', buffer: tinyPng });
    await page.getByTestId(`inspection-item-${failed.id}`).getByTestId('photo-queued').waitFor();
    await answer(page, items[1]!.id, 'not_applicable');
    for (const item of items.slice(2)) await answer(page, item.id, 'pass');

    await page.getByTestId('representative-name').fill('陈安全');
    await page.getByTestId('representative-confirm').click();
    await page.getByTestId('inspection-submit').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('submit-queued').waitFor();
    const queued = await syncStatus(page);
    expect(queued.status).toBe('offline');
    expect(queued.pending).toBeGreaterThanOrEqual(2); // the photo and at least one op
    await screenshot(page, 'inspection-offline-filled');

    // Still offline, reload again: nothing is lost.
    await page.reload();
    await page.getByTestId('inspection-page').waitFor({ timeout: 30_000 });
    await page.getByTestId('submit-queued').waitFor();
    expect(await page.locator(`[data-testid="inspection-item-${failed.id}"][data-outcome="fail"]`).count()).toBe(1);
    expect((await syncStatus(page)).pending).toBe(queued.pending);
    // The server has seen none of it.
    expect(platform.browser.errors.filter((e) => !isOfflineNoise(e))).toEqual([]);
  });

  it('syncs when the connection returns: submitted, the failure a finding, the photo on its item', async () => {
    await context.setOffline(false);
    await waitForSyncStatus(page, 'synced', 60_000);
    await page.locator('[data-testid="inspection-page"][data-status="submitted"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('inspection-finding').first().waitFor();
    expect(await page.getByTestId('inspection-finding').count()).toBe(1);
    await screenshot(page, 'inspection-synced');

    const saved = await apiOk<Inspection>(page, 'GET', `/api/inspections/${inspection.id}`);
    const failedId = [...inspection.template.items].sort((a, b) => a.sort - b.sort)[0]!.id;
    const failedResult = saved.results.find((r) => r.itemId === failedId)!;
    expect(saved.status).toBe('submitted');
    expect(saved.representativeName).toBe('陈安全');
    expect(saved.results.filter((r) => r.outcome).length).toBe(inspection.template.items.length);
    expect(failedResult.outcome).toBe('fail');
    expect(failedResult.note).toBe('压力表超过检定有效期（离线记录）');
    expect(failedResult.photos.map((p) => p.mime)).toEqual(['image/png']);
    expect(saved.findings).toHaveLength(1);
    expect(failedResult.findingId).toBe(saved.findings[0]!.id);
    expect(platform.browser.errors.filter((e) => !isOfflineNoise(e))).toEqual([]);
  });

  it('shows a conflict with both values when someone else changed the same item meanwhile, and keeps mine on request', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const second = await apiOk<Inspection>(page, 'POST', '/api/inspections', { enterpriseId: 'demo-ent-000', scheduledOn: today });
    const item = [...second.template.items].sort((a, b) => a.sort - b.sort)[0]!;
    await page.goto(`/inspections/${second.id}`);
    await page.getByTestId(`inspection-item-${item.id}`).waitFor();
    await waitForSyncStatus(page, 'synced');

    await context.setOffline(true);
    await waitForSyncStatus(page, 'offline');
    await answer(page, item.id, 'fail');

    // Meanwhile the district office (another phone, online) records the same item as passed.
    const adminContext = await platform.browser.newContext();
    const admin = await adminContext.newPage();
    await signInAsDemo(admin, platform, 'admin');
    const other = await apiOk<{ results: { outcome: string }[] }>(admin, 'POST', '/api/inspections/sync', {
      ops: [{ opId: crypto.randomUUID(), inspectionId: second.id, baseVersion: second.version, at: new Date().toISOString(),
        results: [{ itemId: item.id, outcome: 'pass', recordedAt: new Date().toISOString() }] }],
    });
    expect(other.results[0]!.outcome).toBe('applied');

    await context.setOffline(false);
    const conflict = page.getByTestId(`conflict-${item.id}`);
    await conflict.waitFor({ timeout: 60_000 });
    expect(await conflict.getByTestId('conflict-mine').innerText()).toBe('不合格');
    expect(await conflict.getByTestId('conflict-theirs').innerText()).toBe('合格');
    await screenshot(page, 'inspection-conflict');

    await conflict.getByTestId('conflict-keep-mine').click();
    await conflict.waitFor({ state: 'detached' });
    await waitForSyncStatus(page, 'synced', 60_000);
    const saved = await apiOk<Inspection>(page, 'GET', `/api/inspections/${second.id}`);
    expect(saved.results.find((r) => r.itemId === item.id)?.outcome).toBe('fail');
  });

  it('plans a 双随机 check: the draw with seed 42 is shown, verifies, and its publication makes the planned inspections', async () => {
    const deskContext = await platform.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const ajj = await deskContext.newPage();
    await signInAsDemo(ajj, platform, 'ajj');
    await ajj.goto('/inspections/plans');
    await ajj.getByTestId('plan-create').click();
    await ajj.getByTestId('plan-title').fill('双随机抽查（浏览器测试）');
    await ajj.getByTestId('plan-sample').fill('3');
    await ajj.getByTestId('plan-save').click();
    await ajj.waitForURL(/\/inspections\/plans\/[^/]+$/);
    const planId = new URL(ajj.url()).pathname.split('/').pop()!;

    await ajj.getByTestId('draw-seed-input').fill('42');
    await ajj.getByTestId('draw-run').click();
    await ajj.getByTestId('draw-view').waitFor();
    expect(await ajj.getByTestId('draw-seed').innerText()).toBe('42');
    expect(await ajj.getByTestId('draw-result').locator('tbody tr.ant-table-row').count()).toBe(3);
    await ajj.getByTestId('draw-verify').click();
    await ajj.locator('[data-testid="draw-verified"][data-ok="1"]').waitFor();

    await ajj.getByTestId('draw-publish').click();
    await ajj.locator('[data-testid="draw-view"][data-status="published"]').waitFor();
    const planned = await apiOk<{ items: { status: string }[]; total: number }>(ajj, 'GET', `/api/inspections?planId=${planId}`);
    expect(planned.total).toBe(3);
    expect(planned.items.every((i) => i.status === 'planned')).toBe(true);
    await screenshot(ajj, 'inspection-plan-draw');
    await deskContext.close();
  });
});
