// Accessibility of the built script: axe (WCAG 2.0/2.1 A and AA + best practices) finds nothing
// in every state of the board, in each theme, language and colour scheme, at 320 px and
// 1280 px; nothing scrolls sideways at 320 px; Chromium's accessibility tree names what a
// screen reader announces; a keyboard-only visitor gets where they want with focus in view.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from '../node/browser.js';
import { startResilienceServer, type ResilienceServer } from '../node/resilience-server.js';
import { hostPage, openTab } from './helpers/harness.js';
import { axTreeOf, flatten } from './helpers/ax-tree.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The `theme` attribute's values. */
const THEMES = ['default', 'dsfr'];
const LANGS = ['fr', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 1280];

/** Postings written for these tests (fictional teams). */
const JOBS = {
  version: 1,
  organization: { name: 'Fabrique Numérique Fictive', url: 'https://example.org' },
  jobs: [
    {
      id: 'dev-fullstack',
      title: 'Développeur·se full-stack confirmé·e pour une plateforme de démarches en ligne',
      team: { name: 'Démarches Express' },
      locations: ['Paris', 'Lyon'],
      remote: 'hybrid',
      contract: { kind: 'freelance', label: 'Indépendant·e' },
      tags: ['TypeScript', 'PostgreSQL', 'Accessibilité'],
      publishedAt: '2026-11-02',
      open: true,
      apply: { email: 'recrutement@example.org' },
      description: '## La mission\n\nConstruire **avec** les usagers.\n\n- Un\n- Deux',
    },
    {
      id: 'designer',
      title: 'Product designer',
      organization: { name: 'Atelier Imaginaire', url: 'https://example.net' },
      locations: ['Télétravail'],
      remote: 'full',
      contract: { kind: 'fixed-term', label: 'CDD 3 ans' },
      tags: ['Design', 'Recherche utilisateur'],
      publishedAt: '2026-10-20',
      open: true,
      apply: { url: 'https://example.net/postuler' },
      description: 'Concevoir des services simples.',
    },
    {
      id: 'ux-designer',
      title: 'UX designer',
      organization: { name: 'Atelier Imaginaire', url: 'https://example.net' },
      locations: ['Lyon'],
      remote: 'hybrid',
      contract: { kind: 'freelance', label: 'Indépendant·e' },
      salary: { min: 450, max: 600, currency: 'EUR', period: 'day' },
      tags: ['Design', 'Accessibilité'],
      publishedAt: '2026-11-10',
      closesAt: '2027-01-15',
      open: true,
      apply: { email: 'design@example.net', instructions: 'Joignez un portfolio.' },
      description:
        '## Ce que vous ferez\n\nDes parcours **simples**. Voir [notre blog](https://example.net/blog).\n\n### Profil\n\n1. Curiosité\n2. Écoute',
    },
    {
      id: 'data-analyst',
      title: 'Data analyst',
      locations: ['Marseille'],
      tags: ['Python'],
      publishedAt: '2026-09-14',
      open: true,
      apply: { url: 'https://example.org/data' },
      description: 'Mesurer l’impact.',
    },
    {
      id: 'coach-agile',
      title: 'Coach agile',
      locations: ['Nantes'],
      tags: ['Agilité'],
      publishedAt: '2026-06-01',
      open: false,
      description: 'Poste pourvu.',
    },
  ],
};

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

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' >> ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe violations in ${where}`);
}

async function reflows(page: Page, where: string) {
  const scroll = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  assert.ok(
    scroll.scrollWidth <= scroll.clientWidth,
    `${where}: the page scrolls sideways (${scroll.scrollWidth} > ${scroll.clientWidth})`,
  );
  assert.deepEqual(
    await page.evaluate(() => window.__probe.overflowing()),
    [],
    `${where}: wider than the viewport`,
  );
}

describe('accessibility', () => {
  let server: ResilienceServer;
  let browser: Browser;

  before(async () => {
    server = await startResilienceServer();
    browser = await launchBrowser();
    server.setFeed('jobs', JOBS);
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

  for (const combo of combos) {
    it(`has no axe violation and reflows in every state: ${comboName(combo)}`, async () => {
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

        // Filtered: a search narrows the list.
        await search.fill('designer');
        await page.waitForFunction(
          () => window.__probe.findAllDeep('careers-job-card').length === 2,
        );
        await axe(page, where('filtered'));
        await reflows(page, where('filtered'));

        // No match: the message and its "clear filters" button.
        await search.fill('zzzz introuvable');
        await page.locator('careers-board [part~="no-match"]').waitFor();
        await axe(page, where('no match'));
        await reflows(page, where('no match'));
        await search.fill('');
        await cardLink(JOBS.jobs[0].title).waitFor();

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
        const alert = page.locator('careers-board [role="alert"]');
        await alert.waitFor();
        assert.equal(
          await alert.getByRole('button').first().innerText(),
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
    });
  }

  it('names a card in the accessibility tree: a heading at the chosen level holding one link', async () => {
    const tab = await openTab(browser);
    try {
      await tab.page.goto(`${server.url}/a11y-default-fr.html`);
      await tab.page.evaluate(
        (src) => document.querySelector('careers-board')!.setAttribute('src', src),
        server.feedUrl('jobs'),
      );
      await tab.page.locator('careers-board careers-job-card').first().waitFor();
      const card = await axTreeOf(
        tab.page,
        `document.querySelector('careers-board').shadowRoot.querySelector('careers-job-card').shadowRoot.querySelector('[part~="card"]')`,
      );
      const nodes = flatten(card);
      const title = JOBS.jobs[0].title;
      const headings = nodes.filter((n) => n.role === 'heading');
      assert.equal(headings.length, 1, 'one heading per card');
      assert.equal(headings[0].name, title);
      assert.equal(headings[0].level, 3, 'heading-level defaults to 3');
      const links = nodes.filter((n) => n.role === 'link');
      assert.deepEqual(
        links.map((n) => n.name),
        [title],
        'the card is one link named by the job title',
      );
      assert.ok(
        headings[0].children.some((n) => n.role === 'link'),
        'the link is inside the heading',
      );
    } finally {
      await tab.close();
    }
  });
});
