// A visitor's journey through the built script, as a site embeds it: load, search, filter,
// open a posting, find the apply link, come back; deep links, reload and Back; structured data
// under a strict Content-Security-Policy with Trusted Types.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { hostPage, openTab } from './helpers/harness.js';

const FEED = '/tests/fixtures/feeds/ui-board.json';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify careers-widget careers-widget#ld',
].join('; ');

/** Titles of the cards a visitor sees. */
const cardTitles = (page: Page) =>
  page.locator('careers-board careers-job-card [part="title"]').allTextContents();

/** The label of the focused element, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return `${active?.localName} ${active?.textContent?.replace(/\s+/g, ' ').trim()}`;
  });

describe('a visitor’s journey through the built widget', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
    server.route('/offres.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage({ body: `<careers-board src="${FEED}"></careers-board>` }));
    });
    server.route('/en.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage({ lang: 'en', body: `<careers-board src="${FEED}"></careers-board>` }));
    });
    server.route('/strict.html', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CSP,
      });
      res.end(hostPage({ body: `<careers-board structured-data src="${FEED}"></careers-board>` }));
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads, searches, filters, opens a posting, applies, and comes back', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${server.url}/offres.html`);
      await page.locator('careers-job-card').first().waitFor();
      assert.deepEqual(await cardTitles(page), [
        'Responsable produit',
        'Designer d’interface',
        'Développeur·se back-end',
        'Data scientist',
      ]);
      // The count's words as shown (screen readers hear them from the other half, once typing pauses).
      const count = page.locator('careers-board [part="count"] > [aria-hidden]');
      assert.equal((await count.textContent())?.trim(), '4 offres');

      // Search, the way a visitor types it: no accents, lower case.
      await page.getByLabel('Rechercher une offre').fill('developpeur');
      await page.waitForFunction(
        () =>
          document.querySelector('careers-board')!.shadowRoot!.querySelectorAll('careers-job-card')
            .length === 1,
      );
      assert.deepEqual(await cardTitles(page), ['Développeur·se back-end']);
      assert.equal((await count.textContent())?.trim(), '1 offre');

      // Filter instead: every posting in Paris.
      await page.getByLabel('Rechercher une offre').fill('');
      await page.getByLabel('Lieu').selectOption('Paris');
      await page.waitForFunction(
        () =>
          document.querySelector('careers-board')!.shadowRoot!.querySelectorAll('careers-job-card')
            .length === 2,
      );
      assert.deepEqual(await cardTitles(page), ['Développeur·se back-end', 'Data scientist']);
      assert.equal((await count.textContent())?.trim(), '2 offres');

      // Open a posting in place: its title has the focus, the URL can be shared.
      await page.getByRole('link', { name: 'Développeur·se back-end' }).click();
      const title = page.locator('careers-job-detail [part="title"]');
      await title.waitFor();
      assert.equal(await title.textContent(), 'Développeur·se back-end');
      assert.equal(await focused(page), 'h3 Développeur·se back-end');
      const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
      assert.equal(hash.get('job'), 'dev-back');
      assert.equal(hash.get('location'), 'Paris');
      assert.equal(await page.locator('careers-job-card').count(), 0);

      // The apply link: a real link to the employer's site, in a new window, saying so.
      const apply = page.getByRole('link', { name: 'Postuler (nouvelle fenêtre)' });
      assert.equal(await apply.getAttribute('href'), 'https://example.org/candidater/dev-back');
      assert.equal(await apply.getAttribute('target'), '_blank');
      assert.equal(await apply.getAttribute('rel'), 'noopener noreferrer');

      // Back to the list: same filters, focus on the card that was opened.
      await page.getByRole('link', { name: 'Retour aux offres' }).click();
      await page.locator('careers-job-card').first().waitFor();
      assert.deepEqual(await cardTitles(page), ['Développeur·se back-end', 'Data scientist']);
      await page.waitForFunction(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent === 'Développeur·se back-end';
      });
      assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('job'), null);
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('opens a deep link, keeps it on reload, and closes it with the browser’s Back', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${server.url}/offres.html`);
      await page.locator('careers-job-card').first().waitFor();
      await page.getByRole('link', { name: 'Data scientist' }).click();
      const title = page.locator('careers-job-detail [part="title"]');
      await title.waitFor();
      // An e-mail application: a mailto link naming the posting, in the same window.
      const apply = page.getByRole('link', { name: 'Postuler par e-mail' });
      assert.equal(
        await apply.getAttribute('href'),
        `mailto:recrutement@example.org?subject=${encodeURIComponent('Candidature : Data scientist')}`,
      );
      assert.equal(await apply.getAttribute('target'), null);
      await page.reload();
      await title.waitFor();
      assert.equal(await title.textContent(), 'Data scientist');
      await page.goBack();
      await page.locator('careers-job-card').first().waitFor();
      assert.equal(await page.locator('careers-job-detail').count(), 0);
      assert.equal(new URL(page.url()).hash, '');

      const shared = await browser.newContext();
      const other = await shared.newPage();
      await other.goto(`${server.url}/offres.html#job=designer`);
      await other.locator('careers-job-detail [part="title"]').waitFor();
      assert.equal(
        await other.locator('careers-job-detail [part="title"]').textContent(),
        'Designer d’interface',
      );
      await shared.close();
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('is complete in English', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${server.url}/en.html#job=nope`);
      await page.locator('careers-job-card').first().waitFor();
      const text = await page
        .locator('careers-board')
        .evaluate((board) => board.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      assert.match(text, /This opening no longer exists/);
      assert.match(text, /4 openings/);
      assert.match(text, /Search openings/);
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('adds the JobPosting JSON-LD under Trusted Types, and removes it on close', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${server.url}/strict.html`);
      await page.locator('careers-job-card').first().waitFor();
      await page.getByRole('link', { name: 'Designer d’interface' }).click();
      await page.locator('careers-job-detail [part="title"]').waitFor();
      const scripts = page.locator('head script[type="application/ld+json"]');
      assert.equal(await scripts.count(), 1);
      const ld = JSON.parse((await scripts.textContent()) ?? '');
      assert.equal(ld['@type'], 'JobPosting');
      assert.equal(ld.title, 'Designer d’interface');
      assert.equal(ld.hiringOrganization.name, 'Atelier Fictif');
      await page.getByRole('link', { name: 'Retour aux offres' }).click();
      await page.locator('careers-job-card').first().waitFor();
      assert.equal(await scripts.count(), 0);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });
});
