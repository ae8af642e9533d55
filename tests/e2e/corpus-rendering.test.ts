// The real beta.gouv.fr postings as a visitor reads them. The corpus (../shared/corpus, test data
// only, read at run time and never copied) is built into a feed by the shipped careers-feed bin,
// shown by the built widget in Chromium 320 px wide, and every posting is opened: nothing a
// reader would notice may be left (Markdown or HTML shown as text, empty blocks, skipped heading
// levels, the title repeated, links without their address or leading to the wrong site, an
// address shown twice, how to apply said twice, anything wider than the screen, odd dates or
// labels). A fictional posting with the same slips, read raw, shows that every check can fail.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { hostPage, openTab, settled, type Tab } from './helpers/harness.js';
import { contractKind } from '../../src/data/adapters/fields.js';
import { slugify } from '../../src/data/slug.js';
import type { CareersFeed } from '../../src/data/job.js';
import { parseMarkdownFile } from '../../src/cli/front-matter.js';

const CORPUS = resolve('..', 'shared', 'corpus');
const RENDERING = resolve('tests/fixtures/betagouv/rendering');
const STARTUPS = resolve('tests/fixtures/betagouv/startups');
/** Where beta.gouv.fr published its postings: relative links in them are relative to it. */
const BASE_URL = 'https://beta.gouv.fr/recrutement/{slug}';
const NOW = '2026-11-28T00:00:00.000Z';
/** A 1×1 transparent PNG: what the images of other sites get in this offline test. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

interface Finding {
  id: string;
  what: string;
  text: string;
}

/**
 * The in-page checks (plain JavaScript: an init script, so that the TypeScript loader adds
 * nothing to it). `__rendering.cards(board)` checks the list; `__rendering.postings(board)`
 * opens every posting by its link (`#job=<id>`) and checks the detail view.
 */
const CHECKS = String.raw`(() => {
  const MARKUP = [
    ['Markdown bold markers', /\*\*|(?:^|\s)__\S|\S__(?:\s|$)/],
    ['Markdown link syntax', /\]\(|\[[^\]\n]*\]\s*\((?:https?:|mailto:|\/)/],
    ['escaped Markdown', /\\[\[\]\-*_#\x60>]/],
    ['Markdown heading marker', /(?:^|\n)[ \t]*#{1,6}[ \t]/],
    ['Markdown table', /(?:^|\n)[ \t]*\|.*\|[ \t]*(?:\n|$)|\|[ \t]*:?-{3,}/],
    ['Markdown rule or underline', /(?:^|\n)[ \t]*\\?(?:-{3,}|={3,}|\*{3,}|_{3,})\\?[ \t]*(?:\n|$)/],
    ['HTML tag as text', /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i],
    ['HTML entity as text', /&(?:[a-z][a-z0-9]{1,9}|#\d{1,7}|#x[0-9a-f]{1,6});/i],
  ];
  const LIST_MARKER = /(?:^|\n)[ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+\S/;
  const around = (text, pattern) => {
    const at = text.search(pattern);
    return text.slice(Math.max(0, at - 30), at + 50).replace(/\s+/g, ' ').trim();
  };
  const clean = (text) => (text || '').replace(/\s+/g, ' ').trim();
  const words = (text) =>
    text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  /** The text a reader sees as prose: code left out, line breaks kept. */
  function prose(element) {
    const copy = element.cloneNode(true);
    copy.querySelectorAll('code, pre').forEach((node) => node.remove());
    copy.querySelectorAll('br').forEach((node) => node.replaceWith('\n'));
    return copy.textContent || '';
  }
  function markup(text, add) {
    for (const [what, pattern] of MARKUP) if (pattern.test(text)) add(what, around(text, pattern));
  }
  function dates(root, add) {
    for (const time of root.querySelectorAll('time')) {
      const text = clean(time.textContent);
      const value = time.getAttribute('datetime') || '';
      if (!text || /NaN|Invalid|undefined/.test(text) || Number.isNaN(Date.parse(value)))
        add('a date that does not read', text + ' [' + value + ']');
    }
  }
  /** Words of letters broken across two lines ("Ex-pé-rie-nce" in a squeezed table cell). */
  function brokenWords(root, add) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Whole words only: the pieces of an address may break anywhere.
      for (const match of node.data.matchAll(/(?<!\S)[\p{L}\p{M}]{2,24}(?=[\s,;:!?)»]|\.(?!\S)|$)/gu)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
        if (lines.size > 1) add('a word broken across lines', match[0]);
      }
    }
  }
  /** Elements wider than the screen, unless inside something that scrolls. */
  function overflow(root, add) {
    const width = document.documentElement.clientWidth;
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (!box.width || (box.right <= width + 0.5 && box.left >= -0.5)) continue;
      let scroller = element.parentElement;
      while (scroller && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
      if (scroller && root.contains(scroller)) continue;
      add('wider than ' + width + ' px', element.localName + ' ' + clean(element.textContent).slice(0, 60));
    }
    if (document.documentElement.scrollWidth > width) add('the page scrolls sideways', String(document.documentElement.scrollWidth));
  }

  function cards(board) {
    const findings = [];
    for (const card of board.shadowRoot.querySelectorAll('careers-job-card')) {
      const root = card.shadowRoot;
      const add = (what, text) => findings.push({ id: card.job.id, what: 'card: ' + what, text });
      const title = root.querySelector('h1, h2, h3, h4, h5, h6');
      if (!clean(title && title.textContent)) add('no title', '');
      markup(prose(title), add);
      for (const part of root.querySelectorAll('[part~="organization"], .meta li, [part~="tag"]'))
        if (!clean(part.textContent)) add('an empty ' + (part.getAttribute('part') || 'detail'), part.outerHTML.slice(0, 80));
      for (const item of root.querySelectorAll('.meta li')) markup(item.textContent, add);
      dates(root, add);
      overflow(root, add);
      brokenWords(root, add);
    }
    return findings;
  }

  function description(detail, add) {
    const root = detail.shadowRoot;
    const part = root.querySelector('[part~="description"]');
    // Laid out as if scrolled to (the view lays out off-screen blocks only once in view).
    for (const block of part.children) block.style.contentVisibility = 'visible';
    const titleElement = root.querySelector('[part~="title"]');
    const title = clean(titleElement.textContent);
    const titleLevel = Number(titleElement.localName[1]);
    const all = prose(part);
    if (/^\s*---/.test(all) || /(?:^|\n)\s*(?:title|roles?|open|startup|contrat|techno|domaines|externalURL):\s/.test(all))
      add('front matter in the text', around(all, /---|(?:title|roles?|open|startup|contrat|techno|domaines|externalURL):/));
    for (const block of part.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, blockquote')) {
      const text = prose(block);
      markup(text, add);
      if (/^(?:p|li)$/.test(block.localName) && LIST_MARKER.test(text)) add('a list left in a paragraph', around(text, LIST_MARKER));
    }
    for (const block of part.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li'))
      if (!clean(block.textContent) && !block.querySelector('img')) add('an empty ' + block.localName, block.innerHTML.slice(0, 60));
    let previous = titleLevel;
    for (const heading of part.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.localName[1]);
      if (level <= titleLevel) add('a heading at or above the title (h' + titleLevel + ')', heading.localName + ' ' + clean(heading.textContent));
      else if (level > previous + 1) add('a skipped heading level', 'h' + previous + ' then ' + heading.localName + ' ' + clean(heading.textContent));
      previous = level;
    }
    const first = part.firstElementChild;
    if (first && /^h[1-6]$/.test(first.localName)) {
      const known = new Set(words(title));
      const said = new Set(words(first.textContent));
      if (said.size && said.size * 2 >= known.size && [...said].every((word) => known.has(word)))
        add('the title repeated', clean(first.textContent));
    }
    for (const link of part.querySelectorAll('a')) {
      const text = clean(link.textContent);
      const href = link.getAttribute('href');
      if (!href) { add('a link without its address', text); continue; }
      if (!text && !link.querySelector('img')) add('a link without text', href);
      if (!/^(?:https?|mailto):/i.test(href)) add('a link that is not http(s) or mailto', href);
      if (/^mailto:/i.test(href) && !/^mailto:[^?@]+@[^?@]+/i.test(href)) add('a mailto link without an address', href);
      if (/^https?:/i.test(href) && new URL(href).host === location.host) add('a relative link resolved against the page', href);
      let next = link.nextSibling;
      while (next && next.nodeType === 3 && !next.data.trim()) next = next.nextSibling;
      if (next && next.localName === 'a' && clean(next.textContent) === text) add('an address shown twice', text);
    }
    for (const img of part.querySelectorAll('img')) {
      if (!/^https?:/.test(img.getAttribute('src') || '')) add('an image that is not http(s)', img.getAttribute('src'));
      if (!img.hasAttribute('alt')) add('an image without alt', img.getAttribute('src'));
      if (img.getAttribute('loading') !== 'lazy') add('an image loaded eagerly', img.getAttribute('src'));
    }
    // The CLI takes the paragraph about applying from the body: shown under the apply link
    // too, a reader would read it twice.
    const apply = root.querySelector('careers-apply-button');
    const instructions = apply && apply.shadowRoot.querySelector('[part~="instructions"]');
    if (instructions && instructions.checkVisibility()) {
      const squash = (text) => text.replace(/[^\p{L}\p{N}]+/gu, '');
      const said = squash(instructions.textContent);
      if (said && squash(part.textContent).includes(said)) add('how to apply said twice', clean(instructions.textContent));
    }
    for (const value of root.querySelectorAll('[part~="meta"] dd')) {
      if (!clean(value.textContent)) add('an empty detail', value.outerHTML.slice(0, 60));
      markup(value.textContent, add);
    }
    dates(root, add);
    overflow(root, add);
    brokenWords(root, add);
  }

  async function postings(board) {
    const root = board.shadowRoot;
    const ids = [...root.querySelectorAll('careers-job-card')].map((card) => card.job.id);
    const findings = [];
    let scrollingTables = 0;
    for (const id of ids) {
      location.hash = 'job=' + encodeURIComponent(id);
      const detail = await window.__probe.soon(() => {
        const found = root.querySelector('careers-job-detail');
        return found && found.job && found.job.id === id && found.shadowRoot ? found : null;
      });
      const add = (what, text) => findings.push({ id, what, text: String(text).slice(0, 120) });
      if (!detail) { add('did not open', ''); continue; }
      await detail.updateComplete;
      await window.__probe.frames();
      description(detail, add);
      for (const table of detail.shadowRoot.querySelectorAll('table')) {
        if (table.scrollWidth <= table.clientWidth) continue;
        scrollingTables++;
        // axe's scrollable-region-focusable: the keyboard must reach what scrolls.
        if (table.tabIndex < 0) add('a scrolling table the keyboard cannot reach', table.textContent);
      }
    }
    return { opened: ids.length, findings, scrollingTables };
  }

  window.__rendering = { cards, postings };
})();`;

/** What a feed's own data would show badly: summaries and contract labels. */
function feedFindings(feed: CareersFeed): Finding[] {
  const findings: Finding[] = [];
  for (const job of feed.jobs) {
    const add = (what: string, text: string) => findings.push({ id: job.id, what, text });
    const summary = job.summary ?? '';
    if (/\*\*|__|\]\(|<\/?[a-z]|&[a-z#0-9]+;|(?:^|\s)#{1,6}\s/i.test(summary))
      add('summary: Markdown or HTML in it', summary.slice(0, 80));
    const cut = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*…$/u.exec(summary);
    if (
      cut &&
      !new RegExp(`(?<![\\p{L}\\p{N}])${cut[1]}(?![\\p{L}\\p{N}])`, 'u').test(job.description ?? '')
    )
      add('summary: cut in the middle of a word', summary.slice(-40));
    const label = job.contract?.label;
    if (
      label &&
      label
        .split(/[\s/,;+&]+/)
        .filter((word) => word && !/^(?:ou|et)$/i.test(word))
        .every((word) => contractKind(word) === job.contract!.kind)
    )
      add('contract: a label that only names the kind', label);
  }
  return findings;
}

/** `careers-feed build` as shipped (the built bin, plain Node). */
function build(...args: string[]): CareersFeed {
  assert.ok(existsSync('lib/careers-feed.mjs'), 'lib/careers-feed.mjs missing: run npm run build');
  const run = spawnSync(process.execPath, ['bin/careers-feed.js', 'build', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as CareersFeed;
}

describe('the real beta.gouv.fr postings, as a visitor reads them', () => {
  let server: StaticServer;
  let browser: Browser;
  /** Feeds served by path, and what was asked of other sites. */
  const feeds = new Map<string, unknown>();

  before(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
    server.route('/board.html', (req, res) => {
      const src = new URL(req.url ?? '/', server.url).searchParams.get('feed') ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        hostPage({
          body: `<careers-board src="${src}" page-size="1000" show-closed></careers-board>`,
        }),
      );
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const serve = (path: string, feed: unknown) => {
    feeds.set(path, feed);
    server.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(feeds.get(path)));
    });
  };

  /** Opens the board on `feed` at 320 px and runs every check, list then postings. */
  async function read(path: string) {
    const tab: Tab = await openTab(browser, { viewport: { width: 320, height: 640 } });
    const elsewhere: Array<{ url: string; type: string; referer?: string }> = [];
    try {
      await tab.context.addInitScript({ content: CHECKS });
      await tab.context.route(
        (url) => url.origin !== server.url,
        async (route) => {
          const request = route.request();
          elsewhere.push({
            url: request.url(),
            type: request.resourceType(),
            referer: request.headers().referer,
          });
          await route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
        },
      );
      await tab.page.goto(`${server.url}/board.html?feed=${encodeURIComponent(path)}`);
      await settled(tab.page);
      const cards = (await tab.page.evaluate(
        'window.__rendering.cards(document.querySelector("careers-board"))',
      )) as Finding[];
      const { opened, findings, scrollingTables } = (await tab.page.evaluate(
        'window.__rendering.postings(document.querySelector("careers-board"))',
      )) as { opened: number; findings: Finding[]; scrollingTables: number };
      return {
        opened,
        findings: [...cards, ...findings],
        scrollingTables,
        elsewhere,
        problems: tab.problems,
      };
    } finally {
      await tab.close();
    }
  }

  it('shows every real posting with nothing a reader would stumble on, at 320 px', async () => {
    assert.ok(
      existsSync(join(CORPUS, 'betagouv-jobs')),
      'The beta.gouv.fr corpus is missing: expected it at ../shared/corpus (relative to the ' +
        'project). This test reads the real postings from there.',
    );
    const files = readdirSync(join(CORPUS, 'betagouv-jobs')).filter((f) => !f.startsWith('.'));
    const fileOf = new Map(files.map((file) => [slugify(file.replace(/\.md$/, ''), 120), file]));
    const feed = build(
      join(CORPUS, 'betagouv-jobs'),
      '--startups',
      join(CORPUS, 'betagouv-startups'),
      '--base-url',
      BASE_URL,
      '--now',
      NOW,
    );
    assert.equal(feed.jobs.length, files.length, 'every posting file is in the feed');
    serve('/corpus.json', feed);
    const { opened, findings, elsewhere, problems } = await read('/corpus.json');
    assert.equal(opened, files.length, 'every posting has a card and opens');
    const all = [...feedFindings(feed), ...findings];
    assert.deepEqual(
      all.map(({ id, what, text }) => `${fileOf.get(id) ?? id}: ${what}: "${text}"`),
      [],
      'what a reader would notice in the real postings',
    );
    // Images of other sites load as images, without telling them which page shows them.
    for (const request of elsewhere) {
      assert.equal(request.type, 'image', `${request.url} was fetched (${request.type})`);
      assert.equal(request.referer, undefined, `${request.url} got a Referer`);
    }
    assert.deepEqual(problems, []);
  });

  it('finds the slips fictional postings read raw still show, and none once built', async () => {
    const file = '2024-03-01-jardinier.md';
    // The widget's own reader of beta.gouv.fr postings renders the Markdown as written.
    const parsed = parseMarkdownFile(readFileSync(join(RENDERING, file), 'utf8'));
    serve('/raw.json', [{ file, frontMatter: parsed.frontMatter, body: parsed.body }]);
    const raw = await read('/raw.json');
    const seen = new Set(raw.findings.map((finding) => finding.what));
    for (const what of [
      'Markdown bold markers',
      'Markdown link syntax',
      'Markdown rule or underline',
      'the title repeated',
      'an address shown twice',
      'a relative link resolved against the page',
    ]) {
      assert.ok(seen.has(what), `"${what}" not found in: ${JSON.stringify(raw.findings, null, 1)}`);
    }
    const built = build(RENDERING, '--startups', STARTUPS, '--base-url', BASE_URL, '--now', NOW);
    serve('/built.json', built);
    const fixed = await read('/built.json');
    assert.equal(fixed.opened, built.jobs.length);
    assert.deepEqual([...feedFindings(built), ...fixed.findings], []);
    // The fictional table is wider than the screen: it scrolls inside itself, words whole.
    assert.equal(fixed.scrollingTables, 1);
  });
});
