// The `careers-feed` bin as a package consumer gets it: `npm run build` bundles the CLI into
// lib/careers-feed.mjs, and bin/careers-feed.js runs it with plain Node (no tsx, no
// node_modules). Lives in tests/e2e/ because that step runs after the build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DROPPED_WITH_CONTENT,
  KEPT_ELEMENTS,
  droppedFromHtml,
  droppedFromMarkdown,
} from '../../src/cli/dropped-html.js';
import { launchBrowser } from '../node/browser.js';
import { startStaticServer, type StaticServer } from '../node/static-server.js';

const FIXTURES = resolve('tests/fixtures/betagouv');

describe('the built careers-feed bin', () => {
  let pkg: string;
  const bin = (...args: string[]) =>
    spawnSync(process.execPath, [join(pkg, 'bin', 'careers-feed.js'), ...args], {
      encoding: 'utf8',
      cwd: pkg,
      // Plain Node: no loader inherited from the test runner.
      env: { PATH: process.env.PATH ?? '' },
    });

  before(async () => {
    assert.ok(
      existsSync('lib/careers-feed.mjs'),
      'lib/careers-feed.mjs missing: run npm run build',
    );
    // Only what the package ships for the bin, away from the project's node_modules.
    pkg = await mkdtemp(join(tmpdir(), 'careers-feed-pkg-'));
    await mkdir(join(pkg, 'bin'));
    await mkdir(join(pkg, 'lib'));
    await copyFile('bin/careers-feed.js', join(pkg, 'bin', 'careers-feed.js'));
    await copyFile('lib/careers-feed.mjs', join(pkg, 'lib', 'careers-feed.mjs'));
    await copyFile('package.json', join(pkg, 'package.json'));
  });

  after(async () => {
    if (pkg) await rm(pkg, { recursive: true, force: true });
  });

  it('is declared as the package bin, and lib/ is shipped', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8'));
    assert.equal(manifest.bin['careers-feed'], './bin/careers-feed.js');
    assert.ok(manifest.files.includes('lib'));
    assert.ok(manifest.files.includes('bin'));
    assert.match(await readFile('bin/careers-feed.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('prints its help', () => {
    const run = bin('--help');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: careers-feed <command>/);
  });

  it('builds a feed from Markdown postings, with diagnostics and exit 0', async () => {
    const out = join(pkg, 'feed.json');
    const run = bin(
      'build',
      join(FIXTURES, 'postings'),
      '--startups',
      join(FIXTURES, 'startups'),
      '-o',
      out,
    );
    assert.equal(run.status, 0, run.stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.version, 1);
    assert.equal(feed.jobs.length, 8);
    assert.equal(
      feed.jobs.find((job: { id: string }) => job.id === '2024-01-16-designer').organization.name,
      'Le Potager Partagé',
    );
    assert.match(
      run.stderr,
      /2024-01-16-designer\.md:3: startup "Le Potager Partagé" resolved by title/,
    );
    assert.match(run.stderr, /^8 postings, \d+ open, \d+ warnings$/m);
    // The bundle's marked reads raw HTML, and its yaml says where broken YAML is at fault.
    assert.match(run.stderr, /2024-01-21-hostile\.md:11: raw HTML the widget drops: onerror/);
    const broken = bin('build', join(FIXTURES, 'invalid'));
    assert.equal(broken.status, 0, broken.stderr);
    assert.match(broken.stderr, /yaml-casse\.md:3: the front matter is not valid YAML/);
    assert.match(broken.stderr, /yaml-casse\.md:3: "startup": the \[ .* read as the list/);
  });

  it('validates the feed it wrote, and exits 1 or 2 as documented', () => {
    const ok = bin('validate', join(FIXTURES, 'feed.betagouv.json'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /format "betagouv" \(detected\)/);
    assert.equal(bin('build', join(FIXTURES, 'no-postings')).status, 1);
    assert.equal(bin('frobnicate').status, 2);
  });
});

// The CLI says which raw HTML the widget drops without running a DOM (src/cli/dropped-html.ts):
// here each of its claims is checked against the built script's own renderer in Chromium.
describe('the raw HTML careers-feed says the widget drops', () => {
  let server: StaticServer;
  let browser: Browser;
  /** Each description rendered by the built script's CareersWidget.renderDescription. */
  let render: (descriptions: Array<{ html?: string; markdown?: string }>) => Promise<string[]>;

  before(async () => {
    assert.ok(
      existsSync('dist/careers-widget.js'),
      'dist/careers-widget.js missing: run npm run build',
    );
    server = await startStaticServer();
    server.route(
      '/render.html',
      (_req, res) =>
        void res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<!doctype html><title>render</title><script src="/dist/careers-widget.js"></script>',
          ),
    );
    browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/render.html`);
    render = (descriptions) =>
      page.evaluate((list) => {
        const widget = (window as unknown as { CareersWidget: Record<string, unknown> })
          .CareersWidget as { renderDescription: (job: object) => string };
        return list.map(({ html, markdown }, index) =>
          widget.renderDescription({
            id: `j${index}`,
            title: 'T',
            locations: [],
            tags: [],
            open: true,
            url: 'https://example.org/offre',
            descriptionHtml: html,
            description: markdown,
          }),
        );
      }, descriptions);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Elements the CLI says are dropped while what they hold stays. */
  const DROPPED_TAG_ONLY = [
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'label',
    'fieldset',
    'dialog',
    'picture',
    'object',
    'embed',
    'applet',
    'link',
    'meta',
    'base',
    'param',
    'portal',
    'nom',
    'o:p',
    'custom-thing',
  ];
  const VOID = new Set(['input', 'embed', 'link', 'meta', 'base', 'param']);

  it('drops each element it names, with what it holds or without, as it says', async () => {
    const tags = [...DROPPED_WITH_CONTENT, ...DROPPED_TAG_ONLY];
    const html = tags.map((tag) =>
      VOID.has(tag)
        ? `<div>avant <${tag} data-x="1"> après</div>`
        : `<div>avant <${tag}>dedans</${tag}> après</div>`,
    );
    const out = await render(html.map((h) => ({ html: h })));
    tags.forEach((tag, index) => {
      assert.deepEqual(
        droppedFromHtml(html[index]).map(({ what }) => what),
        [`<${tag}>`],
        `the CLI names <${tag}>`,
      );
      const shown = out[index].toLowerCase();
      assert.ok(!shown.includes(`<${tag}`), `<${tag}> is not dropped: ${out[index]}`);
      assert.match(shown, /avant.*après/s, `<${tag}>: the text around it stays`);
      if (VOID.has(tag)) return;
      assert.equal(
        shown.includes('dedans'),
        !DROPPED_WITH_CONTENT.has(tag),
        `<${tag}>: what it holds ${DROPPED_WITH_CONTENT.has(tag) ? 'stays' : 'is dropped'}: ${out[index]}`,
      );
    });
  });

  it('keeps each element it says nothing of', async () => {
    // Elements that only exist inside others are given them; html, body and head are parsed
    // as the document's own, never as content, and are left out.
    const inside: Record<string, (tag: string) => string> = {
      td: (t) => `<table><tbody><tr><${t}>x</${t}></tr></tbody></table>`,
      th: (t) => `<table><tbody><tr><${t}>x</${t}></tr></tbody></table>`,
      tr: (t) => `<table><tbody><${t}><td>x</td></${t}></tbody></table>`,
      tbody: (t) => `<table><${t}><tr><td>x</td></tr></${t}></table>`,
      thead: (t) => `<table><${t}><tr><td>x</td></tr></${t}></table>`,
      tfoot: (t) => `<table><${t}><tr><td>x</td></tr></${t}></table>`,
      caption: (t) => `<table><${t}>x</${t}><tbody><tr><td>x</td></tr></tbody></table>`,
      colgroup: (t) => `<table><${t}><col></${t}><tbody><tr><td>x</td></tr></tbody></table>`,
      col: (t) => `<table><colgroup><${t}></colgroup><tbody><tr><td>x</td></tr></tbody></table>`,
      li: (t) => `<ul><${t}>x</${t}></ul>`,
      dd: (t) => `<dl><${t}>x</${t}></dl>`,
      dt: (t) => `<dl><${t}>x</${t}></dl>`,
      rp: (t) => `<ruby>x<${t}>(</${t}><rt>y</rt></ruby>`,
      rt: (t) => `<ruby>x<${t}>y</${t}></ruby>`,
      area: (t) => `<map name="m"><${t} href="https://example.org/" alt="x"></map>`,
      img: (t) => `<p>x <${t} src="https://example.org/a.png" alt="a"></p>`,
      br: (t) => `<p>x<${t}>y</p>`,
      hr: (t) => `<p>x</p><${t}><p>y</p>`,
      wbr: (t) => `<p>x<${t}>y</p>`,
      a: (t) => `<p><${t} href="https://example.org/">x</${t}></p>`,
    };
    const tags = [...KEPT_ELEMENTS].filter((tag) => !['html', 'body', 'head'].includes(tag));
    const html = tags.map((tag) => (inside[tag] ?? ((t) => `<div><${t}>x</${t}></div>`))(tag));
    const out = await render(html.map((h) => ({ html: h })));
    const dropped = tags.filter((tag, index) => {
      assert.deepEqual(droppedFromHtml(html[index]), [], `the CLI says nothing of <${tag}>`);
      // Headings are kept, renumbered below the title.
      return !out[index].includes(/^h[1-6]$/.test(tag) ? '<h' : `<${tag}`);
    });
    assert.deepEqual(dropped, [], 'kept elements the widget drops');
    assert.ok(tags.length > 80);
  });

  it('drops the event handlers it names, and shows the HTML it finds in Markdown code', async () => {
    const handlers = ['onclick', 'onerror', 'onload', 'onmouseover', 'onfocus'];
    const html = handlers.map((name) => `<p ${name}="go()">x</p>`);
    const markdown = 'Du code : `<script>` et\n\n```\n<iframe src="x"></iframe>\n```\n';
    const out = await render([...html.map((h) => ({ html: h })), { markdown }]);
    handlers.forEach((name, index) => {
      assert.deepEqual(
        droppedFromHtml(html[index]).map(({ what }) => what),
        [name],
      );
      assert.equal(out[index], '<p>x</p>', `${name} is kept`);
    });
    // Code shows its tags as text: the CLI is right to say nothing of them.
    assert.deepEqual(droppedFromMarkdown(markdown), []);
    assert.match(out[handlers.length], /&lt;script&gt;/);
    assert.match(out[handlers.length], /&lt;iframe src="x"&gt;/);
  });
});
