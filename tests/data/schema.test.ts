import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/data/normalize.js';
import type { Job } from '../../src/data/job.js';
import { validate } from './json-schema.js';
import { FORMAT_FIXTURES, fixture } from './fixtures.js';

type Schema = Record<string, unknown>;
let schema: Schema;
const defs = () => schema.$defs as Record<string, Schema>;
const props = (name: string) => Object.keys(defs()[name].properties as object).sort();

/** A Job with every field set: TypeScript refuses it if a field is missing from Job. */
const FULL_JOB: Required<Job> = {
  id: 'full',
  title: 'Full',
  organization: { name: 'Org', url: 'https://org.example/', logo: 'https://org.example/l.png' },
  team: { name: 'Team', url: 'https://team.example/', description: 'Pitch' },
  roles: ['Dev'],
  locations: ['Paris'],
  country: 'FR',
  remote: 'hybrid',
  contract: { kind: 'permanent', label: 'CDI' },
  salary: { min: 1, max: 2, currency: 'EUR', period: 'year' },
  experience: 'mid',
  tags: ['a'],
  publishedAt: '2026-11-28',
  updatedAt: '2026-11-28T10:00:00Z',
  closesAt: '2026-12-28',
  startsAt: '2027-01-04',
  open: true,
  apply: { url: 'https://org.example/apply', email: 'jobs@org.example', instructions: 'Write.' },
  url: 'https://org.example/jobs/full',
  description: 'Text',
  descriptionHtml: '<p>Text</p>',
  summary: 'Text',
  language: 'fr',
  source: 'https://org.example/feed.json',
};

describe('schema/careers-feed.schema.json', () => {
  before(async () => {
    schema = (await (await fetch('/schema/careers-feed.schema.json')).json()) as Schema;
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('names exactly the fields of the Job type', () => {
    expect(props('job')).to.deep.equal(Object.keys(FULL_JOB).sort());
    const nested: Array<[string, object]> = [
      ['organization', FULL_JOB.organization],
      ['team', FULL_JOB.team],
      ['contract', FULL_JOB.contract],
      ['apply', FULL_JOB.apply],
    ];
    for (const [name, sample] of nested) {
      expect(props(name), name).to.deep.equal(Object.keys(sample).sort());
    }
    const range = (defs().salary.oneOf as Schema[])[0].properties as object;
    expect(Object.keys(range).sort()).to.deep.equal(Object.keys(FULL_JOB.salary).sort());
  });

  it('accepts a job with every field, and the same feed as a bare array', () => {
    expect(validate(schema, { version: 1, jobs: [FULL_JOB] })).to.deep.equal([]);
    expect(validate(schema, [FULL_JOB])).to.deep.equal([]);
  });

  it('refuses unknown fields, bad enums, unsafe URLs, bad dates and bad ids', () => {
    const bad = (patch: Partial<Record<keyof Job | 'extra', unknown>>) =>
      validate(schema, { version: 1, jobs: [{ ...FULL_JOB, ...patch }] });
    expect(bad({ extra: 1 })).to.not.deep.equal([]);
    expect(bad({ remote: 'sometimes' })).to.not.deep.equal([]);
    expect(bad({ url: 'javascript:alert(1)' })).to.not.deep.equal([]);
    expect(bad({ publishedAt: 'yesterday' })).to.not.deep.equal([]);
    expect(bad({ id: 'has space' })).to.not.deep.equal([]);
    expect(bad({ salary: { text: 'x', min: 1 } })).to.not.deep.equal([]);
    expect(bad({ contract: { kind: 'CDI' } })).to.not.deep.equal([]);
    expect(bad({ language: 'French' })).to.not.deep.equal([]);
    expect(bad({ language: 'fr_FR' })).to.not.deep.equal([]);
    expect(validate(schema, { version: 1, language: 'fr-FR', jobs: [] })).to.deep.equal([]);
    expect(validate(schema, { version: 1, language: 'fr-', jobs: [] })).to.not.deep.equal([]);
    expect(validate(schema, { version: 2, jobs: [] })).to.not.deep.equal([]);
  });

  it('validates the careers fixture', async () => {
    expect(validate(schema, await fixture('careers'))).to.deep.equal([]);
  });

  for (const name of FORMAT_FIXTURES) {
    it(`validates what normalizeFeed makes of the ${name} fixture`, async () => {
      const { jobs } = normalizeFeed(await fixture(name), { source: 'https://f.example/f.json' });
      expect(jobs.length).to.be.greaterThan(0);
      expect(validate(schema, { version: 1, jobs })).to.deep.equal([]);
    });
  }
});
