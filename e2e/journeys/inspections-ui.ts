// Helpers for the offline inspection journey: a tiny real PNG for the camera input, waiting until the service worker
// controls the page (only then does a reload without a network still get the app), and reading the sync status line.
import type { Page } from 'playwright-core';

/** A 1×1 PNG (a real image by its bytes, so the server's type check accepts it). */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    if (!('serviceWorker' in navigator)) return false;
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  }, undefined, { timeout: 60_000, polling: 250 });
}

export type SyncStatus = { status: string; pending: number };
export async function syncStatus(page: Page): Promise<SyncStatus> {
  const bar = page.getByTestId('sync-status').first();
  await bar.waitFor();
  return { status: (await bar.getAttribute('data-status')) ?? '', pending: Number(await bar.getAttribute('data-pending')) };
}

export async function waitForSyncStatus(page: Page, status: string, timeout = 30_000): Promise<void> {
  await page.locator(`[data-testid="sync-status"][data-status="${status}"]`).first().waitFor({ timeout });
}

/** Taps 合格 / 不合格 / 不涉及 on one item card. */
export async function answer(page: Page, itemId: string, outcome: 'pass' | 'fail' | 'not_applicable'): Promise<void> {
  // antd's radio button hides its <input> (where the test id lands): tap the label around it, as a finger does
  await page.locator('label', { has: page.getByTestId(`outcome-${itemId}-${outcome}`) }).click();
  await page.locator(`[data-testid="inspection-item-${itemId}"][data-outcome="${outcome}"]`).waitFor();
}

/** Console noise a page makes while offline (its requests fail by design): not an error of the app. */
export function isOfflineNoise(error: string): boolean {
  return /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource|NetworkError/i.test(error);
}
