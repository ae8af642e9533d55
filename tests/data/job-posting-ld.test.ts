import { expect } from '@open-wc/testing';
import { jobPostingLd, jsonLdScriptText } from '../../src/data/job-posting-ld.js';
import { SALARY_PERIODS, type Job } from '../../src/data/job.js';

const JOB: Job = {
  id: 'dev',
  title: 'Développeur·se </script><script>alert(1)</script>',
  organization: {
    name: 'Exemple Numérique',
    url: 'https://example.org',
    logo: 'https://example.org/logo.png',
  },
  locations: ['Paris', 'Lyon'],
  country: 'FR',
  remote: 'full',
  contract: { kind: 'freelance' },
  salary: { min: 500, max: 650, currency: 'EUR', period: 'day' },
  tags: [],
  open: true,
  publishedAt: '2026-11-20',
  closesAt: '2999-12-31',
  url: 'https://example.org/offres/dev',
  apply: { url: 'https://example.org/offres/dev' },
};

describe('jobPostingLd', () => {
  it('describes the posting as a schema.org JobPosting', () => {
    const ld = jobPostingLd(JOB, { descriptionHtml: '<p>Bonjour</p>' })!;
    expect(ld).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: JOB.title,
      description: '<p>Bonjour</p>',
      datePosted: '2026-11-20',
      validThrough: '2999-12-31',
      employmentType: 'CONTRACTOR',
      jobLocationType: 'TELECOMMUTE',
      url: 'https://example.org/offres/dev',
      directApply: true,
    });
    expect(ld.identifier).to.deep.equal({
      '@type': 'PropertyValue',
      name: 'Exemple Numérique',
      value: 'dev',
    });
    expect(ld.hiringOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Exemple Numérique',
      sameAs: 'https://example.org',
      logo: 'https://example.org/logo.png',
    });
    // Google requires the country of a place, and asks where a remote worker may live.
    expect(ld.jobLocation).to.deep.equal(
      ['Paris', 'Lyon'].map((addressLocality) => ({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality, addressCountry: 'FR' },
      })),
    );
    expect(ld.applicantLocationRequirements).to.deep.equal({ '@type': 'Country', name: 'FR' });
    expect(ld.baseSalary).to.deep.equal({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 500, maxValue: 650, unitText: 'DAY' },
    });
  });

  it('leaves out what it does not know, and uses the deep link when the posting has no url', () => {
    const ld = jobPostingLd(
      {
        id: 'x',
        title: 'T',
        locations: [],
        tags: [],
        open: true,
        salary: { text: 'selon profil' },
      },
      { url: 'https://host.example/#job=x' },
    )!;
    expect(ld.url).to.equal('https://host.example/#job=x');
    for (const key of ['baseSalary', 'jobLocation', 'hiringOrganization', 'employmentType']) {
      expect(ld, key).not.to.have.property(key);
    }
    expect(ld.directApply).to.equal(false);
  });

  it('names every salary period with Google’s unitText, and applies directly only on its own page', () => {
    const units = SALARY_PERIODS.map(
      (period) =>
        (
          jobPostingLd({ ...JOB, salary: { min: 1, currency: 'EUR', period } })!.baseSalary as {
            value: { unitText: string };
          }
        ).value.unitText,
    );
    expect(units).to.deep.equal(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);
    const elsewhere = { ...JOB, apply: { url: 'https://example.org/candidater' } };
    expect(jobPostingLd(elsewhere)!.directApply).to.equal(false);
    const noPage = { ...JOB, url: undefined, apply: { email: 'rh@example.org' } };
    expect(jobPostingLd(noPage)!.directApply).to.equal(false);
  });

  it('gives as jobLocation only places, not the words for remote work', () => {
    const place = (locality: string) => ({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: locality, addressCountry: 'FR' },
    });
    const hybrid = jobPostingLd({
      ...JOB,
      remote: 'hybrid',
      locations: ['Paris', 'Télétravail', 'Remote - Europe', 'Lyon, France'],
    })!;
    expect(hybrid.jobLocation).to.deep.equal([place('Paris'), place('Lyon, France')]);
    expect(hybrid).not.to.have.property('jobLocationType');
    const remote = jobPostingLd({ ...JOB, remote: 'full', locations: ['100% remote'] })!;
    expect(remote).not.to.have.property('jobLocation');
    expect(remote.jobLocationType).to.equal('TELECOMMUTE');
  });

  it('names no country it does not know', () => {
    const ld = JSON.parse(jsonLdScriptText(jobPostingLd({ ...JOB, country: undefined }))) as {
      jobLocation: Array<{ address: Record<string, string> }>;
    };
    expect(ld.jobLocation.map((place) => place.address)).to.deep.equal([
      { '@type': 'PostalAddress', addressLocality: 'Paris' },
      { '@type': 'PostalAddress', addressLocality: 'Lyon' },
    ]);
    expect(ld).not.to.have.property('applicantLocationRequirements');
    // No remote worker to place: no requirement, even with a country.
    expect(jobPostingLd({ ...JOB, remote: 'hybrid' })).not.to.have.property(
      'applicantLocationRequirements',
    );
  });

  it('links to the posting’s own page rather than the deep link', () => {
    expect(jobPostingLd(JOB, { url: 'https://host.example/#job=dev' })!.url).to.equal(JOB.url);
  });

  it('falls back to the summary, then the title, for the description', () => {
    const bare = { ...JOB, descriptionHtml: undefined, summary: 'En bref' };
    expect(jobPostingLd(bare)!.description).to.equal('En bref');
    expect(jobPostingLd({ ...bare, summary: undefined })!.description).to.equal(JOB.title);
  });

  it('never takes the posting’s own, unsanitized, descriptionHtml for the description', () => {
    const hostile = { ...JOB, descriptionHtml: '<img src=x onerror=alert(1)>', summary: 'En bref' };
    expect(jobPostingLd(hostile)!.description).to.equal('En bref');
    const clean = '<p>Bonjour</p>';
    expect(jobPostingLd(hostile, { descriptionHtml: clean })!.description).to.equal(clean);
  });

  it('names the organization before the team, and the team when it hires alone', () => {
    const both = jobPostingLd({ ...JOB, team: { name: 'Équipe Potager' } })!;
    expect((both.identifier as { name: string }).name).to.equal('Exemple Numérique');
    const teamOnly = jobPostingLd({
      ...JOB,
      organization: undefined,
      team: { name: 'Équipe Potager', url: 'https://potager.example' },
    })!;
    expect((teamOnly.identifier as { name: string }).name).to.equal('Équipe Potager');
    expect(teamOnly.hiringOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Équipe Potager',
      sameAs: 'https://potager.example',
      logo: undefined,
    });
  });

  it('maps each contract kind to its schema.org employmentType', () => {
    const types = (
      ['permanent', 'fixed-term', 'internship', 'part-time', 'volunteer', 'apprenticeship'] as const
    ).map((kind) => jobPostingLd({ ...JOB, contract: { kind } })!.employmentType);
    expect(types).to.deep.equal([
      'FULL_TIME',
      'TEMPORARY',
      'INTERN',
      'PART_TIME',
      'VOLUNTEER',
      'OTHER',
    ]);
  });

  it('keeps a place that also names hybrid work', () => {
    const ld = jobPostingLd({ ...JOB, remote: 'hybrid', locations: ['Lyon (hybride)'] })!;
    expect(ld.jobLocation).to.deep.equal([
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Lyon (hybride)',
          addressCountry: 'FR',
        },
      },
    ]);
  });

  it('gives a baseSalary only with a currency and an amount', () => {
    expect(jobPostingLd({ ...JOB, salary: { min: 500, period: 'day' } })).not.to.have.property(
      'baseSalary',
    );
    expect(
      jobPostingLd({ ...JOB, salary: { currency: 'EUR', period: 'day' } }),
    ).not.to.have.property('baseSalary');
    expect(jobPostingLd({ ...JOB, salary: { max: 650, currency: 'EUR' } })).to.have.property(
      'baseSalary',
    );
  });

  it('marks up no closed posting: flagged closed, or past its closing date (end of that day)', () => {
    expect(jobPostingLd(JOB), 'open, closes later').to.be.an('object');
    expect(jobPostingLd({ ...JOB, open: false }), 'filled').to.equal(undefined);
    expect(jobPostingLd({ ...JOB, closesAt: '2000-01-31' }), 'past its date').to.equal(undefined);
    expect(
      jobPostingLd({ ...JOB, closesAt: '2000-01-31T12:00:00Z' }),
      'past its date-time',
    ).to.equal(undefined);
    const today = new Date().toISOString().slice(0, 10);
    expect(jobPostingLd({ ...JOB, closesAt: today }), 'closes tonight').to.have.property(
      'validThrough',
      today,
    );
    expect(jobPostingLd({ ...JOB, closesAt: undefined }), 'open, no closing date').to.be.an(
      'object',
    );
  });
});

describe('jsonLdScriptText', () => {
  it('can never close the script element, and stays the same JSON', () => {
    const value = jobPostingLd(JOB);
    const text = jsonLdScriptText(value);
    expect(text).not.to.contain('<');
    expect(text).to.contain('\\u003c/script>');
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(value)));
    expect(jsonLdScriptText('a\u2028b')).to.equal('"a\\u2028b"');
    expect(jsonLdScriptText('a\u2029b')).to.equal('"a\\u2029b"');
  });
});
