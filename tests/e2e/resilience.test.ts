// Resilience of the built script against real failing servers (tests/node/resilience-server.ts):
// every way a feed can fail shows the documented error state (message, retry), fires
// careers-error with the right reason, throws nothing into the page, and Retry recovers once
// the server does. Changing `src` mid-request never shows the stale feed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../node/browser.js';
import {
  startResilienceServer,
  type FeedMode,
  type ResilienceServer,
} from '../node/resilience-server.js';
import { hostPage, openTab, type Tab } from './helpers/harness.js';

const feed = (prefix: string, titles: string[]) => ({
  version: 1,
  organization: { name: `${prefix} Organisation` },
  jobs: titles.map((title, i) => ({ id: `${prefix}-${i}`, title, locations: ['Paris'] })),
});

// Records careers-error / careers-load details in the page, from the start.
const EVENT_RECORDER = `
  window.__feedEvents = [];
  for (const type of ['careers-error', 'careers-load']) {
    document.addEventListener(type, (event) => {
      const d = event.detail || {};
      window.__feedEvents.push({
        type,
        reason: d.error && d.error.reason,
        status: d.status,
        url: d.url,
        count: d.jobs && d.jobs.length,
      });
    });
  }
`;

interface FeedEvent {
  type: string;
  reason?: string;
  status?: number;
  url?: string;
  count?: number;
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __feedEvents: FeedEvent[] }).__feedEvents);

const cardTitles = async (page: Page) =>
  (await page.locator('careers-board careers-job-card [part~="title"]').allTextContents()).map(
    (text) => text.trim(),
  );

/** Resolves once `check` holds, polling every 20 ms (server-side conditions). */
async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}

const pageErrors = (tab: Tab) => tab.problems.filter((p) => p.startsWith('pageerror'));

describe('resilience: failing feeds', () => {
  let server: ResilienceServer;
  let browser: Browser;
  let counter = 0;

  /** A fresh feed name with good content, and a page that embeds a board reading it. */
  async function boardOn(mode: FeedMode, options: { cross?: boolean; timeout?: number } = {}) {
    const name = `feed-${++counter}`;
    server.setFeed(name, feed(name, ['Développeur·se back-end', 'Chargé·e de mission']));
    server.setMode(name, mode, { slowMs: 1500 });
    const src = server.feedUrl(name, options.cross ? 'cross' : 'same');
    server.page(
      `/${name}.html`,
      hostPage({
        body: `<careers-board src="${src}" timeout="${options.timeout ?? 500}"
          fallback-href="https://example.org/offres"></careers-board>`,
      }),
    );
    const tab = await openTab(browser);
    await tab.context.addInitScript({ content: EVENT_RECORDER });
    await tab.page.goto(`${server.url}/${name}.html`);
    return { tab, name };
  }

  before(async () => {
    server = await startResilienceServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const failures: Array<{ mode: FeedMode; cross?: boolean; reasons: string[]; status?: number }> = [
    { mode: 'status-404', reasons: ['http'], status: 404 },
    { mode: 'status-500', reasons: ['http'], status: 500 },
    { mode: 'html', reasons: ['not-json'] },
    { mode: 'invalid-json', reasons: ['not-json'] },
    { mode: 'empty', reasons: ['empty'] },
    { mode: 'truncated', reasons: ['not-json'] },
    { mode: 'huge', reasons: ['too-large'] },
    { mode: 'huge-chunked', reasons: ['too-large'] },
    { mode: 'slow', reasons: ['timeout'] },
    { mode: 'drop', reasons: ['network'] },
    { mode: 'no-cors', cross: true, reasons: ['network'] },
  ];

  for (const { mode, cross, reasons, status } of failures) {
    it(`shows the error state for ${mode}${cross ? ' (cross-origin)' : ''}, and Retry recovers`, async () => {
      // A short timeout only where the timeout is the point (a loaded machine is slow).
      const { tab, name } = await boardOn(mode, { cross, timeout: mode === 'slow' ? 500 : 8000 });
      try {
        const box = tab.page.locator('careers-board [part~="error"]');
        const alert = box.locator('[role="alert"]');
        await alert.waitFor();
        // The alert is the message; the buttons follow it in the box.
        assert.match(await alert.innerText(), /n’ont pas pu être chargées/);
        assert.doesNotMatch(await alert.innerText(), /Réessayer|Voir les offres/);
        const fallback = box.locator('[part~="fallback"]');
        assert.equal(await fallback.getAttribute('href'), 'https://example.org/offres');
        assert.equal((await fallback.innerText()).trim(), 'Voir les offres sur notre site');
        const [error] = (await events(tab.page)).filter((e) => e.type === 'careers-error');
        assert.ok(error, 'careers-error fired');
        assert.ok(reasons.includes(error.reason!), `reason ${error.reason} for ${mode}`);
        if (status) assert.equal(error.status, status);
        assert.equal(await tab.page.locator('careers-board careers-job-card').count(), 0);

        // The server recovers; Retry shows the feed without reloading the page.
        server.setMode(name, 'ok');
        const hitsBefore = server.hits(name);
        await box.getByRole('button', { name: 'Réessayer' }).click();
        await tab.page.locator('careers-board careers-job-card').first().waitFor();
        assert.deepEqual(await cardTitles(tab.page), [
          'Développeur·se back-end',
          'Chargé·e de mission',
        ]);
        assert.equal(server.hits(name), hitsBefore + 1, 'Retry fetched the feed again');
        assert.equal(await alert.count(), 0, 'the error is gone');
        assert.deepEqual(pageErrors(tab), [], 'no uncaught exception reached the page');
      } finally {
        await tab.close();
      }
    });
  }

  it('never shows a stale feed when src changes during a slow request', async () => {
    const { tab, name } = await boardOn('slow', { timeout: 5000 });
    try {
      server.setFeed('fresh', feed('fresh', ['Offre récente']));
      // The slow request is on its way: switch to a fast feed.
      await until(() => server.hits(name) === 1);
      await tab.page.evaluate(
        (src) => document.querySelector('careers-board')!.setAttribute('src', src),
        server.feedUrl('fresh'),
      );
      await tab.page.locator('careers-board careers-job-card').first().waitFor();
      assert.deepEqual(await cardTitles(tab.page), ['Offre récente']);
      // Wait past the moment the slow feed would have answered.
      await tab.page.waitForTimeout(1800);
      assert.deepEqual(await cardTitles(tab.page), ['Offre récente'], 'the stale feed never shows');
      const loads = (await events(tab.page)).filter((e) => e.type === 'careers-load');
      assert.deepEqual(
        loads.map((e) => e.count),
        [1],
        'only the fresh feed loaded',
      );
      assert.deepEqual(pageErrors(tab), []);
    } finally {
      await tab.close();
    }
  });

  it('shows the other feeds and a partial notice when one of three merged feeds fails', async () => {
    const names = ['merge-a', 'merge-b', 'merge-c'];
    names.forEach((name, i) => server.setFeed(name, feed(name, [`Offre ${'ABC'[i]}`])));
    server.setMode('merge-b', 'status-500');
    const src = [
      server.feedUrl('merge-a'),
      server.feedUrl('merge-b', 'cross'),
      server.feedUrl('merge-c'),
    ];
    server.page(
      '/merge.html',
      hostPage({
        body: `<careers-board src="${src.join(' ')}" timeout="2000"
          fallback-href="https://example.org/offres"></careers-board>`,
      }),
    );
    const tab = await openTab(browser);
    try {
      await tab.context.addInitScript({ content: EVENT_RECORDER });
      await tab.page.goto(`${server.url}/merge.html`);
      const notice = tab.page.locator('careers-board [part~="partial"]');
      await notice.waitFor();
      assert.match(await notice.innerText(), /Une source d’offres n’a pas pu être chargée/);
      assert.deepEqual((await cardTitles(tab.page)).sort(), ['Offre A', 'Offre C']);
      const errors = (await events(tab.page)).filter((e) => e.type === 'careers-error');
      assert.deepEqual(
        errors.map((e) => [e.reason, e.status, e.url]),
        [['http', 500, src[1]]],
        'careers-error names the failing feed',
      );
      // The failing feed recovers: Retry merges it in and the notice goes.
      server.setMode('merge-b', 'ok');
      await notice.getByRole('button', { name: 'Réessayer' }).click();
      await tab.page.waitForFunction(
        () => window.__probe.findAllDeep('careers-job-card').length === 3,
      );
      assert.deepEqual((await cardTitles(tab.page)).sort(), ['Offre A', 'Offre B', 'Offre C']);
      assert.equal(await notice.count(), 0, 'the partial notice is gone');
      assert.deepEqual(pageErrors(tab), []);
    } finally {
      await tab.close();
    }
  });

  it('keeps a linked posting through a failed load: Retry opens it, focused, with no notice', async () => {
    server.setFeed('linked', feed('linked', ['Offre A', 'Offre B']));
    server.setMode('linked', 'status-500');
    server.page(
      '/linked.html',
      hostPage({ body: `<careers-board src="${server.feedUrl('linked')}"></careers-board>` }),
    );
    const tab = await openTab(browser);
    try {
      await tab.page.goto(`${server.url}/linked.html#job=linked-1`);
      const box = tab.page.locator('careers-board [part~="error"]');
      await box.locator('[role="alert"]').waitFor();
      assert.equal(new URL(tab.page.url()).hash, '#job=linked-1', 'the link is kept');
      server.setMode('linked', 'ok');
      await box.getByRole('button', { name: 'Réessayer' }).click();
      const title = tab.page.locator('careers-board careers-job-detail [part~="title"]');
      await title.waitFor();
      assert.equal((await title.innerText()).trim(), 'Offre B');
      await tab.page.waitForFunction(() => window.__probe.activeLabel().includes('Offre B'));
      assert.equal(await tab.page.locator('careers-board [part~="notice"]').count(), 0);
      assert.equal(new URL(tab.page.url()).hash, '#job=linked-1');
      assert.deepEqual(pageErrors(tab), []);
    } finally {
      await tab.close();
    }
  });
});
