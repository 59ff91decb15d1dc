// The start of most journeys: the platform on the demo data, and a page signed in as one of the demo logins the
// server printed at start-up.
import type { Page } from 'playwright-core';
import { startPlatform, type Platform } from '../support/browser';
import { loginOf, parseDemoLogins, signIn } from './plans-ui';

/** Signs `page` in through the form as the demo user `username` of this platform. */
export async function signInAsDemo(page: Page, platform: Platform, username: string): Promise<void> {
  await signIn(page, loginOf(parseDemoLogins(platform.server.logs()), username));
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
