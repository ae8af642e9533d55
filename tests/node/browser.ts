// Launches Debian's (or the machine's) Chromium through playwright-core: no browser download.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
// @ts-expect-error: a plain .mjs module shared with web-test-runner's config
import { launchOptions } from '../../scripts/chrome.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions() as LaunchOptions);
}
