// The built script on host pages we do not control: a sloppy stylesheet whose text properties
// reach into the shadow roots by inheritance, a right-to-left page, a <base href>, several boards
// on one page, a board inside the page's own <form>, a modal <dialog> or a hidden container, and
// global resets that shadow DOM keeps out.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from '../node/browser.js';
import { startResilienceServer, type ResilienceServer } from '../node/resilience-server.js';
import { AXE_TAGS, axe, reflows } from './helpers/checks.js';
import { hostPage, openTab, settled, type Tab } from './helpers/harness.js';
import { JOBS } from './helpers/jobs.js';

/** Computed styles of the first card's title link, inside the board and card shadow roots. */
function titleStyle(page: Page, board = 'careers-board') {
  return page.evaluate((selector) => {
    const card = document.querySelector(selector)!.shadowRoot!.querySelector('careers-job-card')!;
    const style = getComputedStyle(card.shadowRoot!.querySelector('[part~="link"]')!);
    return {
      textAlign: style.textAlign,
      textIndent: style.textIndent,
      textTransform: style.textTransform,
      whiteSpace: style.whiteSpace,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      lineHeight: style.lineHeight,
      direction: style.direction,
      visibility: style.visibility,
    };
  }, board);
}

const active = (page: Page) => page.evaluate(() => window.__probe.activeLabel());

describe('the built script on imperfect host pages', () => {
  let server: ResilienceServer;
  let browser: Browser;
  let tab: Tab | undefined;

  /** A tab on a page served at `path` (the board waits for its feed). */
  async function open(path: string, html: string, width = 320): Promise<Page> {
    server.page(path, html);
    tab = await openTab(browser, { viewport: { width, height: 800 } });
    await tab.page.goto(`${server.url}${path}`);
    return tab.page;
  }

  before(async () => {
    server = await startResilienceServer();
    browser = await launchBrowser();
    server.setFeed('jobs', JOBS);
    server.setFeed('other', {
      version: 1,
      jobs: [{ id: 'juriste', title: 'Juriste du numérique', locations: ['Nantes'], open: true }],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // Each test closes its tab, and says what went wrong in the page.
  const done = async (expected?: RegExp) => {
    const problems = (tab?.problems ?? []).filter((problem) => !expected?.test(problem));
    await tab?.close();
    tab = undefined;
    assert.deepEqual(problems, []);
  };

  it('resets the text layout a sloppy page stylesheet passes down, on a 320 px phone', async () => {
    const page = await open(
      '/sloppy.html',
      hostPage({
        head: `<style>
          .entry { text-align: justify; text-indent: 3em; text-transform: uppercase;
            letter-spacing: 0.2em; word-spacing: 0.5em; white-space: nowrap; line-height: 0; }
          .folded { visibility: hidden; }
        </style>`,
        body: `<div class="entry"><careers-board heading-level="2" src="${server.feedUrl('jobs')}"></careers-board></div>
          <div class="folded"><careers-board id="folded" heading-level="2" src="${server.feedUrl('jobs')}"></careers-board></div>`,
      }),
    );
    await settled(page);
    await settled(page, '#folded');
    const style = await titleStyle(page);
    assert.deepEqual(
      { ...style, lineHeight: undefined },
      {
        textAlign: 'start',
        textIndent: '0px',
        textTransform: 'none',
        whiteSpace: 'normal',
        // Spacing comes from the page (a visitor's text spacing must reach the widget).
        letterSpacing: '3.2px',
        wordSpacing: '8px',
        lineHeight: undefined,
        direction: 'ltr',
        visibility: 'visible',
      },
    );
    assert.notEqual(style.lineHeight, '0px');
    await reflows(page, 'sloppy page at 320 px');
    // What the page hides stays hidden: visibility is the page's to decide, not reset.
    assert.equal((await titleStyle(page, '#folded')).visibility, 'hidden');
    await axe(page, 'sloppy page at 320 px');
    await done();
  });

  it('takes the text spacing a visitor sets on the page, on every text, and loses nothing at 320 px', async () => {
    // The text spacing of WCAG 1.4.12, as auditors set it on a page (a bookmarklet's stylesheet).
    const page = await open(
      '/text-spacing.html',
      hostPage({
        head: `<style>
          * { line-height: 1.5 !important; letter-spacing: 0.12em !important;
            word-spacing: 0.16em !important; }
          p { margin-bottom: 2em !important; }
        </style>`,
        body: `<careers-board heading-level="2" src="${server.feedUrl('jobs')}"></careers-board>`,
      }),
    );
    await settled(page);
    // Letter and word spacing of the posting's texts: the first of each kind found. They are
    // inherited from the board's element, where the page's 0.12em and 0.16em of 16 px apply.
    // (A string: a function would carry tsx's name helper into the page.)
    const spacing = () =>
      page.evaluate(`(() => {
        const deep = (root, selector) => [
          ...root.querySelectorAll(selector),
          ...[...root.querySelectorAll('*')].flatMap((e) =>
            e.shadowRoot ? deep(e.shadowRoot, selector) : [],
          ),
        ];
        const board = document.querySelector('careers-board');
        return deep(board.shadowRoot, '[part~="link"], [part~="tag"], [part~="description"] p')
          .map((e) => {
            const style = getComputedStyle(e);
            return [e.getAttribute('part') ?? e.localName, style.letterSpacing, style.wordSpacing];
          })
          .filter((entry, i, all) => all.findIndex((e) => e[0] === entry[0]) === i);
      })()`);
    assert.deepEqual(await spacing(), [
      ['link', '1.92px', '2.56px'],
      ['tag', '1.92px', '2.56px'],
    ]);
    await reflows(page, 'text spacing at 320 px');
    await page.locator('careers-board careers-job-card a').first().click();
    await page.locator('careers-board careers-job-detail [part~="description"]').waitFor();
    assert.deepEqual(await spacing(), [
      ['tag', '1.92px', '2.56px'],
      ['p', '1.92px', '2.56px'],
    ]);
    await reflows(page, 'text spacing, open posting, at 320 px');
    await done();
  });

  it('lays out its French text left to right on a right-to-left page', async () => {
    // An Arabic page: the widget speaks French there (its languages are French and English),
    // and French laid out right to left reads "par jour € 600–450" and "offres 4".
    const page = await open(
      '/rtl.html',
      hostPage({
        lang: 'ar',
        body: `<careers-board heading-level="2" src="${server.feedUrl('jobs')}"></careers-board>`,
      }).replace('<html ', '<html dir="rtl" '),
    );
    await settled(page);
    assert.equal((await titleStyle(page)).direction, 'ltr');
    // The count "4 offres": its first letter is drawn left of its last one.
    const count = await page.evaluate(() => {
      const element = document.querySelector('careers-board')!.shadowRoot!.querySelector('.count')!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.trim());
      const text = node!.textContent!;
      const [first, last] = [text.search(/\S/), text.trimEnd().length - 1].map((index) => {
        const range = document.createRange();
        range.setStart(node!, index);
        range.setEnd(node!, index + 1);
        return range.getBoundingClientRect().left;
      });
      return { text: text.trim(), leftToRight: first < last };
    });
    assert.deepEqual(count, { text: '4 offres', leftToRight: true });
    await reflows(page, 'right-to-left page at 320 px');
    await axe(page, 'right-to-left page');
    await done();
  });

  it('keeps the deep links, history entries and focus of two boards without an id apart', async () => {
    // The same feed twice and another one, none with an id: the README asks for ids, but a page
    // that has none must not see one board open, or call unknown, a posting of another.
    const board = (feed: string, name: string) =>
      `<h2>${name}</h2><careers-board class="${name}" heading-level="3" src="${server.feedUrl(feed)}"></careers-board>`;
    const page = await open(
      '/three-boards.html',
      hostPage({ body: board('jobs', 'a') + board('jobs', 'b') + board('other', 'c') }),
      1280,
    );
    // What each board shows: the id of its open posting, 'notice' (unknown posting) or ''.
    const opened = async (expected: string[]) => {
      const state = () =>
        page.evaluate(() =>
          ['a', 'b', 'c'].map((name) => {
            const root = document.querySelector(`careers-board.${name}`)!.shadowRoot!;
            const detail = root.querySelector('careers-job-detail');
            return detail?.job?.id ?? (root.querySelector('[part~="notice"]') ? 'notice' : '');
          }),
        );
      // Wait for the expected state, a little; then compare what is there.
      await page
        .waitForFunction(
          (want) =>
            ['a', 'b', 'c']
              .map((name) => {
                const root = document.querySelector(`careers-board.${name}`)!.shadowRoot!;
                return root.querySelector('careers-job-detail')?.job?.id ?? '';
              })
              .join() === want,
          expected.join(),
          { timeout: 2000 },
        )
        .catch(() => undefined);
      assert.deepEqual(await state(), expected);
    };
    const cardLink = (name: string, title: string) =>
      page.locator(`careers-board.${name} careers-job-card`, { hasText: title }).locator('a');
    const backLink = (name: string) => page.locator(`careers-board.${name} [part~="back"]`);
    for (const name of ['a', 'b', 'c']) await settled(page, `careers-board.${name}`);

    await cardLink('a', 'Product designer').click();
    await opened(['designer', '', '']);
    assert.equal(new URL(page.url()).hash, '#job=designer');
    await page.reload();
    for (const name of ['a', 'b', 'c']) await settled(page, `careers-board.${name}`);
    // The link still opens the posting in its own board only, and stays in the address bar.
    await opened(['designer', '', '']);
    assert.equal(new URL(page.url()).hash, '#job=designer');

    // Two postings open, each pushed by its board: the first board's back link closes its own.
    await backLink('a').click();
    await cardLink('a', 'Product designer').click();
    await cardLink('c', 'Juriste').click();
    await opened(['designer', '', 'juriste']);
    assert.equal(new URL(page.url()).hash, '#job=designer&3.job=juriste');
    await axe(page, 'two postings open in two boards of one page');
    await backLink('a').click();
    await page.waitForFunction(
      () => !window.__probe.findDeep('careers-board.a careers-job-detail'),
    );
    await opened(['', '', 'juriste']);
    assert.equal(new URL(page.url()).hash, '#3.job=juriste');
    assert.match(await active(page), /Product designer/);
    await done();
  });

  it('names the search of each board after its label, so several boards are told apart', async () => {
    const board = (label: string | undefined, feed: string) =>
      `<careers-board${label ? ` label="${label}"` : ''} src="${server.feedUrl(feed)}"></careers-board>`;
    const page = await open(
      '/labelled-boards.html',
      hostPage({ body: `<h2>Offres</h2>${board(undefined, 'jobs')}${board(undefined, 'other')}` }),
      1280,
    );
    await settled(page, 'careers-board:nth-of-type(1)');
    await settled(page, 'careers-board:nth-of-type(2)');
    // Without labels, two search landmarks of the same name: what axe reports, and labels fix.
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    assert.deepEqual(
      violations.map((v) => v.id),
      ['landmark-unique'],
    );
    await page.evaluate(() => {
      const [first, second] = document.querySelectorAll('careers-board');
      first.setAttribute('label', 'Incubateur Exemple');
      second.setAttribute('label', 'Partenaires');
    });
    const names = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('careers-board')].map(
          (element) => element.shadowRoot!.querySelector('[role="search"]')!.ariaLabel,
        ),
      );
    await page.waitForFunction(() =>
      [...document.querySelectorAll('careers-board')].every((element) =>
        element.shadowRoot!.querySelector('[role="search"]')!.ariaLabel!.includes(','),
      ),
    );
    assert.deepEqual(await names(), [
      'Filtrer les offres, Incubateur Exemple',
      'Filtrer les offres, Partenaires',
    ]);
    await axe(page, 'two labelled boards showing their lists');
    await done();
  });

  it("resolves src against the page's <base href>, links to the page itself, and resolves the feed's links against the feed", async () => {
    // A page whose <base> points at another origin (a CDN): relative URLs of the page go there,
    // the board's `src` like any other; the feed's own relative links follow the feed.
    server.setFeed('based', {
      version: 1,
      jobs: [
        {
          id: 'dev',
          title: 'Développeur·se',
          url: '../offres/dev',
          apply: { url: 'postuler' },
          description: 'Lire la [fiche](fiche.html).',
          open: true,
        },
      ],
    });
    const page = await open(
      '/based.html',
      hostPage({
        head: `<base href="${server.crossUrl}/feeds/">`,
        body: '<careers-board heading-level="2" src="based.json"></careers-board>',
      }),
      1280,
    );
    await settled(page);
    assert.ok(tab!.requests.includes(`${server.crossUrl}/feeds/based.json`), 'feed fetched');
    const card = page.locator('careers-board careers-job-card a');
    // The deep link is the page's own address: not `#job=dev` read against the <base>.
    assert.equal(await card.getAttribute('href'), `${server.url}/based.html#job=dev`);
    await card.click();
    const links = await page.evaluate(() => ({
      back: window.__probe.findDeep('[part~="back"]')?.getAttribute('href'),
      description: window.__probe.findDeep('[part~="description"] a')?.getAttribute('href'),
      apply: window.__probe.findDeep('[part~="apply"]')?.getAttribute('href'),
    }));
    assert.deepEqual(links, {
      back: `${server.url}/based.html`,
      description: `${server.crossUrl}/offres/fiche.html`,
      apply: `${server.crossUrl}/feeds/postuler`,
    });
    await axe(page, 'a posting open on a page with a <base href>');
    await done();
  });

  it('leaves the hash of a page whose own router uses it alone, with routing="query"', async () => {
    // A single-page app with a hash router (`#/carrieres`): the board keeps its keys in the
    // query string, and the app never sees its route change.
    const html = hostPage({
      body: `<careers-board routing="query" heading-level="2" src="${server.feedUrl('jobs')}"></careers-board>
        <script>
          window.__routes = [];
          addEventListener('hashchange', () => window.__routes.push(location.hash));
        </script>`,
    });
    server.page('/spa.html', html);
    const page = await open('/spa.html#/carrieres', html, 1280);
    await settled(page);
    const where = () =>
      page.evaluate(() => [
        location.search,
        location.hash,
        (window as unknown as { __routes: string[] }).__routes,
      ]);
    await page.locator('careers-job-card', { hasText: 'Product designer' }).locator('a').click();
    await page.waitForFunction(() => window.__probe.findDeep('careers-job-detail'));
    assert.deepEqual(await where(), ['?job=designer', '#/carrieres', []]);
    await page.goBack();
    await page.waitForFunction(() => !window.__probe.findDeep('careers-job-detail'));
    assert.deepEqual(await where(), ['', '#/carrieres', []]);
    // The posting's link, loaded anew, opens it; the app's route is still there.
    await page.goto(`${server.url}/spa.html?job=designer#/carrieres`);
    await page.waitForFunction(() => window.__probe.findDeep('careers-job-detail'));
    assert.deepEqual(await where(), ['?job=designer', '#/carrieres', []]);
    await axe(page, 'a posting open on a page with a hash router');
    await done();
  });

  it("inside the page's own <form>: neither Enter in the search nor any button submits it", async () => {
    const page = await open(
      '/in-form.html',
      hostPage({
        body: `<form id="host" action="/submitted">
            <label>Votre nom <input name="name"></label>
            <careers-board heading-level="2" page-size="2" src="${server.feedUrl('jobs')}"></careers-board>
          </form>
          <script>
            window.__submits = 0;
            document.getElementById('host').addEventListener('submit', () => window.__submits++);
          </script>`,
      }),
    );
    await settled(page);
    const search = page.locator('careers-board input[type="search"]');
    await search.fill('designer');
    await search.press('Enter');
    await page.locator('careers-board [part~="facets-toggle"]').click();
    await page.locator('careers-board [part~="clear"]').first().click();
    await page.locator('careers-board [part~="more"]').click();
    await page.locator('careers-board careers-job-card a').first().press('Enter');
    await page.locator('careers-board [part~="share"]').click();
    await page.locator('careers-board [part~="back"]').click();
    await settled(page);
    assert.deepEqual(
      await page.evaluate(() => ({
        submits: (window as unknown as { __submits: number }).__submits,
        path: location.pathname + location.search,
        // The host form's data holds its own field only, none of the widget's.
        fields: [...new FormData(document.getElementById('host') as HTMLFormElement).keys()],
      })),
      { submits: 0, path: '/in-form.html', fields: ['name'] },
    );
    assert.ok(!tab!.requests.some((url) => url.includes('/submitted')), 'host form sent');
    await done();
  });

  it('in a modal <dialog>: Retry, opening a posting and going back keep focus in the dialog', async () => {
    server.setFeed('flaky', JOBS);
    server.setMode('flaky', 'status-500');
    const page = await open(
      '/dialog.html',
      hostPage({
        body: `<button type="button" id="see">Voir les offres</button>
          <dialog id="offers" aria-labelledby="offers-title">
            <h2 id="offers-title">Nos offres</h2>
            <careers-board heading-level="3" src="${server.feedUrl('flaky')}"></careers-board>
            <form method="dialog"><button>Fermer</button></form>
          </dialog>
          <script>
            document.getElementById('see').addEventListener('click', () =>
              document.getElementById('offers').showModal());
          </script>`,
      }),
      1280,
    );
    await page.locator('#see').click();
    await page.locator('careers-board [part~="retry"]').waitFor();
    server.setMode('flaky', 'ok');
    await page.locator('careers-board [part~="retry"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('careers-board careers-job-card').first().waitFor();
    await page.waitForFunction(() => /offres/.test(window.__probe.activeLabel()));
    const inDialog = () =>
      page.evaluate(() => document.getElementById('offers')!.contains(document.activeElement));
    assert.ok(await inDialog(), 'focus left the dialog after Retry');
    await axe(page, 'the board in a modal dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^h3/.test(window.__probe.activeLabel()));
    assert.ok(await inDialog(), 'focus left the dialog on opening a posting');
    await page.locator('careers-board [part~="back"]').click();
    await page.waitForFunction(() => /careers-job-card|^a/.test(window.__probe.activeLabel()));
    assert.ok(await inDialog(), 'focus left the dialog on going back');
    assert.equal(await page.locator('#offers').getAttribute('open'), '');
    await done(/status of 500/);
  });

  it('renders in a hidden container and a closed <details>, laid out once they show', async () => {
    const board = `<careers-board heading-level="2" src="${server.feedUrl('jobs')}"></careers-board>`;
    const containers = {
      hidden: [`<div id="box" hidden>${board}</div>`, '#box'],
      details: [`<details id="box"><summary>Nos offres</summary>${board}</details>`, '#box'],
    };
    for (const [name, [body, box]] of Object.entries(containers)) {
      const page = await open(`/${name}.html`, hostPage({ body }), 1280);
      await settled(page);
      await page.evaluate(
        ([kind, selector]) => {
          const element = document.querySelector(selector)!;
          if (kind === 'hidden') (element as HTMLElement).hidden = false;
          else (element as HTMLDetailsElement).open = true;
        },
        [name, box],
      );
      // The cards show in a grid of several columns, as on a page where the board shows at once.
      const layout = await page.evaluate(() => {
        const root = document.querySelector('careers-board')!.shadowRoot!;
        const columns = getComputedStyle(root.querySelector('.list')!).gridTemplateColumns;
        const card = root.querySelector('careers-job-card')!.getBoundingClientRect();
        return { columns: columns.split(' ').length, width: card.width, height: card.height };
      });
      assert.ok(
        layout.columns > 1 && layout.width > 200 && layout.height > 50,
        JSON.stringify(layout),
      );
      await axe(page, `a board shown late (${name})`);
      await done();
    }
  });

  it("keeps the page's global resets out, and stays readable on a dark page", async () => {
    // A page that resets every button, link and select and set its own scheme to dark, with no
    // widget token: the widget keeps its own look, in the page's scheme, on its own background.
    const page = await open(
      '/resets.html',
      hostPage({
        head: `<style>
          :root { color-scheme: dark; background: #121212; color: #eeeeee; }
          * { box-sizing: content-box !important; }
          button { all: unset; }
          a { color: inherit; text-decoration: none; }
          select { appearance: none; }
        </style>`,
        body: `<careers-board heading-level="2" page-size="2" src="${server.feedUrl('jobs')}"></careers-board>`,
      }),
    );
    await settled(page);
    const styles = await page.evaluate(() => {
      const root = document.querySelector('careers-board')!.shadowRoot!;
      const card = root.querySelector('careers-job-card')!.shadowRoot!;
      const more = getComputedStyle(root.querySelector('[part~="more"]')!);
      return {
        board: getComputedStyle(root.host).backgroundColor,
        more: [more.borderTopStyle, more.paddingTop !== '0px', more.cursor],
        field: getComputedStyle(root.querySelector('input')!).boxSizing,
        select: getComputedStyle(root.querySelector('select')!).appearance,
        link: getComputedStyle(card.querySelector('a')!).textDecorationLine,
      };
    });
    assert.deepEqual(styles, {
      board: 'rgb(18, 18, 18)',
      more: ['solid', true, 'pointer'],
      field: 'border-box',
      select: 'auto',
      link: 'underline',
    });
    await reflows(page, 'page with global resets at 320 px');
    await axe(page, 'dark page with global resets');
    await done();
  });
});
