// The start of most journeys: the platform on the demo data, and a page signed in as one of the demo logins the
// server printed at start-up.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startPlatform, type Platform } from '../support/browser';
import { loginOf, parseDemoLogins, signIn } from './plans-ui';

/** Signs `page` in through the form as the demo user `username` of this platform. */
export async function signInAsDemo(page: Page, platform: Platform, username: string): Promise<void> {
  await signIn(page, loginOf(parseDemoLogins(platform.server.logs()), username));
}

/** A phone's browser context: what the journeys check for overflow and layout on a small touch screen. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * Runs `journey` on a page of a fresh browser context (`options`, e.g. PHONE) signed in as the demo user `username`,
 * then closes the context, whether the journey passed or not.
 */
export async function asDemoUser(platform: Platform, username: string, journey: (page: Page) => Promise<void>, options?: BrowserContextOptions): Promise<void> {
  const context = await platform.browser.newContext(options);
  try {
    const page = await context.newPage();
    await signInAsDemo(page, platform, username);
    await journey(page);
  } finally {
    await context.close();
  }
}

/** Starts the platform with its page signed in as `username`; stops it again if the sign-in fails. */
export async function startPlatformAs(username: string): Promise<{ platform: Platform; page: Page }> {
  const platform = await startPlatform();
  try {
    await signInAsDemo(platform.page, platform, username);
  } catch (error) {
    await platform.stop();
    throw error;
  }
  return { platform, page: platform.page };
}
