// How the board lays itself out: cards of a grid row equally tall, fields of the form equally
// tall, in both themes (measured, not compared with screenshots).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { makeJob, resetUrl } from '../ui-helpers.js';

const cards = (board: CareersBoard) => [...board.shadowRoot!.querySelectorAll('careers-job-card')];
const rect = (element: Element) => element.getBoundingClientRect();
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

// Postings of very different lengths, so that cards of one row would differ in height.
const JOBS = Array.from({ length: 12 }, (_, i) =>
  makeJob({
    id: `j${i}`,
    title:
      i % 3 === 1 ? `Poste ${i} au titre long, sur plusieurs lignes de la carte` : `Poste ${i}`,
    organization: i % 2 ? { name: 'Atelier Fictif' } : undefined,
    locations: i % 3 === 1 ? ['Paris', 'Lyon', 'Marseille', 'Bordeaux', 'Lille'] : ['Paris'],
    tags: i % 3 === 2 ? [] : ['Python', 'Django', 'Accessibilité', 'Design', 'Données'],
    publishedAt: `2026-11-${String(20 - i).padStart(2, '0')}`,
  }),
);

async function boardAt(width: number, theme = 'default'): Promise<CareersBoard> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}>
      <careers-board theme=${theme} .jobs=${JOBS}></careers-board>
    </div>`,
  );
  const board = wrapper.querySelector('careers-board')!;
  await waitUntil(() => cards(board).length === 12, 'cards shown');
  await Promise.all(cards(board).map((card) => card.updateComplete));
  await frame();
  return board;
}

describe('layout of <careers-board>', () => {
  afterEach(resetUrl);

  for (const theme of ['default', 'dsfr']) {
    it(`makes the cards of a grid row equally tall, tags at the bottom (${theme})`, async () => {
      const board = await boardAt(900, theme);
      // The cards laid out (those in view): each fills its list item.
      const laidOut = cards(board).filter((card) =>
        card.checkVisibility({ contentVisibilityAuto: true }),
      );
      const rows = new Map<number, Element[]>();
      for (const card of laidOut) {
        const top = Math.round(rect(card).top);
        rows.set(top, [...(rows.get(top) ?? []), card]);
      }
      const full = [...rows.values()].filter((row) => row.length > 1);
      expect(full.length, 'rows of several cards in view').to.be.greaterThan(0);
      for (const row of full) {
        const heights = new Set(row.map((card) => Math.round(rect(card).height)));
        expect([...heights], 'heights in one row').to.have.length(1);
        // The tags sit at the bottom of each card, on one line across the row.
        const tagBottoms = new Set(
          row.flatMap((card) => {
            const tags = card.shadowRoot!.querySelector('[part~="tags"]');
            return tags ? [Math.round(rect(tags).bottom)] : [];
          }),
        );
        expect(tagBottoms.size, 'tags bottoms in one row').to.be.at.most(1);
        for (const card of row) {
          const item = card.parentElement!;
          const box = rect(card.shadowRoot!.querySelector('[part~="card"]')!);
          expect(Math.round(box.bottom), 'card box reaches the item bottom').to.equal(
            Math.round(rect(item).bottom),
          );
        }
      }
      await expect(board).to.be.accessible();
    });
  }

  it('keeps one card per row on a 320 px board, each as tall as its content', async () => {
    const board = await boardAt(320);
    const [first, second] = cards(board);
    expect(rect(second).top).to.be.greaterThan(rect(first).bottom);
    expect(rect(first).width).to.be.closeTo(320, 1);
    const box = rect(first.shadowRoot!.querySelector('[part~="card"]')!);
    expect(Math.round(box.height)).to.equal(Math.round(rect(first.parentElement!).height));
    await expect(board).to.be.accessible();
  });
});

describe('form fields of <careers-board>', () => {
  afterEach(resetUrl);

  for (const theme of ['default', 'dsfr']) {
    it(`makes the search field and the filter selects equally tall (${theme})`, async () => {
      const board = await boardAt(900, theme);
      const input = board.shadowRoot!.querySelector('input[type="search"]')!;
      const selects = [...board.shadowRoot!.querySelectorAll('select')];
      expect(selects.length, 'filters shown').to.be.greaterThan(0);
      const height = rect(input).height;
      expect(height).to.be.greaterThan(30);
      for (const select of selects) expect(rect(select).height).to.be.closeTo(height, 0.5);
      await expect(board).to.be.accessible();
    });
  }
});
