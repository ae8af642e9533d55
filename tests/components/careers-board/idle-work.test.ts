import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { makeJob } from '../ui-helpers.js';

// What the board does in idle time. A file of its own: the formatters and the collator are made
// once per page (module state), and the first test checks WHEN they are made, so it runs first.
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

describe('careers-board: folding the search text in idle time', () => {
  const JOBS = 200;
  const nextIdle = () => new Promise((done) => requestIdleCallback(done));
  let folds = 0;
  let onFold: (() => void) | undefined;
  const normalize = String.prototype.normalize;

  before(() => {
    // Folding a posting's search text is the one NFD normalization the board does.
    String.prototype.normalize = function (this: string, form?: string) {
      if (form === 'NFD') {
        folds++;
        onFold?.();
      }
      return normalize.call(this, form);
    };
  });

  after(() => {
    String.prototype.normalize = normalize;
  });

  it('stops when the board leaves the page, and goes on, once each, when it comes back', async () => {
    const description = 'Développeur·se, accessibilité et données ouvertes. '.repeat(100);
    const jobs = Array.from({ length: JOBS }, (_, i) =>
      makeJob({ id: `poste-${i}`, title: `Poste ${i}`, description }),
    );
    const board = await fixture<CareersBoard>(
      html`<careers-board routing="none" .jobs=${jobs}></careers-board>`,
    );
    const host = board.parentElement!;
    // The board leaves the page as soon as folding has begun.
    const started = new Promise<void>((done) => {
      onFold = () => {
        onFold = undefined;
        board.remove();
        done();
      };
    });
    await started;
    for (let i = 0; i < 4; i++) await nextIdle();
    const whileAway = folds;
    for (let i = 0; i < 4; i++) await nextIdle();
    expect(folds, 'no folding while the board is away').to.equal(whileAway);
    expect(whileAway, 'stopped at once, in the middle of an idle period').to.equal(1);

    host.append(board);
    await waitUntil(() => folds >= JOBS, 'folding resumed', { timeout: 5000 });
    for (let i = 0; i < 4; i++) await nextIdle();
    expect(folds, 'each posting folded once').to.equal(JOBS);
  });
});
