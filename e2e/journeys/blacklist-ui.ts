// Helpers for the blacklist journey: a valid resident ID number (GB 11643 check digit, computed here so the test does
// not lean on the code under test), the public feeds read WITHOUT a session, and the entry page's workflow dialogs.
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot } from '../support/browser';

/** GB 11643-1999 §7: weights 2^(17-i) mod 11 for the 17 digits; check = "10X98765432"[sum mod 11]. */
export function withIdCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** GET a public feed from a context that never signed in (no cookie at all). */
export async function publicFeed(context: BrowserContext, baseURL: string, path: string): Promise<{ status: number; type: string; text: string }> {
  const res = await context.request.get(new URL(path, baseURL).toString(), { headers: { 'Accept-Language': 'zh-CN' } });
  return { status: res.status(), type: res.headers()['content-type'] ?? '', text: await res.text() };
}

/** Presses a workflow button of the entry page, fills its dialog and waits for the entry's new status. */
export async function takeAction(page: Page, action: string, fill: Record<string, string | string[]>, expectStatus: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId('action-confirm').waitFor(); // (the modal's own test id sits on its zero-size root)
  for (const [field, value] of Object.entries(fill)) {
    const input = page.getByTestId(`action-${field}`);
    if (Array.isArray(value)) {
      // a multiple select: search and pick each option, then check each stands in the field as a tag
      await input.click();
      for (const v of value) {
        await input.locator('input').first().fill(v); // the list is virtual: narrow it so the option is drawn
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: v }).first().click();
      }
      await page.keyboard.press('Escape');
      for (const v of value) await input.getByText(v).first().waitFor();
    }
    else await input.locator('xpath=self::input | self::textarea | .//input | .//textarea').first().fill(value);
  }
  await page.getByTestId('action-confirm').click();
  try {
    await page.waitForFunction((s) => document.querySelector('[data-testid="entry-status"]')?.getAttribute('data-status') === s, expectStatus, { timeout: 15_000 });
  } catch (error) {
    await screenshot(page, `blacklist-failed-${action}`);
    throw error;
  }
}
