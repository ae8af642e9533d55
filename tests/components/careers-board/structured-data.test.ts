import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersBoard } from '../../../src/components/careers-board/careers-board.component.js';
import { resetUrl } from '../ui-helpers.js';

const JOBS = [
  {
    id: 'dev',
    title: 'Développeur·se </script><script>window.__pwned = 1</script>',
    organization: { name: 'Exemple Numérique' },
    locations: ['Paris'],
    tags: [],
    publishedAt: '2026-11-20',
    description: 'Une **belle** mission.',
  },
  { id: 'pm', title: 'Responsable produit', locations: ['Lyon'], tags: [] },
];

const ldScripts = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
const cards = (board: CareersBoard) => [...board.shadowRoot!.querySelectorAll('careers-job-card')];

async function open(board: CareersBoard, index: number) {
  setTimeout(() => cards(board)[index].shadowRoot!.querySelector('a')!.click());
  await oneEvent(board, 'careers-job-open');
}

describe('structured-data on <careers-board>', () => {
  afterEach(resetUrl);

  it('puts exactly one JobPosting in the head while a posting is open, none after', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board structured-data .jobs=${JOBS}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 2);
    expect(ldScripts()).to.have.length(0);
    await open(board, 0);
    expect(ldScripts()).to.have.length(1);
    const script = ldScripts()[0];
    expect(script.textContent).not.to.contain('<');
    const ld = JSON.parse(script.textContent!);
    expect(ld['@type']).to.equal('JobPosting');
    expect(ld.title).to.equal(JOBS[0].title);
    expect(ld.description).to.contain('<strong>belle</strong>');
    expect(ld.hiringOrganization.name).to.equal('Exemple Numérique');
    expect(ld.url).to.match(/#job=dev$/);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    // Closed: removed; another posting: one again.
    history.back();
    await oneEvent(board, 'careers-job-close');
    expect(ldScripts()).to.have.length(0);
    await waitUntil(() => cards(board).length === 2);
    await open(board, 1);
    expect(ldScripts()).to.have.length(1);
    expect(JSON.parse(ldScripts()[0].textContent!).title).to.equal('Responsable produit');
    board.remove();
    expect(ldScripts(), 'removed with the board').to.have.length(0);
  });

  it('marks its script data-careers-widget and leaves the page’s own JSON-LD alone', async () => {
    const own = document.createElement('script');
    own.type = 'application/ld+json';
    own.textContent = '{"@context":"https://schema.org","@type":"Organization","name":"Site"}';
    document.head.append(own);
    try {
      const board = await fixture<CareersBoard>(
        html`<careers-board structured-data .jobs=${JOBS}></careers-board>`,
      );
      await waitUntil(() => cards(board).length === 2);
      await open(board, 0);
      const marked = [...document.head.querySelectorAll('script[data-careers-widget]')];
      expect(marked).to.have.length(1);
      expect(JSON.parse(marked[0].textContent!)['@type']).to.equal('JobPosting');
      expect(ldScripts()).to.deep.equal([own, marked[0]]);
      history.back();
      await oneEvent(board, 'careers-job-close');
      expect(ldScripts()).to.deep.equal([own]);
      expect(JSON.parse(own.textContent!).name).to.equal('Site');
    } finally {
      own.remove();
    }
  });

  it('keeps the open posting whole when the board is moved in the page', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board structured-data .jobs=${JOBS}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 2);
    await open(board, 0);
    const events: string[] = [];
    board.addEventListener('careers-job-open', () => events.push('open'));
    board.addEventListener('careers-job-close', () => events.push('close'));
    document.body.append(board);
    await board.updateComplete;
    expect(ldScripts(), 'JSON-LD back with the board').to.have.length(1);
    const entries = history.length;
    const detail = board.shadowRoot!.querySelector('careers-job-detail')!;
    (detail.shadowRoot!.querySelector('[part="back"]') as HTMLAnchorElement).click();
    await waitUntil(
      () => board.shadowRoot!.activeElement === cards(board)[0],
      'focus back on the card',
    );
    expect(events, 'closed once, not opened again').to.deep.equal(['close']);
    // The back link went back to the list's entry, as before the move: no entry pushed.
    await waitUntil(() => location.hash === '', 'back on the list entry');
    expect(history.length, 'no new history entry').to.equal(entries);
    expect(ldScripts()).to.have.length(0);
    board.remove();
  });

  it('adds none for a closed posting, and removes it when the open posting closes', async () => {
    const jobs = [
      ...JOBS,
      { id: 'filled', title: 'Poste pourvu', locations: [], tags: [], open: false },
      { id: 'past', title: 'Date passée', locations: [], tags: [], closesAt: '2000-01-31' },
    ];
    const board = await fixture<CareersBoard>(
      html`<careers-board structured-data show-closed .jobs=${jobs}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 4);
    for (const title of ['Poste pourvu', 'Date passée']) {
      await open(
        board,
        cards(board).findIndex((card) => card.job!.title === title),
      );
      expect(ldScripts(), title).to.have.length(0);
      await expect(board).to.be.accessible();
      history.back();
      await oneEvent(board, 'careers-job-close');
      await waitUntil(() => cards(board).length === 4);
    }
    // An open posting, then the feed says it is filled: its JSON-LD goes, the detail stays.
    await open(board, 0);
    expect(ldScripts()).to.have.length(1);
    board.jobs = jobs.map((job) => (job.id === 'dev' ? { ...job, open: false } : job));
    await board.updateComplete;
    expect(ldScripts()).to.have.length(0);
    expect(board.shadowRoot!.querySelector('careers-job-detail')!.job!.id).to.equal('dev');
  });

  it('adds nothing without the attribute', async () => {
    const board = await fixture<CareersBoard>(html`<careers-board .jobs=${JOBS}></careers-board>`);
    await waitUntil(() => cards(board).length === 2);
    await open(board, 0);
    expect(ldScripts()).to.have.length(0);
  });

  it('gives the places of a posting whose feed names no country the board’s country', async () => {
    const jobs = [JOBS[0], { ...JOBS[1], country: 'BE' }];
    const board = await fixture<CareersBoard>(
      html`<careers-board structured-data country="FR" .jobs=${jobs}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 2);
    const countries = () =>
      (
        JSON.parse(ldScripts()[0].textContent!) as {
          jobLocation: Array<{ address: { addressCountry?: string } }>;
        }
      ).jobLocation.map((place) => place.address.addressCountry);
    await open(board, 0);
    expect(countries()).to.deep.equal(['FR']);
    // Changed while the posting is open: its JSON-LD follows.
    board.country = 'LU';
    await board.updateComplete;
    expect(countries()).to.deep.equal(['LU']);
    history.back();
    await oneEvent(board, 'careers-job-close');
    await waitUntil(() => cards(board).length === 2);
    // The feed's own country wins.
    await open(board, 1);
    expect(countries()).to.deep.equal(['BE']);
  });

  it('leaves the country out once the attribute is removed, never writing null', async () => {
    const board = await fixture<CareersBoard>(
      html`<careers-board structured-data country="FR" .jobs=${JOBS}></careers-board>`,
    );
    await waitUntil(() => cards(board).length === 2);
    await open(board, 0);
    board.removeAttribute('country');
    await board.updateComplete;
    const ld = ldScripts()[0].textContent!;
    expect(ld).to.not.contain('null');
    const [place] = (JSON.parse(ld) as { jobLocation: Array<{ address: object }> }).jobLocation;
    expect(place.address).to.deep.equal({ '@type': 'PostalAddress', addressLocality: 'Paris' });
  });
});
