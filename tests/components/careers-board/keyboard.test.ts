import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { BOARD_FEED, START_URL, deepActiveElement, resetUrl } from '../ui-helpers.js';

const cards = (board: CareersBoard) => [...board.shadowRoot!.querySelectorAll('careers-job-card')];
const detail = (board: CareersBoard) => board.shadowRoot!.querySelector('careers-job-detail');
const cardLink = (board: CareersBoard, index: number) =>
  cards(board)[index]?.shadowRoot?.querySelector('a') ?? null;

async function tab(times = 1, shift = false) {
  if (shift) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
}

for (const lang of ['fr', 'en']) {
  describe(`keyboard use of <careers-board> (${lang})`, () => {
    afterEach(resetUrl);

    async function ready() {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <button>avant</button>
          <careers-board src=${BOARD_FEED}></careers-board>
        </div>`,
      );
      const board = wrapper.querySelector('careers-board')!;
      await waitUntil(() => cards(board).length === 4, 'cards shown');
      wrapper.querySelector('button')!.focus();
      return board;
    }

    it('Tab goes from the search box through the filters to the cards', async () => {
      const board = await ready();
      await tab();
      const search = board.shadowRoot!.querySelector('input[type="search"]');
      expect(deepActiveElement()).to.equal(search);
      const stops: string[] = [];
      for (let i = 0; i < 3; i++) {
        await tab();
        stops.push((deepActiveElement() as HTMLSelectElement).name);
      }
      expect(stops).to.deep.equal(['organization', 'location', 'tag']);
      await tab();
      expect(deepActiveElement()).to.equal(cardLink(board, 0));
      await tab();
      expect(deepActiveElement()).to.equal(cardLink(board, 1));
      await expect(board).to.be.accessible();
    });

    it('Enter on a card opens the detail with focus on its title; the apply link is reachable; the back link returns to the card', async () => {
      const board = await ready();
      await tab(5); // search, 3 filters, first card
      await tab(); // second card
      expect(deepActiveElement()).to.equal(cardLink(board, 1));
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => deepActiveElement() === detail(board)?.shadowRoot?.querySelector('[part="title"]'),
        'focus on the detail title',
      );
      expect(deepActiveElement()!.textContent).to.equal('Designer d’interface');
      // A keyboard user sees where focus went: the title shows the focus ring.
      const ring = getComputedStyle(deepActiveElement()!);
      expect([ring.outlineStyle, ring.outlineWidth]).to.deep.equal(['solid', '2px']);
      await expect(board).to.be.accessible();
      // Onwards: the description's links (none here), then the apply action and share.
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await tab();
        const active = deepActiveElement() as HTMLElement;
        reached.push(active.getAttribute('part') ?? active.localName);
      }
      expect(reached).to.include('share');
      // Back: Shift+Tab from the title reaches the back link; Enter returns to the card.
      detail(board)!.focus();
      await tab(1, true);
      const back = detail(board)!.shadowRoot!.querySelector('[part="back"]');
      expect(deepActiveElement()).to.equal(back);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === cardLink(board, 1), 'focus back on the card');
    });

    it('history.back() returns focus to the card that was opened', async () => {
      const board = await ready();
      await tab(5);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => detail(board));
      history.back();
      await waitUntil(() => deepActiveElement() === cardLink(board, 0), 'focus back on the card');
    });
  });
}

describe('keyboard use of the apply link', () => {
  afterEach(resetUrl);

  it('reaches the apply link of a posting that has one', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board
        .jobs=${[
          {
            id: 'a',
            title: 'Poste',
            locations: [],
            tags: [],
            apply: { url: 'https://jobs.example.org/a' },
          },
        ]}
      ></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 1);
    cardLink(board, 0)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => detail(board));
    await tab();
    const active = deepActiveElement() as HTMLAnchorElement;
    expect(active.getAttribute('part')).to.equal('apply');
    expect(active.href).to.equal('https://jobs.example.org/a');
  });
});

describe('focus on a card that leaves the list', () => {
  afterEach(resetUrl);

  const job = (id: string) => ({ id, title: `Poste ${id}`, locations: [], tags: [] });

  it('moves to the count when the page size shrinks or new jobs drop the card, not to the body', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board page-size="3" .jobs=${['a', 'b', 'c'].map(job)}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 3);
    cardLink(board, 2)!.focus();
    board.pageSize = 1;
    await board.updateComplete;
    expect(cards(board)).to.have.length(1);
    expect(deepActiveElement()?.getAttribute('part'), 'focus on the count').to.equal('count');

    // A card that stays keeps the focus when the jobs are given again.
    cardLink(board, 0)!.focus();
    board.jobs = ['a', 'd'].map(job);
    await board.updateComplete;
    expect(deepActiveElement(), 'focus kept').to.equal(cardLink(board, 0));
    // One that goes does not take it away with it.
    board.jobs = ['d'].map(job);
    await board.updateComplete;
    expect(cards(board).map((card) => card.job!.id)).to.deep.equal(['d']);
    expect(deepActiveElement()?.getAttribute('part'), 'focus on the count').to.equal('count');
  });

  it('returns to the card of a posting opened from a link beyond the first page, showing it', async () => {
    history.replaceState(null, '', `${START_URL}#job=c`);
    const board = await fixture<CareersBoard>(
      html`<careers-board page-size="1" .jobs=${['a', 'b', 'c'].map(job)}></careers-board>`,
    );
    await waitUntil(() => detail(board), 'the posting of the link');
    await detail(board)!.updateComplete;
    detail(board)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!.click();
    await waitUntil(() => !detail(board), 'the list again');
    await waitUntil(() => deepActiveElement() === cardLink(board, 2), 'focus on the card of c');
    expect(cards(board).map((card) => card.job!.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps focus on the posting, not on its place, when the list changes under it', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board page-size="3" .jobs=${['a', 'b', 'c'].map(job)}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 3);
    cardLink(board, 2)!.focus();
    // "c" comes first in the new feed: focus goes with it, and no card shows another posting
    // while it keeps the focus.
    board.jobs = ['c', 'a', 'b'].map(job);
    await waitUntil(() => deepActiveElement() === cardLink(board, 0), 'focus on the first card');
    expect(cards(board).map((card) => card.job!.id)).to.deep.equal(['c', 'a', 'b']);
    expect(cardLink(board, 0)!.textContent).to.equal('Poste c');
  });
});

describe('focus on Retry', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('waits on the loading status while the feed loads again, not on the body, then on Retry', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src="/__test__/status/500"></careers-board>`,
    );
    const root = board.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~="retry"]'), 'Retry shown');
    // A slow network: the new request is answered half a second later.
    window.fetch = (...args) =>
      new Promise((resolve) => setTimeout(() => resolve(realFetch(...args)), 500));
    root.querySelector<HTMLElement>('[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part~="status"]'), 'loading');
    await board.updateComplete;
    const status = root.querySelector('[part~="status"]')!;
    // The Retry button pressed is gone: focus is on what says the feed loads.
    expect(deepActiveElement()).to.equal(status);
    expect(status.textContent!.trim()).to.contain('Chargement des offres…');
    // It fails again: focus on the new Retry.
    await waitUntil(() => root.querySelector('[part~="retry"]'), 'Retry again');
    await board.updateComplete;
    expect(deepActiveElement()).to.equal(root.querySelector('[part~="retry"]'));
  });
});
