import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/normalize.js';
import { adapters } from '../../src/data/adapters/index.js';
import { FORMAT_FIXTURES, fixture } from './fixtures.js';

const SOURCE = 'https://feeds.example/jobs.json';

async function read(name: string) {
  return normalizeFeed(await fixture(name), { source: SOURCE });
}

describe('format detection', () => {
  for (const name of FORMAT_FIXTURES) {
    it(`detects ${name} from its fixture`, async () => {
      const { format, jobs } = await read(name);
      expect(format).to.equal(name);
      expect(jobs.length).to.be.greaterThan(0);
    });
  }

  it('lists every adapter once, with the careers feed last', () => {
    const formats = adapters.map((a) => a.format);
    expect(new Set(formats).size).to.equal(formats.length);
    expect(formats.at(-1)).to.equal('careers');
  });

  it('reads a fixture as the format it is told, even one detection would not pick', async () => {
    const { format, jobs } = normalizeFeed(await fixture('lever'), { format: 'careers' });
    expect(format).to.equal('careers');
    // Lever postings have no `title`: read as careers jobs they are all skipped.
    expect(jobs).to.deep.equal([]);
  });

  it('skips a posting that is not an object, with a warning naming its position', () => {
    const inputs: Record<string, unknown> = {
      careers: { jobs: [42] },
      betagouv: ['text'],
      wttj: { jobs: [null] },
      greenhouse: { jobs: [[]] },
      lever: [42],
      ashby: { jobs: [true] },
      recruitee: { offers: ['text'] },
      workable: { jobs: [42] },
    };
    for (const adapter of adapters.filter((a) => a.format !== 'jsonld')) {
      const warnings: Array<[string, number | undefined]> = [];
      const drafts = adapter.read(inputs[adapter.format], {
        warn: (message, index) => warnings.push([message, index]),
      });
      expect(drafts, adapter.format).to.deep.equal([undefined]);
      expect(warnings, adapter.format).to.deep.equal([['skipped: not an object.', 0]]);
    }
  });

  it('reads a feed that says "version": 1 as a careers feed, even when its jobs look like another board', () => {
    const { format, jobs } = normalizeFeed({
      version: 1,
      jobs: [
        {
          title: 'Dev',
          url: 'https://team.example/jobs/dev',
          absolute_url: 'https://boards.example/dev',
        },
      ],
    });
    expect(format).to.equal('careers');
    // A Greenhouse reading would have taken absolute_url as the page.
    expect(jobs.map((j) => j.url)).to.deep.equal(['https://team.example/jobs/dev']);
  });

  it('says so when nothing is recognized', () => {
    const { format, jobs, warnings } = normalizeFeed({ hello: 'world' });
    expect(format).to.equal('unknown');
    expect(jobs).to.deep.equal([]);
    expect(warnings[0].message).to.match(/Not a job feed/);
  });
});

describe('careers adapter', () => {
  it('maps every field of the native feed', async () => {
    const { jobs, warnings } = await read('careers');
    expect(warnings).to.deep.equal([]);
    expect(jobs[0]).to.deep.equal({
      id: 'dev-back-end',
      title: 'Développeur·se back-end',
      organization: {
        name: 'Fabrique Exemple',
        url: 'https://fabrique.example/',
        logo: 'https://fabrique.example/logo.svg',
      },
      team: {
        name: 'Équipe Cartes',
        url: 'https://cartes.example/',
        description: 'Des cartes publiques pour tous.',
      },
      roles: ['Développeur·se', 'Tech lead'],
      locations: ['Paris', 'Lyon'],
      // A two-letter code in capitals, whatever the feed wrote.
      country: 'FR',
      remote: 'hybrid',
      contract: { kind: 'freelance', label: 'Indépendant·e' },
      salary: { min: 500, max: 650, currency: 'EUR', period: 'day' },
      experience: 'senior',
      tags: ['Python', 'PostgreSQL'],
      publishedAt: '2026-11-02',
      updatedAt: '2026-11-10T09:30:00Z',
      closesAt: '2026-12-31',
      startsAt: '2027-01-15',
      open: true,
      apply: {
        url: 'https://fabrique.example/candidater/dev-back-end',
        email: 'recrutement@fabrique.example',
        instructions: 'Envoyez un CV et deux lignes sur vous.',
      },
      url: 'https://fabrique.example/offres/dev-back-end',
      description: "## La mission\n\nConstruire l'API des **cartes**.",
      summary: "Construire l'API des cartes publiques.",
      source: SOURCE,
    });
    expect(jobs[1]).to.include({ id: 'designer', open: false });
    expect(jobs[1].organization).to.deep.equal({ name: 'Atelier Fictif' });
    expect(jobs[1].salary).to.deep.equal({ text: 'Selon la grille' });
    expect(jobs[1].contract).to.deep.equal({ kind: 'fixed-term', label: 'CDD 18 mois' });
  });

  it('accepts a bare array of jobs', () => {
    const { jobs, format } = normalizeFeed([{ title: 'Seul' }]);
    expect(format).to.equal('careers');
    expect(jobs[0]).to.deep.equal({
      id: 'seul',
      title: 'Seul',
      locations: [],
      tags: [],
      open: true,
    });
  });
});

describe('wttj adapter', () => {
  it('maps the embed API fields', async () => {
    const { jobs } = await read('wttj');
    const [product, intern] = jobs;
    expect(product).to.deep.include({
      id: 'STUDI_ABC123',
      title: 'Chargé·e de produit',
      organization: { name: 'Studio Imaginaire' },
      team: { name: 'Produit' },
      locations: ['Paris, France'],
      remote: 'hybrid',
      contract: { kind: 'permanent', label: 'CDI' },
      salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
      publishedAt: '2026-11-20T08:00:00Z',
      startsAt: '2027-01-05',
      url: 'https://www.welcometothejungle.com/fr/companies/studio-imaginaire/jobs/charge-de-produit_paris',
    });
    expect(product.descriptionHtml).to.contain('feuille de route').and.contain('Deux entretiens');
    expect(intern.contract).to.deep.equal({ kind: 'internship', label: 'Stage' });
    expect(intern.salary).to.deep.equal({ min: 1200, max: 1200, currency: 'EUR', period: 'month' });
    expect(intern.apply?.url).to.equal('https://studio-imaginaire.example/jobs/data');
    // The office's country code when it has one, else its country's name.
    expect([product.country, intern.country]).to.deep.equal(['France', 'FR']);
  });

  it("reads a job's language, which WTTJ's Jobs API documents on each job", async () => {
    const feed = (await fixture('wttj')) as { jobs: Array<Record<string, unknown>> };
    feed.jobs[0].language = 'fr';
    feed.jobs[1].language = 'english';
    const { jobs, warnings } = normalizeFeed(feed, { format: 'wttj' });
    expect(jobs.map((job) => job.language)).to.deep.equal(['fr', undefined]);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #2 ("Stagiaire data"): language "english" dropped: not a BCP 47 tag.',
    ]);
  });
});

describe('greenhouse adapter', () => {
  it('maps the job board fields and decodes the content once', async () => {
    const { jobs } = await read('greenhouse');
    const [sre, sales] = jobs;
    expect(sre).to.deep.include({
      id: '5550001',
      title: 'Site Reliability Engineer',
      organization: { name: 'Nimbus Example' },
      team: { name: 'Infrastructure' },
      locations: ['Remote - Europe'],
      remote: 'full',
      contract: { kind: 'permanent', label: 'Full-time' },
      publishedAt: '2026-11-01T09:00:00-05:00',
      updatedAt: '2026-11-18T10:15:00-05:00',
      url: 'https://boards.greenhouse.io/nimbusexample/jobs/5550001',
      apply: { url: 'https://boards.greenhouse.io/nimbusexample/jobs/5550001' },
    });
    // Decoded once: the tags are HTML now, and the doubly escaped ampersand stays one entity.
    expect(sre.descriptionHtml).to.equal(
      '<h2>About the role</h2><p>Keep things &amp; running.</p>',
    );
    expect(sales.remote).to.equal(undefined);
    expect(sales.contract).to.equal(undefined);
    // Greenhouse gives a location's name only, never its country.
    expect(jobs.map((job) => job.country)).to.deep.equal([undefined, undefined]);
    // The job's `language` when it gives one.
    expect(jobs.map((job) => job.language)).to.deep.equal(['en', undefined]);
  });
});

describe('lever adapter', () => {
  it('maps the postings fields, with epoch dates', async () => {
    const { jobs } = await read('lever');
    const [backend, intern] = jobs;
    expect(backend).to.deep.include({
      id: '0f1e2d3c-4b5a-4968-8776-a1b2c3d4e5f6',
      title: 'Backend Engineer',
      team: { name: 'Platform' },
      tags: ['Engineering'],
      locations: ['Amsterdam', 'Utrecht'],
      country: 'NL',
      remote: 'hybrid',
      contract: { kind: 'permanent', label: 'Full-time' },
      salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
      publishedAt: new Date(1793000000000).toISOString(),
      url: 'https://jobs.lever.co/tulipexample/0f1e2d3c-4b5a-4968-8776-a1b2c3d4e5f6',
      apply: {
        url: 'https://jobs.lever.co/tulipexample/0f1e2d3c-4b5a-4968-8776-a1b2c3d4e5f6/apply',
      },
      summary: 'We build the platform.',
    });
    expect(backend.descriptionHtml).to.equal(
      '<div>We build the platform.</div>\n<h3>What you&#39;ll do</h3><ul><li>Design APIs</li><li>Review code</li></ul>\n<h3>Requirements</h3><ul><li>Go or Rust</li></ul>\n<div>Nice office.</div>',
    );
    expect(intern).to.deep.include({ remote: 'full', locations: ['Remote'] });
    expect(intern.contract).to.deep.equal({ kind: 'internship', label: 'Intern' });
  });

  it('takes the department as a tag only when it is not the team already', () => {
    const posting = (department: string) => ({
      id: 'l1',
      text: 'Backend Engineer',
      hostedUrl: 'https://jobs.lever.example/l1',
      categories: { team: 'Platform', department },
    });
    const { format, jobs } = normalizeFeed([posting('Platform'), posting('Engineering')]);
    expect(format).to.equal('lever');
    expect(jobs.map((j) => [j.team?.name, j.tags])).to.deep.equal([
      ['Platform', []],
      ['Platform', ['Engineering']],
    ]);
  });
});

describe('ashby adapter', () => {
  it('maps the posting fields and skips unlisted postings with a warning', async () => {
    const { jobs, warnings } = await read('ashby');
    expect(jobs.map((j) => j.title)).to.deep.equal(['Product Designer', 'Data Contractor']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({ index: 1, job: 'Hidden Role' });
    expect(warnings[0].message).to.contain('Job #2').and.contain('isListed');
    expect(jobs[0]).to.deep.include({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      team: { name: 'Growth' },
      tags: ['Design'],
      locations: ['Madrid', 'Barcelona'],
      country: 'Spain',
      remote: 'hybrid',
      contract: { kind: 'permanent', label: 'FullTime' },
      salary: { min: 50000, max: 65000, currency: 'EUR', period: 'year' },
      publishedAt: '2026-11-05T12:00:00.000+00:00',
      url: 'https://jobs.ashbyhq.com/orchidexample/a1b2c3d4-0000-4000-8000-000000000001',
      descriptionHtml: '<p>Design the growth funnel.</p>',
      summary: 'Design the growth funnel.',
    });
    expect(jobs[1]).to.deep.include({
      remote: 'full',
      contract: { kind: 'freelance', label: 'Contract' },
      salary: { text: 'Negotiable' },
    });
  });
});

describe('recruitee adapter', () => {
  it('maps the offers fields', async () => {
    const { jobs } = await read('recruitee');
    expect(jobs[0]).to.deep.include({
      id: '778899',
      title: 'Frontend Developer',
      team: { name: 'Engineering' },
      locations: ['Ghent, Belgium'],
      country: 'BE',
      remote: 'hybrid',
      contract: { kind: 'fixed-term', label: 'fulltime_fixed_term' },
      experience: 'mid',
      salary: { min: 3500, max: 4500, currency: 'EUR', period: 'month' },
      publishedAt: '2026-11-12T08:30:00.000Z',
      closesAt: '2027-01-31T23:59:00.000Z',
      url: 'https://lindenexample.recruitee.com/o/frontend-developer',
      apply: { url: 'https://lindenexample.recruitee.com/o/frontend-developer/c/new' },
      descriptionHtml: '<p>Build the interface.</p>\n<ul><li>TypeScript</li></ul>',
    });
  });
});

describe('workable adapter', () => {
  it('maps the widget fields', async () => {
    const { jobs } = await read('workable');
    expect(jobs[0]).to.deep.include({
      id: 'AB12CD34EF',
      title: 'Customer Success Manager',
      organization: { name: 'Maple Example' },
      team: { name: 'Customer Success' },
      locations: ['Dublin, Leinster, Ireland'],
      country: 'Ireland',
      remote: 'full',
      contract: { kind: 'part-time', label: 'Part-time' },
      experience: 'mid',
      publishedAt: '2026-11-15',
      url: 'https://apply.workable.com/j/AB12CD34EF',
      apply: { url: 'https://apply.workable.com/j/AB12CD34EF/apply' },
    });
    expect(jobs[0].descriptionHtml).to.contain('Empathy').and.contain('Bikes');
  });
});

describe('jsonld adapter', () => {
  it('maps JobPosting nodes of an @graph', async () => {
    const { jobs } = await read('jsonld');
    expect(jobs.map((j) => j.title)).to.deep.equal(['UX Researcher', 'Remote Support Agent']);
    expect(jobs[0]).to.deep.include({
      id: 'birch-ux-42',
      organization: {
        name: 'Birch Example',
        url: 'https://birch.example/',
        logo: 'https://birch.example/logo.png',
      },
      locations: ['Bordeaux, Nouvelle-Aquitaine, FR'],
      country: 'FR',
      contract: { kind: 'permanent', label: 'FULL_TIME, CONTRACTOR' },
      salary: { min: 42000, max: 50000, currency: 'EUR', period: 'year' },
      publishedAt: '2026-11-03',
      closesAt: '2026-12-15T23:59:00+01:00',
      url: 'https://birch.example/jobs/ux-researcher',
      apply: { url: 'https://birch.example/jobs/ux-researcher' },
      descriptionHtml: '<p>Talk to our users.</p>',
    });
    expect(jobs[1]).to.deep.include({
      remote: 'full',
      locations: ['France'],
      contract: { kind: 'part-time', label: 'PART_TIME' },
    });
    // No place, so no address to read a country from.
    expect(jobs[1].country).to.equal(undefined);
  });

  it('takes the page as the apply link only when the posting says directApply', () => {
    const posting = (directApply?: boolean) => ({
      '@type': 'JobPosting',
      title: 'Agent support',
      url: 'https://birch.example/jobs/support',
      ...(directApply === undefined ? {} : { directApply }),
    });
    const { jobs } = normalizeFeed([posting(true), posting(false), posting()], {
      format: 'jsonld',
    });
    expect(jobs.map((j) => j.apply)).to.deep.equal([
      { url: 'https://birch.example/jobs/support' },
      undefined,
      undefined,
    ]);
  });

  it('reads inLanguage: a BCP 47 tag, or a schema.org Language with the tag as alternateName', () => {
    const posting = (inLanguage: unknown) => ({
      '@type': 'JobPosting',
      title: 'Poste',
      inLanguage,
    });
    const { jobs } = normalizeFeed(
      [
        posting('fr-fr'),
        posting({ '@type': 'Language', name: 'English', alternateName: 'en' }),
        posting({ '@type': 'Language', name: 'Spanish' }),
        posting(undefined),
      ],
      { format: 'jsonld' },
    );
    expect(jobs.map((job) => job.language)).to.deep.equal(['fr-FR', 'en', undefined, undefined]);
  });

  it('reads one object, an array, and JSON-LD text', () => {
    const posting = { '@type': 'JobPosting', title: 'Solo' };
    expect(normalizeFeed(posting).jobs.map((j) => j.title)).to.deep.equal(['Solo']);
    expect(normalizeFeed([posting, { ...posting, title: 'Duo' }]).format).to.equal('jsonld');
    const embedded = normalizeFeed([JSON.stringify({ ...posting, title: 'Texte' })]);
    expect(embedded.format).to.equal('jsonld');
    expect(embedded.jobs.map((j) => j.title)).to.deep.equal(['Texte']);
  });
});
