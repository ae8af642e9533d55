// The demo page (demo/index.html) served with the BUILT script in place of the TypeScript
// sources, for the end-to-end theming and screenshot tests.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../node/static-server.js';

export const DEMO_PATH = '/demo/built.html';

/** Serves demo/index.html at DEMO_PATH, running dist/careers-widget.js. */
export function routeDemo(server: StaticServer): void {
  const source = readFileSync('demo/index.html', 'utf8');
  const built = source.replace(
    '<script type="module" src="/src/define-all.ts"></script>',
    '<script src="/dist/careers-widget.js" defer></script>',
  );
  if (built === source) throw new Error('demo/index.html no longer loads /src/define-all.ts');
  server.route(DEMO_PATH, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(built);
  });
}

export type DemoTheme = 'default' | 'dsfr' | 'custom';

/** Picks the demo's options by clicking their labels, like a visitor. */
export async function chooseOptions(
  page: Page,
  options: { theme?: DemoTheme; lang?: 'fr' | 'en'; scheme?: 'auto' | 'light' | 'dark' },
): Promise<void> {
  for (const [name, value] of Object.entries(options)) {
    if (value) await page.check(`#options input[name="${name}"][value="${value}"]`);
  }
}

/** Waits until the board shows its cards; returns their titles. */
export async function cardTitles(page: Page): Promise<string[]> {
  const titles = page.locator('careers-board careers-job-card [part~="title"]');
  await titles.first().waitFor({ timeout: 10_000 });
  return titles.allTextContents();
}
