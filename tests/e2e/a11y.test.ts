// Accessibility of the built script: axe (WCAG 2.0/2.1 A and AA + best practices) finds nothing
// in every state of the board, in each theme, language and colour scheme, at 320 px and
// 1280 px; nothing scrolls sideways at 320 px; Chromium's accessibility tree names what a
// screen reader announces; a keyboard-only visitor gets where they want with focus in view.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../node/browser.js';
import { startResilienceServer, type ResilienceServer } from '../node/resilience-server.js';
import { axe, reflows } from './helpers/checks.js';
import { hostPage, openTab } from './helpers/harness.js';
import { axTreeOf, flatten } from './helpers/ax-tree.js';
import { JOBS } from './helpers/jobs.js';
import { keyboardJourney } from './helpers/journey.js';

/** The `theme` attribute's values. */
const THEMES = ['default', 'dsfr'];
const LANGS = ['fr', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 1280];

const HOST_CSS = ':root { color-scheme: light dark; } body { margin: 0; padding: 0.5rem; }';

interface Combo {
  theme: string;
  lang: (typeof LANGS)[number];
  scheme: (typeof SCHEMES)[number];
  width: number;
}

const combos: Combo[] = THEMES.flatMap((theme) =>
  LANGS.flatMap((lang) =>
    SCHEMES.flatMap((scheme) => WIDTHS.map((width) => ({ theme, lang, scheme, width }))),
  ),
);

const comboName = ({ theme, lang, scheme, width }: Combo) =>
  `${theme}/${lang}/${scheme}/${width}px`;

describe('accessibility', () => {
  let server: ResilienceServer;
  let browser: Browser;

  before(async () => {
    server = await startResilienceServer();
    browser = await launchBrowser();
    server.setFeed('jobs', JOBS);
    // The same postings, said to be French, for an English page.
    server.setFeed('french', { ...JOBS, language: 'fr' });
    server.setFeed('empty', { version: 1, jobs: [] });
    server.setFeed('broken', JOBS);
    server.setMode('broken', 'status-500');
    server.setFeed('pending', JOBS);
    server.setMode('pending', 'slow', { slowMs: 60_000 });
    server.page('/host.css', HOST_CSS, { 'content-type': 'text/css; charset=utf-8' });
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        server.page(
          `/a11y-${theme}-${lang}.html`,
          hostPage({
            lang,
            head: '<link rel="stylesheet" href="/host.css">',
            // Titles default to h3: the host page gives the section its h2.
            body: `<h2>${lang === 'en' ? 'Openings' : 'Nos offres'}</h2>
              <careers-board src="${server.feedUrl('pending')}" timeout="60000"
              ${theme === 'default' ? '' : `theme="${theme}"`} fallback-href="https://example.org/offres"
              show-closed></careers-board>`,
          }),
        );
      }
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Every state of one combination, in one page (pairs of combinations run side by side). */
  async function checkCombo(combo: Combo) {
    {
      const tab = await openTab(browser, {
        viewport: { width: combo.width, height: 800 },
        colorScheme: combo.scheme,
        reducedMotion: 'reduce',
      });
      const { page } = tab;
      const where = (state: string) => `${state} (${comboName(combo)})`;
      const setSrc = (name: string) =>
        page.evaluate(
          (src) => document.querySelector('careers-board')!.setAttribute('src', src),
          server.feedUrl(name),
        );
      try {
        await page.goto(`${server.url}/a11y-${combo.theme}-${combo.lang}.html`);

        // Loading: the feed does not answer yet.
        await page.locator('careers-board [role="status"]').first().waitFor();
        await axe(page, where('loading'));
        await reflows(page, where('loading'));

        // List.
        await setSrc('jobs');
        await page.locator('careers-board careers-job-card').first().waitFor();
        await axe(page, where('list'));
        await reflows(page, where('list'));
        // The combination really applies: the card follows the theme and the colour scheme.
        const look = await page.evaluate(() => {
          const card = window.__probe.findDeep('[part~="card"]')!;
          const style = getComputedStyle(card);
          return { background: style.backgroundColor, font: style.fontFamily };
        });
        const channels = (look.background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        assert.ok(
          channels.length === 3 &&
            channels.every((c) => (combo.scheme === 'dark' ? c < 64 : c > 200)),
          `${where('card surface colour')}: ${look.background}`,
        );
        assert.equal(/Marianne/.test(look.font), combo.theme === 'dsfr', where('theme font'));

        const search = page.locator('careers-board input[type="search"]');
        const cardLink = (title: string) =>
          page.locator('careers-board careers-job-card [part~="link"]', { hasText: title });
        const detail = page.locator('careers-board careers-job-detail');
        const backToList = async () => {
          await detail.locator('[part~="back"]').click();
          await page.locator('careers-board careers-job-card').first().waitFor();
        };

        // At 320 px the filters are folded behind a button: unfold them (they stay open for
        // the states that follow).
        const toggle = page.locator('careers-board [part~="facets-toggle"]');
        assert.equal(await toggle.isVisible(), combo.width === 320, where('filters button'));
        if (combo.width === 320) {
          await toggle.click();
          await page.locator('careers-board select[name="location"]').waitFor();
          assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
          await axe(page, where('filters open'));
          await reflows(page, where('filters open'));
        }

        // Filtered: a search narrows the list.
        await search.fill('designer');
        await page.waitForFunction(
          () => window.__probe.findAllDeep('careers-job-card').length === 2,
        );
        await axe(page, where('filtered'));
        await reflows(page, where('filtered'));

        // No match: the message, and the clear button of the form.
        await search.fill('zzzz introuvable');
        await page.locator('careers-board [part~="no-match"]').waitFor();
        await axe(page, where('no match'));
        await reflows(page, where('no match'));
        await search.fill('');
        await cardLink(JOBS.jobs[0].title).waitFor();
        // The URL has caught up with the cleared search (written after a pause in typing).
        await page.waitForFunction(() => !location.hash.includes('q='));

        // Detail of an open posting (Markdown description, apply by e-mail, share).
        await cardLink(JOBS.jobs[0].title).click();
        await detail.locator('[part~="description"] li').first().waitFor();
        await axe(page, where('detail'));
        await reflows(page, where('detail'));
        await backToList();

        // Detail of a closed posting (show-closed is on): marked, no apply button.
        await cardLink('Coach agile').click();
        await detail.locator('[part~="filled"]').waitFor();
        await axe(page, where('closed posting'));
        await reflows(page, where('closed posting'));
        await backToList();

        // Empty feed.
        await setSrc('empty');
        await page.locator('careers-board [part~="empty"]').waitFor();
        await axe(page, where('empty'));
        await reflows(page, where('empty'));

        // Error.
        await setSrc('broken');
        const box = page.locator('careers-board [part~="error"]');
        await box.locator('[role="alert"]').waitFor();
        assert.equal(
          await box.getByRole('button').first().innerText(),
          combo.lang === 'en' ? 'Retry' : 'Réessayer',
          'the UI speaks the page language',
        );
        await axe(page, where('error'));
        await reflows(page, where('error'));

        assert.deepEqual(
          tab.problems.filter((p) => p.startsWith('pageerror')),
          [],
          'no uncaught exception',
        );
      } finally {
        await tab.close();
      }
    }
  }

  // Both widths of a theme, language and scheme at once: two pages, two cores.
  for (const combo of combos.filter((c) => c.width === WIDTHS[0])) {
    const pair = WIDTHS.map((width) => ({ ...combo, width }));
    it(`has no axe violation and reflows in every state: ${pair.map(comboName).join(' + ')}`, async () => {
      await Promise.all(pair.map(checkCombo));
    });
  }

  it('names a card and the detail view in Chromium’s accessibility tree', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    const board = `document.querySelector('careers-board').shadowRoot`;
    const job = JOBS.jobs[0];
    try {
      await page.goto(`${server.url}/a11y-default-fr.html`);
      await page.evaluate(
        (src) => document.querySelector('careers-board')!.setAttribute('src', src),
        server.feedUrl('jobs'),
      );
      await page.locator('careers-board careers-job-card').first().waitFor();

      // The card: one heading at the board's level, holding the one link, named by the title.
      const card = await axTreeOf(
        page,
        `[...${board}.querySelectorAll('careers-job-card')].find((c) => c.job.id === '${job.id}')
          .shadowRoot.querySelector('[part~="card"]')`,
      );
      const cardNodes = flatten(card);
      const headings = cardNodes.filter((n) => n.role === 'heading');
      assert.deepEqual(
        headings.map((n) => [n.name, n.level]),
        [[job.title, 3]],
        'one heading, level 3 by default, named by the title',
      );
      assert.deepEqual(
        cardNodes.filter((n) => n.role === 'link').map((n) => n.name),
        [job.title],
        'the card is one link named by the job title',
      );
      assert.ok(
        headings[0].children.some((n) => n.role === 'link'),
        'the link is in the heading',
      );
      const cardText = cardNodes.map((n) => n.name).join(' ');
      for (const expected of [
        'Démarches Express',
        'Fabrique Numérique Fictive',
        'Paris',
        'Indépendant·e',
      ]) {
        assert.ok(cardText.includes(expected), `the card announces ${expected}`);
      }
      // The team and the organization are heard apart, with a pause, not as one run of words.
      assert.match(cardText, /Démarches Express\s*,\s*Fabrique Numérique Fictive/);
      // The dots between the team and the organization, and between the metadata items, are
      // drawn, not announced (a · inside a word, as in "Indépendant·e", is the word's).
      assert.deepEqual(
        cardNodes.filter((n) => /(^|\s)·(\s|$)/.test(n.name)).map((n) => n.name),
        [],
        'no separator announced',
      );

      // Going from link to link, a screen reader hears that a closed posting is closed (its
      // badge, shown next to the title, describes the link); an open posting's link says its
      // title only.
      const closed = JOBS.jobs.find((j) => j.open === false)!;
      const describedLinks = async () =>
        flatten(await axTreeOf(page, `${board}.querySelector('[part~="list"]')`))
          .filter((n) => n.role === 'link')
          .map((n) => [n.name, n.description ?? '']);
      assert.deepEqual(
        (await describedLinks()).filter(([, description]) => description),
        [[closed.title, 'Clôturée']],
        'the closed posting’s link, and it only, is described as closed',
      );

      // The result count is a live region, so filtering is announced; screen readers hear its
      // words once (the shown half is hidden from them), and a new count only once the visitor
      // pauses typing.
      const heard = async () => {
        const count = await axTreeOf(page, `${board}.querySelector('[part~="count"]')`);
        assert.equal(count.role, 'status', 'the result count is a status region');
        return flatten(count)
          .filter((n) => n.role === 'text')
          .map((n) => n.name.trim())
          .join(' ');
      };
      assert.equal(await heard(), '5 offres');
      await page.evaluate(`(() => {
        const heard = ${board}.querySelector('.count > :not([aria-hidden])');
        window.heardWords = [];
        new MutationObserver(() => window.heardWords.push(heard.textContent.trim())).observe(heard, {
          subtree: true, childList: true, characterData: true,
        });
      })()`);
      await page.getByLabel('Rechercher une offre').pressSequentially('zzz');
      for (let tries = 0; (await heard()) !== 'Aucune offre'; tries++) {
        assert.ok(tries < 50, 'the new count is said once the visitor pauses');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(await page.evaluate('window.heardWords'), ['Aucune offre'], 'said once');
      await page.getByLabel('Rechercher une offre').fill('');

      // The detail view.
      await page.locator('careers-board [part~="link"]', { hasText: job.title }).click();
      await page
        .locator('careers-board careers-job-detail [part~="description"] li')
        .first()
        .waitFor();
      const detail = await axTreeOf(
        page,
        `${board}.querySelector('careers-job-detail').shadowRoot.querySelector('[part~="detail"]')`,
      );
      const nodes = flatten(detail);
      const named = (role: string) => nodes.filter((n) => n.role === role).map((n) => n.name);
      const title = nodes.find((n) => n.role === 'heading' && n.name === job.title);
      assert.equal(title?.level, 3, 'the title is a level-3 heading');
      const levels = nodes.filter((n) => n.role === 'heading').map((n) => n.level ?? 0);
      assert.ok(
        levels.every((level) => level >= 3),
        `no description heading above the title: ${levels.join(', ')}`,
      );
      assert.ok(named('link').includes('Retour aux offres'), 'a back link, named');
      assert.ok(
        named('link').some((name) => /^Postuler/.test(name)),
        `an apply link, named: ${named('link').join(' | ')}`,
      );
      assert.ok(
        named('button').some((name) => /^Partager/.test(name)),
        `a share button: ${named('button')}`,
      );
      assert.ok(
        nodes.some((n) => n.role === 'term'),
        'metadata as terms and definitions',
      );
      assert.ok(nodes.some((n) => n.role === 'definition'));
      assert.ok(
        nodes.some((n) => n.role === 'list'),
        'the description keeps its list',
      );
    } finally {
      await tab.close();
    }
  });

  it('marks French postings as French on an English page, and only their words', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    // The language a screen reader reads an element in: the nearest `lang`, shadow hosts included.
    const langs = (selectors: Record<string, string>) =>
      page.evaluate(
        `(() => {
          const langOf = (el) => {
            for (let n = el; n; n = n.parentElement || n.getRootNode().host) {
              if (n.hasAttribute('lang')) return n.getAttribute('lang');
            }
            return 'none';
          };
          const board = document.querySelector('careers-board').shadowRoot;
          const card = [...board.querySelectorAll('careers-job-card')].find(
            (c) => c.job.id === ${JSON.stringify(JOBS.jobs[0].id)},
          )?.shadowRoot;
          const detail = board.querySelector('careers-job-detail')?.shadowRoot;
          const apply = detail?.querySelector('careers-apply-button').shadowRoot;
          const roots = { board, card, detail, apply };
          return Object.fromEntries(
            Object.entries(${JSON.stringify(selectors)}).map(([name, selector]) => {
              const [root, css] = selector.split(' :: ');
              const el = roots[root]?.querySelector(css);
              // The language, and the first words of the text but for a date (it changes daily).
              const words = el?.closest('time') ? '' : ': ' + el?.textContent.trim().slice(0, 30);
              return [name, el ? langOf(el) + words : 'missing'];
            }),
          );
        })()`,
      ) as Promise<Record<string, string>>;
    const job = JOBS.jobs[0];
    try {
      await page.goto(`${server.url}/a11y-default-en.html`);
      await page.evaluate(
        (src) => document.querySelector('careers-board')!.setAttribute('src', src),
        server.feedUrl('french'),
      );
      await page.locator('careers-board careers-job-card').first().waitFor();
      assert.deepEqual(
        await langs({
          title: 'card :: [part~="link"]',
          tag: 'card :: [part~="tag"]',
          places: 'card :: [part~="meta"] li',
          remote: 'card :: [part~="meta"] li:nth-child(3)',
          date: 'card :: [part~="date"] time',
          count: 'board :: [part~="count"] > :not([aria-hidden])',
        }),
        {
          title: `fr: ${job.title.slice(0, 30)}`,
          tag: 'fr: TypeScript',
          places: 'fr: Paris, Lyon',
          remote: 'en: Partly remote',
          date: 'en',
          count: 'en: 5 openings',
        },
      );
      await axe(page, 'an English board of French postings');

      await page.locator('careers-board [part~="link"]', { hasText: job.title }).click();
      await page
        .locator('careers-board careers-job-detail [part~="description"] li')
        .first()
        .waitFor();
      assert.deepEqual(
        await langs({
          title: 'detail :: [part~="title"] span',
          text: 'detail :: [part~="description"] p',
          tag: 'detail :: [part~="tag"]',
          places: 'detail :: dd span',
          // The first row with the posting's words after the places' row.
          contractWords: 'detail :: .row:has(dd > span) ~ .row dd span',
          label: 'detail :: dt',
          back: 'detail :: [part~="back"]',
          share: 'detail :: [part~="share"]',
          apply: 'apply :: [part~="apply"]',
        }),
        {
          title: `fr: ${job.title.slice(0, 30)}`,
          text: 'fr: Construire avec les usagers.',
          tag: 'fr: TypeScript',
          places: 'fr: Paris, Lyon',
          contractWords: 'fr: Indépendant·e',
          label: 'en: Organization',
          back: 'en: ← Back to openings',
          share: 'en: Share this opening',
          apply: 'en: Apply by e-mail',
        },
      );
      await axe(page, 'the detail of a French posting on an English page');
    } finally {
      await tab.close();
    }
  });

  for (const [lang, width] of [
    ...LANGS.map((lang) => [lang, 1280] as const),
    ['fr', 320] as const,
  ]) {
    it(`lets a keyboard-only visitor search, filter, open, reach apply and come back (${lang}, ${width} px)`, async () => {
      const tab = await openTab(browser, { viewport: { width, height: 800 } });
      try {
        await tab.page.goto(`${server.url}/a11y-default-${lang}.html`);
        await tab.page.evaluate(
          (src) => document.querySelector('careers-board')!.setAttribute('src', src),
          server.feedUrl('jobs'),
        );
        await keyboardJourney(tab.page, lang, { narrow: width === 320 });
        assert.deepEqual(
          tab.problems.filter((p) => p.startsWith('pageerror')),
          [],
        );
      } finally {
        await tab.close();
      }
    });
  }
  it('draws the whole focus ring of a card and of a description link laid out late', async () => {
    const paragraphs = Array.from({ length: 80 }, (_, k) => `Paragraphe ${k + 1}.`).join('\n\n');
    server.setFeed('many', {
      version: 1,
      jobs: Array.from({ length: 20 }, (_, i) => ({
        id: `poste-${i + 1}`,
        title: `Poste ${i + 1}`,
        organization: { name: 'Exemple' },
        locations: ['Paris'],
        publishedAt: `2026-10-${String(31 - i).padStart(2, '0')}`,
        description:
          i === 0
            ? `${paragraphs}\n\n[Lien du bas](https://example.org/bas) puis du texte.`
            : 'Texte.',
      })),
    });
    server.page(
      '/focus.html',
      hostPage({
        head: '<style>careers-board { --careers-color-focus: rgb(255, 0, 255); }</style>',
        body: `<h2>Nos offres</h2><careers-board src="${server.feedUrl('many')}"></careers-board>`,
      }),
    );
    const tab = await openTab(browser, { viewport: { width: 1280, height: 800 } });
    const { page } = tab;
    /** Focus-coloured pixels in the 6 px strip just left of a box, on screen. */
    const ringLeftOf = async (box: { x: number; y: number; width: number; height: number }) => {
      const shot = await page.screenshot({
        clip: { x: box.x - 6, y: box.y, width: 6, height: Math.min(box.height, 40) },
      });
      return page.evaluate(async (png) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] > 200 && data[i + 1] < 80 && data[i + 2] > 200) count++;
        }
        return count;
      }, shot.toString('base64'));
    };
    /** Whether the ring shows within 2 s: newly laid-out content may be painted a few frames late. */
    const ringShows = async (box: Parameters<typeof ringLeftOf>[0], pixels: number) => {
      for (let tries = 0; tries < 20; tries++) {
        if ((await ringLeftOf(box)) >= pixels) return true;
        await page.waitForTimeout(100);
      }
      return false;
    };
    const tabUntil = async (selector: string, limit: number) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => window.__probe.deepActive()?.matches(s), selector)) return;
      }
      assert.fail(`Tab never reached ${selector}`);
    };
    try {
      await page.goto(`${server.url}/focus.html`);
      const cards = page.locator('careers-board careers-job-card');
      await cards.nth(19).waitFor();
      // The last card starts out of view (not laid out); Tab brings it in, ring and all.
      await tabUntil('[part~="link"][href$="poste-20"]', 40);
      const card = cards.nth(19).locator('[part~="card"]');
      await page.evaluate(() => window.__probe.frames());
      const cardBox = (await card.boundingBox())!;
      assert.ok(cardBox.y >= 0 && cardBox.y + cardBox.height <= 800, 'the card is in view');
      assert.ok(await ringShows(cardBox, 40), 'the card’s focus ring shows on its left');

      // The link at the start of a paragraph far down the longest description.
      await cards.first().locator('[part~="link"]').click();
      const link = page.locator(
        'careers-board careers-job-detail a[href="https://example.org/bas"]',
      );
      await link.waitFor({ state: 'attached' });
      await tabUntil('a[href="https://example.org/bas"]', 10);
      await page.evaluate(() => window.__probe.frames());
      const linkBox = (await link.boundingBox())!;
      assert.ok(linkBox.y >= 0 && linkBox.y + linkBox.height <= 800, 'the link is in view');
      assert.ok(await ringShows(linkBox, 6), 'the link’s focus ring shows on its left');
      assert.deepEqual(
        tab.problems.filter((p) => p.startsWith('pageerror')),
        [],
      );
    } finally {
      await tab.close();
    }
  });
});
