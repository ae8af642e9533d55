// Launches Debian's (or the machine's) Chromium through playwright-core: no browser download.
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error: a plain .mjs module shared with web-test-runner's config
import { chromePath, CHROME_ARGS } from '../../scripts/chrome.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath() as string,
    // playwright adds its own headless flag
    args: (CHROME_ARGS as string[]).filter((arg) => !arg.startsWith('--headless')),
    headless: true,
  });
}
