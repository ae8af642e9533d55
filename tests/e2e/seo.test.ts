// What search engines get from the built script. With routing="query" every card links to a
// real URL (`?job=<id>`) that, loaded on its own, shows that posting; with "hash" (the default)
// every posting lives on the page's one URL. With structured-data, the page of an open posting
// carries its schema.org JobPosting JSON-LD (a closed one carries none). What a site owner
// writes inside <careers-board> shows without JavaScript and before the script runs, and is
// neither shown nor announced once the board has upgraded.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { axe } from './helpers/checks.js';
import { hostPage, openTab } from './helpers/harness.js';
import { axTreeOf, flatten } from './helpers/ax-tree.js';
import { fallbackHtml } from '../../src/cli/fallback.js';
import type { CareersFeed } from '../../src/data/job.js';

const FEED = '/tests/fixtures/seo/feed.json';

const REMOTE = 'Développeur·se TypeScript en télétravail';
const DESIGNER = 'Designer de services à Lyon';
const ALL_JOBS = 'Toutes nos offres sur notre site emploi';

/**
 * The no-JavaScript fallback the README recommends: plain links inside the element, here the
 * list `careers-feed build --fallback` writes from the same feed, and a link to the job board.
 */
const FALLBACK = `${fallbackHtml((JSON.parse(readFileSync(`.${FEED}`, 'utf8')) as CareersFeed).jobs)}
  <p><a href="https://example.org/emplois">${ALL_JOBS}</a></p>`;

const board = (routing: string) =>
  `<careers-board ${routing} structured-data heading-level="2" src="${FEED}">
  ${FALLBACK}
</careers-board>`;

/** The JSON-LD scripts in the document's head, parsed. */
const jsonLd = (page: Page) =>
  page.evaluate(() =>
    [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => script.textContent ?? '',
    ),
  );

/** The cards' links: [title, href] as the page holds them. */
const cardLinks = async (page: Page) => {
  const links = page.locator('careers-board careers-job-card [part~="link"]');
  await links.first().waitFor();
  return Promise.all(
    (await links.all()).map(async (link) => [
      (await link.textContent())?.trim() ?? '',
      (await link.getAttribute('href')) ?? '',
    ]),
  );
};

const detailTitle = (page: Page) =>
  page.locator('careers-board careers-job-detail [part~="title"]');

/** Links and headings a screen reader finds in the page's main content. */
async function announced(page: Page) {
  const nodes = flatten(await axTreeOf(page, "document.querySelector('main')"));
  return {
    links: nodes.filter((node) => node.role === 'link').map((node) => node.name),
    headings: nodes
      .filter((node) => node.role === 'heading')
      .map((node) => `h${node.level} ${node.name}`),
  };
}

/** The README's example of a fallback (its ```html fallback block), on the test feed. */
function readmeFallback(): string {
  const found = [
    ...readFileSync('README.md', 'utf8').matchAll(/^```html fallback\n([\s\S]*?)^```$/gm),
  ];
  assert.equal(found.length, 1, 'README.md: one ```html fallback block');
  assert.match(found[0][1], /src="\/offres\.json"/);
  return found[0][1].replace('src="/offres.json"', `src="${FEED}"`);
}

describe('search engines and the built widget', () => {
  let server: StaticServer;
  let browser: Browser;
  /** Lets the held copy of the script through (see /held/). */
  let release!: () => void;

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
    const page = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    // One page for every query string, as the README asks of a server for routing="query".
    server.route('/carrieres/', page(hostPage({ body: board('routing="query"') })));
    server.route('/hash.html', page(hostPage({ body: board('') })));
    server.route('/readme.html', page(hostPage({ body: readmeFallback() })));
    // The same page, with a script that arrives only when the test says so.
    server.route(
      '/held/',
      page(
        hostPage({ body: board('routing="query"') }).replace(
          '/dist/careers-widget.js',
          '/held/careers-widget.js',
        ),
      ),
    );
    const held = new Promise<void>((done) => (release = done));
    server.route('/held/careers-widget.js', async (_req, res) => {
      await held;
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(await readFile('dist/careers-widget.js'));
    });
  });

  after(async () => {
    release?.();
    await browser?.close();
    await server?.close();
  });

  it('routing="query": each card links to ?job=<id> (absolute, page parameters kept), and that URL loaded alone shows the posting', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      const list = `${server.url}/carrieres/?utm_source=lettre`;
      await page.goto(list);
      const links = await cardLinks(page);
      assert.deepEqual(links, [
        [REMOTE, `${list}&job=dev-remote`],
        [DESIGNER, `${list}&job=designer-lyon`],
      ]);
      assert.deepEqual(await jsonLd(page), [], 'no JobPosting on the list');
      for (const [title, href] of links) {
        // A crawler's visit: a fresh tab, the posting's URL typed in.
        const visit = await openTab(browser);
        try {
          await visit.page.goto(href);
          await detailTitle(visit.page).waitFor();
          assert.equal(await detailTitle(visit.page).textContent(), title);
          assert.equal(await visit.page.locator('careers-board careers-job-card').count(), 0);
          // The posting is the page's content under its h1: its title is the next heading.
          assert.deepEqual((await announced(visit.page)).headings.slice(0, 2), [
            'h1 Nous recrutons',
            `h2 ${title}`,
          ]);
          const [ld, ...more] = await jsonLd(visit.page);
          assert.equal(more.length, 0, 'one JobPosting');
          assert.equal(JSON.parse(ld).title, title);
          assert.deepEqual(visit.problems, []);
        } finally {
          await visit.close();
        }
      }
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('routing="hash" (the default): every posting’s link is the page’s own URL plus a fragment', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${server.url}/hash.html`);
      const links = await cardLinks(page);
      assert.deepEqual(
        links.map(([, href]) => href),
        [`${server.url}/hash.html#job=dev-remote`, `${server.url}/hash.html#job=designer-lyon`],
      );
      // Without its fragment (which a crawler drops), every link is the list's URL.
      assert.deepEqual(new Set(links.map(([, href]) => href.split('#')[0])), new Set([page.url()]));
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('structured-data: ?job=<id> loaded directly puts that posting’s JobPosting in the head', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      const url = `${server.url}/carrieres/?job=dev-remote`;
      await page.goto(url);
      await detailTitle(page).waitFor();
      const [text] = await jsonLd(page);
      assert.doesNotMatch(text, /</, 'no "<" can close the script');
      const ld = JSON.parse(text);
      assert.match(ld.description, /<strong>outils<\/strong>/);
      delete ld.description;
      assert.deepEqual(ld, {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: REMOTE,
        identifier: { '@type': 'PropertyValue', name: 'Coopérative Fictive', value: 'dev-remote' },
        datePosted: '2026-11-02',
        validThrough: '2999-12-31',
        // No page of its own in the feed: the posting's URL on this page.
        url,
        directApply: false,
        employmentType: 'FULL_TIME',
        hiringOrganization: {
          '@type': 'Organization',
          name: 'Coopérative Fictive',
          sameAs: 'https://example.org/',
          logo: 'https://example.org/logo.png',
        },
        // Full remote, its only "location" saying so: no jobLocation, and where a remote
        // worker may live (its country), which Google asks of a TELECOMMUTE job.
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: { '@type': 'Country', name: 'FR' },
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: {
            '@type': 'QuantitativeValue',
            minValue: 48000,
            maxValue: 56000,
            unitText: 'YEAR',
          },
        },
      });

      // Another posting (hybrid, its own canonical page where one applies), by a new visit.
      await page.goto(`${server.url}/carrieres/?job=designer-lyon`);
      await detailTitle(page).waitFor();
      const other = (await jsonLd(page)).map((json) => JSON.parse(json));
      assert.equal(other.length, 1);
      // Each place with its country (the feed's "fr", in capitals): Google requires it.
      assert.deepEqual(other[0].jobLocation, [
        {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: 'Lyon', addressCountry: 'FR' },
        },
      ]);
      assert.equal(other[0].jobLocationType, undefined, 'hybrid is not TELECOMMUTE');
      assert.equal(other[0].url, 'https://example.net/offres/designer-lyon');
      assert.equal(other[0].directApply, true);
      assert.equal(other[0].employmentType, 'TEMPORARY');
      assert.equal(other[0].hiringOrganization.name, 'Atelier Inventé');
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('structured-data: a closed posting’s page (filled, or past its closing date) carries no JobPosting', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      for (const id of ['filled', 'expired']) {
        await page.goto(`${server.url}/carrieres/?job=${id}`);
        // Shown to the visitor who follows an old link, marked as filled...
        await page.locator('careers-board careers-job-detail [part~="filled"]').waitFor();
        // ...but not offered to search engines as an opening (the JSON-LD of an open posting
        // is in the head by the time its detail shows: see the test above).
        assert.deepEqual(await jsonLd(page), [], id);
      }
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('without JavaScript, the links written inside <careers-board> are the page’s content', async () => {
    const tab = await openTab(browser, { javaScriptEnabled: false });
    const { page } = tab;
    try {
      await page.goto(`${server.url}/carrieres/`);
      const link = page.getByRole('link', { name: REMOTE });
      assert.equal(await link.isVisible(), true);
      const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
      assert.equal(href, `${server.url}/carrieres/?job=dev-remote`);
      // A posting with a page of its own: the fallback links there.
      assert.equal(
        await page.getByRole('link', { name: DESIGNER }).getAttribute('href'),
        'https://example.net/offres/designer-lyon',
      );
      assert.equal(await page.getByRole('link', { name: ALL_JOBS }).isVisible(), true);
      // A posting's ?job=<id> URL, without JavaScript, is this same list.
      await link.click();
      await page.waitForURL(href);
      assert.equal(await page.getByRole('link', { name: REMOTE }).isVisible(), true);
      assert.equal(await page.locator('careers-board').evaluate((el) => el.shadowRoot), null);
    } finally {
      await tab.close();
    }
  });

  it('the fallback shows until the script runs, then is neither shown nor announced twice', async () => {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${server.url}/held/`, { waitUntil: 'commit' });
      // The page's own links inside the element (light DOM; a CSS locator would also pierce
      // the board's shadow root): how many, and how many a visitor can see.
      const fallback = () =>
        page.evaluate(() => {
          const links = [...document.querySelectorAll('careers-board a')];
          return [links.length, links.filter((link) => link.checkVisibility()).length];
        });
      await page.getByRole('link', { name: ALL_JOBS }).waitFor();
      // Before the upgrade: the element is unknown, its content is plain, visible HTML.
      assert.equal(
        await page.evaluate(() => customElements.get('careers-board') === undefined),
        true,
      );
      assert.deepEqual(await fallback(), [3, 3]);
      assert.deepEqual((await announced(page)).links, [REMOTE, DESIGNER, ALL_JOBS]);
      await axe(page, 'before the upgrade');

      release();
      await cardLinks(page);
      // The board leaves what the page wrote in place, but does not slot it: not rendered...
      assert.deepEqual(await fallback(), [3, 0]);
      // ...so each posting is announced once, by its card, and the fallback's extra link not
      // at all.
      assert.deepEqual((await announced(page)).links, [REMOTE, DESIGNER]);
      await axe(page, 'after the upgrade');
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });

  it('the README’s fallback example: its links show without JavaScript, and are gone once the board is up', async () => {
    /** The example's links: how many, and how many a visitor sees. */
    const links = (page: Page) =>
      page.evaluate(() => {
        const found = [...document.querySelectorAll('careers-board a')];
        return [found.length, found.filter((link) => link.checkVisibility()).length];
      });
    const off = await openTab(browser, { javaScriptEnabled: false });
    try {
      await off.page.goto(`${server.url}/readme.html`);
      assert.deepEqual(await links(off.page), [3, 3]);
    } finally {
      await off.close();
    }
    const tab = await openTab(browser);
    try {
      await tab.page.goto(`${server.url}/readme.html`);
      await cardLinks(tab.page);
      assert.deepEqual(await links(tab.page), [3, 0]);
      await axe(tab.page, 'with the README example');
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });
});
