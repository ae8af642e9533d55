import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';

// A file of its own: the formatters and the collator are made once per page (module state), and
// this test checks WHEN they are made.
const FEED = '/tests/fixtures/feeds/careers-small.json';
const TRACKED = ['Collator', 'RelativeTimeFormat', 'DateTimeFormat'] as const;
type Tracked = (typeof TRACKED)[number];

describe('careers-board: the Intl objects of the first cards', () => {
  const made: Tracked[] = [];
  const originals = Object.fromEntries(TRACKED.map((name) => [name, Intl[name]]));

  before(() => {
    for (const name of TRACKED) {
      const Original = originals[name] as unknown as new (...args: unknown[]) => object;
      // The real constructor, which also records that it ran.
      const Recording = class extends Original {
        constructor(...args: unknown[]) {
          super(...args);
          made.push(name);
        }
      };
      Object.defineProperty(Intl, name, { value: Recording, configurable: true, writable: true });
    }
  });

  after(() => {
    for (const name of TRACKED) {
      Object.defineProperty(Intl, name, {
        value: originals[name],
        configurable: true,
        writable: true,
      });
    }
  });

  it('are made in idle time while the feed loads, not between the data and the cards', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board src=${`/__test__/delay/1500${FEED}`}></careers-board>`,
    );
    await waitUntil(
      () => TRACKED.every((name) => made.includes(name)),
      'formatters and collator made while loading',
      { timeout: 1200 },
    );
    const cards = () => [...board.shadowRoot!.querySelectorAll('careers-job-card')];
    expect(cards(), 'still loading').to.have.length(0);
    const before = made.length;

    await waitUntil(() => cards().length > 0, 'cards shown', { timeout: 5000 });
    await Promise.all(cards().map((card) => card.updateComplete));
    expect(board.shadowRoot!.querySelector('select'), 'facets sorted').to.not.equal(null);
    expect(made.slice(before), 'made again for the first cards').to.deep.equal([]);
  });
});
