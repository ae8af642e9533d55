import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';

const FEED = '/tests/fixtures/feeds/careers-small.json';

const cards = (board: CareersBoard) => [...board.shadowRoot!.querySelectorAll('careers-job-card')];

describe('<careers-board>', () => {
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

  it('shows a loading status while the feed is on its way', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src=${`/__test__/delay/400${FEED}`}></careers-board>`,
    );
    const status = board.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Chargement');
    await expect(board).to.be.accessible();
  });

  it('shows an error with a retry button when the feed fails, and fires careers-error', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src="/__test__/status/503"></careers-board>`,
    );
    const { detail } = await oneEvent(board, 'careers-error');
    await waitUntil(() => board.shadowRoot!.querySelector('[role="alert"]'));
    expect(detail.status).to.equal(503);
    const alert = board.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('n’ont pas pu être chargées');
    expect(alert?.querySelector('button')?.textContent).to.equal('Réessayer');
    await expect(board).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><careers-board src=${FEED}></careers-board></div>`,
    );
    const board = wrapper.querySelector('careers-board')!;
    await waitUntil(() => cards(board).length === 2);
    expect(board.shadowRoot!.textContent).to.contain('2 openings');
  });
});
