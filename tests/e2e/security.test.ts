// Security of the built script: hostile text in every field of every supported format never
// runs, never yields a dangerous URL or attribute, and the widget works under a strict
// Content-Security-Policy with Trusted Types, fetching nothing but its feeds.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { hostPage, openTab, settled, type Tab } from './helpers/harness.js';
import { PAYLOADS } from './payloads/corpus.js';
import { FORMAT_OF, HOSTILE_FORMATS, hostileFeed } from './payloads/feeds.js';
import { JOBS } from './helpers/jobs.js';
import { keyboardJourney } from './helpers/journey.js';

/**
 * Formats whose adapter is on main. Extend as adapters land; a format listed here that the
 * widget cannot read fails the card count below.
 */
const FORMATS = HOSTILE_FORMATS;

/** Trusted Types policies the bundle may create (README, "Security"). */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'careers-widget', 'careers-widget#ld'];

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

const json = (body: unknown) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

/** What the page shows, checked after every step: nothing ran, nothing dangerous is there. */
async function assertClean(tab: Tab, where: string) {
  const findings = await tab.page.evaluate(() => window.__probe.audit());
  assert.deepEqual(findings, [], `${where}: unsafe markup or script ran`);
  assert.deepEqual(tab.dialogs, [], `${where}: a dialog opened`);
}

describe('security: the hostile corpus', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
    for (const name of FORMATS) {
      server.route(`/feeds/hostile-${name}.json`, json(hostileFeed(name, PAYLOADS)));
      server.route(
        `/hostile-${name}.html`,
        (_req, res) =>
          void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
            hostPage({
              body: `<careers-board src="/feeds/hostile-${name}.json" format="${FORMAT_OF[name]}"
                page-size="1000" show-closed structured-data></careers-board>`,
            }),
          ),
      );
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has at least 100 payloads, each in a known category', () => {
    assert.ok(PAYLOADS.length >= 100, `only ${PAYLOADS.length} payloads`);
    assert.equal(new Set(PAYLOADS.map((p) => p.text)).size, PAYLOADS.length, 'duplicates');
  });

  for (const name of FORMATS) {
    it(`renders every posting of a hostile ${name} feed as inert text`, async () => {
      const tab = await openTab(browser);
      try {
        await tab.page.goto(`${server.url}/hostile-${name}.html`);
        await settled(tab.page);
        const cards = tab.page.locator('careers-board careers-job-card');
        assert.equal(await cards.count(), PAYLOADS.length, 'one card per hostile posting');
        await assertClean(tab, `${name} list`);
        // Hostile titles are shown as text, not dropped and not parsed.
        const titles = await tab.page.evaluate(() =>
          window.__probe
            .findAllDeep('careers-job-card')
            .map((card) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim()),
        );
        assert.ok(titles.includes('<script>__pwn(1)</script>'), 'a <script> title shows as text');
        assert.ok(titles.includes('<img src=x onerror=__pwn(13)>'), 'an <img> title shows as text');
        // Nothing but the page, the script and the feed was fetched.
        const paths = tab.requests.map((url) => new URL(url).pathname);
        assert.deepEqual(
          paths.filter((path) => path !== '/favicon.ico'),
          [`/hostile-${name}.html`, '/dist/careers-widget.js', `/feeds/hostile-${name}.json`],
        );
        assert.equal(new URL(tab.page.url()).pathname, `/hostile-${name}.html`, 'no navigation');

        // Every posting opened in the detail view (description, apply, JSON-LD in the head).
        const { opened, findings } = await tab.page.evaluate(() =>
          window.__probe.openEach(document.querySelector('careers-board')!),
        );
        assert.deepEqual(findings, [], `${name} detail views`);
        assert.equal(opened, PAYLOADS.length, 'every posting opened');
        // Late handlers (image errors, animations) had their chance to fire.
        await tab.page.waitForTimeout(300);
        await assertClean(tab, `${name} after the detail views`);
        const leaks = tab.requests.filter((url) => new URL(url).pathname.startsWith('/__leak/'));
        assert.deepEqual(leaks, [], 'hostile CSS or markup made the page fetch a URL');
        const schemes = tab.requests.filter((url) => !/^https?:/.test(url));
        assert.deepEqual(schemes, [], 'only http(s) requests');
        assert.equal(new URL(tab.page.url()).pathname, `/hostile-${name}.html`, 'no navigation');
      } finally {
        await tab.close();
      }
    });
  }
});

describe('security: strict Content-Security-Policy with Trusted Types', () => {
  let server: StaticServer;
  let browser: Browser;
  const FEED = '/feeds/journey.json';

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
    server.route(FEED, json(JOBS));
    server.route(
      '/csp.html',
      (_req, res) =>
        void res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': STRICT_CSP,
          })
          .end(
            hostPage({
              body: `<h2>Nos offres</h2>
                <careers-board src="${FEED}" structured-data show-closed></careers-board>`,
            }),
          ),
    );
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the journey with no policy violation, no console error, and fetches only its feed', async () => {
    const tab = await openTab(browser);
    try {
      const response = await tab.page.goto(`${server.url}/csp.html`);
      assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
      const cards = tab.page.locator('careers-board careers-job-card');
      await cards.first().waitFor();
      assert.equal(await cards.count(), JOBS.jobs.length);
      // Trusted Types are really enforced on this page: a plain string sink throws.
      const before = tab.problems.length;
      const enforced = await tab.page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(enforced, true, 'Trusted Types enforced');
      // Forget what our own probe above caused (one violation, one console error).
      assert.equal((await tab.page.evaluate(() => window.__cspViolations!.splice(0))).length, 1);
      tab.problems.splice(before);
      // The whole keyboard journey: search, filter, open (Markdown), apply link, back.
      await keyboardJourney(tab.page, 'fr');
      // A posting whose HTML description carries inline styles, and a closed one.
      await tab.page.locator('careers-board [part~="clear"]').first().click();
      await cards.nth(JOBS.jobs.length - 1).waitFor();
      for (const title of ['Data analyst', 'Coach agile']) {
        await tab.page.locator('careers-board [part~="link"]', { hasText: title }).click();
        await tab.page
          .locator('careers-board careers-job-detail [part~="description"] p')
          .waitFor();
        // structured-data: the posting's JSON-LD is in the head, valid JSON (none for the
        // closed one: search engines must not list it as an opening).
        const ld = await tab.page.evaluate(
          () => document.head.querySelector('script[type="application/ld+json"]')?.textContent,
        );
        assert.equal(JSON.parse(ld ?? 'null')?.title, title === 'Coach agile' ? undefined : title);
        await tab.page.locator('careers-board careers-job-detail [part~="back"]').click();
        await cards.first().waitFor();
      }
      assert.deepEqual(await tab.page.evaluate(() => window.__probe.audit()), []);

      assert.deepEqual(await tab.page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(tab.problems, []);
      assert.deepEqual(
        tab.requests.map((url) => new URL(url).pathname).filter((p) => p !== '/favicon.ico'),
        ['/csp.html', '/dist/careers-widget.js', FEED],
        'the page, the script and the feed: nothing else',
      );
      assert.ok(
        tab.requests.every((url) => url.startsWith(server.url)),
        'no request leaves the page origin',
      );
    } finally {
      await tab.close();
    }
  });

  // Chromium reports style-src-attr for inline styles even in an inert parsing document, so
  // renderDescription cuts style attributes before DOMPurify parses the description.
  it('reports no CSP violation for a description with inline styles', async () => {
    const styled = {
      version: 1,
      jobs: [
        {
          id: 'styled',
          title: 'Offre stylée',
          open: true,
          descriptionHtml:
            '<p style="color: #b00000">Texte <span style="font-weight:bold">gras</span></p>',
        },
      ],
    };
    server.route('/feeds/styled.json', json(styled));
    server.route(
      '/csp-styled.html',
      (_req, res) =>
        void res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': STRICT_CSP,
          })
          .end(hostPage({ body: '<careers-board src="/feeds/styled.json"></careers-board>' })),
    );
    const tab = await openTab(browser);
    try {
      await tab.page.goto(`${server.url}/csp-styled.html`);
      await tab.page.locator('careers-board [part~="link"]').click();
      await tab.page.locator('careers-board careers-job-detail [part~="description"] p').waitFor();
      assert.deepEqual(await tab.page.evaluate(() => window.__probe.audit()), []);
      assert.deepEqual(await tab.page.evaluate(() => window.__cspViolations), []);
    } finally {
      await tab.close();
    }
  });
});
