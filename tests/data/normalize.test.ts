import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/normalize.js';

const SOURCE = 'https://feeds.example/team/jobs.json';
const one = (job: Record<string, unknown>) => normalizeFeed([job], { source: SOURCE });

describe('normalizeFeed (careers feed)', () => {
  it('reads jobs and gives them the feed organization', () => {
    const { jobs, warnings } = normalizeFeed({
      version: 1,
      organization: { name: 'Org' },
      jobs: [{ id: 'a', title: 'A' }],
    });
    expect(warnings).to.deep.equal([]);
    expect(jobs[0].organization?.name).to.equal('Org');
  });

  it("lets a job's own organization (even null) win over the feed's, whether or not it names a language", () => {
    const { jobs, warnings } = normalizeFeed({
      version: 1,
      organization: { name: 'Org' },
      jobs: [
        { title: 'A' },
        { title: 'B', organization: { name: 'Own' } },
        { title: 'C', organization: null },
        { title: 'D', organization: { name: 'Own' }, language: 'en' },
      ],
    });
    expect(warnings).to.deep.equal([]);
    expect(jobs.map((job) => job.organization?.name)).to.deep.equal([
      'Org',
      'Own',
      undefined,
      'Own',
    ]);
    expect(jobs.map((job) => job.language)).to.deep.equal([undefined, undefined, undefined, 'en']);
    // A feed without an organization leaves a job without one.
    expect(normalizeFeed({ version: 1, jobs: [{ title: 'A' }] }).jobs[0]).to.not.have.property(
      'organization',
    );
  });

  it("keeps a job's BCP 47 language in its usual case and drops anything else, naming the job", () => {
    const given = [
      'fr',
      'fr-fr',
      'EN-latn-gb',
      ' de ',
      'French',
      'fr_FR',
      'fr-',
      42,
      ['en', 'fr'],
      '',
      null,
    ];
    const { jobs, warnings } = normalizeFeed(
      given.map((language, i) => ({ id: `j${i}`, title: `Job ${i}`, language })),
    );
    expect(jobs.map((job) => job.language)).to.deep.equal([
      'fr',
      'fr-FR',
      'en-Latn-GB',
      ...Array(8).fill(undefined),
    ]);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #4 ("Job 3"): language " de " dropped: not a BCP 47 tag.',
      'Job #5 ("Job 4"): language "French" dropped: not a BCP 47 tag.',
      'Job #6 ("Job 5"): language "fr_FR" dropped: not a BCP 47 tag.',
      'Job #7 ("Job 6"): language "fr-" dropped: not a BCP 47 tag.',
      'Job #8 ("Job 7"): language "42" dropped: not a BCP 47 tag.',
      'Job #9 ("Job 8"): language "[\\"en\\",\\"fr\\"]" dropped: not a BCP 47 tag.',
    ]);
  });

  it("gives jobs that name no language the feed's, and a job's own wins", () => {
    const { jobs, warnings } = normalizeFeed({
      version: 1,
      language: 'fr-fr',
      jobs: [{ title: 'A' }, { title: 'B', language: 'en' }, { title: 'C', language: null }],
    });
    expect(warnings).to.deep.equal([]);
    expect(jobs.map((job) => job.language)).to.deep.equal(['fr-FR', 'en', undefined]);
    // A bare array of jobs has no feed-level language.
    expect(normalizeFeed([{ title: 'A' }]).jobs[0].language).to.equal(undefined);
  });

  it('skips a job without a title with a warning naming it', () => {
    const { jobs, warnings } = normalizeFeed([{ id: 'x' }, { title: 'Ok' }]);
    expect(jobs.map((j) => j.title)).to.deep.equal(['Ok']);
    expect(warnings[0]).to.deep.equal({
      index: 0,
      job: 'x',
      message: 'Job #1 ("x"): skipped: it has no title.',
    });
  });

  it('never lets a javascript: URL through', () => {
    const { jobs } = normalizeFeed([{ title: 'T', url: 'javascript:alert(1)' }]);
    expect(jobs[0].url).to.equal(undefined);
  });

  it('drops a bad field with a warning naming the job and keeps the rest of it', () => {
    const { jobs, warnings } = one({
      title: 'Dev',
      url: 'data:text/html,x',
      publishedAt: 'hier',
      remote: 'sometimes',
      tags: ['a'],
    });
    expect(jobs[0]).to.deep.equal({
      id: 'dev',
      title: 'Dev',
      locations: [],
      tags: ['a'],
      open: true,
      source: SOURCE,
    });
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("Dev"): remote "sometimes" dropped: expected none, hybrid or full.',
      'Job #1 ("Dev"): publishedAt "hier" dropped: not an ISO 8601 date.',
      'Job #1 ("Dev"): url "data:text/html,x" dropped: not an http(s) URL.',
    ]);
  });

  it('shortens a long title to 60 characters where a warning names the job', () => {
    const title = `${'Développeuse '.repeat(6)}back-end`;
    const { warnings } = one({ title, url: 'data:text/html,x' });
    const label = `${title.slice(0, 60)}…`;
    expect(warnings).to.deep.equal([
      {
        index: 0,
        job: label,
        message: `Job #1 (${JSON.stringify(label)}): url "data:text/html,x" dropped: not an http(s) URL.`,
      },
    ]);
  });

  it("keeps an organization's logo and a team's description, not the other way round", () => {
    const party = {
      url: 'https://team.example/',
      logo: 'https://team.example/logo.png',
      description: 'Nous construisons des services publics.',
    };
    const { jobs } = one({
      title: 'T',
      organization: { name: 'Org', ...party },
      team: { name: 'Équipe', ...party },
    });
    expect(jobs[0].organization).to.deep.equal({
      name: 'Org',
      url: 'https://team.example/',
      logo: 'https://team.example/logo.png',
    });
    expect(jobs[0].team).to.deep.equal({
      name: 'Équipe',
      url: 'https://team.example/',
      description: 'Nous construisons des services publics.',
    });
  });

  it('drops a URL longer than 8192 characters, a plain one too', () => {
    const long = `https://jobs.example/${'a'.repeat(9000)}`;
    const { jobs, warnings } = one({ title: 'T', url: long, apply: { url: long } });
    // Compared as booleans: a failure would otherwise print 9000 characters.
    expect('url' in jobs[0], 'url kept').to.equal(false);
    expect('apply' in jobs[0], 'apply kept').to.equal(false);
    expect(warnings.map((w) => w.message.replace(/"https[^"]*"/, 'URL'))).to.deep.equal([
      'Job #1 ("T"): apply.url URL dropped: not an http(s) URL.',
      'Job #1 ("T"): url URL dropped: not an http(s) URL.',
    ]);
  });

  it('keeps an apply that gives only instructions', () => {
    const apply = { instructions: 'Envoyez votre candidature par courrier.' };
    expect(one({ title: 'T', apply }).jobs[0].apply).to.deep.equal(apply);
  });

  it('keeps the amounts of a salary whose period is unknown, and says the period was dropped', () => {
    const { jobs, warnings } = one({
      title: 'T',
      salary: { min: 40000, currency: 'EUR', period: 'fortnight' },
    });
    expect(jobs[0].salary).to.deep.equal({ min: 40000, currency: 'EUR' });
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("T"): salary period "fortnight" dropped: expected hour, day, week, month or year.',
    ]);
  });

  it('resolves relative URLs against the feed URL', () => {
    const { jobs } = one({
      title: 'T',
      url: 'offres/t.html',
      apply: { url: '/candidater' },
      organization: { name: 'O', logo: '../logo.png' },
    });
    expect(jobs[0].url).to.equal('https://feeds.example/team/offres/t.html');
    expect(jobs[0].apply?.url).to.equal('https://feeds.example/candidater');
    expect(jobs[0].organization?.logo).to.equal('https://feeds.example/logo.png');
  });

  it('gives every URL as the URL parser writes it, plain ones too', () => {
    const urls: Record<string, string | undefined> = {
      'https://example.org/postuler/12': 'https://example.org/postuler/12',
      'http://a-b.example-c.org/x_Y//z-': 'http://a-b.example-c.org/x_Y//z-',
      'https://example.org': 'https://example.org/',
      'https://Example.org/x': 'https://example.org/x',
      'HTTPS://example.org/x': 'https://example.org/x',
      'https://01.2.3.4/x': 'https://1.2.3.4/x',
      'https://0x7f.1/x': 'https://127.0.0.1/x',
      'https://example.123/x': undefined,
      'https://example.org:443/x': 'https://example.org/x',
      'https://example.org/a/../b': 'https://example.org/b',
      'https://example.org/%2e%2e/b': 'https://example.org/b',
      'https://example.org/a b': 'https://example.org/a%20b',
    };
    for (const [given, expected] of Object.entries(urls)) {
      expect(one({ title: 'T', url: given }).jobs[0].url, given).to.equal(expected);
      expect(one({ title: 'T', apply: { url: given } }).jobs[0].apply?.url, given).to.equal(
        expected,
      );
    }
    // Never a value that only reads as a URL once made a string.
    expect(one({ title: 'T', url: ['https://example.org/x'] }).jobs[0].url).to.equal(undefined);
  });

  it('reads a mailto: apply URL as the address and refuses a bad address', () => {
    expect(
      one({ title: 'T', apply: { url: 'mailto:rh@team.example' } }).jobs[0].apply,
    ).to.deep.equal({ email: 'rh@team.example' });
    expect(one({ title: 'T', apply: 'rh@team.example' }).jobs[0].apply).to.deep.equal({
      email: 'rh@team.example',
    });
    const bad = one({ title: 'T', apply: { email: 'x@y.example?bcc=z@evil.example' } });
    expect(bad.jobs[0].apply).to.equal(undefined);
    expect(bad.warnings[0].message).to.contain('apply.email');
  });

  it('makes ids URL-safe and unique, from the id or else the title', () => {
    const { jobs } = normalizeFeed([
      { id: 42, title: 'A' },
      { id: 'Dév ops/1', title: 'B' },
      { title: 'Chef·fe de projet' },
      { title: 'Chef·fe de projet' },
      { id: 'same', title: 'C' },
      { id: 'same', title: 'D' },
      { id: '!!!', title: 'Été' },
    ]);
    expect(jobs.map((j) => j.id)).to.deep.equal([
      '42',
      'dev-ops-1',
      'chef-fe-de-projet',
      'chef-fe-de-projet-2',
      'same',
      'same-2',
      'ete',
    ]);
  });

  it('leaves a posting its own id, even when an earlier one’s slug would have taken it', () => {
    const { jobs } = normalizeFeed([
      { id: 'x y', title: 'Slug of an odd id' },
      { title: 'Designer' },
      { id: 'x-y', title: 'Own id' },
      { id: 'designer', title: 'Own id too' },
      { id: 'x-y-2', title: 'Own id, like a suffix' },
    ]);
    expect(jobs.map((j) => j.id)).to.deep.equal([
      'x-y-3',
      'designer-2',
      'x-y',
      'designer',
      'x-y-2',
    ]);
  });

  it('reads words, codes and numbers leniently', () => {
    const { jobs } = one({
      title: '  Stage data  ',
      contract: 'Stage de 6 mois',
      remote: true,
      salary: { min: '2000', max: 1200, currency: 'eur', period: 'monthly' },
      experience: 'Junior',
      open: 'false',
      locations: 'Paris',
      tags: ['a', ' a ', '', 3],
      publishedAt: '2026-11-24T9:04',
    });
    expect(jobs[0]).to.deep.include({
      title: 'Stage data',
      contract: { kind: 'internship', label: 'Stage de 6 mois' },
      remote: 'full',
      salary: { min: 1200, max: 2000, currency: 'EUR', period: 'month' },
      experience: 'junior',
      open: false,
      locations: ['Paris'],
      tags: ['a', '3'],
      publishedAt: '2026-11-24T09:04:00',
    });
  });

  it('reads an unknown contract kind from its label, else as other', () => {
    expect(
      one({ title: 'T', contract: { kind: 'CDD', label: 'x' } }).jobs[0].contract,
    ).to.deep.equal({ kind: 'fixed-term', label: 'x' });
    expect(one({ title: 'T', contract: 'à voir' }).jobs[0].contract).to.deep.equal({
      kind: 'other',
      label: 'à voir',
    });
  });

  it('lists 200 warnings, then counts the rest in one last message', () => {
    const { warnings } = normalizeFeed(Array.from({ length: 250 }, (_, i) => ({ id: `n${i}` })));
    expect(warnings).to.have.length(201);
    expect(warnings[199].message).to.equal('Job #200 ("n199"): skipped: it has no title.');
    expect(warnings[200]).to.deep.equal({ message: '50 more warnings not listed.' });
  });

  it('shows control characters of a rejected value as spaces', () => {
    const { warnings } = one({ title: 'T', remote: 'a\u0000b\nc' });
    expect(warnings[0].message).to.equal(
      'Job #1 ("T"): remote "a b c" dropped: expected none, hybrid or full.',
    );
  });

  it('drops an organization without a name, with a warning', () => {
    const { jobs, warnings } = one({ title: 'T', organization: { url: 'https://o.example' } });
    expect(jobs[0]).not.to.have.property('organization');
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("T"): organization dropped: it has no name.',
    ]);
  });

  it('reads remote: false as nothing said, without a warning', () => {
    const { jobs, warnings } = one({ title: 'T', remote: false });
    expect(jobs[0]).not.to.have.property('remote');
    expect(warnings).to.deep.equal([]);
  });

  it('warns about a contract kind it does not know, read as other', () => {
    const { jobs, warnings } = one({ title: 'T', contract: { kind: 'zzz', label: 'À définir' } });
    expect(jobs[0].contract).to.deep.equal({ kind: 'other', label: 'À définir' });
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("T"): contract kind "zzz" is unknown: read as "other".',
    ]);
  });

  it('writes a two-letter country code in capitals, keeps a name, drops what is no text', () => {
    const country = (value: unknown) => one({ title: 'T', country: value }).jobs[0].country;
    expect([country(' fr '), country('Belgique'), country('')]).to.deep.equal([
      'FR',
      'Belgique',
      undefined,
    ]);
    const { jobs, warnings } = one({ title: 'T', country: { code: 'FR' } });
    expect(jobs[0]).not.to.have.property('country');
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("T"): country dropped: expected text, got "{\\"code\\":\\"FR\\"}".',
    ]);
  });

  it('drops a negative or unreadable salary amount, with a warning that names it', () => {
    const negative = one({ title: 'T', salary: { min: -5, max: 100 } });
    expect(negative.jobs[0].salary).to.deep.equal({ max: 100 });
    expect(negative.warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("T"): salary.min "-5" dropped: expected an amount of 0 or more.',
    ]);
    const words = one({ title: 'T', salary: { min: 30000, max: 'beaucoup', currency: 'EUR' } });
    expect(words.jobs[0].salary).to.deep.equal({ min: 30000, currency: 'EUR' });
    expect(words.warnings.map((w) => w.message)).to.deep.equal([
      'Job #1 ("T"): salary.max "beaucoup" dropped: expected an amount of 0 or more.',
    ]);
    expect(one({ title: 'T', salary: { min: 0, max: null } }).warnings).to.deep.equal([]);
  });

  it('reads the French words for a filled posting as closed, in either gender', () => {
    for (const open of ['pourvu', 'Pourvue', 'Fermé', 'fermée', 'fermee', 'non', 'filled']) {
      const result = one({ title: 'T', open });
      expect(result.jobs[0].open, open).to.equal(false);
      expect(result.warnings, open).to.deep.equal([]);
    }
    for (const open of ['ouvert', 'Ouverte', 'oui']) {
      const result = one({ title: 'T', open });
      expect(result.jobs[0].open, open).to.equal(true);
      expect(result.warnings, open).to.deep.equal([]);
    }
    expect(one({ title: 'T', open: 'fermées' }).warnings).to.have.length(1);
  });

  it('warns about an unknown format and detects the format instead', () => {
    const { jobs, warnings, format } = normalizeFeed([{ title: 'T' }], {
      format: 'nope' as 'careers',
    });
    expect(format).to.equal('careers');
    expect(jobs).to.have.length(1);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'Unknown format "nope": detecting the format instead.',
    ]);
  });

  it('reads own fields only: an inherited title is no title', () => {
    const { jobs } = normalizeFeed([Object.create({ title: 'Inherited' }) as object]);
    expect(jobs).to.deep.equal([]);
  });

  it('detects nothing in values that are no feed', () => {
    for (const value of [null, 42, 'text', true, {}, { jobs: 'no' }]) {
      expect(normalizeFeed(value).format, JSON.stringify(value)).to.equal('unknown');
    }
  });
});
