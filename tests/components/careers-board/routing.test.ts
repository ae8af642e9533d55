import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { BoardRouter, boardNamespace } from '../../../src/components/careers-board/routing.js';
import { EMPTY_FILTERS } from '../../../src/data/filter-jobs.js';
import {
  BOARD_FEED,
  OTHER_FEED,
  START_URL,
  deepActiveElement,
  makeJob,
  resetUrl,
} from '../ui-helpers.js';

const cards = (board: CareersBoard) => [...board.shadowRoot!.querySelectorAll('careers-job-card')];
const detailOf = (board: CareersBoard) => board.shadowRoot!.querySelector('careers-job-detail');
const cardLink = (board: CareersBoard, id: string) =>
  cards(board)
    .find((card) => card.job!.id === id)
    ?.shadowRoot?.querySelector('a') as HTMLAnchorElement;

function detailTitle(board: CareersBoard): HTMLElement | null {
  return detailOf(board)?.shadowRoot?.querySelector('[part="title"]') ?? null;
}

/** The board of `template`, once `ready` holds (by default: cards or a posting shown). */
async function board(
  template: ReturnType<typeof html>,
  ready = (el: CareersBoard): unknown => cards(el).length > 0 || detailOf(el),
): Promise<CareersBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('careers-board')!;
  await waitUntil(() => ready(el), 'board loaded');
  return el;
}

const selectOf = (el: CareersBoard, name: string) =>
  el.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

async function openCard(el: CareersBoard, id: string) {
  setTimeout(() => cardLink(el, id).click());
  const { detail } = await oneEvent(el, 'careers-job-open');
  await waitUntil(() => deepActiveElement() === detailTitle(el), 'focus on the detail title');
  return detail;
}

describe('routing of <careers-board>', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('opens a card in place on a plain click: detail, event, focus on the title, #job in the URL', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    const detail = await openCard(el, 'designer');
    expect(detail.job.id).to.equal('designer');
    expect(location.hash).to.equal('#job=designer');
    expect(cards(el)).to.have.length(0);
    expect(detailTitle(el)!.textContent).to.equal('Designer d’interface');
    await expect(el).to.be.accessible();
  });

  it('closes with the back link: list again, careers-job-close, focus back on the card', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    await openCard(el, 'designer');
    const back = detailOf(el)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!;
    setTimeout(() => back.click());
    const { detail } = await oneEvent(el, 'careers-job-close');
    expect(detail.job.id).to.equal('designer');
    await waitUntil(() => deepActiveElement() === cardLink(el, 'designer'), 'focus on the card');
    await waitUntil(() => location.hash === '', 'job removed from the URL');
    await expect(el).to.be.accessible();
  });

  it('closes with the browser’s Back button and returns focus to the card', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    await openCard(el, 'data');
    history.back();
    await oneEvent(el, 'careers-job-close');
    await waitUntil(() => deepActiveElement() === cardLink(el, 'data'), 'focus on the card');
    expect(location.hash).to.equal('');
  });

  for (const how of ['Back button', 'back link']) {
    it(`shows the whole card it returns to, below the first rows, after the ${how}`, async () => {
      // Tall cards, laid out only once in view (content-visibility): those above the card
      // returned to are first laid out at an estimated height.
      const jobs = Array.from({ length: 30 }, (_, i) =>
        makeJob({
          id: `far-${i}`,
          title: `Poste ${i} : un intitulé assez long pour tenir sur plusieurs lignes de carte`,
          organization: { name: 'Atelier Fictif' },
          locations: ['Paris', 'Lyon', 'Marseille', 'Bordeaux', 'Lille', 'Nantes'],
          tags: ['Python', 'Django', 'Accessibilité', 'Design', 'Données', 'Cartographie'],
        }),
      );
      const el = await board(html`<careers-board .jobs=${jobs}></careers-board>`);
      const card = () => cards(el).find((c) => c.job!.id === 'far-5')!;
      card().scrollIntoView({ block: 'start' });
      scrollBy(0, -80);
      await openCard(el, 'far-5');
      if (how === 'back link') {
        detailOf(el)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!.click();
      } else history.back();
      await waitUntil(() => deepActiveElement() === cardLink(el, 'far-5'), 'focus on the card');
      // Once the cards around it are laid out (a few frames).
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      // The card and its focus ring (4 px around it) in view.
      const { top, bottom } = card().getBoundingClientRect();
      expect(top, 'card top in view').to.be.at.least(4);
      expect(bottom, 'card bottom in view').to.be.at.most(innerHeight - 4);
      await expect(el).to.be.accessible();
      scrollTo(0, 0);
    });
  }

  it('opens the posting of a deep link once the feed arrives, and again after a reload', async () => {
    history.replaceState(null, '', `${START_URL}#job=data`);
    const el = await board(
      html`<careers-board src=${`/__test__/delay/200${BOARD_FEED}`}></careers-board>`,
    );
    await waitUntil(() => detailTitle(el)?.textContent === 'Data scientist');
    expect(cards(el)).to.have.length(0);
    // A reload: the same location, a new element.
    el.remove();
    const again = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    await waitUntil(() => detailTitle(again)?.textContent === 'Data scientist');
    await expect(again).to.be.accessible();
  });

  it('shows a deep link’s posting in view without taking focus, then focuses as usual', async () => {
    history.replaceState(null, '', `${START_URL}#job=data`);
    const spacer = await fixture<HTMLElement>(html`<div style="height: 3000px"></div>`);
    const outside = await fixture<HTMLButtonElement>(html`<button>Ailleurs</button>`);
    outside.focus();
    const el = await board(
      html`<careers-board src=${`/__test__/delay/200${BOARD_FEED}`}></careers-board>`,
    );
    await waitUntil(() => detailTitle(el)?.textContent === 'Data scientist');
    await el.updateComplete;
    // The visitor's focus stays where it was; the posting is scrolled into view.
    await waitUntil(() => {
      const top = detailOf(el)!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight;
    }, 'the posting scrolled into view');
    expect(deepActiveElement()).to.equal(outside);
    // Back to the list, then a card opened by the visitor: focus moves as usual.
    setTimeout(() =>
      detailOf(el)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!.click(),
    );
    await oneEvent(el, 'careers-job-close');
    await waitUntil(() => cards(el).length > 0, 'list shown');
    await openCard(el, 'designer');
    expect(deepActiveElement()).to.equal(detailTitle(el));
    spacer.remove();
    outside.remove();
  });

  it('keeps the open posting, quietly, when the feed is reloaded', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    await openCard(el, 'data');
    const events: string[] = [];
    el.addEventListener('careers-job-open', () => events.push('open'));
    el.addEventListener('careers-job-close', () => events.push('close'));
    el.src = `/__test__/delay/100${BOARD_FEED}`;
    await oneEvent(el, 'careers-load');
    await waitUntil(() => detailTitle(el)?.textContent === 'Data scientist');
    expect(events).to.deep.equal([]);
  });

  it('shows the list with a notice for an unknown id, and removes it from the URL', async () => {
    history.replaceState(null, '', `${START_URL}#job=nope`);
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('n’existe plus');
    expect(cards(el)).to.have.length(4);
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('takes the unknown-posting notice away on Back, as the list it was about is left', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    const notice = () => el.shadowRoot!.querySelector('[part="notice"]');
    // A link of the page's own to a posting the feed does not have (a new history entry).
    location.hash = '#job=nope';
    await waitUntil(() => notice(), 'notice shown');
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(notice()).to.equal(null);
    expect(cards(el)).to.have.length(4);
  });

  it('reads a hand-made link’s filter as the feed writes it, whatever the case and accents', async () => {
    history.replaceState(null, '', `${START_URL}#location=paris&organization=atelier%20fictif`);
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`, (loaded) =>
      loaded.shadowRoot!.querySelector('[part~="count"]'),
    );
    const select = (name: string) => selectOf(el, name);
    expect(select('location').value).to.equal('Paris');
    expect(select('organization').value).to.equal('Atelier Fictif');
    // Nothing in the feed is both in Paris and by Atelier Fictif; by Paris alone, two are.
    expect(cards(el)).to.have.length(0);
    select('organization').value = '';
    select('organization').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(cards(el).map((card) => card.job!.locations[0])).to.deep.equal(['Paris', 'Paris']);
  });

  it('shows a URL filter the feed no longer has as the selected option, not as "all"', async () => {
    history.replaceState(null, '', `${START_URL}#location=Nice&contract=internship`);
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`, (loaded) =>
      loaded.shadowRoot!.querySelector('[part~="no-match"]'),
    );
    const select = (name: string) => selectOf(el, name);
    expect(select('location').value).to.equal('Nice');
    expect(select('location').selectedOptions[0].textContent!.trim()).to.equal('Nice (0)');
    // A facet the feed has no value for at all still shows the filter applied.
    expect(select('contract').value).to.equal('internship');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);
    expect(select('location').value).to.equal('');
    expect(select('contract')).to.equal(null);
  });

  it('uses the query string with routing="query"', async () => {
    const el = await board(html`<careers-board routing="query" src=${BOARD_FEED}></careers-board>`);
    expect(new URL(cardLink(el, 'pm').href).searchParams.get('job')).to.equal('pm');
    await openCard(el, 'pm');
    expect(new URL(location.href).searchParams.get('job')).to.equal('pm');
    expect(location.hash).to.equal('');
    el.remove();
    const again = await board(
      html`<careers-board routing="query" src=${BOARD_FEED}></careers-board>`,
    );
    await waitUntil(() => detailTitle(again)?.textContent === 'Responsable produit');
  });

  it('leaves the URL alone with routing="none"', async () => {
    const el = await board(html`<careers-board routing="none" src=${BOARD_FEED}></careers-board>`);
    const before = location.href;
    await openCard(el, 'pm');
    expect(location.href).to.equal(before);
    const back = detailOf(el)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!;
    back.click();
    await waitUntil(() => deepActiveElement() === cardLink(el, 'pm'));
    expect(location.href).to.equal(before);
  });

  it('keeps the filters in the URL, so a filtered list can be shared and reloaded', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'python';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => location.hash === '#q=python', 'filters written to the URL');
    el.remove();
    const again = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    expect(cards(again).map((card) => card.job!.id)).to.deep.equal(['dev-back', 'data']);
    expect(
      again.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value,
    ).to.equal('python');
  });

  it('tells careers-filter-change when Back or Forward brings other filters, and only then', async () => {
    const el = await board(html`<careers-board src=${BOARD_FEED}></careers-board>`);
    const events: Array<{ location: string; count: number }> = [];
    el.addEventListener('careers-filter-change', (event) =>
      events.push({ location: event.detail.filters.location, count: event.detail.count }),
    );
    // An entry with other filters (as another page of the site may have linked), then Back.
    history.pushState(null, '', `${START_URL}#location=Lyon`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => events.length === 1, 'event for the new filters');
    expect(cards(el).map((card) => card.job!.id)).to.deep.equal(['designer']);
    history.back();
    await waitUntil(() => events.length === 2, 'event for the filters of the entry before');
    expect(events).to.deep.equal([
      { location: 'Lyon', count: 1 },
      { location: '', count: 4 },
    ]);
    // Back and Forward over a posting, filters unchanged: no event.
    await openCard(el, 'pm');
    history.back();
    await waitUntil(() => !detailOf(el), 'list again');
    await el.updateComplete;
    expect(events).to.have.length(2);
  });

  it('reads the page URL once per list, not once per card', async () => {
    const jobs = Array.from({ length: 60 }, (_, i) => ({ id: `job-${i}`, title: `Poste ${i}` }));
    const el = await board(html`<careers-board page-size="60" .jobs=${jobs}></careers-board>`);
    expect(cards(el)).to.have.length(60);
    const PageUrl = window.URL;
    let parsed = 0;
    window.URL = class extends PageUrl {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        parsed += 1;
      }
    };
    try {
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      window.URL = PageUrl;
    }
    expect(parsed).to.be.within(1, 3);
    // Each card still links to its own posting, with the filters of the list.
    expect(new URL(cardLink(el, 'job-41').href).hash).to.equal('#job=job-41');
  });

  it('lets two boards with ids share one page without fighting', async () => {
    history.replaceState(null, '', `${START_URL}#b.job=juriste`);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <careers-board id="a" src=${BOARD_FEED}></careers-board>
        <careers-board id="b" src=${OTHER_FEED}></careers-board>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('careers-board')];
    await waitUntil(() => cards(a).length === 4 && detailTitle(b));
    expect(detailTitle(b)!.textContent).to.equal('Juriste du numérique');
    await openCard(a, 'pm');
    expect(new URLSearchParams(location.hash.slice(1)).get('a.job')).to.equal('pm');
    expect(new URLSearchParams(location.hash.slice(1)).get('b.job')).to.equal('juriste');
    expect(detailTitle(b)!.textContent).to.equal('Juriste du numérique');
    history.back();
    await oneEvent(a, 'careers-job-close');
    expect(detailTitle(b)!.textContent).to.equal('Juriste du numérique');
  });
});

describe('BoardRouter', () => {
  it('reads and writes namespaced keys, keeping the others', () => {
    const router = new BoardRouter('hash', 'offres');
    const href = router.href(
      { job: 'x', filters: { ...EMPTY_FILTERS, query: 'dev ops', location: 'Paris' } },
      'https://host.example/page?a=1#other=2',
    );
    const url = new URL(href);
    expect(url.search).to.equal('?a=1');
    const params = new URLSearchParams(url.hash.slice(1));
    expect(params.get('other')).to.equal('2');
    expect(params.get('offres.job')).to.equal('x');
    expect(params.get('offres.q')).to.equal('dev ops');
    expect(router.read(href)).to.deep.equal({
      job: 'x',
      filters: { ...EMPTY_FILTERS, query: 'dev ops', location: 'Paris' },
    });
    expect(
      router.href({ filters: { ...EMPTY_FILTERS } }, 'https://host.example/#offres.job=x'),
    ).to.equal('https://host.example/');
  });

  it("keeps the page's own anchor and parameters as they were (no `#top=`)", () => {
    const router = new BoardRouter('hash', '');
    const opened = router.href(
      { job: 'x', filters: { ...EMPTY_FILTERS } },
      'https://h.example/p#top&b.job=y',
    );
    expect(opened).to.equal('https://h.example/p#top&b.job=y&job=x');
    expect(router.href({ filters: { ...EMPTY_FILTERS } }, opened)).to.equal(
      'https://h.example/p#top&b.job=y',
    );
    const query = new BoardRouter('query', '');
    expect(
      query.href({ job: 'x', filters: { ...EMPTY_FILTERS } }, 'https://h.example/p?debug&a=b+c'),
    ).to.equal('https://h.example/p?debug&a=b+c&job=x');
  });

  it('uses the query string in query mode and nothing in none mode', () => {
    const query = new BoardRouter('query', '');
    expect(
      query.href({ job: 'x', filters: { ...EMPTY_FILTERS } }, 'https://h.example/p#top'),
    ).to.equal('https://h.example/p?job=x#top');
    const none = new BoardRouter('none', '');
    expect(none.read('https://h.example/#job=x').job).to.equal(undefined);
  });

  it('drops its filter keys from the URL when they are cleared, and writes no blank one', () => {
    const router = new BoardRouter('hash', '');
    const href = router.href(
      { filters: { ...EMPTY_FILTERS, query: '   ', tag: 'data' } },
      'https://h.example/p#q=old&location=Paris&top',
    );
    expect(href).to.equal('https://h.example/p#top&tag=data');
  });

  it('reads an empty job key as no posting', () => {
    const router = new BoardRouter('hash', '');
    expect(router.read('https://h.example/#job=&q=x')).to.deep.equal({
      job: undefined,
      filters: { ...EMPTY_FILTERS, query: 'x' },
    });
  });

  it('neither reads nor writes any part of the URL in none mode', () => {
    const none = new BoardRouter('none', '');
    expect(none.read('https://h.example/?job=x&q=y#job=x')).to.deep.equal({
      filters: { ...EMPTY_FILTERS },
    });
    expect(
      none.href(
        { job: 'z', filters: { ...EMPTY_FILTERS, query: 'a' } },
        'https://h.example/?job=x',
      ),
    ).to.equal('https://h.example/?job=x');
  });

  it('links each posting of a list from one reading of the URL, encoding ids as needed', () => {
    const filters = { ...EMPTY_FILTERS, query: 'dev ops', tag: 'données' };
    const hash = new BoardRouter('hash', 'b').links(filters, 'https://h.example/p?a=1#top&b.q=x');
    expect([hash('x'), hash(undefined), hash('a b&c=é')]).to.deep.equal([
      'https://h.example/p?a=1#top&b.job=x&b.q=dev+ops&b.tag=donn%C3%A9es',
      'https://h.example/p?a=1#top&b.q=dev+ops&b.tag=donn%C3%A9es',
      'https://h.example/p?a=1#top&b.job=a+b%26c%3D%C3%A9&b.q=dev+ops&b.tag=donn%C3%A9es',
    ]);
    expect(new BoardRouter('hash', 'b').read(hash('a b&c=é')).job).to.equal('a b&c=é');
    const query = new BoardRouter('query', '').links(EMPTY_FILTERS, 'https://h.example/?job=z#top');
    expect([query('x'), query(undefined)]).to.deep.equal([
      'https://h.example/?job=x#top',
      'https://h.example/#top',
    ]);
    const none = new BoardRouter('none', '').links(filters, 'https://h.example/p#job=z');
    expect(none('x')).to.equal('https://h.example/p#job=z');
  });

  it('leaves no bare # behind when query mode empties the query', () => {
    const query = new BoardRouter('query', '');
    expect(query.href({ filters: { ...EMPTY_FILTERS } }, 'https://h.example/p?job=x#')).to.equal(
      'https://h.example/p',
    );
  });

  it('adds no history entry when the URL would not change', () => {
    const router = new BoardRouter('hash', '');
    const calls: string[] = [];
    const { pushState, replaceState } = history;
    history.pushState = (...args) => calls.push(`push ${String(args[2])}`);
    history.replaceState = (...args) => calls.push(`replace ${String(args[2])}`);
    try {
      router.write(router.read(), 'push');
      router.write(router.read(), 'replace');
      router.write({ job: 'x', filters: { ...EMPTY_FILTERS } }, 'push');
    } finally {
      history.pushState = pushState;
      history.replaceState = replaceState;
    }
    expect(calls).to.deep.equal([
      `push ${router.href({ job: 'x', filters: { ...EMPTY_FILTERS } })}`,
    ]);
  });
});

describe('boardNamespace', () => {
  afterEach(() => document.querySelectorAll('x-ns-board').forEach((el) => el.remove()));

  it('is the id of a board, else none for the first board without one, then 2, 3...', () => {
    const boards = ['', 'offres', '', ''].map((id) => {
      const el = document.createElement('x-ns-board');
      if (id) el.id = id;
      return document.body.appendChild(el);
    });
    expect(boards.map(boardNamespace)).to.deep.equal(['', 'offres', '2', '3']);
  });
});
