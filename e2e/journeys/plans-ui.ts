// Helpers for the plan journeys: the demo logins the server printed, signing in through the real form, and
// waiting for the app to settle. Selectors are the app's data-testid attributes (packages/web/src).
import type { Page } from 'playwright-core';

export type DemoLogin = { username: string; password: string; role: string; organisation: string };

/** Parses the "演示账号 / demo logins:" block `serve --demo` prints: `  user  password  role  organisation`. */
export function parseDemoLogins(output: string): Map<string, DemoLogin> {
  const logins = new Map<string, DemoLogin>();
  const start = output.indexOf('demo logins');
  if (start < 0) return logins;
  for (const line of output.slice(start).split('\n').slice(1)) {
    const m = /^\s{2,}(\S+)\s+(\S+)\s+(\S+)\s*(.*)$/.exec(line);
    if (!m) {
      if (logins.size > 0) break;
      continue;
    }
    const [, username, password, role, organisation] = m as unknown as [string, string, string, string, string];
    logins.set(username, { username, password, role, organisation: organisation.trim() });
  }
  return logins;
}

export function loginOf(logins: Map<string, DemoLogin>, username: string): DemoLogin {
  const l = logins.get(username);
  if (!l) throw new Error(`demo login "${username}" not printed by the server; printed: ${[...logins.keys()].join(', ') || 'none'}`);
  return l;
}

/** Signs in through the form and waits for the first page behind it. */
export async function signIn(page: Page, login: DemoLogin): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(login.username);
  await page.getByTestId('login-password').fill(login.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  await page.getByTestId('app-header').waitFor();
}

/** The page heading once it has rendered (pages are lazily loaded chunks). */
export async function heading(page: Page): Promise<string> {
  const h = page.getByTestId('page-title').first();
  await h.waitFor();
  return (await h.innerText()).trim();
}

/** Waits until the page heading reads `text` (after a navigation the old page may still be on screen). */
export async function waitForHeading(page: Page, text: string, timeout = 30_000): Promise<string> {
  try {
    await page.waitForFunction((t) => document.querySelector('[data-testid="page-title"]')?.textContent?.trim() === t, text, { timeout });
  } catch {
    // fall through: the assertion that follows shows what the page says instead
  }
  return heading(page);
}

/** Waits until no antd spinner or skeleton is visible. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading"], .ant-spin-spinning, .ant-skeleton'), undefined, { timeout: 30_000 });
}

/** The plan id in the current URL (/plans/:planId/...). */
export function planIdOf(page: Page): string {
  const m = /\/plans\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  if (!m?.[1]) throw new Error(`no plan in ${page.url()}`);
  return decodeURIComponent(m[1]);
}
