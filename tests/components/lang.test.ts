import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import type { CareersBoard } from '../../src/components/careers-board/careers-board.component.js';
import { countWords, makeJob } from './ui-helpers.js';

const JOBS = [
  makeJob({ id: 'a', title: 'Poste A', publishedAt: '2026-11-01' }),
  makeJob({ id: 'b', title: 'Poste B', publishedAt: '2026-11-02' }),
];

const count = (board: CareersBoard) => countWords(board);
const cardDate = (board: CareersBoard) =>
  board
    .shadowRoot!.querySelector('careers-job-card')!
    .shadowRoot!.querySelector('[part="date"]')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

async function boardsIn(wrapper: HTMLElement): Promise<CareersBoard[]> {
  const boards = [...wrapper.querySelectorAll('careers-board')];
  await waitUntil(() => boards.every((board) => count(board)), 'boards loaded');
  return boards;
}

describe('language of the widget', () => {
  it('follows the lang of an ancestor, down to every card, as it changes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><careers-board .jobs=${JOBS}></careers-board></div>`,
    );
    const [board] = await boardsIn(wrapper);
    expect(count(board)).to.equal('2 offres');
    expect(cardDate(board)).to.match(/^publiée/i);
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => count(board) === '2 openings', 'board in English');
    await waitUntil(() => /^posted/i.test(cardDate(board) ?? ''), 'cards in English');
  });

  it('speaks English for any English lang tag, in any case, and French for every other one', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${['en-GB', 'EN-us', 'en', 'fr-CA', 'de', ''].map(
          (lang) => html`<div lang=${lang}><careers-board .jobs=${JOBS}></careers-board></div>`,
        )}
      </div>`,
    );
    const boards = await boardsIn(wrapper);
    expect(boards.map(count)).to.deep.equal([
      '2 openings',
      '2 openings',
      '2 openings',
      '2 offres',
      '2 offres',
      '2 offres',
    ]);
  });

  it('keeps following it for the boards left when another one goes away', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr">
        <careers-board .jobs=${JOBS}></careers-board>
        <careers-board .jobs=${JOBS}></careers-board>
      </div>`,
    );
    const [first, second] = await boardsIn(wrapper);
    first.remove();
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => count(second) === '2 openings', 'the remaining board in English');
    await waitUntil(() => /^posted/i.test(cardDate(second) ?? ''), 'its cards in English');
    // A board put back watches again.
    wrapper.append(first);
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => count(first) === '2 offres' && count(second) === '2 offres');
  });
});
