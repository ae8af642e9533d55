// On a narrow board (a phone, a sidebar) the filters fold behind a disclosure button, so the
// first cards show without scrolling past every select; on a wide board they always show.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { BOARD_FEED, deepActiveElement, resetUrl } from '../ui-helpers.js';

const $ = <T extends Element = HTMLElement>(board: CareersBoard, selector: string) =>
  board.shadowRoot!.querySelector<T>(selector)!;
const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim();
const cards = (board: CareersBoard) => board.shadowRoot!.querySelectorAll('careers-job-card');
const shown = (element: Element) => element.checkVisibility();

async function boardAt(width: number, lang = 'fr'): Promise<CareersBoard> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style=${`width: ${width}px`}>
      <button>avant</button>
      <careers-board src=${BOARD_FEED}></careers-board>
    </div>`,
  );
  const board = wrapper.querySelector('careers-board')!;
  await waitUntil(() => cards(board).length === 4, 'cards shown');
  return board;
}

describe('<careers-board> on a narrow board', () => {
  afterEach(resetUrl);

  it('folds the filters behind a button that says how many are set', async () => {
    const board = await boardAt(320);
    const toggle = $<HTMLButtonElement>(board, '[part~="facets-toggle"]');
    const facets = $(board, '[part~="facets"]');
    expect(shown(toggle)).to.equal(true);
    expect(text(toggle)).to.equal('Filtres');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(facets.id);
    expect(shown(facets), 'filters folded').to.equal(false);
    // The search field stays in view, and the first card comes right after the button.
    expect(shown($(board, 'input[type="search"]'))).to.equal(true);
    await expect(board).to.be.accessible();

    toggle.click();
    await board.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(facets), 'filters shown').to.equal(true);
    expect(shown($(board, 'select[name="location"]'))).to.equal(true);
    await expect(board).to.be.accessible();

    const select = $<HTMLSelectElement>(board, 'select[name="location"]');
    select.value = 'Lyon';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await board.updateComplete;
    expect(cards(board).length).to.equal(1);
    expect(text(toggle)).to.equal('Filtres (1 actif)');

    // Folded again: the filter still applies, and the button still says so.
    toggle.click();
    await board.updateComplete;
    expect(shown(facets)).to.equal(false);
    expect(cards(board).length).to.equal(1);
    expect(text(toggle)).to.equal('Filtres (1 actif)');
    await expect(board).to.be.accessible();
  });

  it('counts every filter set, in English too', async () => {
    const board = await boardAt(320, 'en');
    const toggle = $<HTMLButtonElement>(board, '[part~="facets-toggle"]');
    expect(text(toggle)).to.equal('Filters');
    for (const [name, value] of [
      ['organization', 'Atelier Fictif'],
      ['location', 'Lyon'],
    ]) {
      const select = $<HTMLSelectElement>(board, `select[name="${name}"]`);
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await board.updateComplete;
    }
    expect(text(toggle)).to.equal('Filters (2 active)');
    // A search is not a filter of the panel: the count leaves it out.
    const search = $<HTMLInputElement>(board, 'input[type="search"]');
    search.value = 'designer';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await board.updateComplete;
    expect(text(toggle)).to.equal('Filters (2 active)');
  });

  it('opens with the keyboard; Tab then goes from the button through the filters', async () => {
    const board = await boardAt(320);
    board.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(board, 'input[type="search"]'));
    await sendKeys({ press: 'Tab' });
    const toggle = $<HTMLButtonElement>(board, '[part~="facets-toggle"]');
    expect(deepActiveElement()).to.equal(toggle);
    // Folded, the selects are out of the Tab order: the next stop is the first card.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.closest('[part~="card"]')).to.not.equal(null);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await board.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on the button').to.equal(toggle);
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLSelectElement).name).to.equal('organization');
    // Space folds it again, as on any button.
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await board.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
  it('moves focus from the button to the first filter when the board widens under it', async () => {
    const board = await boardAt(320);
    const toggle = $<HTMLButtonElement>(board, '[part~="facets-toggle"]');
    toggle.focus();
    // A phone turned sideways: the board is now wide, the button hidden, the filters shown.
    board.parentElement!.style.width = '800px';
    await waitUntil(() => !shown(toggle), 'button hidden');
    await waitUntil(() => deepActiveElement() !== toggle, 'focus moved');
    expect((deepActiveElement() as HTMLSelectElement).name).to.equal('organization');
    // Blurred while still shown (another window, a click elsewhere): focus is left alone.
    board.parentElement!.style.width = '320px';
    await waitUntil(() => shown(toggle), 'button shown');
    toggle.focus();
    toggle.blur();
    expect(deepActiveElement()).to.equal(document.body);
    // Removed while focused (a posting opened from the URL replaces the list), in a browser that
    // then fires focusout at it, as some do: nothing to focus, and no error.
    toggle.focus();
    location.hash = '#job=designer';
    await waitUntil(() => board.shadowRoot!.querySelector('careers-job-detail'), 'detail shown');
    expect(toggle.isConnected, 'sanity: the list is gone').to.equal(false);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    toggle.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await new Promise((done) => setTimeout(done));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});

describe('<careers-board> on a wide board', () => {
  afterEach(resetUrl);

  it('always shows the filters, with no button to fold them', async () => {
    const board = await boardAt(800);
    expect(shown($(board, '[part~="facets-toggle"]'))).to.equal(false);
    expect(shown($(board, '[part~="facets"]'))).to.equal(true);
    expect(shown($(board, 'select[name="tag"]'))).to.equal(true);
    await expect(board).to.be.accessible();
  });
});

describe('<careers-board> filters at any width', () => {
  afterEach(resetUrl);

  /** Six filters, each with two values or more. */
  const jobs = [
    ['A', 'Atelier', 'Lyon', 'permanent', 'full', 'junior', 'Python'],
    ['B', 'Bureau', 'Nantes', 'fixed-term', 'hybrid', 'senior', 'Design'],
  ].map(([title, organization, location, kind, remote, experience, tag]) => ({
    title,
    organization: { name: organization },
    locations: [location],
    contract: { kind },
    remote,
    experience,
    tags: [tag],
  }));

  /** The selects whose chosen option does not fit: each measured against its value alone. */
  const cutSelects = (board: CareersBoard) =>
    [...board.shadowRoot!.querySelectorAll('select')].flatMap((select) => {
      const alone = select.cloneNode(false) as HTMLSelectElement;
      alone.append(select.selectedOptions[0].cloneNode(true));
      alone.style.width = 'max-content';
      alone.style.maxWidth = 'none';
      select.after(alone);
      const needed = alone.getBoundingClientRect().width;
      alone.remove();
      const width = select.getBoundingClientRect().width;
      return needed > width + 0.5
        ? [
            `${select.name} "${alone.options[0].text}": ${needed.toFixed(0)} px at ${width.toFixed(0)} px`,
          ]
        : [];
    });

  for (const lang of ['fr', 'en']) {
    for (const [look, theme, style] of [
      ['default theme', 'default', ''],
      ['DSFR theme', 'dsfr', ''],
      ['larger text', 'default', '--careers-font-size: 1.25rem'],
    ]) {
      it(`shows what each filter is set to, not cut, from 320 to 1,440 px (${lang}, ${look})`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <careers-board theme=${theme} style=${style} .jobs=${jobs}></careers-board>
          </div>`,
        );
        const board = wrapper.querySelector('careers-board')!;
        await waitUntil(() => cards(board).length === 2, 'cards shown');
        expect(board.shadowRoot!.querySelectorAll('select').length).to.equal(6);
        const cut: string[] = [];
        // Every width where the grid of filters changes its number of columns is crossed.
        for (let width = 320; width <= 1440; width += 8) {
          wrapper.style.width = `${width}px`;
          const toggle = $<HTMLButtonElement>(board, '[part~="facets-toggle"]');
          if (shown(toggle) && toggle.getAttribute('aria-expanded') !== 'true') {
            toggle.click();
            await board.updateComplete;
          }
          expect(shown($(board, 'select[name="tag"]')), `filters shown at ${width} px`).to.equal(
            true,
          );
          cut.push(...cutSelects(board));
        }
        expect(cut).to.deep.equal([]);
      });
    }
  }
});

describe('<careers-board> from loading to the first cards', () => {
  afterEach(resetUrl);

  for (const width of [320, 1280]) {
    it(`shows the first card where the first placeholder was, at ${width} px (no jump)`, async () => {
      // The feed's answer is held until the loading state has been measured, so a busy machine
      // cannot skip it.
      const fetch = window.fetch;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      window.fetch = (...args) => held.then(() => fetch(...args));
      let placeholder: number;
      let status: number;
      let board: CareersBoard;
      const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div style=${`width: ${width}px`}>
            <careers-board src=${BOARD_FEED}></careers-board>
          </div>`,
        );
        board = wrapper.querySelector('careers-board')!;
        await waitUntil(() => board.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading');
        placeholder = top(board.shadowRoot!.querySelector('[part~="skeleton"]')!);
        status = top($(board, '[part~="status"]'));
        expect(cards(board), 'no card while the feed is held').to.have.length(0);
      } finally {
        window.fetch = fetch;
        release();
      }
      await waitUntil(() => cards(board).length > 0, 'cards shown');
      expect(top(cards(board)[0])).to.equal(placeholder);
      // The loading status sat where the count now is.
      expect(top($(board, '[part~="count"]'))).to.equal(status);
      await expect(board).to.be.accessible();
    });
  }
});
