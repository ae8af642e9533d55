import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import {
  BOARD_FEED,
  EMPTY_FEED,
  OTHER_FEED,
  deepActiveElement,
  countWords,
  deepQueryAll,
  makeJob,
  resetUrl,
} from '../ui-helpers.js';

const FEED = '/tests/fixtures/feeds/careers-small.json';

const cards = (board: CareersBoard) => [...board.shadowRoot!.querySelectorAll('careers-job-card')];
const titles = (board: CareersBoard) => cards(board).map((card) => card.job!.title);
const $ = <T extends Element = HTMLElement>(board: CareersBoard, selector: string) =>
  board.shadowRoot!.querySelector<T>(selector);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function loaded(template: ReturnType<typeof html>): Promise<CareersBoard> {
  const board = await fixture<CareersBoard>(template);
  await waitUntil(() => cards(board).length > 0, 'cards shown');
  return board;
}

/** Types into the search box the way a visitor does (an input event per change). */
async function search(board: CareersBoard, query: string) {
  const input = $<HTMLInputElement>(board, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await board.updateComplete;
}

async function choose(board: CareersBoard, facet: string, value: string) {
  const select = $<HTMLSelectElement>(board, `select[name="${facet}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await board.updateComplete;
}

describe('<careers-board>', () => {
  afterEach(resetUrl);

  it('fetches a careers feed and renders one card per job', async () => {
    const board = await fixture<CareersBoard>(html`<careers-board src=${FEED}></careers-board>`);
    const { detail } = await oneEvent(board, 'careers-load');
    await waitUntil(() => cards(board).length > 0);
    expect(detail.jobs.map((job: { id: string }) => job.id)).to.deep.equal([
      'dev-front',
      'designer',
    ]);
    expect(cards(board)).to.have.length(2);
    const title = cards(board)[0].shadowRoot!.querySelector('a')!;
    expect(title.textContent).to.equal('Développeur·se front-end');
    await expect(board).to.be.accessible();
  });

  describe('loading', () => {
    for (const lang of ['fr', 'en']) {
      it(`shows a status and a skeleton while the feed is on its way (${lang})`, async () => {
        const board = await fixture<CareersBoard>(
          html`<careers-board lang=${lang} src=${`/__test__/delay/800${FEED}`}></careers-board>`,
        );
        const loading = lang === 'fr' ? 'Chargement des offres…' : 'Loading job openings…';
        expect($(board, '[role="status"]')!.part.value).to.equal('status');
        expect(countWords(board)).to.equal(loading);
        expect(countWords(board, true)).to.equal(loading);
        expect(board.shadowRoot!.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
        await expect(board).to.be.accessible();
      });
    }

    it('stops the skeleton’s animation when the visitor prefers reduced motion', async () => {
      const skeleton = async () => {
        const board = await fixture<CareersBoard>(
          html`<careers-board src=${`/__test__/delay/800${FEED}`}></careers-board>`,
        );
        return getComputedStyle($(board, '[part="skeleton"]')!).animationName;
      };
      expect(await skeleton()).to.not.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(await skeleton()).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('never shows the feed of a src that was replaced while it loaded', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board src=${`/__test__/delay/600${BOARD_FEED}`}></careers-board>`,
      );
      const loads: string[][] = [];
      board.addEventListener('careers-load', (event) => loads.push(event.detail.sources));
      board.src = OTHER_FEED;
      await waitUntil(() => cards(board).length > 0);
      expect(titles(board)).to.deep.equal(['Juriste du numérique']);
      // Past the first request's delay: still the new feed only.
      await new Promise((resolve) => setTimeout(resolve, 900));
      await board.updateComplete;
      expect(titles(board)).to.deep.equal(['Juriste du numérique']);
      expect(loads).to.have.length(1);
      expect(loads[0][0]).to.match(/ui-other\.json$/);
    });
  });

  describe('errors', () => {
    it('says what happened, offers retry and the fallback link, and fires careers-error', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board
          src="/__test__/status/503"
          fallback-href="https://example.org/recrutement"
        ></careers-board>`,
      );
      const { detail } = await oneEvent(board, 'careers-error');
      await waitUntil(() => $(board, '[role="alert"]'));
      expect(detail.status).to.equal(503);
      expect(detail.url).to.match(/\/__test__\/status\/503$/);
      const alert = $(board, '[role="alert"]')!;
      expect(text(alert)).to.contain('Les offres n’ont pas pu être chargées.');
      expect(text(alert)).to.contain('Le serveur des offres a répondu par une erreur (503).');
      expect(text($(board, '[part="retry"]'))).to.equal('Réessayer');
      expect($<HTMLAnchorElement>(board, '[part="fallback"]')!.href).to.equal(
        'https://example.org/recrutement',
      );
      // The alert says what happened; its buttons are not read out with it.
      expect(alert.querySelector('button, a')).to.equal(null);
      await expect(board).to.be.accessible();
    });

    it('explains a missing feed in English and retries on request', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board lang="en" src="/__test__/status/404"></careers-board>`,
      );
      await waitUntil(() => $(board, '[part="retry"]'));
      expect(text($(board, '[role="alert"]'))).to.contain('The list of openings was not found');
      await expect(board).to.be.accessible();
      setTimeout(() => $(board, '[part="retry"]')!.click());
      const { detail } = await oneEvent(board, 'careers-error');
      expect(detail.status).to.equal(404);
    });

    it('never links the fallback to a javascript: URL', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board
          src="/__test__/status/500"
          fallback-href="javascript:alert(1)"
        ></careers-board>`,
      );
      await waitUntil(() => $(board, '[part="retry"]'));
      expect($(board, '[part="fallback"]')).to.equal(null);
    });

    it('lets the site owner replace the error title through the error slot', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board src="/__test__/status/500"
          ><p slot="error">Nos offres sont momentanément indisponibles.</p></careers-board
        >`,
      );
      await waitUntil(() => $(board, '[part="retry"]'));
      const slot = $<HTMLSlotElement>(board, 'slot[name="error"]')!;
      expect(slot.assignedElements()[0].textContent).to.contain('momentanément');
    });

    it('fails only the feed of a URL that cannot be parsed: the others still show', async () => {
      const errors: string[] = [];
      const board = await fixture<CareersBoard>(
        html`<careers-board
          src=${`${OTHER_FEED} http://[bad`}
          @careers-error=${(event: CustomEvent) =>
            errors.push(`${event.detail.error.reason} ${event.detail.url}`)}
        ></careers-board>`,
      );
      await waitUntil(() => cards(board).length > 0, 'the good feed shown');
      expect(titles(board)).to.deep.equal(['Juriste du numérique']);
      expect(errors).to.deep.equal(['network http://[bad']);
      expect($(board, '[part~="partial"]')).to.not.equal(null);
      expect($(board, '[part~="error"]:not([part~="partial"])')).to.equal(null);
    });

    it('shows no error when src is removed, set to null or undefined', async () => {
      for (const remove of [
        (board: CareersBoard) => board.removeAttribute('src'),
        (board: CareersBoard) => (board.src = null as unknown as string),
        (board: CareersBoard) => (board.src = undefined as unknown as string),
      ]) {
        const errors: unknown[] = [];
        const board = await loaded(
          html`<careers-board
            src=${OTHER_FEED}
            @careers-error=${(event: CustomEvent) => errors.push(event.detail)}
          ></careers-board>`,
        );
        remove(board);
        // Long enough for a request, or a failure without one, to have come back.
        await new Promise((resolve) => setTimeout(resolve, 100));
        await board.updateComplete;
        expect(errors, String(remove)).to.deep.equal([]);
        expect($(board, '[part~="error"]'), String(remove)).to.equal(null);
        expect($(board, '[role="alert"]'), String(remove)).to.equal(null);
      }
    });

    it('shows a versioned careers feed given with another format as an error', async () => {
      const feed = { version: 1, jobs: [{ id: 'a', title: 'Poste A', locations: ['Lyon'] }] };
      const board = await fixture<CareersBoard>(
        html`<careers-board format="greenhouse" .jobs=${feed}></careers-board>`,
      );
      await board.updateComplete;
      expect(cards(board)).to.have.length(0);
      expect(text($(board, '[part~="error"]'))).to.contain(
        'La liste des offres reçue est illisible.',
      );
    });

    it('still shows the feeds that loaded, with a notice about the one that failed', async () => {
      const errors: number[] = [];
      const board = await fixture<CareersBoard>(
        html`<careers-board
          src=${`${OTHER_FEED} /__test__/status/500`}
          @careers-error=${(event: CustomEvent) => errors.push(event.detail.status)}
        ></careers-board>`,
      );
      await waitUntil(() => cards(board).length > 0);
      expect(titles(board)).to.deep.equal(['Juriste du numérique']);
      expect(errors).to.deep.equal([500]);
      expect(text($(board, '[part~="partial"]'))).to.contain(
        'Une source d’offres n’a pas pu être chargée',
      );
      // Announced (an alert, inserted with the cards), without its buttons.
      const alert = $(board, '[part~="partial"] [role="alert"]')!;
      expect(text(alert)).to.equal(
        'Une source d’offres n’a pas pu être chargée : certaines offres peuvent manquer.',
      );
      await expect(board).to.be.accessible();
    });

    it('gives the partial notice the error box’s look and its fallback link', async () => {
      const fallback = 'https://example.org/recrutement';
      const board = await fixture<CareersBoard>(
        html`<careers-board
          src=${`${OTHER_FEED} /__test__/status/500`}
          fallback-href=${fallback}
        ></careers-board>`,
      );
      await waitUntil(() => cards(board).length > 0);
      const full = await fixture<CareersBoard>(
        html`<careers-board src="/__test__/status/500"></careers-board>`,
      );
      await waitUntil(() => $(full, '[part~="error"]'));
      const notice = $(board, '[part~="partial"]')!;
      const look = (element: Element) => {
        const style = getComputedStyle(element);
        return [style.borderLeftWidth, style.borderLeftColor, style.borderTopColor];
      };
      expect(look(notice)).to.deep.equal(look($(full, '[part~="error"]')!));
      expect(notice.querySelector<HTMLAnchorElement>('[part="fallback"]')!.href).to.equal(fallback);
      expect(notice.querySelector('[part="retry"]')).not.to.equal(null);
      await expect(board).to.be.accessible();
      // An unsafe fallback is left out here too.
      board.fallbackHref = 'javascript:alert(1)';
      await board.updateComplete;
      expect(notice.querySelector('[part="fallback"]')).to.equal(null);
    });
  });

  describe('announcements', () => {
    /** How many times the words screen readers hear changed, from now on. */
    function heardChanges(board: CareersBoard): () => string[] {
      const heard = $(board, '.count > :not([aria-hidden])')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(text(heard)!)).observe(heard, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      return () => said;
    }

    it('keeps one live region from loading to the list, so the end of the load is announced', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board src=${`/__test__/delay/500${BOARD_FEED}`}></careers-board>`,
      );
      const region = $(board, '[role="status"]')!;
      expect(countWords(board, true)).to.equal('Chargement des offres…');
      const said = heardChanges(board);
      await waitUntil(() => cards(board).length > 0, 'cards shown');
      await board.updateComplete;
      // The same element: a region that arrives already filled is not announced.
      expect(board.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      expect($(board, '[role="status"]')).to.equal(region);
      expect(region.part.value).to.equal('count');
      expect(said()).to.deep.equal(['4 offres']);
    });

    it('says the count once the visitor pauses typing, and at once for a filter', async () => {
      const board = await loaded(html`<careers-board src=${BOARD_FEED}></careers-board>`);
      const said = heardChanges(board);
      for (const query of ['d', 'de', 'dev', 'deve', 'devel']) {
        await search(board, query);
        // The eye sees each result at once; screen readers are not read a count per key.
        expect(countWords(board, true)).to.equal('4 offres');
      }
      expect(countWords(board)).to.equal('1 offre');
      await waitUntil(() => countWords(board, true) === '1 offre', 'said after the pause', {
        timeout: 3000,
      });
      expect(said()).to.deep.equal(['1 offre']);
      $<HTMLButtonElement>(board, '[part~="clear"]')!.click();
      await board.updateComplete;
      expect(countWords(board, true)).to.equal('4 offres');
      await choose(board, 'organization', 'Atelier Fictif');
      expect(countWords(board, true)).to.equal('2 offres');
      expect(said()).to.deep.equal(['1 offre', '4 offres', '2 offres']);
      await expect(board).to.be.accessible();
    });

    it('says an empty load to screen readers (the box says it to the eye), and hides the count on an error', async () => {
      const empty = await fixture<CareersBoard>(
        html`<careers-board src=${`/__test__/delay/300${EMPTY_FEED}`}></careers-board>`,
      );
      const said = heardChanges(empty);
      await waitUntil(() => $(empty, '[part~="empty"]'), 'empty box');
      expect(said()).to.deep.equal(['Aucune offre']);
      const count = $(empty, '[role="status"]')!;
      expect(count.classList.contains('visually-hidden')).to.equal(true);
      await expect(empty).to.be.accessible();
      const failed = await fixture<CareersBoard>(
        html`<careers-board src="/__test__/status/500"></careers-board>`,
      );
      await waitUntil(() => $(failed, '[role="alert"]'), 'alert');
      // The alert says it; an empty count would be a silent stop in the reading order.
      expect($(failed, '[role="status"]')!.hidden).to.equal(true);
    });
  });

  describe('empty feed', () => {
    it('says there are no openings, in the words of the empty slot if given', async () => {
      const board = await fixture<CareersBoard>(
        html`<careers-board src=${EMPTY_FEED}></careers-board>`,
      );
      await waitUntil(() => $(board, '[part~="empty"]'));
      expect(text($(board, '[part~="empty"]'))).to.equal('Aucune offre pour le moment.');
      expect($(board, 'form')).to.equal(null);
      await expect(board).to.be.accessible();
      const custom = await fixture<CareersBoard>(
        html`<careers-board lang="en" .jobs=${[]}
          ><p slot="empty">Come back soon!</p></careers-board
        >`,
      );
      await waitUntil(() => $(custom, '[part~="empty"]'));
      expect($<HTMLSlotElement>(custom, 'slot[name="empty"]')!.assignedElements()).to.have.length(
        1,
      );
      await expect(custom).to.be.accessible();
    });
  });

  describe('list', () => {
    it('shows the newest first, hides closed postings and announces the count', async () => {
      const board = await loaded(html`<careers-board src=${BOARD_FEED}></careers-board>`);
      expect(titles(board)).to.deep.equal([
        'Responsable produit',
        'Designer d’interface',
        'Développeur·se back-end',
        'Data scientist',
      ]);
      const count = $(board, '[part="count"]')!;
      expect(count.getAttribute('role')).to.equal('status');
      expect(countWords(board)).to.equal('4 offres');
      expect(countWords(board, true)).to.equal('4 offres');
      await expect(board).to.be.accessible();
    });

    it('shows closed postings, marked, with show-closed', async () => {
      const board = await loaded(
        html`<careers-board show-closed src=${BOARD_FEED}></careers-board>`,
      );
      expect(titles(board)).to.include('Ancienne offre pourvue');
      const closed = cards(board).find((card) => card.job!.id === 'ancienne')!;
      expect(text(closed.shadowRoot!.querySelector('[part="badge"]'))).to.equal('Clôturée');
      expect(countWords(board)).to.equal('5 offres');
    });

    it('takes postings from the jobs property instead of src, and links cards to deep links', async () => {
      const board = await loaded(
        html`<careers-board
          src=${BOARD_FEED}
          .jobs=${[{ id: 'a', title: 'Poste A', locations: [], tags: [] }]}
        ></careers-board>`,
      );
      expect(titles(board)).to.deep.equal(['Poste A']);
      const href = cards(board)[0].shadowRoot!.querySelector('a')!.getAttribute('href')!;
      expect(new URL(href).hash).to.equal('#job=a');
    });

    it('shows given jobs in the very next update, with no loading state and no request', async () => {
      const board = await fixture<CareersBoard>(html`<careers-board></careers-board>`);
      const loads: unknown[] = [];
      board.addEventListener('careers-load', (event) => loads.push(event.detail));
      const fetched: string[] = [];
      const observer = new PerformanceObserver((list) =>
        fetched.push(...list.getEntries().map((entry) => entry.name)),
      );
      observer.observe({ type: 'resource' });
      board.jobs = { version: 1, jobs: [{ id: 'a', title: 'Poste A' }, { title: '' }] };
      await board.updateComplete;
      expect(titles(board)).to.deep.equal(['Poste A']);
      expect($(board, '.loading')).to.equal(null);
      expect(loads).to.deep.equal([{ jobs: [cards(board)[0].job], sources: [] }]);
      // Back to src: its feed loads (with a loading state) and replaces the given jobs.
      board.src = FEED;
      board.jobs = undefined;
      await board.updateComplete;
      expect($(board, '.loading')).to.not.equal(null);
      await waitUntil(() => titles(board).includes('Développeur·se front-end'), 'src feed shown');
      observer.disconnect();
      expect(fetched.filter((url) => url.includes('careers-small'))).to.have.length(1);
    });

    it('shows given jobs it cannot read as an error, without Retry, and says why', async () => {
      const board = await fixture<CareersBoard>(html`<careers-board></careers-board>`);
      const events: string[] = [];
      board.addEventListener('careers-load', () => events.push('load'));
      board.addEventListener('careers-error', (event) => {
        // Typed as a FeedError: its `reason` needs no check.
        const { error, url } = event.detail;
        events.push(`error ${error.reason} ${url} ${error.message}`);
      });
      const warned: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
      try {
        board.jobs = { offres: [{ titre: 'Poste A' }] };
        await board.updateComplete;
        expect($(board, '[part~="error"]')).to.not.equal(null);
        expect($(board, '[part="retry"]')).to.equal(null);
        await expect(board).to.be.accessible();
        // A format the data is not written in is an error too, not an empty board.
        board.format = 'lever';
        board.jobs = [{ id: 'a', title: 'Poste A' }];
        await board.updateComplete;
        expect($(board, '[part~="error"]')).to.not.equal(null);
      } finally {
        console.warn = warn;
      }
      expect(events).to.deep.equal([
        'error invalid-feed  the jobs property: Not a job feed: expected a careers feed ({ "version": 1, "jobs": [...] } or an array of jobs) or a supported job board format.',
        'error invalid-feed  the jobs property: it is a careers feed, not lever.',
      ]);
      expect(warned).to.have.length(2);
      expect(String(warned[0])).to.match(/^careers-board: the jobs property: Not a job feed/);
      // Readable data again: the cards, and careers-load.
      board.format = 'auto';
      await board.updateComplete;
      expect(titles(board)).to.deep.equal(['Poste A']);
      expect(events.at(-1)).to.equal('load');
    });

    it('resolves the relative links of given jobs against the page', async () => {
      const board = await loaded(
        html`<careers-board
          .jobs=${[
            {
              id: 'rel',
              title: 'Poste relatif',
              url: '/offres/rel',
              apply: { url: 'postuler/rel' },
              description: '[La fiche](/docs/fiche.pdf)',
            },
          ]}
        ></careers-board>`,
      );
      const job = cards(board)[0].job!;
      expect(job.url).to.equal(new URL('/offres/rel', document.baseURI).href);
      expect(job.apply?.url).to.equal(new URL('postuler/rel', document.baseURI).href);
      board.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
      await waitUntil(() => $(board, 'careers-job-detail'), 'detail shown');
      const detail = $(board, 'careers-job-detail')!;
      await (detail as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const link = detail.shadowRoot!.querySelector('[part~="description"] a')!;
      expect(link.getAttribute('href')).to.equal(new URL('/docs/fiche.pdf', document.baseURI).href);
      resetUrl();
    });

    it('lays out the cards out of view only once they are reached', async () => {
      const jobs = Array.from({ length: 20 }, (_, i) =>
        makeJob({ id: `c${i}`, title: `Poste ${i}`, tags: ['a', 'b'] }),
      );
      const board = await loaded(html`<careers-board .jobs=${jobs}></careers-board>`);
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      await frame();
      const shown = (card: Element) => card.checkVisibility({ contentVisibilityAuto: true });
      const all = cards(board);
      expect(all).to.have.length(20);
      expect(shown(all[0])).to.equal(true);
      expect(shown(all[19])).to.equal(false);
      // Still in the accessibility tree, and the keyboard brings it into view.
      expect(all[19].shadowRoot!.querySelector('a')!.textContent).to.equal('Poste 19');
      all[19].focus();
      await frame();
      expect(shown(all[19])).to.equal(true);
      expect(deepActiveElement()).to.equal(all[19].shadowRoot!.querySelector('a'));
      await expect(board).to.be.accessible();
    });

    it('fires careers-load for given jobs once they show; a listener may replace them', async () => {
      const board = await fixture<CareersBoard>(html`<careers-board></careers-board>`);
      const seen: string[][] = [];
      board.addEventListener('careers-load', () => {
        seen.push(titles(board));
        if (seen.length === 1) board.jobs = [{ id: 'b', title: 'Poste B' }];
      });
      board.jobs = [{ id: 'a', title: 'Poste A' }];
      await waitUntil(() => seen.length === 2, 'a second load');
      expect(seen).to.deep.equal([['Poste A'], ['Poste B']]);
      expect(titles(board)).to.deep.equal(['Poste B']);
    });

    it('fires careers-load for a feed from src once its cards are in the board, and careers-error once the error shows', async () => {
      const seen: string[][] = [];
      const board = await fixture<CareersBoard>(
        html`<careers-board
          src=${`${FEED} /__test__/status/500`}
          @careers-load=${() => seen.push(['load', ...titles(board)])}
          @careers-error=${() => seen.push(['error', String(!!$(board, '[part~="partial"]'))])}
        ></careers-board>`,
      );
      await waitUntil(() => seen.length === 2, 'both events');
      expect(seen).to.deep.equal([
        ['error', 'true'],
        ['load', 'Développeur·se front-end', 'Product designer'],
      ]);
    });

    it('fires careers-job-open once the detail shows the posting', async () => {
      const board = await loaded(html`<careers-board src=${FEED}></careers-board>`);
      let shown: string | undefined;
      board.addEventListener('careers-job-open', () => {
        const detail = $(board, 'careers-job-detail');
        shown = detail?.shadowRoot
          ?.querySelector('h2, h3, h4, h5, h6, [role="heading"]')
          ?.textContent?.trim();
      });
      setTimeout(() => cards(board)[0].shadowRoot!.querySelector('a')!.click());
      await oneEvent(board, 'careers-job-open');
      expect(shown).to.equal('Développeur·se front-end');
    });

    it('shows page-size cards, then more, keeping focus on the first new card', async () => {
      const jobs = Array.from({ length: 5 }, (_, i) =>
        makeJob({ id: `p${i}`, title: `Poste ${i}`, publishedAt: `2026-11-0${9 - i}` }),
      );
      const board = await loaded(html`<careers-board page-size="2" .jobs=${jobs}></careers-board>`);
      expect(titles(board)).to.deep.equal(['Poste 0', 'Poste 1']);
      const more = $<HTMLButtonElement>(board, '[part="more"]')!;
      expect(text(more)).to.equal('Afficher 2 offres de plus');
      more.click();
      await board.updateComplete;
      await waitUntil(
        () => deepActiveElement()?.textContent === 'Poste 2',
        'focus on the first new card',
      );
      expect(titles(board)).to.deep.equal(['Poste 0', 'Poste 1', 'Poste 2', 'Poste 3']);
      expect(text($(board, '[part="more"]'))).to.equal('Afficher 1 offre de plus');
      await expect(board).to.be.accessible();
    });

    it('scrolls the first new card well into view after "show more", not left at the edge', async () => {
      const jobs = Array.from({ length: 12 }, (_, i) =>
        makeJob({
          id: `p${i}`,
          title: `Poste ${i} : un intitulé assez long pour tenir sur deux lignes`,
          publishedAt: `2026-11-${String(20 - i).padStart(2, '0')}`,
          organization: { name: 'Atelier Fictif' },
        }),
      );
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <p style="height: 100vh">Plus haut sur la page</p>
          <careers-board page-size="4" .jobs=${jobs}></careers-board>
        </div>`,
      );
      const board = wrapper.querySelector('careers-board')!;
      await waitUntil(() => cards(board).length === 4, 'first cards');
      // The visitor scrolled down to the button, at the bottom of the screen.
      const more = $<HTMLButtonElement>(board, '[part="more"]')!;
      more.scrollIntoView({ block: 'end' });
      more.click();
      await waitUntil(() => deepActiveElement()?.textContent?.startsWith('Poste 4'), 'focus');
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      const card = cards(board)[4];
      const { top, bottom } = card.getBoundingClientRect();
      expect(top, 'top in view').to.be.at.least(0);
      expect(bottom, 'bottom in view, not in the last tenth of the screen').to.be.at.most(
        innerHeight * 0.9,
      );
      await expect(board).to.be.accessible();
      scrollTo(0, 0);
    });

    it('goes back to the first page of results when the search changes', async () => {
      const jobs = Array.from({ length: 5 }, (_, i) =>
        makeJob({ id: `p${i}`, title: `Poste ${i}` }),
      );
      const board = await loaded(html`<careers-board page-size="2" .jobs=${jobs}></careers-board>`);
      $<HTMLButtonElement>(board, '[part="more"]')!.click();
      await board.updateComplete;
      expect(cards(board)).to.have.length(4);
      await search(board, 'Poste');
      expect(cards(board)).to.have.length(2);
      expect(text($(board, '[part="more"]'))).to.equal('Afficher 2 offres de plus');
    });

    it('leaves a click with a modifier key to the browser (new tab), opening nothing in place', async () => {
      const board = await loaded(
        html`<careers-board .jobs=${[makeJob({ id: 'a', title: 'Poste A' })]}></careers-board>`,
      );
      const link = cards(board)[0].shadowRoot!.querySelector('a')!;
      const click = async (init: MouseEventInit) => {
        let prevented: boolean | undefined;
        // After the board has seen it: record, then keep the test page where it is.
        const after = (event: Event) => {
          prevented = event.defaultPrevented;
          event.preventDefault();
        };
        window.addEventListener('click', after, { once: true });
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
        );
        await board.updateComplete;
        return prevented;
      };
      for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
        expect(await click({ [modifier]: true }), modifier).to.equal(false);
        expect($(board, 'careers-job-detail'), modifier).to.equal(null);
      }
      expect(await click({}), 'a plain click').to.equal(true);
      expect($(board, 'careers-job-detail')).to.not.equal(null);
    });

    it('shows the default 20 cards a page when page-size is 0, not none', async () => {
      const jobs = Array.from({ length: 25 }, (_, i) =>
        makeJob({ id: `p${i}`, title: `Poste ${i}` }),
      );
      const board = await fixture<CareersBoard>(
        html`<careers-board page-size="0" .jobs=${jobs}></careers-board>`,
      );
      await waitUntil(() => countWords(board) === '25 offres', 'the count');
      expect(cards(board)).to.have.length(20);
      expect(text($(board, '[part="more"]'))).to.equal('Afficher 5 offres de plus');
    });

    it('speaks English when the page does, and follows a later change of language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><careers-board src=${BOARD_FEED}></careers-board></div>`,
      );
      const board = wrapper.querySelector('careers-board')!;
      await waitUntil(() => cards(board).length === 4);
      expect(countWords(board)).to.equal('4 openings');
      expect(text($(board, 'label[for="careers-q"]'))).to.equal('Search openings');
      await expect(board).to.be.accessible();
      wrapper.lang = 'fr';
      await waitUntil(() => countWords(board) === '4 offres', 'back to French');
    });
  });

  describe('layout', () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const columns = (board: CareersBoard) =>
      getComputedStyle($(board, '[part="list"]')!).gridTemplateColumns.split(' ').length;
    const overflowing = (root: Element, right: number) =>
      deepQueryAll(root.shadowRoot!, '*')
        .filter((element) => element.getBoundingClientRect().right > right + 0.5)
        .map((element) => element.localName + (element.getAttribute('part') ?? ''));

    it('fits 320px in one column without sideways scrolling, and is a grid when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><careers-board src=${BOARD_FEED}></careers-board></div>`,
      );
      const board = wrapper.querySelector('careers-board')!;
      await waitUntil(() => cards(board).length === 4);
      await frame();
      const right = wrapper.getBoundingClientRect().right;
      expect(columns(board)).to.equal(1);
      expect(overflowing(board, right)).to.deep.equal([]);
      expect(board.scrollWidth).to.be.at.most(board.clientWidth);
      cards(board)[0].shadowRoot!.querySelector('a')!.click();
      await waitUntil(() => $(board, 'careers-job-detail'));
      await frame();
      expect(overflowing($(board, 'careers-job-detail')!, right)).to.deep.equal([]);
      history.back();
      await waitUntil(() => cards(board).length === 4);
      wrapper.style.width = '1000px';
      await frame();
      expect(columns(board)).to.be.greaterThan(1);
    });
  });

  describe('search and filters', () => {
    it('finds postings whatever the case, accents or middle dots', async () => {
      const board = await loaded(html`<careers-board src=${BOARD_FEED}></careers-board>`);
      await search(board, 'DEVELOPPEUR');
      expect(titles(board)).to.deep.equal(['Développeur·se back-end']);
      await search(board, 'developpeuse');
      expect(titles(board)).to.deep.equal([]);
      await search(board, 'python paris');
      expect(titles(board)).to.deep.equal(['Développeur·se back-end', 'Data scientist']);
      await search(board, 'données ouvertes');
      expect(titles(board)).to.deep.equal(['Data scientist']);
      expect(countWords(board)).to.equal('1 offre');
    });

    it('builds labelled facets with counts from the data, only when they have two values', async () => {
      const board = await loaded(html`<careers-board src=${BOARD_FEED}></careers-board>`);
      const selects = [...board.shadowRoot!.querySelectorAll('select')].map((s) => s.name);
      expect(selects).to.deep.equal(['organization', 'location', 'tag']);
      const options = [...$<HTMLSelectElement>(board, 'select[name="organization"]')!.options].map(
        (option) => text(option),
      );
      expect(options).to.deep.equal(['Toutes', 'Atelier Fictif (2)', 'Exemple Numérique (2)']);
      expect(text($(board, 'label[for="careers-location"]'))).to.equal('Lieu');
      // The group of filters is named apart from the search landmark around it, so a screen
      // reader does not say "Filtrer les offres" twice.
      expect(text($(board, 'fieldset legend'))).to.equal('Filtres');
      expect($(board, 'form')!.getAttribute('aria-label')).to.equal('Filtrer les offres');
      await expect(board).to.be.accessible();
    });

    it('filters by facet, fires careers-filter-change and offers to clear the filters', async () => {
      const board = await loaded(html`<careers-board src=${BOARD_FEED}></careers-board>`);
      setTimeout(() => choose(board, 'organization', 'Atelier Fictif'));
      const { detail } = await oneEvent(board, 'careers-filter-change');
      expect(detail.count).to.equal(2);
      expect(detail.filters.organization).to.equal('Atelier Fictif');
      expect(titles(board)).to.deep.equal(['Responsable produit', 'Designer d’interface']);
      await search(board, 'zzz introuvable');
      expect(titles(board)).to.deep.equal([]);
      expect(countWords(board)).to.equal('Aucune offre');
      await expect(board).to.be.accessible();
      $<HTMLButtonElement>(board, '[part~="clear"]')!.click();
      await board.updateComplete;
      expect(titles(board)).to.have.length(4);
      expect($<HTMLInputElement>(board, 'input[type="search"]')!.value).to.equal('');
      expect($<HTMLSelectElement>(board, 'select[name="organization"]')!.value).to.equal('');
      expect(deepActiveElement()).to.equal($(board, 'input[type="search"]'));
    });

    const clears = (board: CareersBoard) =>
      [...board.shadowRoot!.querySelectorAll('[part~="clear"]')].map(text);

    it('offers one clear button when nothing matches, saying what it clears, without repeating the count', async () => {
      const board = await loaded(html`<careers-board src=${BOARD_FEED}></careers-board>`);
      await search(board, 'zzz introuvable');
      expect(clears(board)).to.deep.equal(['Effacer la recherche et les filtres']);
      const count = countWords(board)!;
      expect(count).to.equal('Aucune offre');
      expect(text($(board, '[part~="no-match"]'))).to.contain('Essayez d’autres mots');
      expect(text($(board, '[part~="no-match"]'))).not.to.contain(count);
      await expect(board).to.be.accessible();
    });

    it('says the clear button clears the filters when no search text is set', async () => {
      history.replaceState(null, '', `${location.href.split('#')[0]}#location=Nice`);
      const board = await fixture<CareersBoard>(
        html`<careers-board src=${BOARD_FEED}></careers-board>`,
      );
      await waitUntil(() => $(board, '[part~="no-match"]'), 'no match');
      expect(clears(board)).to.deep.equal(['Effacer les filtres']);
      await expect(board).to.be.accessible();
    });

    it('labels the clear button the same way with results, and in English', async () => {
      const board = await loaded(html`<careers-board lang="en" src=${BOARD_FEED}></careers-board>`);
      await search(board, 'designer');
      expect(clears(board)).to.deep.equal(['Clear search and filters']);
      await expect(board).to.be.accessible();
      await search(board, 'zzz nowhere');
      expect(clears(board)).to.deep.equal(['Clear search and filters']);
      expect(text($(board, '[part~="no-match"]'))).to.equal('Try other words or other filters.');
      await expect(board).to.be.accessible();
    });

    it('translates enumerated facets (contract, remote, experience) and filters on them', async () => {
      const jobs = [
        {
          id: 'a',
          title: 'A',
          contract: { kind: 'permanent' },
          remote: 'full',
          experience: 'junior',
        },
        {
          id: 'b',
          title: 'B',
          contract: { kind: 'freelance' },
          remote: 'none',
          experience: 'senior',
        },
        { id: 'c', title: 'C', contract: { kind: 'permanent' }, remote: 'hybrid' },
      ];
      const board = await loaded(html`<careers-board lang="en" .jobs=${jobs}></careers-board>`);
      const options = (name: string) =>
        [...$<HTMLSelectElement>(board, `select[name="${name}"]`)!.options].map((o) => text(o));
      expect(options('contract')).to.deep.equal(['All', 'Permanent (2)', 'Freelance (1)']);
      expect(options('remote')).to.deep.equal([
        'Any',
        'On site (1)',
        'Partly remote (1)',
        'Fully remote (1)',
      ]);
      expect(options('experience')).to.deep.equal(['All', 'Junior (1)', 'Senior (1)']);
      await choose(board, 'contract', 'permanent');
      expect(titles(board)).to.deep.equal(['A', 'C']);
      // The other facets now count within permanent contracts; an option that would give
      // nothing is disabled. The chosen facet counts as if it were not set.
      expect(options('remote')).to.deep.equal([
        'Any',
        'On site (0)',
        'Partly remote (1)',
        'Fully remote (1)',
      ]);
      const disabled = (name: string) =>
        [...$<HTMLSelectElement>(board, `select[name="${name}"]`)!.options]
          .filter((o) => o.disabled)
          .map((o) => o.value);
      expect(disabled('remote')).to.deep.equal(['none']);
      expect(options('contract')).to.deep.equal(['All', 'Permanent (2)', 'Freelance (1)']);
      await choose(board, 'remote', 'hybrid');
      expect(titles(board)).to.deep.equal(['C']);
      expect(countWords(board)).to.equal('1 opening');
      expect(options('contract')).to.deep.equal(['All', 'Permanent (1)', 'Freelance (0)']);
      expect(disabled('contract')).to.deep.equal(['freelance']);
      await search(board, 'zzz');
      // Nothing matches: every option counts 0, and the chosen ones stay selectable.
      expect(disabled('remote')).to.deep.equal(['none', 'full']);
      expect($<HTMLSelectElement>(board, 'select[name="remote"]')!.value).to.equal('hybrid');
      await expect(board).to.be.accessible();
    });

    it('stays quick with 10,000 postings: only a page of cards is rendered', async () => {
      const jobs = Array.from({ length: 10_000 }, (_, i) =>
        makeJob({
          id: `j${i}`,
          title: i % 2 ? `Développeur·se ${i}` : `Designer ${i}`,
          locations: [i % 3 ? 'Paris' : 'Lyon'],
          description: `Description numéro ${i}`,
        }),
      );
      const board = await loaded(html`<careers-board .jobs=${jobs}></careers-board>`);
      const started = performance.now();
      await search(board, 'developpeur');
      const elapsed = performance.now() - started;
      expect(cards(board)).to.have.length(20);
      expect(countWords(board)).to.equal(
        `${new Intl.NumberFormat('fr-FR').format(5000)} offres`.replace(/\s+/g, ' '),
      );
      // A figure for humans, not an assertion (timings are never asserted).
      console.log(`search over 10,000 postings: ${elapsed.toFixed(1)} ms`);
    });
  });
});
