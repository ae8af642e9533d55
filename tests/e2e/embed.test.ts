// The built single script in a real page, the way a site owner embeds it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';

const FEED = '/tests/fixtures/feeds/careers-small.json';

const page = (body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Embed test</title></head>
<body><main><h1>Nous recrutons</h1>${body}</main></body></html>`;

describe('the built script embedded with a classic <script> tag', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
    server.route('/embed-twice.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        page(`<script src="/dist/careers-widget.js" defer></script>
<script src="/dist/careers-widget.js" defer></script>
<careers-board src="${FEED}"></careers-board>`),
      );
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('works on a page that is not UTF-8, with the script served without a charset', async () => {
    // A legacy site: a windows-1252 page, and a server that sends `text/javascript` alone. The
    // browser then reads the script as windows-1252 too; only an ASCII script survives that.
    server.route('/legacy/careers-widget.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync('dist/careers-widget.js'));
    });
    server.route('/legacy.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(
        Buffer.from(
          `<!doctype html><html lang="fr"><head><title>Offres</title></head><body><main>
<h1>Nous recrutons</h1><script src="/legacy/careers-widget.js"></script>
<careers-board src="${FEED}"></careers-board></main></body></html>`,
          'latin1',
        ),
      );
    });
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.url}/legacy.html`);
    assert.equal(await tab.evaluate(() => document.characterSet), 'windows-1252');
    const titles = tab.locator('careers-board careers-job-card a');
    await titles.first().waitFor();
    // The feed is JSON (always UTF-8); the widget's own French words come from the script.
    assert.deepEqual(await titles.allTextContents(), [
      'Développeur·se front-end',
      'Product designer',
    ]);
    // The widget's own French words come from the script: "publiée", "Rechercher une offre".
    const date = await tab.locator('careers-board careers-job-card [part~="date"]').first();
    assert.match((await date.textContent()) ?? '', /^\s*publiée /);
    const words = [
      ...(await tab.locator('careers-board label').allTextContents()),
      ...(await tab.locator('careers-board option').allTextContents()),
    ].join(' | ');
    assert.match(words, /Rechercher une offre/);
    assert.doesNotMatch(words, /Ã|Â|â€/, `mis-decoded UTF-8 in the widget's words: ${words}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the cards of the feed and logs no error when loaded twice', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    await tab.goto(`${server.url}/embed-twice.html`);
    const titles = tab.locator('careers-board careers-job-card a');
    await titles.first().waitFor();
    assert.deepEqual(await titles.allTextContents(), [
      'Développeur·se front-end',
      'Product designer',
    ]);
    assert.equal(
      await tab.evaluate(
        () =>
          document.querySelector('careers-board') instanceof customElements.get('careers-board')!,
      ),
      true,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
  it('exposes the description renderer on the CareersWidget global, sanitizing', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/embed-twice.html`);
    await tab.locator('careers-board careers-job-card').first().waitFor();
    const rendered = await tab.evaluate(() => {
      const widget = (window as unknown as { CareersWidget: Record<string, unknown> })
        .CareersWidget as {
        renderDescription: (job: object, options?: object) => string;
        renderDescriptionFragment: (job: object, options?: object) => DocumentFragment;
      };
      const job = {
        id: 'x',
        title: 'X',
        locations: [],
        tags: [],
        open: true,
        description:
          '## Missions\n\n<img src=x onerror="window.__pwned=1"> [lien](javascript:alert(1))',
      };
      const fragment = widget.renderDescriptionFragment(job, { headingLevel: 2 });
      const box = document.createElement('div');
      box.append(fragment);
      return {
        html: widget.renderDescription(job, { headingLevel: 2 }),
        nodes: box.innerHTML,
        pwned: (window as { __pwned?: unknown }).__pwned,
      };
    });
    assert.equal(rendered.nodes, rendered.html);
    assert.match(rendered.html, /<h3>Missions<\/h3>/);
    assert.doesNotMatch(rendered.html, /onerror|javascript:|<img/);
    assert.equal(rendered.pwned, undefined);
    await context.close();
  });
});
