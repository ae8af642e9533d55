import { expect } from '@open-wc/testing';
import {
  EMPTY_FILTERS,
  buildFacets,
  filterJobs,
  foldText,
  hasActiveFilters,
  indexJobs,
  isClosed,
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
  });

  it('indexes jobs newest first, undated last, once', () => {
    const indexed = indexJobs(JOBS);
    expect(indexed.map((entry) => entry.job.id)).to.deep.equal(['design', 'dev', 'pm']);
    expect(indexed[0].text).to.contain('des parcours accessibles');
    expect(indexed[0].text).not.to.contain('<strong>');
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

  it('knows closed postings: flagged, or past a closing date (a date closes at its end)', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(isClosed(job({ open: false }), now)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-27' }), now)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-28T11:00:00Z' }), now)).to.equal(true);
    expect(isClosed(job({ closesAt: '2026-11-29' }), now)).to.equal(false);
    expect(isClosed(job({ closesAt: 'bientôt' }), now)).to.equal(false);
    expect(indexJobs([job({ open: false })], now)[0].closed).to.equal(true);
  });

  it('tells whether any filter is set', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS })).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: '  ' })).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, tag: 'Python' })).to.equal(true);
  });
});
