// Browser journey of the electronic map against the real platform (demo data, SQLite) in Debian's Chromium — the
// issue's journey: open the map, filter to red, click a red risk point where the map draws it, follow its popup
// to the point's record and print the enterprise's 风险公告栏 (the PDF's text is read back). Also: the 500 m ring
// around a major hazard, the distance tool against the map's own projection, the view exported as a PNG, area
// imports (a self-intersecting file refused naming the row; a valid one previewed then imported) and English.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceMetres } from '../packages/domain/src/map/geometry';
import { readPdf } from '../packages/app/src/major-hazards/pdf-test-support';
import { repoRoot, screenshot, type Platform } from './support/browser';
import { apiOk } from './journeys/major-hazards-ui';
import { centreOn, mapStatus, pagePixelOf, waitForMapReady } from './journeys/map-ui';
import { asDemoUser, PHONE, startPlatformAs } from './journeys/demo-platform';
import { waitForHeading } from './journeys/plans-ui';

type Props = { layer: string; id: string; cluster?: boolean; name?: string; level?: string; enterpriseId?: string | null; grade?: number | null };
type FC = { features: { geometry: { type: string; coordinates: unknown }; properties: Props }[] };
type RiskPoint = { id: string; name: string; level: string; enterprise: { id: string; name: string } | null };

const fixture = (name: string) => path.join(repoRoot, 'e2e', 'fixtures', 'map', name);
const squash = (s: string) => s.replace(/\s+/g, '');

async function popupOfPointAt(page: Page, lng: number, lat: number): Promise<{ layer: string; id: string }> {
  const px = await pagePixelOf(page, lng, lat);
  await page.mouse.click(px.x, px.y);
  const popup = page.getByTestId('map-popup');
  await popup.waitFor();
  return { layer: (await popup.getAttribute('data-layer')) ?? '', id: (await popup.getAttribute('data-id')) ?? '' };
}

describe('the electronic map in the browser', () => {
  let platform: Platform;
  let admin: Page;

  beforeAll(async () => {
    ({ platform, page: admin } = await startPlatformAs('admin'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('opens the map offline with the district boundary and the demo layers drawn', async () => {
    await admin.getByTestId('nav-map').click();
    expect(await waitForHeading(admin, '电子地图')).toBe('电子地图');
    const s = await waitForMapReady(admin);
    expect(s.drawn).toBeGreaterThan(0);
    expect(await admin.getByTestId('boundary-attribution').getAttribute('title')).toMatch(/许可/);
    // No tile layer by default: nothing is fetched from outside the platform.
    expect(await admin.locator('.leaflet-tile').count()).toBe(0);
    await screenshot(admin, 'map-01-district', { fullPage: false });
  });

  it('filters to red, clicks a red risk point where it is drawn, reaches its record and prints the notice board', async () => {
    const before = (await mapStatus(admin)).seq;
    const answer = admin.waitForResponse((r) => r.url().includes('/api/map/features') && new URL(r.url()).searchParams.get('level') === 'red');
    await admin.getByTestId('filter-level-red').click();
    await admin.waitForURL((u) => u.searchParams.get('level') === 'red');
    const fc = (await (await answer).json()) as FC;
    await waitForMapReady(admin, before);
    const points = fc.features.filter((f) => f.properties.layer === 'risk_points' && !f.properties.cluster);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((f) => f.properties.level === 'red')).toBe(true);
    // A point of an enterprise (a public place has no notice board).
    const target = points.find((f) => f.properties.enterpriseId) ?? points[0]!;
    const [lng, lat] = target.geometry.coordinates as [number, number];
    await centreOn(admin, lng, lat, 17);
    await screenshot(admin, 'map-02-red', { fullPage: false });
    const hit = await popupOfPointAt(admin, lng, lat);
    expect(hit.layer).toBe('risk_points');
    const point = await apiOk<RiskPoint>(admin, 'GET', `/api/risk/points/${encodeURIComponent(hit.id)}`);
    expect(point.level).toBe('red');
    expect(await admin.getByTestId('map-popup').innerText()).toContain(point.name);
    await admin.waitForTimeout(300); // the popup fades in
    await screenshot(admin, 'map-03-popup', { fullPage: false });

    await admin.getByTestId('map-popup').getByTestId('popup-detail').click();
    await admin.waitForURL((u) => u.pathname === `/risk/points/${hit.id}`);
    await admin.waitForFunction((name) => document.querySelector('[data-testid="page-title"]')?.textContent?.includes(name), point.name, { timeout: 30_000 });

    expect(point.enterprise).not.toBeNull();
    const board = admin.getByTestId('risk-notice-board').first();
    await board.waitFor();
    const href = await board.getAttribute('href');
    expect(href).toBe(`/api/risk/enterprises/${encodeURIComponent(point.enterprise!.id)}/notice-board.pdf`);
    const res = await admin.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('pdf');
    const pdf = readPdf(Buffer.from(await res.body()));
    expect(pdf.header).toMatch(/^%PDF-/);
    expect(squash(pdf.text)).toContain('安全风险公告栏');
    expect(squash(pdf.text)).toContain(squash(point.name));
  });

  it('lists the sensitive targets within 500 m of a major hazard', async () => {
    await admin.goto('/map?layers=major_hazards');
    await waitForMapReady(admin);
    const ring = await apiOk<FC>(admin, 'GET', '/api/map/features?bbox=113.2,23.3,114.1,24&layers=major_hazards&zoom=18&cluster=off');
    const hazard = ring.features.find((f) => f.properties.layer === 'major_hazards');
    expect(hazard).toBeDefined();
    const [lng, lat] = hazard!.geometry.coordinates as [number, number];
    await centreOn(admin, lng, lat, 17);
    const hit = await popupOfPointAt(admin, lng, lat);
    expect(hit.layer).toBe('major_hazards');
    await admin.getByTestId('map-popup').getByTestId('popup-ring').click();
    const summary = admin.getByTestId('ring-summary');
    await summary.waitFor();
    const api = await apiOk<{ targets: { distance: number }[]; population: number }>(admin, 'GET', `/api/map/ring?unitId=${encodeURIComponent(hit.id)}&radius=500`);
    expect(Number(await summary.getAttribute('data-count'))).toBe(api.targets.length);
    expect(Number(await summary.getAttribute('data-population'))).toBe(api.population);
    expect(await admin.getByTestId('ring-target').count()).toBe(api.targets.length);
    expect(api.targets.every((x) => x.distance <= 500)).toBe(true);
    await waitForMapReady(admin);
    await screenshot(admin, 'map-04-ring', { fullPage: false });
    await admin.getByTestId('ring-close').click();
  });

  it('measures a distance that matches the great-circle distance between the clicked places', async () => {
    await admin.goto('/map?layers=areas&lat=23.65&lng=113.6&zoom=13');
    await waitForMapReady(admin);
    await admin.getByTestId('measure-toggle').click();
    const box = (await admin.getByTestId('map').boundingBox())!;
    const clicks = [[300, 300], [600, 320], [620, 500]] as const;
    for (const [x, y] of clicks) await admin.mouse.click(box.x + x, box.y + y);
    const at = await admin.evaluate((clicks) => clicks.map((c) => {
      const ll = window.__hazgovMap!.containerPointToLatLng(c);
      return [ll.lng, ll.lat] as [number, number];
    }), clicks.map(([x, y]) => [x, y] as [number, number]));
    const expected = distanceMetres(at[0]!, at[1]!) + distanceMetres(at[1]!, at[2]!);
    const total = Number(await admin.getByTestId('measure-total').getAttribute('data-metres'));
    expect(await admin.getByTestId('measure-segment').count()).toBe(2);
    expect(Math.abs(total - expected)).toBeLessThan(1); // a pixel at zoom 13 is ~17 m; both sides use the same pixels
    await screenshot(admin, 'map-05-measure', { fullPage: false });
    await admin.getByTestId('measure-done').click();
    expect(await admin.getByTestId('measure-panel').count()).toBe(0);
  });

  it('exports the view with its legend as a PNG', async () => {
    await admin.goto('/map');
    await waitForMapReady(admin);
    const download = admin.waitForEvent('download');
    await admin.getByTestId('export-png').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hazgov-map-\d{4}-\d{2}-\d{2}-\d{4}\.png$/);
    const saved = path.join(repoRoot, 'test-results', 'map-export.png');
    await file.saveAs(saved);
    const png = fs.readFileSync(saved);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(20_000);
    // The PNG's size is the map frame's (IHDR width and height at bytes 16–23).
    const box = (await admin.getByTestId('map-frame').boundingBox())!;
    expect(png.readUInt32BE(16)).toBe(Math.round(box.width));
    expect(png.readUInt32BE(20)).toBe(Math.round(box.height));
  });

  it('refuses a self-intersecting area polygon naming its row, and imports a valid one after the preview', async () => {
    await admin.goto('/map/data');
    expect(await waitForHeading(admin, '地图数据')).toBe('地图数据');
    const panel = admin.getByTestId('import-areas');
    await panel.locator('input[type=file]').setInputFiles(fixture('areas-self-intersecting.geojson'));
    await panel.getByTestId('import-check').click();
    const error = panel.locator('[data-testid="import-error"][data-code="GEOJSON_SELF_INTERSECTION"]');
    await error.first().waitFor();
    expect(await error.first().getAttribute('data-row')).toBe('2');
    expect(await error.first().innerText()).toContain('第 2 行');
    expect(await panel.getByTestId('import-confirm').isDisabled()).toBe(true);
    await screenshot(admin, 'map-06-import-error', { fullPage: false });

    await panel.locator('input[type=file]').setInputFiles(fixture('areas-valid.geojson'));
    await panel.getByTestId('import-check').click();
    await panel.getByTestId('import-ready').waitFor();
    await panel.getByTestId('import-preview-map').waitFor();
    const row = panel.getByTestId('import-feature');
    expect(await row.count()).toBe(1);
    expect(await row.first().innerText()).toContain('温泉镇第一网格');
    await screenshot(admin, 'map-07-import-preview', { fullPage: false });
    await panel.getByTestId('import-confirm').click();
    await admin.locator('.ant-message').getByText('已导入 1 个要素').waitFor();
    // The cell's polygon is now the file's rectangle: 0.06° × 0.05°.
    const areas = await apiOk<FC>(admin, 'GET', '/api/map/features?bbox=113.2,23.3,114.1,24&layers=areas&zoom=13');
    const cell = areas.features.find((f) => f.properties.id === '440117103-g1');
    const ring = (cell?.geometry.coordinates as number[][][] | undefined)?.[0] ?? [];
    expect(Math.min(...ring.map((c) => c[0]!))).toBeCloseTo(113.6, 6);
    expect(Math.max(...ring.map((c) => c[1]!))).toBeCloseTo(23.7, 6);
  });

  it('imports sensitive targets from GeoJSON, lists them and deletes one', async () => {
    await admin.goto('/map/data?tab=layers');
    const panel = admin.getByTestId('import-sensitive_target');
    await panel.locator('input[type=file]').setInputFiles(fixture('sensitive-targets.geojson'));
    await panel.getByTestId('import-check').click();
    await panel.getByTestId('import-ready').waitFor();
    expect(await panel.getByTestId('import-feature').count()).toBe(2);
    await panel.getByTestId('import-confirm').click();
    await admin.locator('.ant-message').getByText('已导入 2 个要素').waitFor();
    await admin.getByTestId('tab-features').click();
    const row = admin.locator('[data-testid="layer-row"][data-name="旅程测试卫生院"]');
    await row.waitFor();
    expect(await admin.locator('[data-testid="layer-row"][data-name="旅程测试小学"]').count()).toBe(1);
    const id = (await row.getAttribute('data-id'))!;
    await row.getByTestId('layer-delete').click();
    await admin.getByTestId('layer-delete-ok').click();
    await row.waitFor({ state: 'detached' });
    const list = await apiOk<{ items: { id: string }[] }>(admin, 'GET', '/api/map/layers?layer=sensitive_target&pageSize=200');
    expect(list.items.some((x) => x.id === id)).toBe(false);
  });

  it('speaks English after the switch', async () => {
    await admin.goto('/map');
    await waitForMapReady(admin);
    await admin.getByTestId('lang-en').click();
    expect(await waitForHeading(admin, 'Map')).toBe('Map');
    expect(await admin.getByTestId('map-legend').innerText()).toContain('Legend');
    expect(await admin.getByTestId('layer-risk_points').innerText()).toContain('Risk points');
    await screenshot(admin, 'map-08-english', { fullPage: false });
    await admin.getByTestId('lang-zh').click();
    expect(await waitForHeading(admin, '电子地图')).toBe('电子地图');
  });

  it('shows a town officer its own town on a phone, the map above the filters', async () => {
    await asDemoUser(platform, 'wenquan', async (page) => {
      await page.goto('/map');
      await waitForMapReady(page);
      // Fitted to what the town sees (deeper than the whole district's 10.5 on a phone).
      await page.waitForFunction(() => window.__hazgovMap!.getZoom() > 10.5, undefined, { timeout: 15_000 });
      const map = (await page.getByTestId('map-frame').boundingBox())!;
      const filters = (await page.getByTestId('map-filters').boundingBox())!;
      expect(map.y).toBeLessThan(filters.y);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      expect(await page.getByTestId('map-data-link').count()).toBe(0); // the admin's page is not offered
      await screenshot(page, 'map-09-phone', { fullPage: false });
    }, PHONE);
  });

  it('logged no page errors', () => {
    // The tile settings and ring answer 404 only when their routes are missing; nothing else may fail.
    expect(platform.browser.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
