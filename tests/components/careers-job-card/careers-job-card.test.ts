import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define-all.js';
import type { CareersJobCard } from '../../../src/components/careers-job-card/careers-job-card.component.js';
import type { Job } from '../../../src/data/job.js';
import { daysAgo, makeJob } from '../ui-helpers.js';

const FULL = makeJob({
  id: 'dev',
  title: 'Développeur·se front-end',
  organization: { name: 'Exemple Numérique' },
  team: { name: 'Équipe Fictive' },
  locations: ['Paris', 'Lyon'],
  contract: { kind: 'freelance', label: 'Indépendant·e' },
  remote: 'hybrid',
  salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
  tags: ['TypeScript', 'Lit'],
  publishedAt: daysAgo(3),
  url: 'https://example.org/offres/dev',
});

const card = (job = FULL, level = 3) =>
  fixture<CareersJobCard>(
    html`<careers-job-card .job=${job} heading-level=${level}></careers-job-card>`,
  );

describe('<careers-job-card>', () => {
  it('renders the title as a real heading holding the only link, to the posting', async () => {
    const el = await card(FULL, 4);
    const root = el.shadowRoot!;
    const heading = root.querySelector('h4')!;
    expect(heading, 'an h4 at heading-level 4').to.not.equal(null);
    expect(root.querySelector('[role="heading"]')).to.equal(null);
    const links = root.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(heading.querySelector('a')!.textContent).to.equal('Développeur·se front-end');
    expect(links[0].getAttribute('href')).to.equal('https://example.org/offres/dev');
    await expect(el).to.be.accessible();
  });

  it("marks the posting's own words with its language, never the widget's", async () => {
    // A French posting on an English page.
    const el = await fixture<CareersJobCard>(
      html`<careers-job-card lang="en" .job=${{ ...FULL, language: 'fr' }}></careers-job-card>`,
    );
    const root = el.shadowRoot!;
    const link = root.querySelector('h3 a')!;
    const places = root.querySelector('.meta li')!;
    const tags = [...root.querySelectorAll('.tag')];
    // Exactly the posting's words carry a lang: the title link, the places and each tag.
    expect([...root.querySelectorAll('[lang]')]).to.deep.equal([link, places, ...tags]);
    expect(link.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(places.textContent).to.equal('Paris, Lyon');
    expect(places.getAttribute('lang')).to.equal('fr');
    expect(tags.map((tag) => tag.getAttribute('lang'))).to.deep.equal(['fr', 'fr']);
    // The widget's words (contract kind, remote work, salary figures, date, the tags' name)
    // stay in the page's language: nothing in the card overrides it.
    for (const ui of root.querySelectorAll(
      '.meta li:not(:first-child), .date, .organization, ul.tags',
    )) {
      expect(ui.closest('[lang]'), ui.textContent!).to.equal(null);
    }
    expect(root.textContent).to.contain('€45,000');
    expect(el.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(root.textContent).to.contain('Partly remote');
    await expect(el).to.be.accessible();

    // A title without a link carries it too.
    el.job = { ...FULL, language: 'fr-FR', url: undefined };
    await el.updateComplete;
    const title = root.querySelector('h3')!;
    expect(title.querySelector('a')).to.equal(null);
    expect(title.querySelector('[lang]')!.getAttribute('lang')).to.equal('fr-FR');
    expect(title.querySelector('[lang]')!.textContent).to.equal(FULL.title);
    await expect(el).to.be.accessible();

    // A salary in words is the posting's too.
    el.job = { ...FULL, language: 'fr', salary: { text: 'Selon la grille' } };
    await el.updateComplete;
    const salary = [...root.querySelectorAll('.meta li')].at(-1)!;
    expect(salary.textContent).to.equal('Selon la grille');
    expect(salary.getAttribute('lang')).to.equal('fr');

    // An unknown language marks nothing: the page's language applies, as before.
    el.job = FULL;
    await el.updateComplete;
    expect(root.querySelectorAll('[lang]')).to.have.length(0);
  });

  it('uses href over the posting url, and clamps the heading level to 2..6', async () => {
    const el = await fixture<CareersJobCard>(
      html`<careers-job-card .job=${FULL} href="#job=dev" heading-level="9"></careers-job-card>`,
    );
    expect(el.shadowRoot!.querySelector('h6 a')!.getAttribute('href')).to.equal('#job=dev');
    // Without href again (the attribute removed, or null as frameworks set it): the posting's url.
    for (const unset of [() => el.removeAttribute('href'), () => (el.href = null as never)]) {
      el.href = '#job=dev';
      await el.updateComplete;
      unset();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h6 a')?.getAttribute('href'), String(unset)).to.equal(
        'https://example.org/offres/dev',
      );
    }
  });

  it('shows who hires, where, the contract, remote work and the salary in French', async () => {
    const el = await card();
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // The dot for the eye, a comma for screen readers (visually hidden, and left out of a copy).
    const who = el.shadowRoot!.querySelector('[part~="organization"]')!;
    expect(who.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Équipe Fictive ·, Exemple Numérique',
    );
    expect(who.querySelector('[aria-hidden="true"]')!.textContent).to.equal(' ·');
    const range = document.createRange();
    range.selectNodeContents(who);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(getSelection()!.toString().replace(/\s+/g, ' ').trim()).to.equal(
      'Équipe Fictive · Exemple Numérique',
    );
    getSelection()!.removeAllRanges();
    expect(text).to.contain('Paris, Lyon');
    expect(text).to.contain('Indépendant·e');
    expect(text).to.contain('Télétravail partiel');
    const salary = new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    })
      .formatRange(45000, 55000)
      .replace(/\s+/g, ' ');
    expect(text).to.contain(`${salary} par an`);
  });

  it('shows a salary range where Intl.NumberFormat lacks formatRange (Chrome 105, Firefox before 116)', async () => {
    const own = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'formatRange')!;
    delete (Intl.NumberFormat.prototype as Partial<Intl.NumberFormat>).formatRange;
    let text: string;
    try {
      const el = await card();
      text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    } finally {
      Object.defineProperty(Intl.NumberFormat.prototype, 'formatRange', own);
    }
    const euros = new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const salary = `${euros.format(45000)} – ${euros.format(55000)}`.replace(/\s+/g, ' ');
    expect(text).to.contain(`${salary} par an`);
  });

  it('never breaks a figure of a salary in words across two lines, on the card or in the detail', async () => {
    // As feeds write them: plain spaces between the digit groups and before the currency.
    const text = 'selon la grille, environ 48 000 € bruts annuels (de 45 000 à 55 000 $)';
    const job = makeJob({ salary: { text } });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <careers-job-card .job=${job}></careers-job-card>
        <careers-job-detail .job=${job}></careers-job-detail>
      </div>`,
    );
    for (const tag of ['careers-job-card', 'careers-job-detail']) {
      const root = wrapper.querySelector(tag)!.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.includes('48')) continue;
      const data = node!.textContent!;
      // The words are the feed's, spaces aside.
      expect(data.replace(/\s/g, ' '), tag).to.equal(text);
      const lines = (figure: string) => {
        const start = data.replace(/\s/g, ' ').indexOf(figure);
        const range = document.createRange();
        range.setStart(node!, start);
        range.setEnd(node!, start + figure.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      // Each width breaks the text somewhere else: no figure is ever cut.
      for (let width = 160; width <= 400; width += 4) {
        wrapper.style.width = `${width}px`;
        for (const figure of ['48 000 €', '45 000', '55 000 $'])
          expect(lines(figure), `${tag}: "${figure}" at ${width} px`).to.equal(1);
      }
    }
  });

  it('sets a dot between the metadata items for the eye, none for screen readers', async () => {
    // Narrow: the items run on two lines.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 15rem"><careers-job-card .job=${FULL}></careers-job-card></div>`,
    );
    const el = wrapper.querySelector('careers-job-card')!;
    const list = el.shadowRoot!.querySelector('[part="meta"]')!;
    const items = [...list.querySelectorAll('li')];
    expect(items).to.have.length(4);
    const gap = parseFloat(getComputedStyle(list).columnGap);
    expect(gap).to.be.greaterThan(0);
    for (const item of items) {
      const dot = getComputedStyle(item, '::before');
      // A glyph whose alternative text is empty: shown, not spoken.
      expect(dot.content, item.textContent!).to.equal('"·" / ""');
      // Drawn in the gap before the item, not over its text.
      const margin = -parseFloat(dot.marginLeft);
      expect(margin).to.be.greaterThan(0).and.at.most(gap);
    }
    // The dot before the first item of a line falls outside the list, which clips it.
    expect(getComputedStyle(list).overflowX).to.equal('clip');
    const left = list.getBoundingClientRect().left;
    const starts = items.filter((item) => item.getBoundingClientRect().left === left);
    expect(starts.length, 'items starting a line').to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('leaves on-site work out of the summary: only remote work is worth a mention', async () => {
    const el = await card(makeJob({ locations: ['Paris'], remote: 'none' }));
    const items = [...el.shadowRoot!.querySelectorAll('[part="meta"] li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(items).to.deep.equal(['Paris']);
  });

  it('shows one amount when the salary range is one figure, and an unknown currency as its code', async () => {
    const meta = async (salary: Job['salary']) => {
      const el = await card(makeJob({ locations: [], salary }));
      return el.shadowRoot!.querySelector('[part="meta"] li')!.textContent!.trim();
    };
    const euros = new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(50000);
    expect(await meta({ min: 50000, max: 50000, currency: 'EUR', period: 'year' })).to.equal(
      `${euros} par an`,
    );
    // A job given as a property may carry a code Intl refuses: the number, then the code.
    const amount = new Intl.NumberFormat('fr-FR').format(45000);
    expect(await meta({ min: 45000, currency: 'EURO', period: 'month' })).to.equal(
      `${amount} EURO par mois`,
    );
  });

  it('says how long ago the posting was published, with the exact date in <time>', async () => {
    const el = await card();
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(FULL.publishedAt);
    expect(time.textContent).to.equal('il y a 3 jours');
    expect(time.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'publiée il y a 3 jours',
    );
  });

  it('counts days up to 6, then weeks, months from 30 days and years from 365', async () => {
    const rtf = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });
    const cases: Array<[number, string]> = [
      [6, rtf.format(-6, 'day')],
      [7, rtf.format(-1, 'week')],
      [29, rtf.format(-4, 'week')],
      [30, rtf.format(-1, 'month')],
      [364, rtf.format(-12, 'month')],
      [365, rtf.format(-1, 'year')],
    ];
    for (const [days, expected] of cases) {
      const el = await card(makeJob({ publishedAt: daysAgo(days) }));
      expect(el.shadowRoot!.querySelector('time')!.textContent, `${days} days`).to.equal(expected);
    }
  });

  it('never says a posting was published in the future (a feed from a time zone ahead)', async () => {
    for (const days of [-1, -45]) {
      const el = await card(makeJob({ publishedAt: daysAgo(days) }));
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('aujourd’hui');
    }
  });

  it('lists tags in a <ul> and marks a closed posting', async () => {
    const el = await card(makeJob({ ...FULL, open: false }));
    const tags = [...el.shadowRoot!.querySelectorAll('ul[part="tags"] li')].map(
      (li) => li.textContent,
    );
    expect(tags).to.deep.equal(['TypeScript', 'Lit']);
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('Clôturée');
    await expect(el).to.be.accessible();
  });

  it('marks a posting past its closing date as closed, not one closing later', async () => {
    const past = await card(makeJob({ closesAt: daysAgo(1) }));
    expect(past.shadowRoot!.querySelector('[part="badge"]')).to.not.equal(null);
    const today = await card(makeJob({ closesAt: daysAgo(0) }));
    expect(today.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
  });

  it('speaks English inside an English page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><careers-job-card .job=${FULL}></careers-job-card></div>`,
    );
    const el = wrapper.querySelector('careers-job-card')!;
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('posted 3 days ago');
    expect(text).to.contain('Partly remote');
    expect(text).to.contain('per year');
    await expect(el).to.be.accessible();
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><careers-job-card .job=${FULL}></careers-job-card></div>`,
    );
    const el = wrapper.querySelector('careers-job-card')!;
    expect(el.shadowRoot!.textContent).to.contain('publiée');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('posted');
  });

  it('never links to a javascript: URL, from the posting or from href', async () => {
    const el = await card(makeJob({ url: 'javascript:alert(1)' }));
    expect(el.shadowRoot!.querySelector('a')?.getAttribute('href')).to.equal(undefined);
    const given = await fixture<CareersJobCard>(
      html`<careers-job-card
        .job=${makeJob({ url: 'https://example.org/offres/1' })}
        href=${' jav\tascript:alert(1)'}
      ></careers-job-card>`,
    );
    expect(given.shadowRoot!.querySelector('a')?.getAttribute('href')).to.equal(undefined);
  });

  it('shows the title without a link when there is nowhere safe to go', async () => {
    const el = await card(makeJob({ title: 'Sans lien', url: undefined }));
    expect(
      el.shadowRoot!.querySelector('a')?.getAttribute('href'),
      'no link to this very page',
    ).to.equal(undefined);
    const heading = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(heading.textContent!.trim()).to.equal('Sans lien');
    await expect(el).to.be.accessible();
  });
});
