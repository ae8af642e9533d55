// A control that spans the board has its focus ring outside the board, on the host page, which
// may be of any colour: a band of the board's background under the ring keeps it 3:1 there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { BOARD_FEED, makeJob, onWhitePageAllowingDark, resetUrl } from '../ui-helpers.js';
import { contrast } from '../careers-job-detail/readable.js';

/**
 * The colour next to the outer edge of `element`'s focus ring: the band drawn under it (by
 * `bandOf`, the element itself or its host), or the page where the band does not reach.
 */
function outsideRing(element: Element, bandOf: Element = element): string {
  const style = getComputedStyle(element);
  const band = /^(rgb\([^)]*\)) 0px 0px 0px ([\d.]+)px$/.exec(getComputedStyle(bandOf).boxShadow);
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
  return band && Number(band[2]) >= reach
    ? band[1]
    : getComputedStyle(document.body).backgroundColor;
}

describe('<careers-board> focus rings at its edges, on any page', () => {
  onWhitePageAllowingDark();
  afterEach(resetUrl);

  // Dark on a white page, light on a black one, by the visitor's preference or by the attribute.
  const cases = [
    { scheme: 'auto', prefers: 'dark', page: '#ffffff' },
    { scheme: 'dark', prefers: 'light', page: '#ffffff' },
    { scheme: 'light', prefers: 'dark', page: '#000000' },
  ] as const;
  for (const theme of ['default', 'dsfr']) {
    for (const { scheme, prefers, page } of cases) {
      it(`rings the search, the filters button, "show more" and a card 3:1 against the page: ${theme}, ${scheme} scheme, visitor prefers ${prefers}, page ${page}`, async () => {
        await emulateMedia({ colorScheme: prefers });
        document.body.style.background = page;
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 320px">
            <button>avant</button>
            <careers-board
              theme=${theme}
              color-scheme=${scheme}
              page-size="2"
              src=${BOARD_FEED}
            ></careers-board>
          </div>`,
        );
        const board = wrapper.querySelector<CareersBoard>('careers-board')!;
        const root = board.shadowRoot!;
        await waitUntil(() => root.querySelectorAll('careers-job-card').length === 2, 'cards');
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        const boardBox = board.getBoundingClientRect();
        for (const part of ['search-input', 'facets-toggle', 'more']) {
          const control = root.querySelector<HTMLElement>(`[part~="${part}"]`)!;
          control.focus();
          expect(control.matches(':focus-visible'), `${part} shows its ring`).to.equal(true);
          // Sanity: the control spans the board, so its ring is drawn over the page.
          const box = control.getBoundingClientRect();
          expect(box.left - boardBox.left, `${part} at the board's edge`).to.be.below(1);
          const ring = getComputedStyle(control).outlineColor;
          const outside = outsideRing(control);
          expect(contrast(ring, outside), `${part}: ring ${ring} / ${outside}`).to.be.at.least(3);
        }
        const card = root.querySelector('careers-job-card')!;
        card.shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!.focus();
        const box = card.shadowRoot!.querySelector('[part~="card"]')!;
        expect(box.matches(':focus-within'), 'the card shows its ring').to.equal(true);
        expect(box.getBoundingClientRect().left - boardBox.left, 'card at the edge').to.be.below(1);
        // The card's ring, on the band its host draws (the card's own shadow is its accent bar).
        const ring = getComputedStyle(box).outlineColor;
        const outside = outsideRing(box, card);
        expect(contrast(ring, outside), `card: ring ${ring} / ${outside}`).to.be.at.least(3);
        await expect(board).to.be.accessible();
      });
    }
  }
  // The open posting spans the board too: its back link, its title and a table that scrolls
  // start at the board's edge, so their rings fall on the page.
  for (const theme of ['default', 'dsfr']) {
    for (const { scheme, prefers, page } of cases) {
      it(`rings the open posting's back link, title, wide table and a summary 3:1 against the page: ${theme}, ${scheme} scheme, visitor prefers ${prefers}, page ${page}`, async () => {
        await emulateMedia({ colorScheme: prefers });
        document.body.style.background = page;
        const job = makeJob({
          id: 'wide',
          description:
            '| Niveau | Années | Salaire | Télétravail | Lieu |\n| - | - | - | - | - |\n| Confirmé·e | 3 à 6 | 48 000 € | 3 jours | Lyon |\n\n<details><summary>Avantages</summary>\n\nTitres-restaurant.\n\n</details>',
          apply: { url: 'https://example.org/postuler' },
        });
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 320px">
            <button>avant</button>
            <careers-board theme=${theme} color-scheme=${scheme} .jobs=${[job]}></careers-board>
          </div>`,
        );
        const board = wrapper.querySelector<CareersBoard>('careers-board')!;
        const root = board.shadowRoot!;
        await waitUntil(() => root.querySelector('careers-job-card'), 'card');
        root.querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
        await waitUntil(() => root.querySelector('careers-job-detail'), 'detail');
        const detail = root.querySelector('careers-job-detail')!;
        await detail.updateComplete;
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        const boardBox = board.getBoundingClientRect();
        const rings = new Set<string>();
        for (const selector of ['[part~="back"]', '[part~="title"]', 'table', 'summary']) {
          const element = detail.shadowRoot!.querySelector<HTMLElement>(selector)!;
          element.focus();
          expect(element.matches(':focus-visible'), `${selector} shows its ring`).to.equal(true);
          // Sanity: it starts at the board's edge, so its ring is drawn over the page.
          const box = element.getBoundingClientRect();
          expect(box.left - boardBox.left, `${selector} at the board's edge`).to.be.below(1);
          const ring = getComputedStyle(element).outlineColor;
          rings.add(`${ring} ${getComputedStyle(element).outlineWidth}`);
          const outside = outsideRing(element);
          expect(contrast(ring, outside), `${selector}: ring ${ring} / ${outside}`).to.be.at.least(
            3,
          );
        }
        // One ring for all of them: a description's own controls look like the widget's.
        expect([...rings], 'the same ring everywhere').to.have.length(1);
      });
    }
  }
});
