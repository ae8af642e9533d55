import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeFeed, type NormalizedFeed } from '../../src/data/normalize.js';
import {
  CONTRACT_KINDS,
  EXPERIENCE_LEVELS,
  REMOTE_POLICIES,
  SALARY_PERIODS,
  type Job,
} from '../../src/data/job.js';
import { isIsoDate } from '../../src/data/adapters/fields.js';
import { safeEmail } from '../../src/data/urls.js';
import type { FeedFormat } from '../../src/data/adapters/types.js';
import { validate } from './json-schema.js';

let schema: Record<string, unknown>;

const FORMATS: Array<FeedFormat | 'auto'> = [
  'auto',
  'careers',
  'betagouv',
  'wttj',
  'greenhouse',
  'lever',
  'ashby',
  'recruitee',
  'workable',
  'jsonld',
];

const isHttp = (value: string) => /^https?:$/.test(new URL(value).protocol);
const cleanText = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value === value.trim();

/** Every invariant a normalized job keeps, whatever the input. */
function expectInvariants(result: NormalizedFeed, checkSchema = true): void {
  expect(result.format === 'unknown' || FORMATS.includes(result.format)).to.equal(true);
  for (const warning of result.warnings) expect(warning.message).to.be.a('string');
  const ids = new Set<string>();
  for (const job of result.jobs) {
    expect(job.id).to.match(/^[A-Za-z0-9_-]{1,200}$/);
    expect(ids.has(job.id), `duplicate id ${job.id}`).to.equal(false);
    ids.add(job.id);
    expect(cleanText(job.title)).to.equal(true);
    expect(job.open).to.be.a('boolean');
    for (const list of [job.locations, job.tags, job.roles ?? []]) {
      expect(Array.isArray(list)).to.equal(true);
      expect(list.every(cleanText)).to.equal(true);
      expect(new Set(list).size).to.equal(list.length);
    }
    for (const url of [
      job.url,
      job.apply?.url,
      job.organization?.url,
      job.organization?.logo,
      job.team?.url,
    ]) {
      if (url !== undefined) expect(isHttp(url), url).to.equal(true);
    }
    if (job.apply) {
      expect(job.apply.url ?? job.apply.email ?? job.apply.instructions).to.not.equal(undefined);
      if (job.apply.email !== undefined)
        expect(safeEmail(job.apply.email)).to.equal(job.apply.email);
    }
    if (job.organization) expect(cleanText(job.organization.name)).to.equal(true);
    if (job.team) expect(cleanText(job.team.name)).to.equal(true);
    if (job.remote !== undefined) expect(REMOTE_POLICIES).to.include(job.remote);
    if (job.contract) expect(CONTRACT_KINDS).to.include(job.contract.kind);
    if (job.experience !== undefined) expect(EXPERIENCE_LEVELS).to.include(job.experience);
    if (job.salary) {
      const { min, max, period, currency, text } = job.salary;
      if (text !== undefined) expect(cleanText(text)).to.equal(true);
      else expect(min !== undefined || max !== undefined).to.equal(true);
      for (const amount of [min, max]) {
        if (amount !== undefined) expect(Number.isFinite(amount) && amount >= 0).to.equal(true);
      }
      if (min !== undefined && max !== undefined) expect(min <= max).to.equal(true);
      if (period !== undefined) expect(SALARY_PERIODS).to.include(period);
      if (currency !== undefined) expect(currency).to.match(/^[A-Z]{3}$/);
    }
    for (const date of [job.publishedAt, job.updatedAt, job.closesAt, job.startsAt]) {
      if (date !== undefined) expect(isIsoDate(date), date).to.equal(true);
    }
    // Plain data: no undefined values, no functions, survives JSON.
    expect(JSON.parse(JSON.stringify(job))).to.deep.equal(job);
  }
  // And what the widget makes is a valid careers feed.
  if (checkSchema) expect(validate(schema, { version: 1, jobs: result.jobs })).to.deep.equal([]);
}

/** Values of every JSON type, biased towards the ones adapters look for. */
const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '  ',
    'CDI',
    'remote',
    'FullTime',
    '2026-11-28',
    '2026-02-30',
    'https://ok.example/a',
    '/relative',
    'javascript:alert(1)',
    ' jav\tascript:alert(1)',
    'data:text/html,x',
    'a@b.example',
    '__proto__',
    'constructor',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

const record = (keys: string[]) =>
  fc.record(Object.fromEntries(keys.map((key) => [key, anyValue])), { requiredKeys: [] });

const jobsOf = (keys: string[]) => fc.array(fc.oneof(record(keys), anyValue), { maxLength: 8 });

const CAREERS_KEYS = [
  'id',
  'title',
  'organization',
  'team',
  'roles',
  'locations',
  'remote',
  'contract',
  'salary',
  'experience',
  'tags',
  'publishedAt',
  'updatedAt',
  'closesAt',
  'startsAt',
  'open',
  'apply',
  'url',
  'description',
  'descriptionHtml',
  'summary',
  '__proto__',
  'constructor',
];

/** Near misses of each format: the right outer shape, any values inside. */
const nearMisses: Array<[string, fc.Arbitrary<unknown>]> = [
  [
    'careers',
    fc.record({
      version: fc.oneof(fc.constant(1), anyValue),
      organization: anyValue,
      jobs: jobsOf(CAREERS_KEYS),
    }),
  ],
  ['careers array', jobsOf(CAREERS_KEYS)],
  [
    'wttj',
    fc.record({
      name: anyValue,
      jobs: jobsOf([
        'id',
        'reference',
        'name',
        'slug',
        'description',
        'profile',
        'salary',
        'created_at',
        'published_at',
        'start_date',
        'office',
        'department',
        'contract_type',
        'websites_urls',
        'remote',
      ]),
    }),
  ],
  [
    'greenhouse',
    fc.record({
      jobs: jobsOf([
        'id',
        'internal_job_id',
        'title',
        'updated_at',
        'first_published',
        'location',
        'absolute_url',
        'company_name',
        'metadata',
        'content',
        'departments',
        'offices',
      ]),
      meta: anyValue,
    }),
  ],
  [
    'lever',
    jobsOf([
      'id',
      'text',
      'categories',
      'workplaceType',
      'description',
      'descriptionPlain',
      'lists',
      'additional',
      'hostedUrl',
      'applyUrl',
      'salaryRange',
      'createdAt',
    ]),
  ],
  [
    'ashby',
    fc.record({
      jobs: jobsOf([
        'id',
        'title',
        'department',
        'team',
        'employmentType',
        'location',
        'secondaryLocations',
        'address',
        'isRemote',
        'workplaceType',
        'publishedAt',
        'isListed',
        'jobUrl',
        'applyUrl',
        'descriptionHtml',
        'descriptionPlain',
        'compensation',
      ]),
    }),
  ],
  [
    'recruitee',
    fc.record({
      offers: jobsOf([
        'id',
        'slug',
        'title',
        'description',
        'requirements',
        'department',
        'employment_type_code',
        'experience_code',
        'location',
        'city',
        'country_code',
        'remote',
        'hybrid',
        'on_site',
        'salary',
        'careers_url',
        'careers_apply_url',
        'published_at',
        'close_at',
      ]),
    }),
  ],
  [
    'workable',
    fc.record({
      name: anyValue,
      jobs: jobsOf([
        'title',
        'shortcode',
        'employment_type',
        'telecommuting',
        'department',
        'url',
        'application_url',
        'published_on',
        'country',
        'city',
        'state',
        'locations',
        'experience',
        'description',
      ]),
    }),
  ],
  [
    'jsonld',
    fc.record({
      '@context': fc.constant('https://schema.org'),
      '@graph': fc.array(
        fc
          .tuple(
            record([
              'title',
              'name',
              'description',
              'datePosted',
              'validThrough',
              'employmentType',
              'hiringOrganization',
              'jobLocation',
              'jobLocationType',
              'baseSalary',
              'identifier',
              'url',
              'directApply',
              'skills',
            ]),
            fc.constantFrom('JobPosting', 'schema:JobPosting', ['JobPosting']),
          )
          .map(([posting, type]) => ({ ...posting, '@type': type })),
        { maxLength: 6 },
      ),
    }),
  ],
];

describe('normalizeFeed (properties)', () => {
  before(async () => {
    schema = (await (await fetch('/schema/careers-feed.schema.json')).json()) as Record<
      string,
      unknown
    >;
  });

  it('never throws on any JSON value, in any format, and keeps every invariant', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...FORMATS), (input, format) => {
        expectInvariants(normalizeFeed(input, { format, source: 'https://feeds.example/f.json' }));
      }),
      { numRuns: 2000 },
    );
  });

  for (const [name, arbitrary] of nearMisses) {
    it(`never throws on near misses of ${name} and keeps every invariant`, () => {
      fc.assert(
        fc.property(
          arbitrary,
          fc.constantFrom<FeedFormat | 'auto'>('auto', name.split(' ')[0] as FeedFormat),
          (input, format) => {
            expectInvariants(normalizeFeed(input, { format }));
          },
        ),
        { numRuns: 200 },
      );
    });
  }

  it('gives any URL made of the plain characters as the URL parser writes it', () => {
    // Hosts and paths that come close to what the parser rewrites or refuses: numeric and hex
    // labels (IP addresses), punycode, dot segments, capitals, escapes, ports.
    const piece = fc.constantFrom(
      ...['a', 'z9', '0', '12', '256', '0x', '0xff', 'xn', 'com', '-', '--', '.', '..', '_', 'A'],
      ...['%2e', ':443', ':80', '/', '//', '@', 'é', ' ', '\\', '?', '#'],
    );
    fc.assert(
      fc.property(
        fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', '//'),
        fc.array(piece, { minLength: 1, maxLength: 10 }),
        (scheme, pieces) => {
          const given = scheme + pieces.join('');
          let expected: string | undefined;
          try {
            const url = new URL(given);
            if (isHttp(url.href)) expected = url.href;
          } catch {
            expected = undefined;
          }
          const { jobs } = normalizeFeed([{ title: 'T', url: given }]);
          expect(jobs[0].url, given).to.equal(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('survives deep nesting, huge lists of the same title, and prototype keys', () => {
    let deep: unknown = { title: 'deep' };
    for (let i = 0; i < 10_000; i++) deep = { jobs: [deep], '@graph': [deep] };
    expectInvariants(normalizeFeed(deep));
    const many = Array.from({ length: 20_000 }, () => ({ title: 'Même poste' }));
    const result = normalizeFeed(many);
    expectInvariants(result, false);
    expect(result.jobs).to.have.length(20_000);
    expect(result.jobs[19_999].id).to.equal('meme-poste-20000');
    const proto = JSON.parse(
      '[{"__proto__": {"title": "inherited"}, "constructor": "x"}, {"title": "ok", "__proto__": {"url": "javascript:alert(1)"}}]',
    );
    const read = normalizeFeed(proto);
    expect(read.jobs.map((j: Job) => j.title)).to.deep.equal(['ok']);
    expect(read.jobs[0].url).to.equal(undefined);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
  });

  it('caps the warnings of a huge broken feed', () => {
    const result = normalizeFeed(Array.from({ length: 5000 }, (_, i) => ({ id: i })));
    expect(result.jobs).to.deep.equal([]);
    expect(result.warnings.length).to.be.lessThan(300);
    expect(result.warnings.at(-1)?.message).to.match(/more warnings/);
  });
});
