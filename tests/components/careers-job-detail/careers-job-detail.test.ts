import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define-all.js';
import type { CareersJobDetail } from '../../../src/components/careers-job-detail/careers-job-detail.component.js';
import { deepActiveElement, makeJob, onWhitePageAllowingDark } from '../ui-helpers.js';
import { textContrast } from './readable.js';

const JOB = makeJob({
  id: 'dev',
  title: 'Développeur·se front-end',
  organization: { name: 'Exemple Numérique', url: 'https://example.org' },
  locations: ['Paris'],
  contract: { kind: 'fixed-term', label: 'CDD 3 ans' },
  remote: 'full',
  experience: 'junior',
  salary: { text: 'Selon la grille' },
  publishedAt: '2026-11-01',
  closesAt: '2099-12-31',
  description:
    'Rejoignez une **équipe**.\n\n<img src=x alt="" onerror="window.__pwned = true">\n\n<script>window.__pwned = true</script>',
  apply: { url: 'https://jobs.example.org/apply/dev' },
  url: 'https://example.org/offres/dev',
});

const detail = (job = JOB) =>
  fixture<CareersJobDetail>(
    html`<careers-job-detail .job=${job} heading-level="2" back-href="#"></careers-job-detail>`,
  );

/**
 * Runs `body` with `navigator.share` and `navigator.clipboard` replaced by `mocks` (a key given
 * as undefined: the browser has none), then gives the page the browser's own back.
 */
async function withNavigator(
  mocks: { share?: Navigator['share']; clipboard?: Pick<Clipboard, 'writeText'> },
  body: () => Promise<void>,
): Promise<void> {
  for (const [name, value] of Object.entries(mocks)) {
    Object.defineProperty(navigator, name, { value, configurable: true });
  }
  try {
    await body();
  } finally {
    for (const name of Object.keys(mocks))
      delete (navigator as unknown as Record<string, unknown>)[name];
  }
}

describe('<careers-job-detail>', () => {
  afterEach(() => {
    delete (window as { __pwned?: boolean }).__pwned;
  });

  it('shows the title, the metadata and the sanitized description', async () => {
    const el = await detail();
    const root = el.shadowRoot!;
    const title = root.querySelector('h2')!;
    expect(title.textContent).to.equal('Développeur·se front-end');
    expect(title.getAttribute('tabindex')).to.equal('-1');
    const rows = Object.fromEntries(
      [...root.querySelectorAll('dl .row')].map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent!.trim(),
      ]),
    );
    expect(rows).to.include({
      Organisation: 'Exemple Numérique',
      Contrat: 'CDD (CDD 3 ans)',
      Télétravail: 'Télétravail complet',
      Expérience: 'Junior',
      Rémunération: 'Selon la grille',
      'Publiée le': '1er novembre 2026',
    });
    const description = root.querySelector('[part="description"]')!;
    expect(description.querySelector('strong')!.textContent).to.equal('équipe');
    expect(description.querySelector('script')).to.equal(null);
    expect(description.querySelector('[onerror]')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('weighs its title with --careers-font-weight-title, like the cards', async () => {
    const el = await detail();
    const weight = () => getComputedStyle(el.shadowRoot!.querySelector('.title')!).fontWeight;
    expect(weight()).to.equal('600');
    el.style.setProperty('--careers-font-weight-title', '300');
    expect(weight()).to.equal('300');
    el.setAttribute('theme', 'dsfr');
    el.style.removeProperty('--careers-font-weight-title');
    expect(weight()).to.equal('700');
  });

  it('adds the source’s contract words only when they say more than the kind', async () => {
    const contractRow = async (label: string) => {
      const el = await detail(makeJob({ contract: { kind: 'permanent', label } }));
      const row = [...el.shadowRoot!.querySelectorAll('dl .row')].find(
        (r) => r.querySelector('dt')!.textContent === 'Contrat',
      )!;
      return row.querySelector('dd')!.textContent!.trim();
    };
    expect(await contractRow('cdi')).to.equal('CDI');
    expect(await contractRow('CDI cadre')).to.equal('CDI (CDI cadre)');
  });

  it('never sets a description heading smaller than its text, at any level', async () => {
    const el = await fixture<CareersJobDetail>(
      html`<careers-job-detail
        .job=${makeJob({
          id: 'levels',
          title: 'Titre',
          description:
            '## Le poste\n\nTexte.\n\n### Vos missions\n\nTexte.\n\n#### Le détail\n\nTexte.',
        })}
        heading-level="3"
      ></careers-job-detail>`,
    );
    const description = el.shadowRoot!.querySelector('[part="description"]')!;
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const text = size(description.querySelector('p')!);
    const headings = [...description.querySelectorAll('h4, h5, h6')];
    expect(headings.map((h) => h.localName)).to.deep.equal(['h4', 'h5', 'h6']);
    for (const heading of headings) {
      expect(size(heading), `${heading.localName} is as large as the text`).to.be.at.least(text);
    }
    // The first level still stands out from the ones below it.
    expect(size(headings[0])).to.be.greaterThan(size(headings[1]));
  });

  it('keeps its description across updates and shows it again after being emptied', async () => {
    const el = await detail();
    const description = () => el.shadowRoot!.querySelector('[part="description"]')!;
    const shown = description().querySelector('strong')!;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    // Same job, other update: the very same nodes stay (not rendered again, not lost).
    expect(description().querySelector('strong')).to.equal(shown);
    el.job = undefined;
    await el.updateComplete;
    el.job = JOB;
    await el.updateComplete;
    expect(description().querySelector('strong')!.textContent).to.equal('équipe');
    el.headingLevel = 4;
    el.job = makeJob({ ...JOB, description: '## Missions\n\nAgir.' });
    await el.updateComplete;
    expect(description().querySelector('h5')!.textContent).to.equal('Missions');
    expect(description().querySelector('strong')).to.equal(null);
  });

  it('lays out the blocks of a long description only once they come into view', async () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraphe **${i + 1}**.`);
    const el = await detail(
      makeJob({
        ...JOB,
        description: `${paragraphs.join('\n\n')}\n\n| a | b |\n| - | - |\n| **1** | 2 |`,
      }),
    );
    const blocks = [...el.shadowRoot!.querySelectorAll('[part="description"] > p')];
    const table = el.shadowRoot!.querySelector('[part="description"] > table')!;
    // What content-visibility skips is the block's content, not the block itself.
    const rendered = (block: Element) =>
      block.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    await frame();
    expect(blocks).to.have.length(120);
    expect(rendered(blocks[0])).to.equal(true);
    expect(rendered(blocks[119])).to.equal(false);
    // A table may be wider than the text: it is never skipped (nor clipped).
    expect(rendered(table)).to.equal(true);
    blocks[119].scrollIntoView();
    await frame();
    expect(rendered(blocks[119])).to.equal(true);
    // Skipped blocks are still read: in the accessibility tree and found by text.
    expect(el.shadowRoot!.querySelector('[part="description"]')!.textContent).to.contain(
      'Paragraphe 120.',
    );
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard reach a link at the end of a long description', async () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraphe ${i + 1}.`);
    const el = await detail(
      makeJob({
        ...JOB,
        organization: { name: 'Exemple Numérique' },
        description: `${paragraphs.join('\n\n')}\n\n[Dernier lien](https://example.org/fin)`,
      }),
    );
    el.focus();
    const last = el.shadowRoot!.querySelector<HTMLElement>('a[href="https://example.org/fin"]')!;
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(last);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    expect(last.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
  });

  it('offers the apply link for an open posting', async () => {
    const el = await detail();
    const apply = el.shadowRoot!.querySelector('careers-apply-button')!;
    await apply.updateComplete;
    expect(apply.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://jobs.example.org/apply/dev',
    );
    expect(el.shadowRoot!.querySelector('[part="filled"]')).to.equal(null);
  });

  it('does not say twice how to apply when the description already says it', async () => {
    const instructionsOf = async (job: ReturnType<typeof makeJob>) => {
      const el = await detail(job);
      const apply = el.shadowRoot!.querySelector('careers-apply-button')!;
      await apply.updateComplete;
      const part = apply.shadowRoot!.querySelector('[part="instructions"]')!;
      expect(part.textContent).to.equal(job.apply!.instructions);
      await expect(el).to.be.accessible();
      return { el, shown: part.checkVisibility() };
    };
    const paragraph = 'Pour candidater, envoyez votre CV à recrutement@example.org.';
    // The careers-feed CLI takes the paragraph about applying from the body, as plain text.
    const repeated = await instructionsOf(
      makeJob({
        ...JOB,
        description: `## Le poste\n\nAgir.\n\nPour candidater, envoyez votre **CV** à\n[recrutement@example.org](mailto:recrutement@example.org).`,
        apply: { email: 'recrutement@example.org', instructions: paragraph },
      }),
    );
    expect(repeated.shown, 'instructions the description gives').to.equal(false);
    // Cut short by the CLI (300 characters and "…"): still the same words.
    const long = `${'Envoyez une lettre et un CV. '.repeat(12)}Merci.`;
    const cut = await instructionsOf(
      makeJob({
        ...JOB,
        description: `Le poste.\n\n${long}`,
        apply: { email: 'recrutement@example.org', instructions: `${long.slice(0, 200)}…` },
      }),
    );
    expect(cut.shown, 'instructions cut short').to.equal(false);
    // The same words with other punctuation: a plain-text copy that kept a Markdown marker, or
    // lost the brackets of an address written as code.
    const marked = await instructionsOf(
      makeJob({
        ...JOB,
        description: 'Écrivez à `Jo Exemple <jo@example.org>` (RH) !',
        apply: {
          email: 'jo@example.org',
          instructions: 'Écrivez à *Jo Exemple jo@example.org *(RH) !',
        },
      }),
    );
    expect(marked.shown, 'the same words, other punctuation').to.equal(false);
    // Words the description does not hold are shown, under the apply link.
    const own = await instructionsOf(
      makeJob({ ...JOB, apply: { url: JOB.apply!.url, instructions: 'Joignez un portfolio.' } }),
    );
    expect(own.shown, 'instructions of their own').to.equal(true);
    // And again once another posting repeats its own.
    own.el.job = makeJob({
      ...JOB,
      description: 'Joignez un portfolio.',
      apply: own.el.job!.apply,
    });
    await own.el.updateComplete;
    const part = own.el
      .shadowRoot!.querySelector('careers-apply-button')!
      .shadowRoot!.querySelector('[part="instructions"]')!;
    expect(part.checkVisibility()).to.equal(false);
  });

  it('replaces the apply link by a notice that applications are closed, for a closed posting', async () => {
    const el = await detail(makeJob({ ...JOB, open: false }));
    expect(el.shadowRoot!.querySelector('careers-apply-button')).to.equal(null);
    // Nor is a closed posting offered for sharing.
    expect(el.shadowRoot!.querySelector('[part="share"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="filled"]')!.textContent).to.equal(
      'Cette offre est clôturée\u00a0: les candidatures ne sont plus acceptées.',
    );
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('Clôturée');
    await expect(el).to.be.accessible();
    el.job = JOB;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="badge"]'), 'no badge when open').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="share"]'), 'share when open').to.not.equal(null);
  });

  it('gives the closing date a row, and a field without a value none', async () => {
    const el = await detail(makeJob({ ...JOB, locations: [] }));
    const labels = [...el.shadowRoot!.querySelectorAll('dl .row dt')].map((dt) => dt.textContent);
    expect(labels).to.include('Candidatures jusqu’au');
    expect(labels).to.not.include('Lieu');
    const closes = el.shadowRoot!.querySelector('dl time[datetime="2099-12-31"]');
    expect(closes!.textContent).to.equal('31 décembre 2099');
  });

  it('shares only an http(s) link: this page instead of a posting url that is a script', async () => {
    const el = await detail(makeJob({ ...JOB, url: 'javascript:alert(1)' }));
    const shared: ShareData[] = [];
    await withNavigator({ share: async (data) => void shared.push(data!) }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!.click();
      await waitUntil(() => shared.length > 0);
      expect(shared[0].url).to.equal(location.href);
    });
  });

  it('focuses its title when asked to', async () => {
    const el = await detail();
    el.focus();
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('copies the link and announces it when the browser cannot share', async () => {
    const el = await detail();
    const copied: string[] = [];
    const clipboard = { writeText: async (text: string) => void copied.push(text) };
    await withNavigator({ share: undefined, clipboard }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!.click();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent!.trim() !== '');
      expect(copied).to.deep.equal(['https://example.org/offres/dev']);
      expect(status.textContent).to.contain('copié');
    });
  });

  it('uses the system share sheet where there is one', async () => {
    const el = await fixture<CareersJobDetail>(
      html`<careers-job-detail
        .job=${JOB}
        share-url="https://host.example/#job=dev"
      ></careers-job-detail>`,
    );
    const shared: ShareData[] = [];
    await withNavigator({ share: async (data) => void shared.push(data!) }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!.click();
      await waitUntil(() => shared.length > 0);
      expect(shared[0]).to.deep.equal({
        title: 'Développeur·se front-end',
        url: 'https://host.example/#job=dev',
      });
    });
  });

  it('links back only to an http(s) page, relative ones included, never to a script', async () => {
    const backOf = async (href: string) => {
      const el = await fixture<CareersJobDetail>(
        html`<careers-job-detail .job=${JOB} back-href=${href}></careers-job-detail>`,
      );
      return el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')?.getAttribute('href');
    };
    expect(await backOf('#offres')).to.equal('#offres');
    expect(await backOf('/carrieres?q=dev')).to.equal('/carrieres?q=dev');
    for (const hostile of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,x']) {
      expect(await backOf(hostile), hostile).to.equal(undefined);
    }
  });

  it('links the organization and team only to http(s) pages, never to a script', async () => {
    const el = await detail(
      makeJob({
        ...JOB,
        organization: { name: 'Organisation piégée', url: 'javascript:alert(1)' },
        team: { name: 'Équipe piégée', url: ' JaVa\tScRiPt:alert(2)' },
      }),
    );
    const meta = el.shadowRoot!.querySelector('[part="meta"]')!;
    expect(meta.textContent).to.contain('Organisation piégée').and.contain('Équipe piégée');
    expect(meta.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
    el.job = makeJob({
      ...JOB,
      team: { name: 'Équipe fictive', url: 'https://equipe.example.org/' },
    });
    await el.updateComplete;
    expect([...meta.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/',
      'https://equipe.example.org/',
    ]);
  });

  it('neither copies nor says anything when the visitor closes the share sheet', async () => {
    const el = await detail();
    const copied: string[] = [];
    let asked = false;
    const share = async () => {
      asked = true;
      throw new DOMException('Share canceled', 'AbortError');
    };
    const clipboard = { writeText: async (text: string) => void copied.push(text) };
    await withNavigator({ share, clipboard }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!.click();
      await waitUntil(() => asked);
      // Let every pending promise of the click settle, then any update it asked for.
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(copied).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    });
  });

  it('clears what it said about sharing when another posting is shown', async () => {
    const el = await detail();
    const clipboard = { writeText: async () => undefined };
    await withNavigator({ share: undefined, clipboard }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!.click();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent!.trim() !== '');
      el.job = makeJob({ ...JOB, id: 'autre', title: 'Autre poste' });
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal('');
    });
  });

  it('shares a relative share-url as the absolute URL it leads to', async () => {
    const el = await fixture<CareersJobDetail>(
      html`<careers-job-detail .job=${JOB} share-url="/partage/dev?via=site"></careers-job-detail>`,
    );
    const shared: ShareData[] = [];
    await withNavigator({ share: async (data) => void shared.push(data!) }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"]')!.click();
      await waitUntil(() => shared.length > 0);
      expect(shared[0].url).to.equal(new URL('/partage/dev?via=site', document.baseURI).href);
    });
  });

  it('sets a description table out in cells apart, each header over its values', async () => {
    const el = await fixture<CareersJobDetail>(
      html`<careers-job-detail
        style="--careers-color-border: rgb(1, 2, 3)"
        .job=${makeJob({
          description:
            '| Niveau | Années | Remarque |\n| --- | --- | --- |\n| Confirmé·e | 3 à 6 | Sur deux lignes quand la colonne est étroite |',
        })}
      ></careers-job-detail>`,
    );
    const table = el.shadowRoot!.querySelector('[part="description"] table')!;
    const cells = [...table.querySelectorAll('th, td')];
    expect(cells).to.have.length(6);
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      expect(style.textAlign, cell.textContent!).to.equal('start');
      expect(style.verticalAlign, cell.textContent!).to.equal('top');
      expect(style.borderBottom, cell.textContent!).to.equal('1px solid rgb(1, 2, 3)');
    }
    // The text of a cell and of the next one are apart, not touching.
    const text = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getBoundingClientRect();
    };
    const [level, years] = [...table.querySelectorAll('td')].map(text);
    expect(years.left - level.right).to.be.at.least(12);
    await expect(el).to.be.accessible();
  });

  it('keeps a table wider than the text scrolling inside itself, its words whole', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 16rem">
        <careers-job-detail
          .job=${makeJob({
            description:
              '| Niveau | Années | Salaire | Télétravail | Lieu |\n| - | - | - | - | - |\n| Confirmé·e | 3 à 6 | 48 000 € | 3 jours | Lyon |',
          })}
        ></careers-job-detail>
      </div>`,
    );
    const el = wrapper.querySelector('careers-job-detail')!;
    const table = el.shadowRoot!.querySelector('[part="description"] table')!;
    expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    // One line per cell: no word broken.
    const cell = table.querySelector('td')!;
    expect(cell.textContent).to.equal('Confirmé·e');
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(range.getClientRects()).to.have.length(1);
  });

  describe('on a 320 px wide screen', () => {
    const { innerWidth: width, innerHeight: height } = window;
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width, height }));
    /** How many lines the text of `cell` takes. */
    const lines = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };

    it('keeps the short values of a table on one line, wraps the long ones', async () => {
      const el = await detail(
        makeJob({
          description: [
            '| Poste | Missions |',
            '| --- | --- |',
            '| Chef·fe de projet | Piloter la feuille de route, animer les ateliers, suivre les indicateurs |',
            '| Data scientist | Construire les tableaux de bord, documenter les données publiées |',
            '| Designer | Concevoir les parcours avec les usagers |',
          ].join('\n'),
        }),
      );
      const table = el.shadowRoot!.querySelector('[part="description"] table')!;
      const cells = [...table.querySelectorAll('th, td')];
      expect(cells).to.have.length(8);
      for (const cell of cells) {
        const text = cell.textContent!;
        if (text.length <= 20) expect(lines(cell), text).to.equal(1);
        else expect(lines(cell), text).to.be.at.least(2);
      }
      // It fits: neither it nor the page scrolls sideways.
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      await expect(el).to.be.accessible();
    });

    it('scrolls a table of short values that cannot fit inside its own box', async () => {
      const el = await detail(
        makeJob({
          description: [
            '| Niveau | Années | Salaire brut | Télétravail | Lieu |',
            '| - | - | - | - | - |',
            '| Confirmé·e | 3 à 6 ans | 48 000 € par an | 3 jours par semaine | Lyon ou Paris |',
          ].join('\n'),
        }),
      );
      const table = el.shadowRoot!.querySelector<HTMLElement>('[part="description"] table')!;
      for (const cell of table.querySelectorAll('th, td'))
        expect(lines(cell), cell.textContent!).to.equal(1);
      expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(innerWidth);
      // The keyboard reaches it, to scroll it.
      expect(table.tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  it('sets a code block on a tint, scrolling its long lines', async () => {
    const line = `const x = ${'"une longue chaîne de code", '.repeat(8)};`;
    const el = await detail(
      makeJob({ ...JOB, description: `Exemple :\n\n\`\`\`\n${line}\n\`\`\`` }),
    );
    const pre = el.shadowRoot!.querySelector<HTMLElement>('[part="description"] pre')!;
    const style = getComputedStyle(pre);
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(style.paddingLeft)).to.be.greaterThan(0);
    expect(style.overflowX).to.equal('auto');
    // Laid out once in view (content-visibility), a frame after it is shown.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    expect(pre.scrollWidth).to.be.greaterThan(pre.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('rings a focused table or code block as it rings the other controls', async () => {
    // Wider than the text: they scroll, so they take focus.
    const cells = Array.from({ length: 12 }, (_, i) => `colonne${i}`);
    const el = await detail(
      makeJob({
        ...JOB,
        description: [
          '[Un lien](https://example.org/l)',
          `| ${cells.join(' | ')} |\n|${' - |'.repeat(12)}\n| ${cells.join(' | ')} |`,
          `\`\`\`\n${'une_longue_ligne_de_code();'.repeat(12)}\n\`\`\``,
        ].join('\n\n'),
      }),
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[tabindex="0"]').length === 2);
    const root = el.shadowRoot!;
    const link = root.querySelector<HTMLElement>('[part="description"] a')!;
    const ring = (element: Element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
    };
    // From the link before it, by keyboard: as a visitor reaches it.
    root.querySelector<HTMLElement>('[part="meta"] a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(link);
    const linkRing = ring(link);
    expect(linkRing).to.equal('solid 2px rgb(10, 118, 246) 2px', 'the focus tokens');
    for (const selector of ['table', 'pre']) {
      await sendKeys({ press: 'Tab' });
      const block = root.querySelector(`[part="description"] ${selector}`)!;
      expect(deepActiveElement()).to.equal(block);
      expect(block.matches(':focus-visible')).to.equal(true);
      expect(ring(block), selector).to.equal(linkRing);
    }
    await expect(el).to.be.accessible();
  });

  describe('tables and code blocks', () => {
    // Wider than 320 px, narrower than the text's measure.
    const wide = Array.from({ length: 5 }, (_, i) => `colonne${i}`);
    const WIDE_TABLE = `| ${wide.join(' | ')} |\n|${' - |'.repeat(5)}\n| ${wide.join(' | ')} |`;
    const WIDE_CODE = `\`\`\`\n${'une_ligne();'.repeat(4)}\n\`\`\``;
    const SMALL = '| a | b |\n| - | - |\n| 1 | 2 |\n\n```\ncode\n```';
    const focusable = (el: CareersJobDetail) =>
      [...el.shadowRoot!.querySelectorAll('[part="description"] :is(table, pre)')].map(
        (block) => `${block.localName} ${block.getAttribute('tabindex') ?? 'none'}`,
      );

    it('gives focus only to those that scroll, as the width changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <careers-job-detail
            .job=${makeJob({ description: `${SMALL}\n\n${WIDE_TABLE}\n\n${WIDE_CODE}` })}
          ></careers-job-detail>
        </div>`,
      );
      const el = wrapper.querySelector<CareersJobDetail>('careers-job-detail')!;
      const expected = ['table none', 'pre none', 'table 0', 'pre 0'];
      await waitUntil(() => focusable(el).join() === expected.join(), focusable(el).join());
      await expect(el).to.be.accessible();
      // Wide enough for all: none scrolls, none is a Tab stop.
      wrapper.style.width = '1000px';
      await waitUntil(() => focusable(el).every((b) => b.endsWith('none')), focusable(el).join());
      wrapper.style.width = '320px';
      await waitUntil(() => focusable(el).join() === expected.join(), focusable(el).join());
      await expect(el).to.be.accessible();
    });

    it('works where Element.checkVisibility is missing (Safari before 17.4): no error', async () => {
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility')!;
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      delete (Element.prototype as Partial<Element>).checkVisibility;
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 320px">
            <careers-job-detail
              .job=${makeJob({ description: `${SMALL}\n\n${WIDE_TABLE}` })}
            ></careers-job-detail>
          </div>`,
        );
        const el = wrapper.querySelector<CareersJobDetail>('careers-job-detail')!;
        const expected = ['table none', 'pre none', 'table 0'];
        await waitUntil(() => focusable(el).join() === expected.join(), focusable(el).join());
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
      } finally {
        Object.defineProperty(Element.prototype, 'checkVisibility', own);
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('keeps focus on a code block out of view until it is laid out, and gives it up then if it fits', async () => {
      const filler = Array.from({ length: 80 }, (_, i) => `Paragraphe ${i}.`).join('\n\n');
      const el = await fixture<CareersJobDetail>(
        html`<careers-job-detail
          .job=${makeJob({ description: `${filler}\n\n${SMALL}` })}
        ></careers-job-detail>`,
      );
      const pre = el.shadowRoot!.querySelector('[part="description"] pre')!;
      // Far below the fold, not laid out (content-visibility): it may scroll, so it keeps it.
      // Tables are always laid out: the small one gives it up at once.
      await waitUntil(() => focusable(el).join() === 'table none,pre 0', focusable(el).join());
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
      expect(pre.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).to.equal(
        false,
        'sanity: not laid out',
      );
      expect(focusable(el)).to.deep.equal(['table none', 'pre 0']);
      pre.scrollIntoView();
      await waitUntil(() => focusable(el).join() === 'table none,pre none', focusable(el).join());
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });
  });

  describe('actions', () => {
    const INSTRUCTIONS = 'Envoyez votre CV avec l’objet « Candidature full-stack » à l’équipe.';
    const WITH_INSTRUCTIONS = makeJob({
      ...JOB,
      apply: { url: JOB.apply!.url, instructions: INSTRUCTIONS },
    });
    const boxes = async (el: CareersJobDetail) => {
      const apply = el.shadowRoot!.querySelector('careers-apply-button')!;
      await apply.updateComplete;
      return {
        apply: apply.shadowRoot!.querySelector('[part="apply"]')!.getBoundingClientRect(),
        instructions: apply
          .shadowRoot!.querySelector('[part="instructions"]')!
          .getBoundingClientRect(),
        share: el.shadowRoot!.querySelector('[part="share"]')!.getBoundingClientRect(),
      };
    };

    it('sets the share button beside the apply link, the instructions under both', async () => {
      const el = await detail(WITH_INSTRUCTIONS);
      const { apply, instructions, share } = await boxes(el);
      expect(instructions.width, 'sanity: instructions wider than the link').to.be.greaterThan(
        apply.width * 2,
      );
      // On one line, one spacing unit (16 px) apart.
      expect(share.top).to.be.below(apply.bottom);
      expect(share.bottom).to.be.above(apply.top);
      expect(share.left - apply.right).to.be.within(8, 24);
      expect(instructions.top).to.be.at.least(Math.max(apply.bottom, share.bottom));
      expect(instructions.left).to.equal(apply.left);
      await expect(el).to.be.accessible();
    });

    it('wraps the share button under the apply link on a narrow screen', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 12rem">
          <careers-job-detail .job=${WITH_INSTRUCTIONS}></careers-job-detail>
        </div>`,
      );
      const el = wrapper.querySelector('careers-job-detail')!;
      const { apply, instructions, share } = await boxes(el);
      expect(share.top).to.be.at.least(apply.bottom);
      expect(share.left).to.equal(apply.left);
      expect(instructions.top).to.be.at.least(share.bottom);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  describe('standalone on a white page that allows dark, for a visitor who prefers dark', () => {
    onWhitePageAllowingDark();

    it('paints its own background, so its text stays readable', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await detail(
        makeJob({
          ...JOB,
          description: 'Rejoignez une **équipe**.\n\n| a | b |\n| - | - |\n| 1 | 2 |',
        }),
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(18, 18, 18)');
      const root = el.shadowRoot!;
      for (const selector of ['h2', 'dd', '[part="description"] p', '[part="description"] td']) {
        const element = root.querySelector(selector)!;
        expect(textContrast(element), selector).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  });

  it("marks the posting's own words with its language, never the widget's", async () => {
    // A French posting on an English page.
    const job = {
      ...JOB,
      language: 'fr',
      tags: ['Accessibilité', 'Lit'],
      apply: { url: 'https://jobs.example.org/apply/dev', instructions: 'Écrivez-nous.' },
    };
    const el = await fixture<CareersJobDetail>(
      html`<careers-job-detail .job=${job} lang="en" back-href="#"></careers-job-detail>`,
    );
    const root = el.shadowRoot!;
    const title = root.querySelector('h3')!;
    const [places, label, salary] = root.querySelectorAll('dd span');
    const tags = [...root.querySelectorAll('.tag')];
    const description = root.querySelector('.description')!;
    const button = root.querySelector('careers-apply-button')!;
    expect([...root.querySelectorAll('[lang]')]).to.deep.equal([
      title.firstElementChild,
      places,
      label,
      salary,
      ...tags,
      description,
      // The apply button speaks the widget's language...
      button,
    ]);
    expect(button.getAttribute('lang')).to.equal('en');
    const french = [title.firstElementChild!, places, label, salary, ...tags, description];
    for (const part of french) expect(part.getAttribute('lang'), part.textContent!).to.equal('fr');
    expect(title.firstElementChild!.textContent).to.equal(job.title);
    expect(places.textContent).to.equal('Paris');
    expect(label.textContent).to.equal('CDD 3 ans');
    // The salary in words is the posting's; in figures, the widget's.
    expect(salary.textContent).to.equal('Selon la grille');
    expect(root.querySelector('.description strong')!.closest('[lang]')).to.equal(description);
    // ...but the instructions are the posting's words.
    const instructions = button.shadowRoot!.querySelector('.instructions')!;
    expect(instructions.getAttribute('lang')).to.equal('fr');
    expect(button.shadowRoot!.querySelector('[part="apply"]')!.closest('[lang]')).to.equal(null);
    // The widget's words: labels, contract kind, remote work, dates, tags' name, back, share.
    for (const ui of root.querySelectorAll('dt, time, .back, .share, ul.tags')) {
      expect(ui.closest('[lang]'), ui.textContent!).to.equal(null);
    }
    const contract = label.parentElement!;
    expect(contract.textContent!.trim()).to.equal('Fixed-term (CDD 3 ans)');
    expect(contract.closest('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();

    // An unknown language marks nothing: the page's language applies, as before.
    el.job = { ...job, language: undefined };
    await el.updateComplete;
    await button.updateComplete;
    expect([...root.querySelectorAll('[lang]')]).to.deep.equal([button]);
    expect(button.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
    expect(root.textContent).to.contain('Fixed-term (CDD 3 ans)');
    el.job = { ...job, salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' } };
    await el.updateComplete;
    expect(root.textContent).to.contain('€45,000 – €55,000 per year');
    expect([...root.querySelectorAll('dd [lang]')].map((e) => e.textContent)).to.deep.equal([
      'Paris',
      'CDD 3 ans',
    ]);
  });

  it('is complete in English', async () => {
    const el = await fixture<CareersJobDetail>(
      html`<careers-job-detail .job=${JOB} lang="en" back-href="#"></careers-job-detail>`,
    );
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const words of [
      'Back to openings',
      'Fixed-term',
      'Fully remote',
      'Posted on',
      // The French ordinal of the first of a month is French only.
      '1 November 2026',
      'Share',
    ]) {
      expect(text).to.contain(words);
    }
    await expect(el).to.be.accessible();
  });
});
