// Helpers of the hidden-danger journey: a finding's page and its status, one loop action through its modal, an
// evidence upload, and a small PNG (the server types uploads by their bytes).
import type { Page } from 'playwright-core';
import { inputOf } from './major-hazards-ui';
import { settled } from './plans-ui';

/** A 1 × 1 PNG: the file signature and one IHDR/IDAT/IEND, enough for the server's byte sniffing. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Today + n days as YYYY-MM-DD in China (the server's calendar). */
export function chinaDatePlus(days: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export async function openFinding(page: Page, id: string): Promise<void> {
  await page.goto(`/hidden-dangers/${encodeURIComponent(id)}`);
  await page.getByTestId('hd-finding').waitFor();
  await settled(page);
}

export async function findingStatus(page: Page): Promise<string> {
  return (await page.getByTestId('hd-finding').getAttribute('data-status')) ?? '';
}

/** Waits until the page shows the finding in `status`. */
export async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector('[data-testid="hd-finding"]')?.getAttribute('data-status') === s, status, { timeout: 20_000 });
}

/** Presses an action's button, fills its modal's fields and confirms. */
export async function runAction(page: Page, action: string, fields: { planText?: string; person?: string; funds?: string; note?: string; deadline?: string } = {}): Promise<void> {
  await page.getByTestId(`hd-action-${action}`).click();
  const form = page.getByTestId('hd-action-form');
  await form.waitFor();
  if (fields.planText !== undefined) await page.getByTestId('hd-plan-text').fill(fields.planText);
  if (fields.person !== undefined) await page.getByTestId('hd-plan-person').fill(fields.person);
  if (fields.funds !== undefined) await page.getByTestId('hd-plan-funds').fill(fields.funds);
  if (fields.deadline !== undefined) {
    const input = inputOf(page.getByTestId('hd-action-deadline'));
    await input.click();
    await input.fill(fields.deadline);
    await input.press('Enter');
  }
  if (fields.note !== undefined) await page.getByTestId('hd-action-note').fill(fields.note);
  await page.getByTestId('hd-action-ok').click();
}

/** Uploads `bytes` as rectification evidence (or a verification photo) and waits for it to be listed. */
export async function uploadEvidence(page: Page, testId: 'hd-evidence' | 'hd-verification', name: string, bytes: Buffer, mimeType = 'image/png'): Promise<void> {
  const box = page.getByTestId(testId);
  const before = Number(await box.getAttribute('data-count'));
  await box.locator('input[type=file]').setInputFiles({ name, mimeType, buffer: bytes });
  await page.waitForFunction(({ id, n }) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count')) > n, { id: testId, n: before }, { timeout: 20_000 });
}

/** Closes every open notification (an error listing details stays until closed). */
export async function closeNotifications(page: Page): Promise<void> {
  for (const close of await page.locator('.ant-notification-notice-close').all()) await close.click().catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.ant-notification-notice'), undefined, { timeout: 10_000 }).catch(() => undefined);
}
