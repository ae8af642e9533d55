// Themes, colour schemes and languages on the demo page running the built script: every
// combination passes axe (contrast included), and the demo's embed code is escaped.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { cardTitles, chooseOptions, DEMO_PATH, routeDemo } from './demo-page.js';

/** The board's background per theme and scheme (the `--careers-color-background` defaults). */
const BACKGROUND = {
  default: { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 18, 18)' },
  dsfr: { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 22, 22)' },
} as const;

/** The first card's box: surface colour and corner radius (the card and radius tokens). */
const SURFACE = {
  default: { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)' },
  dsfr: { light: 'rgb(255, 255, 255)', dark: 'rgb(30, 30, 30)' },
} as const;
const RADIUS = { default: '8px', dsfr: '0px' } as const;

const cardBox = (page: Page) =>
  page
    .locator('careers-board careers-job-card [part~="card"]')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, radius: style.borderTopLeftRadius };
    });

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('the demo page on the built script, in every theme, scheme and language', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startStaticServer();
    routeDemo(server);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ['default', 'dsfr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        it(`${theme} theme, ${scheme} scheme (emulated), ${lang}: themed and accessible`, async () => {
          const context = await browser.newContext({ colorScheme: scheme });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.goto(server.url + DEMO_PATH);
          await chooseOptions(page, { theme, lang, scheme: 'auto' });
          const titles = await cardTitles(page);
          assert.ok(titles.length >= 4, `cards of both feeds, got ${titles.join(' / ')}`);
          const board = page.locator('careers-board');
          assert.equal(
            await board.evaluate((el) => getComputedStyle(el).backgroundColor),
            BACKGROUND[theme][scheme],
          );
          assert.deepEqual(await cardBox(page), {
            background: SURFACE[theme][scheme],
            radius: RADIUS[theme],
          });
          assert.equal(await board.getAttribute('lang'), lang);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, 'the page too');
          const count = (await page.locator('careers-board [part~="count"]').textContent()) ?? '';
          assert.match(count, lang === 'fr' ? /offres/ : /openings/);
          assert.deepEqual(await axeViolations(page), []);
          assert.deepEqual(errors, []);
          await context.close();
        });
      }
    }
  }

  it('speaks the chosen language in the page around the widget, not only in it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + DEMO_PATH);
    await cardTitles(page);
    // The page's own text: all but the widget's and the embed code (the names of the languages
    // are each in their own).
    const pageText = () =>
      page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelectorAll('#snippet, span[lang]').forEach((element) => element.remove());
        return body.textContent!.replace(/\s+/g, ' ');
      });
    const french = await pageText();
    assert.match(french, /Offres d'emploi.*Rejoignez des équipes/);
    assert.equal(await page.title(), 'careers-widget\u00a0: démo');

    await chooseOptions(page, { lang: 'en' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.title(), 'careers-widget: demo');
    const english = await pageText();
    for (const words of ['Every posting', 'Theme', 'Language', 'Colours', 'Feed addresses']) {
      assert.ok(english.includes(words), `"${words}" in ${english}`);
    }
    for (const words of ['Job openings', 'Join (fictional) teams', 'Embed code', 'Copy the code']) {
      assert.ok(english.includes(words), `"${words}" in ${english}`);
    }
    // No French word left: English has no accented letters.
    assert.doesNotMatch(english, /[àâçéèêëîïôûùüœ]/i);
    assert.deepEqual(await axeViolations(page), []);

    await chooseOptions(page, { lang: 'fr' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await pageText(), french, 'back to the French words');
    await context.close();
  });

  it('pins the scheme chosen in the demo over the emulated preference', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(server.url + DEMO_PATH);
    await chooseOptions(page, { theme: 'dsfr', scheme: 'dark' });
    await cardTitles(page);
    const board = page.locator('careers-board');
    assert.equal(await board.getAttribute('color-scheme'), 'dark');
    assert.equal(
      await board.evaluate((el) => getComputedStyle(el).backgroundColor),
      BACKGROUND.dsfr.dark,
    );
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`applies the custom palette from the page's tokens (${scheme}) and stays accessible`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(server.url + DEMO_PATH);
      await chooseOptions(page, { theme: 'custom' });
      await cardTitles(page);
      assert.deepEqual(await cardBox(page), {
        background: scheme === 'light' ? 'rgb(253, 248, 255)' : 'rgb(31, 31, 31)',
        radius: '16px',
      });
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  for (const forcedColors of ['none', 'active'] as const) {
    it(`keeps tags, badges and the apply link outlined in forced colours (${forcedColors})`, async () => {
      // Forced colours (Windows high contrast) drop every background: a tag or a badge drawn
      // by its background alone would melt into the text around it.
      const context = await browser.newContext({ forcedColors });
      const page = await context.newPage();
      await page.goto(server.url + DEMO_PATH);
      await cardTitles(page);
      // A closed posting, shown, with a tag: the card's badge and tag, then the detail's.
      await page.evaluate(() => {
        const board = document.createElement('careers-board') as HTMLElement & { jobs: unknown };
        board.id = 'closed-board';
        board.setAttribute('routing', 'none');
        board.setAttribute('show-closed', '');
        board.jobs = {
          version: 1,
          jobs: [{ id: 'pourvue', title: 'Offre pourvue', open: false, tags: ['Design'] }],
        };
        document.body.append(board);
      });
      const closed = page.locator('#closed-board');
      const edges = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const style = getComputedStyle(el);
            return `${style.borderTopStyle} ${style.borderTopWidth}`;
          });
      const expected = forcedColors === 'active' ? 'solid 1px' : 'none 0px';
      const seen = {
        cardTag: await edges('#closed-board careers-job-card [part~="tag"]'),
        cardBadge: await edges('#closed-board careers-job-card [part~="badge"]'),
        detailTag: '',
        detailBadge: '',
        detailFilled: '',
        apply: '',
      };
      await closed.locator('careers-job-card [part~="link"]').click();
      await closed.locator('careers-job-detail [part~="filled"]').waitFor();
      seen.detailTag = await edges('#closed-board careers-job-detail [part~="tag"]');
      seen.detailBadge = await edges('#closed-board careers-job-detail [part~="badge"]');
      seen.detailFilled = await edges('#closed-board careers-job-detail [part~="filled"]');
      // The demo board's first posting: its apply link is drawn as a button.
      await page
        .locator('careers-board:not(#closed-board) careers-job-card [part~="link"]')
        .first()
        .click();
      seen.apply = await edges(
        'careers-board:not(#closed-board) careers-apply-button [part~="apply"]',
      );
      assert.deepEqual(seen, {
        cardTag: expected,
        cardBadge: expected,
        detailTag: expected,
        detailBadge: expected,
        detailFilled: expected,
        apply: expected,
      });
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  it('writes the embed code for the chosen options, escaping what the visitor typed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + DEMO_PATH);
    await chooseOptions(page, { theme: 'dsfr', lang: 'en', scheme: 'dark' });
    const snippet = page.locator('#snippet');
    assert.equal(
      await snippet.textContent(),
      [
        '<script src="/assets/careers-widget.js" defer></script>',
        '<careers-board src="/demo/feeds/sample.json /demo/feeds/partner-greenhouse.json" lang="en" theme="dsfr" color-scheme="dark"></careers-board>',
      ].join('\n'),
    );
    await page.fill('#src', "/jobs.json\"><img src=x onerror=alert(1)>&x='1'");
    await page.press('#src', 'Enter');
    const text = (await snippet.textContent()) ?? '';
    assert.match(
      text,
      /src="\/jobs\.json&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;&amp;x=&#39;1&#39;"/,
    );
    assert.doesNotMatch(text, /"><img/);
    assert.equal(await page.locator('img').count(), 0);

    await chooseOptions(page, { theme: 'custom' });
    const custom = (await snippet.textContent()) ?? '';
    assert.match(
      custom,
      /<style>\ncareers-board\.my-palette \{\n {2}--careers-color-primary: light-dark\(#6a1b9a, #d7a8ff\);/,
    );
    assert.match(custom, /class="my-palette"/);
    await context.close();
  });
});
