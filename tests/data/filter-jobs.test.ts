import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EMPTY_FILTERS,
  buildFacets,
  FACET_NAMES,
  filterJobs,
  filterWithCounts,
  foldText,
  hasActiveFilters,
  indexJobs,
  matchFacetValues,
  isClosed,
  warmIndex,
} from '../../src/data/filter-jobs.js';
import type { Job } from '../../src/data/job.js';

const job = (fields: Partial<Job>): Job => ({
  id: 'x',
  title: 'Poste',
  locations: [],
  tags: [],
  open: true,
  ...fields,
});

/** The oracle's own reading of a facet: the values a job gives it, as a list. */
function facetValues(job: Job, facet: (typeof FACET_NAMES)[number]): string[] {
  const value = {
    organization: job.team?.name ?? job.organization?.name,
    location: job.locations,
    contract: job.contract?.kind,
    remote: job.remote,
    experience: job.experience,
    tag: job.tags,
  }[facet];
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

const JOBS: Job[] = [
  job({
    id: 'dev',
    title: 'Développeur·se back-end',
    organization: { name: 'Exemple Numérique' },
    team: { name: 'Équipe Potager' },
    locations: ['Paris'],
    contract: { kind: 'freelance', label: 'Indépendant·e' },
    remote: 'hybrid',
    experience: 'senior',
    tags: ['Python'],
    publishedAt: '2026-11-20',
  }),
  job({
    id: 'design',
    title: 'Designer',
    organization: { name: 'Atelier Fictif' },
    locations: ['Lyon', 'Paris'],
    contract: { kind: 'permanent' },
    remote: 'full',
    experience: 'junior',
    tags: ['Figma'],
    publishedAt: '2026-11-25T10:00:00Z',
    descriptionHtml: '<p>Des <strong>parcours</strong> accessibles</p>',
  }),
  job({
    id: 'pm',
    title: 'Product manager',
    organization: { name: 'Atelier Fictif' },
    locations: ['Marseille'],
    contract: { kind: 'permanent' },
    tags: ['Python', 'Agile'],
    description: 'Piloter un **service** public.',
  }),
];

describe('filter-jobs', () => {
  it('folds case, accents and middle dots', () => {
    expect(foldText('  Développeur·se  ÉQUIPE ')).to.equal('developpeurse equipe');
    expect(foldText('Startup d\u2019État, CŒUR de métier, front\u2011end, Cæsar')).to.equal(
      "startup d'etat, coeur de metier, front end, caesar",
    );
  });

  it('searches what a description says, not where its links lead, in Markdown as in HTML', () => {
    const indexed = indexJobs([
      job({
        id: 'md',
        description:
          'Voir [notre dépôt](https://github.com/org/depot "Le code") et ' +
          '![le logo](https://cdn.example.org/logo_(grand).png) ou https://visible.example.org.',
      }),
      job({
        id: 'html',
        descriptionHtml: '<p>Voir <a href="https://github.com/x">le code</a></p>',
      }),
    ]);
    const ids = (query: string) =>
      filterJobs(indexed, { ...EMPTY_FILTERS, query }).map((entry) => entry.job.id);
    expect(ids('github')).to.deep.equal([]);
    expect(ids('cdn')).to.deep.equal([]);
    expect(ids('grand')).to.deep.equal([]);
    expect(ids('notre depot')).to.deep.equal(['md']);
    expect(ids('logo ou')).to.deep.equal(['md']);
    expect(ids('visible.example')).to.deep.equal(['md']);
    expect(ids('le code')).to.deep.equal(['html']);
  });

  it('folds a hostile description of half-open links without backtracking for ever', () => {
    const hostile = '](a "x'.repeat(20_000) + ']('.repeat(50_000) + '](' + 'a'.repeat(100_000);
    const [entry] = indexJobs([job({ id: 'h', description: hostile })]);
    expect(entry.text.length).to.be.greaterThan(300_000);
  });

  it('finds typographic apostrophes, ligatures and hyphens as a keyboard types them', () => {
    const indexed = indexJobs([
      job({ id: 'etat', title: 'Chargé·e de mission d\u2019État', tags: ['Cœur de métier'] }),
    ]);
    const found = (query: string) => filterJobs(indexed, { ...EMPTY_FILTERS, query }).length;
    expect(found("d'etat")).to.equal(1);
    expect(found('d\u2019État')).to.equal(1);
    expect(found('coeur de metier')).to.equal(1);
    expect(found('cœur')).to.equal(1);
    expect(found("l'etat")).to.equal(0);
    const stack = indexJobs([job({ id: 'fs', title: 'Développeur·se full\u2011stack' })]);
    for (const query of ['full-stack', 'full stack', 'Full\u2011Stack']) {
      expect(filterJobs(stack, { ...EMPTY_FILTERS, query }), query).to.have.length(1);
    }
  });

  it('indexes jobs newest first, undated last, once', () => {
    const indexed = indexJobs(JOBS);
    expect(indexed.map((entry) => entry.job.id)).to.deep.equal(['design', 'dev', 'pm']);
    expect(indexed[0].text).to.contain('des parcours accessibles');
    expect(indexed[0].text).not.to.contain('<strong>');
  });

  it('warms the search index in slices, stopping when out of time and resuming', () => {
    const indexed = indexJobs(JOBS);
    let budget = 2;
    expect(warmIndex(indexed, 0, () => budget-- > 0)).to.equal(2);
    expect(warmIndex(indexed, 2, () => true)).to.equal(indexed.length);
    expect(warmIndex(indexed, indexed.length, () => true)).to.equal(indexed.length);
    expect(filterJobs(indexed, { ...EMPTY_FILTERS, query: 'parcours accessibles' })).to.have.length(
      1,
    );
  });

  it('finds every word in title, organization, team, tags, locations and description', () => {
    const indexed = indexJobs(JOBS);
    const ids = (query: string) =>
      filterJobs(indexed, { ...EMPTY_FILTERS, query }).map((entry) => entry.job.id);
    expect(ids('developpeur')).to.deep.equal(['dev']);
    expect(ids('DÉVELOPPEUSE')).to.deep.equal([]);
    expect(ids('potager')).to.deep.equal(['dev']);
    expect(ids('atelier')).to.deep.equal(['design', 'pm']);
    expect(ids('python paris')).to.deep.equal(['dev']);
    expect(ids('service')).to.deep.equal(['pm']);
    expect(ids('marseille')).to.deep.equal(['pm']);
    expect(ids('')).to.deep.equal(['design', 'dev', 'pm']);
  });

  it('writes facet values as the feed does when they differ only by case, accents or dots', () => {
    const facets = {
      location: [{ value: 'Île-de-France', count: 2 }],
      tag: [{ value: 'Développeur·se', count: 1 }],
    };
    const loose = { ...EMPTY_FILTERS, location: 'ile-de-france', tag: 'DEVELOPPEURSE' };
    expect(matchFacetValues(loose, facets)).to.deep.equal({
      ...EMPTY_FILTERS,
      location: 'Île-de-France',
      tag: 'Développeur·se',
    });
    // Exact, unknown or empty values: the very same object back.
    for (const filters of [
      { ...EMPTY_FILTERS, location: 'Île-de-France' },
      { ...EMPTY_FILTERS, location: 'Lyon' },
      EMPTY_FILTERS,
    ]) {
      expect(matchFacetValues(filters, facets)).to.equal(filters);
    }
  });

  it('filters on facets, combined with the query', () => {
    const indexed = indexJobs(JOBS);
    const ids = (filters: Partial<typeof EMPTY_FILTERS>) =>
      filterJobs(indexed, { ...EMPTY_FILTERS, ...filters }).map((entry) => entry.job.id);
    expect(ids({ location: 'Paris' })).to.deep.equal(['design', 'dev']);
    expect(ids({ contract: 'permanent' })).to.deep.equal(['design', 'pm']);
    expect(ids({ remote: 'full' })).to.deep.equal(['design']);
    expect(ids({ experience: 'senior' })).to.deep.equal(['dev']);
    expect(ids({ tag: 'Python', organization: 'Atelier Fictif' })).to.deep.equal(['pm']);
    expect(ids({ organization: 'Équipe Potager' })).to.deep.equal(['dev']);
    expect(ids({ location: 'Paris', query: 'designer' })).to.deep.equal(['design']);
  });

  it('builds facets with counts, enumerations in their natural order', () => {
    const facets = buildFacets(indexJobs(JOBS));
    expect(facets.location).to.deep.equal([
      { value: 'Lyon', count: 1 },
      { value: 'Marseille', count: 1 },
      { value: 'Paris', count: 2 },
    ]);
    expect(facets.contract).to.deep.equal([
      { value: 'permanent', count: 2 },
      { value: 'freelance', count: 1 },
    ]);
    expect(facets.experience.map((option) => option.value)).to.deep.equal(['junior', 'senior']);
    expect(facets.organization.map((option) => option.value)).to.deep.equal([
      'Atelier Fictif',
      'Équipe Potager',
    ]);
    expect(facets.tag.find((option) => option.value === 'Python')!.count).to.equal(2);
  });

  it('counts a posting once per value, even when a list repeats it, short or long', () => {
    const many = Array.from({ length: 40 }, (_, i) => `T${i % 20}`);
    const facets = buildFacets(
      indexJobs([
        job({ id: 'a', tags: ['Go', 'Go', 'Rust'], locations: ['Lyon', 'Lyon'] }),
        job({ id: 'b', tags: many }),
      ]),
    );
    expect(facets.tag.find((option) => option.value === 'Go')!.count).to.equal(1);
    expect(facets.tag.find((option) => option.value === 'T7')!.count).to.equal(1);
    expect(facets.tag).to.have.length(22);
    expect(facets.location).to.deep.equal([{ value: 'Lyon', count: 1 }]);
    const { counts } = filterWithCounts(indexJobs([job({ id: 'b', tags: many })]), {
      ...EMPTY_FILTERS,
      tag: 'T3',
    });
    expect(counts.tag.get('T3')).to.equal(1);
  });

  it('knows closed postings: flagged, or past a closing date (a date closes at its end)', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(isClosed(job({ open: false }), now)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-27' }), now)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-28T11:00:00Z' }), now)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-29' }), now)).to.equal(false);
    expect(isClosed(job({ closesAt: 'bientôt' }), now)).to.equal(false);
    expect(indexJobs([job({ open: false })], now)[0].closed).to.equal(true);
  });

  it('closes a posting at the very instant of its closing time', () => {
    const at = '2026-11-28T12:00:00Z';
    expect(isClosed(job({ closesAt: at }), Date.parse(at))).to.equal(true);
    expect(isClosed(job({ closesAt: at }), Date.parse(at) - 1)).to.equal(false);
    const dayEnd = Date.parse('2026-11-29T00:00:00Z');
    expect(isClosed(job({ closesAt: '2026-11-28' }), dayEnd)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-28' }), dayEnd - 1)).to.equal(false);
  });

  it('dates a posting without publishedAt by its updatedAt when sorting', () => {
    const indexed = indexJobs([
      job({ id: 'undated' }),
      job({ id: 'old', publishedAt: '2026-01-01' }),
      job({ id: 'updated', updatedAt: '2026-06-01' }),
    ]);
    expect(indexed.map((entry) => entry.job.id)).to.deep.equal(['updated', 'old', 'undated']);
  });

  it('orders experience levels from student to executive, not alphabetically', () => {
    const levels = ['executive', 'senior', 'student', 'mid', 'junior'] as const;
    const facets = buildFacets(
      indexJobs(levels.map((experience, i) => job({ id: `j${i}`, experience }))),
    );
    expect(facets.experience.map((option) => option.value)).to.deep.equal([
      'student',
      'junior',
      'mid',
      'senior',
      'executive',
    ]);
  });

  it('offers no option for a blank value', () => {
    const facets = buildFacets(indexJobs([job({ organization: { name: '' } })]));
    expect(facets.organization).to.deep.equal([]);
  });

  it('tells whether any filter is set', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS })).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: '  ' })).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, tag: 'Python' })).to.equal(true);
  });
});

describe('filterWithCounts', () => {
  const places = ['Paris', 'Lyon', 'Lille', 'Nantes'];
  const tags = ['Python', 'Ruby', 'Design', 'Data'];
  const kinds = ['permanent', 'fixed-term', 'freelance'] as const;
  const arbitraryJob = fc.record({
    title: fc.constantFrom('Développeur·se', 'Designer', 'Data scientist', 'Coach'),
    org: fc.constantFrom('Atelier', 'Fabrique', 'Potager'),
    locations: fc.uniqueArray(fc.constantFrom(...places), { maxLength: 3 }),
    tags: fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 3 }),
    kind: fc.option(fc.constantFrom(...kinds), { nil: undefined }),
    remote: fc.option(fc.constantFrom('none', 'hybrid', 'full') as fc.Arbitrary<'none'>, {
      nil: undefined,
    }),
  });
  const arbitraryFilters = fc.record({
    query: fc.constantFrom('', 'data', 'de', 'coach potager', 'zzz'),
    organization: fc.constantFrom('', 'Atelier', 'Fabrique'),
    location: fc.constantFrom('', ...places),
    contract: fc.constantFrom('', ...kinds),
    remote: fc.constantFrom('', 'hybrid', 'full'),
    experience: fc.constant(''),
    tag: fc.constantFrom('', ...tags),
  });

  it('finds what filterJobs finds, and counts for each option what choosing it would give', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryJob, { maxLength: 30 }),
        arbitraryFilters,
        (drafts, filters) => {
          const indexed = indexJobs(
            drafts.map((draft, i) =>
              job({
                id: `j${i}`,
                title: draft.title,
                organization: { name: draft.org },
                locations: draft.locations,
                tags: draft.tags,
                contract: draft.kind ? { kind: draft.kind } : undefined,
                remote: draft.remote,
              }),
            ),
          );
          // The oracle: every filter applied the plain way.
          const naive = (f: typeof filters) =>
            indexed.filter(
              (entry) =>
                foldText(f.query)
                  .split(' ')
                  .every((word) => entry.text.includes(word)) &&
                FACET_NAMES.every(
                  (facet) => !f[facet] || facetValues(entry.job, facet).includes(f[facet]),
                ),
            );
          const { results, counts } = filterWithCounts(indexed, filters);
          expect(results).to.deep.equal(naive(filters));
          expect(filterJobs(indexed, filters)).to.deep.equal(results);
          const options = buildFacets(indexed);
          for (const facet of FACET_NAMES) {
            for (const { value } of options[facet]) {
              const chosen = naive({ ...filters, [facet]: value });
              expect(counts[facet].get(value) ?? 0, `${facet}=${value}`).to.equal(chosen.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts every option over all postings when no filter is set', () => {
    const indexed = indexJobs(JOBS);
    const { results, counts } = filterWithCounts(indexed, EMPTY_FILTERS);
    expect(results).to.have.length(indexed.length);
    for (const [facet, options] of Object.entries(buildFacets(indexed))) {
      for (const { value, count } of options) {
        expect(counts[facet as keyof typeof counts].get(value)).to.equal(count);
      }
    }
  });
});
