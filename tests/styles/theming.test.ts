import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define-all.js';
import type { CareersBoard } from '../../src/components/careers-board/careers-board.component.js';
import type { CareersJobCard } from '../../src/components/careers-job-card/careers-job-card.component.js';
import type { CareersJobDetail } from '../../src/components/careers-job-detail/careers-job-detail.component.js';
import type { Job } from '../../src/data/job.js';

const FEED = '/tests/fixtures/feeds/careers-small.json';

const job = {
  id: 'themed',
  title: 'Intendant·e de données',
  locations: ['Nantes'],
  tags: [],
  open: true,
} as unknown as Job;

/** The computed style of a card's `card` part. */
const cardBox = (card: Element) =>
  getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!);

async function standaloneCard(attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><careers-job-card ${attributes}></careers-job-card></div>`,
  );
  const card = wrapper.querySelector('careers-job-card') as CareersJobCard;
  card.job = job;
  await card.updateComplete;
  return card;
}

/** A board (inside `wrapper`, if given) once its cards are rendered; returns the first card. */
async function boardCard(board: CareersBoard) {
  await waitUntil(() => board.shadowRoot!.querySelector('careers-job-card'), 'no card rendered');
  const card = board.shadowRoot!.querySelector('careers-job-card') as CareersJobCard;
  await card.updateComplete;
  return card;
}

const WHITE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(31, 31, 31)'; // #1f1f1f
const DSFR_DARK_SURFACE = 'rgb(30, 30, 30)'; // #1e1e1e

describe('themes and colour schemes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('give a standalone card the default look', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const box = cardBox(await standaloneCard());
    expect(box.backgroundColor).to.equal(WHITE);
    expect(box.borderTopLeftRadius).to.equal('8px');
  });

  it('reach the cards inside the board: theme="dsfr" squares them and sets Marianne first', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board theme="dsfr" src=${FEED}></careers-board>`,
    );
    const box = cardBox(await boardCard(board));
    expect(box.borderTopLeftRadius).to.equal('0px');
    expect(box.fontFamily).to.match(/^Marianne,/);
    await expect(board).to.be.accessible();
  });

  it('let a page token set on an ancestor win over the theme', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--careers-radius: 3px; --careers-color-surface: #fafaf0">
        <careers-board theme="dsfr" src=${FEED}></careers-board>
      </div>`,
    );
    const box = cardBox(await boardCard(wrapper.querySelector('careers-board')!));
    expect(box.borderTopLeftRadius).to.equal('3px');
    expect(box.backgroundColor).to.equal('rgb(250, 250, 240)');
  });

  it('let a page token set on the element itself win over the theme and the scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const board = await fixture<CareersBoard>(
      html`<careers-board
        theme="dsfr"
        style="--careers-color-surface: #fafaf0"
        src=${FEED}
      ></careers-board>`,
    );
    expect(cardBox(await boardCard(board)).backgroundColor).to.equal('rgb(250, 250, 240)');
  });

  it("follow the page's colour scheme by default: dark where the page allows it", async () => {
    const root = document.documentElement;
    try {
      // A page that declares no colour scheme is light, whatever the visitor prefers: the
      // widget stays light on it, as the page's own form fields do.
      await emulateMedia({ colorScheme: 'dark' });
      expect(cardBox(await standaloneCard()).backgroundColor).to.equal(WHITE);
      // A page that allows both follows the visitor's preference: dark, in both themes.
      root.style.colorScheme = 'light dark';
      expect(cardBox(await standaloneCard()).backgroundColor).to.equal(DARK_SURFACE);
      expect(cardBox(await standaloneCard('theme="dsfr"')).backgroundColor).to.equal(
        DSFR_DARK_SURFACE,
      );
      const board = await fixture<CareersBoard>(
        html`<careers-board theme="dsfr" src=${FEED}></careers-board>`,
      );
      expect(cardBox(await boardCard(board)).backgroundColor).to.equal(DSFR_DARK_SURFACE);
      expect(getComputedStyle(board).backgroundColor).to.equal('rgb(22, 22, 22)');
      await expect(board).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      expect(cardBox(await standaloneCard()).backgroundColor).to.equal(WHITE);
      // A dark page is dark for every visitor.
      root.style.colorScheme = 'dark';
      expect(cardBox(await standaloneCard()).backgroundColor).to.equal(DARK_SURFACE);
    } finally {
      root.style.colorScheme = '';
    }
  });

  it('let color-scheme on the board pin light or dark for everything inside it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await fixture<CareersBoard>(
      html`<careers-board color-scheme="light" src=${FEED}></careers-board>`,
    );
    expect(cardBox(await boardCard(light)).backgroundColor).to.equal(WHITE);
    expect(getComputedStyle(light).colorScheme).to.equal('light');

    await emulateMedia({ colorScheme: 'light' });
    const dark = await fixture<CareersBoard>(
      html`<careers-board color-scheme="dark" src=${FEED}></careers-board>`,
    );
    expect(cardBox(await boardCard(dark)).backgroundColor).to.equal(DARK_SURFACE);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();

    const dsfrDark = await fixture<CareersBoard>(
      html`<careers-board theme="dsfr" color-scheme="dark" src=${FEED}></careers-board>`,
    );
    expect(cardBox(await boardCard(dsfrDark)).backgroundColor).to.equal(DSFR_DARK_SURFACE);
  });

  it('drop transitions when the visitor asks for reduced motion', async () => {
    const card = await standaloneCard();
    const duration = () => getComputedStyle(card).getPropertyValue('--_transition-duration').trim();
    expect(duration()).to.equal('150ms');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(duration()).to.equal('0s');
  });
});

describe('::part() from the host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = `
      careers-board.parted::part(card) { background-color: rgb(1, 2, 3); }
      careers-board.parted::part(title) { text-transform: uppercase; }
      careers-board.parted::part(list) { column-gap: 7px; }
      careers-board.parted::part(tag) { letter-spacing: 3px; }
      careers-board.parted::part(search-input) { border-top-width: 5px; }
      careers-board.parted::part(count) { font-style: italic; }
      careers-board.parted::part(error) { border-left: 6px solid rgb(4, 5, 6); }
    `;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('styles the card, title and list parts forwarded by the board', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board class="parted" src=${FEED}></careers-board>`,
    );
    const card = await boardCard(board);
    expect(cardBox(card).backgroundColor).to.equal('rgb(1, 2, 3)');
    const title = card.shadowRoot!.querySelector('[part~="title"]')!;
    expect(getComputedStyle(title).textTransform).to.equal('uppercase');
    const list = board.shadowRoot!.querySelector('[part~="list"]')!;
    expect(getComputedStyle(list).columnGap).to.equal('7px');
    const tag = card.shadowRoot!.querySelector('[part~="tag"]')!;
    expect(getComputedStyle(tag).letterSpacing).to.equal('3px');
    const search = board.shadowRoot!.querySelector('[part~="search-input"]')!;
    expect(getComputedStyle(search).borderTopWidth).to.equal('5px');
    const count = board.shadowRoot!.querySelector('[part~="count"]')!;
    expect(getComputedStyle(count).fontStyle).to.equal('italic');
  });

  it('styles the tags of the open posting as those of the cards', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board class="parted" routing="none" src=${FEED}></careers-board>`,
    );
    const card = await boardCard(board);
    card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!.click();
    await waitUntil(() => board.shadowRoot!.querySelector('careers-job-detail'), 'no detail shown');
    const detail = board.shadowRoot!.querySelector('careers-job-detail')!;
    await detail.updateComplete;
    const tag = detail.shadowRoot!.querySelector('[part~="tag"]');
    expect(tag, 'the posting has tags').to.not.equal(null);
    expect(getComputedStyle(tag!).letterSpacing).to.equal('3px');
  });

  it('styles the error part', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board class="parted" src="/__test__/status/500"></careers-board>`,
    );
    await waitUntil(() => board.shadowRoot!.querySelector('[part~="error"]'), 'no error shown');
    const error = board.shadowRoot!.querySelector('[part~="error"]')!;
    expect(getComputedStyle(error).borderLeftColor).to.equal('rgb(4, 5, 6)');
  });
});

describe("slots for the page's own texts", () => {
  /** The slotted element is assigned to the named slot and laid out (visible). */
  const shown = (element: Element, slot: string) =>
    element.assignedSlot?.name === slot && (element as HTMLElement).offsetHeight > 0;

  it('shows the intro above the list', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src=${FEED}><p slot="intro">Notre pitch</p></careers-board>`,
    );
    await boardCard(board);
    expect(shown(board.querySelector('[slot="intro"]')!, 'intro')).to.equal(true);
    await expect(board).to.be.accessible();
  });

  it('replaces the empty-feed text', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src="/tests/fixtures/feeds/ui-empty.json"
        ><p slot="empty">Écrivez-nous</p></careers-board
      >`,
    );
    const empty = board.querySelector('[slot="empty"]')!;
    await waitUntil(() => shown(empty, 'empty'), 'the empty slot is not shown');
    // The built-in text is the slot's fallback: not rendered once the page fills the slot.
    const fallback = board.shadowRoot!.querySelector('slot[name="empty"] > *') as HTMLElement;
    expect(fallback.textContent).to.contain('Aucune offre');
    expect(fallback.offsetHeight).to.equal(0);
    await expect(board).to.be.accessible();
  });

  it('replaces the error title', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src="/__test__/status/500"
        ><p slot="error">Voyez notre page recrutement</p></careers-board
      >`,
    );
    const error = board.querySelector('[slot="error"]')!;
    await waitUntil(() => shown(error, 'error'), 'the error slot is not shown');
    await expect(board).to.be.accessible();
  });
});

describe('a site whose root font size is 62.5% (1rem is 10 px)', () => {
  // The README's advice for such a site: set the size tokens in its units.
  const SIZES =
    '--careers-font-size: 1.6rem; --careers-font-size-small: 1.4rem; ' +
    '--careers-font-size-title: 1.8rem; --careers-spacing: 1.6rem';
  const detailJob = {
    ...job,
    id: 'closed',
    open: false,
    tags: ['Python'],
    remote: 'hybrid',
    apply: { url: 'https://example.org/candidater' },
  } as unknown as Job;

  /** Paddings and gaps inside fields, buttons, tags, badges and metadata, in px. */
  async function measure(style: string): Promise<Record<string, string>> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style=${style}>
        <careers-board page-size="1" src=${FEED}></careers-board>
        <careers-job-card></careers-job-card>
        <careers-job-detail></careers-job-detail>
        <careers-job-detail id="open"></careers-job-detail>
        <careers-apply-button href="https://example.org/candidater"></careers-apply-button>
      </div>`,
    );
    const board = wrapper.querySelector('careers-board')!;
    await boardCard(board);
    const card = wrapper.querySelector('careers-job-card')!;
    card.job = { ...detailJob, open: true, locations: ['Nantes', 'Lyon'] };
    const detail = wrapper.querySelector('careers-job-detail')!;
    detail.job = detailJob;
    // A closed posting has no share button: an open one shows it.
    const open = wrapper.querySelector<CareersJobDetail>('#open')!;
    open.job = { ...detailJob, open: true };
    await Promise.all([card.updateComplete, detail.updateComplete, open.updateComplete]);
    const apply = wrapper.querySelector('careers-apply-button')!;
    await apply.updateComplete;
    const box = (root: Element, selector: string) => {
      const element = root.shadowRoot!.querySelector(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      const style = getComputedStyle(element);
      return `${style.padding} / ${style.rowGap} ${style.columnGap}`;
    };
    return {
      search: box(board, '[part~="search-input"]'),
      searchField: box(board, '[part~="search"]'),
      more: box(board, '[part~="more"]'),
      cardTag: box(card, '[part~="tag"]'),
      cardMeta: box(card, '[part~="meta"]'),
      detailBadge: box(detail, '[part~="badge"]'),
      detailTag: box(detail, '[part~="tag"]'),
      detailMeta: box(detail, '[part~="meta"]'),
      share: box(open, '[part~="share"]'),
      apply: box(apply, 'a'),
    };
  }

  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('looks as on a 16 px site once the size tokens are set in its units', async () => {
    const usual = await measure('');
    expect(usual.search).to.equal('8px / normal normal', 'sanity: measured at 16 px');
    document.documentElement.style.fontSize = '62.5%';
    expect(await measure(SIZES)).to.deep.equal(usual);
  });
});
