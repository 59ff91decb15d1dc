// Helpers for the risk-point journey: driving the risk point form's antd Selects (scale values by their
// data-value, tags typed and confirmed with Enter), reading a downloaded PDF's text, and a unique point name.
import type { Locator, Page } from 'playwright-core';
import { readPdf } from '../../packages/app/src/major-hazards/pdf-test-support';

/** Waits until no antd Select dropdown is showing (a closing one would catch the next click). */
export async function noDropdownOpen(page: Page): Promise<void> {
  for (let i = 0; i < 50 && (await page.locator('.ant-select-dropdown:visible').count()) > 0; i++) await page.waitForTimeout(100);
}

/** Opens a scale Select (risk-input-l/e/c/s) and picks the option whose score is `value`. */
export async function pickScale(page: Page, field: 'l' | 'e' | 'c' | 's', value: number): Promise<void> {
  await noDropdownOpen(page);
  await page.getByTestId(`risk-input-${field}`).click();
  const option = page.locator(`.ant-select-dropdown:visible [data-testid="risk-scale-option"][data-field="${field}"][data-value="${value}"]`).first();
  await option.waitFor();
  await page.waitForTimeout(300); // the dropdown slides in
  await option.click();
  await page.locator(`.ant-select-dropdown:visible [data-testid="risk-scale-option"][data-field="${field}"]`).first().waitFor({ state: 'hidden' });
}

/** Types each value into a tags Select and confirms it with Enter. */
export async function addTags(page: Page, select: Locator, values: string[]): Promise<void> {
  await select.click();
  const input = select.locator('input').first();
  for (const v of values) {
    await input.fill(v);
    await input.press('Enter');
  }
  await page.keyboard.press('Escape');
}

/** Picks the first option of a plain Select (a unit, a site …). */
export async function pickFirst(page: Page, select: Locator): Promise<string> {
  await noDropdownOpen(page);
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor();
  const text = (await option.innerText()).trim();
  await option.click();
  return text;
}

/** The error texts antd shows under the form item that holds `field`. */
export async function fieldErrors(field: Locator): Promise<string[]> {
  const item = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');
  await item.locator('.ant-form-item-explain-error').first().waitFor({ timeout: 15_000 });
  return item.locator('.ant-form-item-explain-error').allInnerTexts();
}

/** Downloads a PDF with the signed-in page's cookie and returns its visible text. */
export async function pdfText(page: Page, url: string): Promise<{ status: number; type: string; text: string; pages: number }> {
  const res = await page.request.get(url);
  const body = Buffer.from(await res.body());
  const type = res.headers()['content-type'] ?? '';
  if (res.status() !== 200 || !type.includes('pdf')) return { status: res.status(), type, text: body.toString('utf8').slice(0, 500), pages: 0 };
  const facts = readPdf(body);
  return { status: res.status(), type, text: facts.text, pages: facts.pageCount };
}

export const journeyPointName = () => `旅程液氯钢瓶库${String(Date.now()).slice(-5)}`;
