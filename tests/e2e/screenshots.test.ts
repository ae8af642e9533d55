// Screenshots of the demo (built script) in both themes, at desktop and phone widths, for the
// README. They are written to .test-results/screenshots/ on every run; with
// UPDATE_SCREENSHOTS=1 (`npm run screenshots`) they also replace docs/screenshots/*.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { cardTitles, chooseOptions, DEMO_PATH, routeDemo } from './demo-page.js';

const OUT = '.test-results/screenshots';
const DOCS = 'docs/screenshots';
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
// A fixed clock keeps relative dates ("published 3 days ago") the same from run to run.
const NOW = new Date('2026-11-28T10:00:00Z');

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 812 },
} as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('screenshots of the demo for the README', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    if (UPDATE) mkdirSync(DOCS, { recursive: true });
    server = await startStaticServer();
    routeDemo(server);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ['default', 'dsfr'] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      const name = `${theme}-${device}.png`;
      it(`${name}: the board with its cards, ${viewport.width} px wide`, async () => {
        const context = await browser.newContext({ viewport, colorScheme: 'light' });
        const page = await context.newPage();
        await page.clock.setFixedTime(NOW);
        await page.goto(server.url + DEMO_PATH);
        await chooseOptions(page, { theme, lang: 'fr', scheme: 'light' });
        const titles = await cardTitles(page);
        assert.ok(titles.length >= 4, `cards of both feeds, got ${titles.join(' / ')}`);
        const board = page.locator('careers-board');
        // Cards out of view skip their rendering (content-visibility: auto) and would come out
        // blank in a picture taller than the viewport: render them all for the picture.
        await page.addStyleTag({
          content: 'careers-board::part(item) { content-visibility: visible; }',
        });
        const file = join(OUT, name);
        await board.screenshot({ path: file, animations: 'disabled' });

        const size = pngSize(file);
        const box = await board.boundingBox();
        assert.equal(size.width, Math.round(box!.width));
        assert.ok(size.width <= viewport.width, 'the board fits the viewport: no sideways scroll');
        if (UPDATE) copyFileSync(file, join(DOCS, name));
        // The committed picture must exist and show the same layout width as today's.
        const committed = join(DOCS, name);
        assert.ok(existsSync(committed), `${committed} is missing: run npm run screenshots`);
        assert.equal(pngSize(committed).width, size.width, `${committed}: run npm run screenshots`);
        await context.close();
      });
    }
  }
});
