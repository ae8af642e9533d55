/**
 * Search and facets over normalized jobs: pure functions, no DOM. The board indexes a feed
 * once (`indexJobs`: sorted newest first, search text precomputed) so that each keystroke is
 * only a substring scan.
 */
import { CONTRACT_KINDS, EXPERIENCE_LEVELS, REMOTE_POLICIES, type Job } from './job.js';

/** The facets a visitor can filter on. */
export type FacetName = 'organization' | 'location' | 'contract' | 'remote' | 'experience' | 'tag';

export const FACET_NAMES: readonly FacetName[] = [
  'organization',
  'location',
  'contract',
  'remote',
  'experience',
  'tag',
];

/** What the visitor asked for: free text plus one value per facet ('' = any). */
export interface JobFilters {
  query: string;
  organization: string;
  location: string;
  contract: string;
  remote: string;
  experience: string;
  tag: string;
}

export const EMPTY_FILTERS: Readonly<JobFilters> = Object.freeze({
  query: '',
  organization: '',
  location: '',
  contract: '',
  remote: '',
  experience: '',
  tag: '',
});

/** A job with what searching and sorting need, computed once. */
export interface IndexedJob {
  job: Job;
  /** Case-, accent- and interpunct-free text of every searchable field. */
  text: string;
  /** Closed, or past its closing date. */
  closed: boolean;
  /** Publication time in ms (NaN when unknown). */
  time: number;
}

export interface FacetOption {
  value: string;
  count: number;
}

/**
 * Text folded for searching: lower case, no diacritics, no middle dots (so "developpeur"
 * finds "Développeur·se"), typographic apostrophes, hyphens and the œ and æ ligatures as typed
 * on a keyboard (so "d'etat" finds "d’État", "coeur" finds "cœur", "front end" finds
 * "front-end" and the other way round), spaces collapsed. Lower case comes first, so Œ and Æ
 * need no rules of their own.
 */
export function foldText(value: string): string {
  // Each replace copies the text: diacritics and dots go in one, hyphens with the spaces.
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00b7\u2027\u2219\u22c5\u30fb\u2022]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\s\u2010\u2011-]+/g, ' ')
    .trim();
}

/**
 * A date; a date-only string is a calendar date where the visitor is (local midnight, never
 * shifted by a time zone), `days` later.
 */
export function parseDate(iso: string | undefined, days = 0): Date | undefined {
  if (!iso) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = dateOnly
    ? new Date(+dateOnly[1], +dateOnly[2] - 1, +dateOnly[3] + days)
    : new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Whether a posting is closed now: flagged so, or past its closing date. A date closes at the
 * end of that day where the visitor is, as the dates shown are read.
 */
export function isClosed(job: Job, now: number = Date.now()): boolean {
  if (!job.open) return true;
  const closes = parseDate(job.closesAt, 1);
  return !!closes && closes.getTime() <= now;
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ');

/**
 * Markdown without the destinations of its links and images (`[text](url "title")` keeps
 * `[text]`): the visitor reads the link's text, not its address, as with an HTML description,
 * whose `href`s go with its tags. A destination may hold one level of parentheses, and no
 * `]`: each try stops at the next one, so a hostile description costs linear time.
 */
const stripLinkDestinations = (markdown: string) =>
  markdown.replace(/\]\((?:[^()\s\]]|\([^()\s\]]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g, '] ');

/**
 * What a job gives a facet, without allocating: one value, a list, or nothing. The hot loops
 * (facet counts, filtering) read this.
 */
function facetValue(job: Job, facet: FacetName): string | readonly string[] | undefined {
  switch (facet) {
    case 'organization':
      return job.team?.name ?? job.organization?.name;
    case 'location':
      return job.locations;
    case 'contract':
      return job.contract?.kind;
    case 'remote':
      return job.remote;
    case 'experience':
      return job.experience;
    case 'tag':
      return job.tags;
  }
}

/** Whether a job has `wanted` among its values for a facet. */
function hasFacetValue(job: Job, facet: FacetName, wanted: string): boolean {
  const value = facetValue(job, facet);
  return typeof value === 'string'
    ? value === wanted
    : value !== undefined && value.includes(wanted);
}

function searchableText(job: Job): string {
  return foldText(
    [
      job.title,
      job.organization?.name,
      job.team?.name,
      ...(job.roles ?? []),
      ...job.locations,
      ...job.tags,
      job.contract?.label,
      job.summary,
      job.description ? stripLinkDestinations(job.description) : undefined,
      job.descriptionHtml ? stripTags(job.descriptionHtml) : undefined,
    ]
      .filter(Boolean)
      .join(' \u0000 '),
  );
}

/** One indexed posting; its search text is folded on first use, not while the list first paints. */
class IndexEntry implements IndexedJob {
  private folded?: string;

  constructor(
    readonly job: Job,
    readonly closed: boolean,
    readonly time: number,
  ) {}

  get text(): string {
    return (this.folded ??= searchableText(this.job));
  }
}

/**
 * Indexes jobs once: newest first (undated last, source order kept). The search text is folded
 * lazily (it is most of the indexing cost): call `warmIndex` when the page is idle.
 */
export function indexJobs(jobs: readonly Job[], now: number = Date.now()): IndexedJob[] {
  return jobs
    .map(
      (job) =>
        new IndexEntry(job, isClosed(job, now), Date.parse(job.publishedAt ?? job.updatedAt ?? '')),
    )
    .sort((a, b) => {
      const at = isNaN(a.time) ? -Infinity : a.time;
      const bt = isNaN(b.time) ? -Infinity : b.time;
      return bt - at;
    });
}

/**
 * Folds the search text of `indexed[from...]` while `hasTime()` says so; returns where it
 * stopped (`indexed.length` when done), so the caller can go on in the next idle period.
 */
export function warmIndex(indexed: readonly IndexedJob[], from: number, hasTime: () => boolean) {
  let i = from;
  while (i < indexed.length && hasTime()) void indexed[i++].text;
  return i;
}

const ORDER: Partial<Record<FacetName, readonly string[]>> = {
  contract: CONTRACT_KINDS,
  remote: REMOTE_POLICIES,
  experience: EXPERIENCE_LEVELS,
};

let collator: Intl.Collator | undefined;

/**
 * The collator that sorts facet values (French rules: accents and case are secondary). Made
 * once; the first one costs several milliseconds (locale data), so the board makes it in idle
 * time while its feed loads.
 */
export function facetCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('fr', { sensitivity: 'base' }));
}

/**
 * Calls `add` once per value of a job. Lists are distinct already (by textList); a repeat is
 * skipped all the same: by a scan for the usual few values (no Set per job), by a Set for long
 * lists.
 */
function eachValue(
  values: string | readonly string[] | undefined,
  add: (value: string) => void,
): void {
  if (!values) return;
  if (typeof values === 'string') return add(values);
  const long = values.length > 16;
  const distinct = long ? [...new Set(values)] : values;
  // A plain indexed loop: on a page's first render this runs before the JIT has compiled it.
  for (let i = 0; i < distinct.length; i++) {
    if (long || distinct.indexOf(distinct[i]) === i) add(distinct[i]);
  }
}

/**
 * Facet options with their counts over the given jobs. Free-text facets are sorted
 * alphabetically, enumerated ones in their natural order.
 */
export function buildFacets(indexed: readonly IndexedJob[]): Record<FacetName, FacetOption[]> {
  // The options themselves are counted: one lookup per value, not a get and a set. One pass
  // over the jobs (a pass per facet was slower on large feeds, which leave the cache).
  const options = FACET_NAMES.map(() => new Map<string, FacetOption>());
  const adders = options.map((map) => (value: string) => {
    const option = map.get(value);
    if (option) option.count++;
    else map.set(value, { value, count: 1 });
  });
  for (const { job } of indexed) {
    for (let i = 0; i < FACET_NAMES.length; i++)
      eachValue(facetValue(job, FACET_NAMES[i]), adders[i]);
  }
  const result = {} as Record<FacetName, FacetOption[]>;
  FACET_NAMES.forEach((facet, i) => {
    const order = ORDER[facet];
    result[facet] = [...options[i].values()].sort((a, b) =>
      order
        ? order.indexOf(a.value) - order.indexOf(b.value)
        : facetCollator().compare(a.value, b.value),
    );
  });
  return result;
}

/** The jobs matching the filters, and how many each facet value would match. */
export interface FilteredJobs {
  results: IndexedJob[];
  /**
   * Per facet and value: the jobs matching the query and every OTHER facet filter that have
   * this value, i.e. how many results choosing it would give (the usual faceted-search count).
   */
  counts: Record<FacetName, Map<string, number>>;
}

/**
 * `filterJobs` plus live facet counts, in one pass: a job missing exactly one facet filter
 * counts toward that facet only; one matching them all counts toward every facet.
 */
export function filterWithCounts(
  indexed: readonly IndexedJob[],
  filters: JobFilters,
  counting = true,
): FilteredJobs {
  const words = foldText(filters.query).split(' ').filter(Boolean);
  const active = FACET_NAMES.filter((facet) => filters[facet]);
  // Maps by facet position (a plain array: quicker to reach than a keyed record in a hot loop).
  const maps = FACET_NAMES.map(() => new Map<string, number>());
  const adders = maps.map((map) => (value: string) => map.set(value, (map.get(value) ?? 0) + 1));
  const count = (job: Job, facet: number) =>
    eachValue(facetValue(job, FACET_NAMES[facet]), adders[facet]);
  const results: IndexedJob[] = [];
  for (const entry of indexed) {
    if (words.length && !words.every((word) => entry.text.includes(word))) continue;
    let missed = -1;
    let misses = 0;
    for (const facet of active) {
      if (!hasFacetValue(entry.job, facet, filters[facet])) {
        missed = FACET_NAMES.indexOf(facet);
        // Without counts, or past one miss, nothing more to learn from this job.
        if (++misses > 1 || !counting) break;
      }
    }
    if (misses === 0) {
      results.push(entry);
      if (counting) for (let facet = 0; facet < maps.length; facet++) count(entry.job, facet);
    } else if (misses === 1 && counting) {
      count(entry.job, missed);
    }
  }
  const counts = {} as Record<FacetName, Map<string, number>>;
  FACET_NAMES.forEach((facet, i) => (counts[facet] = maps[i]));
  return { results, counts };
}

/**
 * The filters with each facet value written as the feed writes it, when they differ only by
 * case, accents or punctuation (a hand-made link to `#location=ile-de-france` finds
 * "Île-de-France"). The same object when nothing changes.
 */
export function matchFacetValues(
  filters: JobFilters,
  facets: Partial<Record<FacetName, readonly FacetOption[]>>,
): JobFilters {
  let matched = filters;
  for (const facet of FACET_NAMES) {
    const value = filters[facet];
    const options = facets[facet];
    if (!value || !options || options.some((option) => option.value === value)) continue;
    const folded = foldText(value);
    const found = options.find((option) => foldText(option.value) === folded);
    if (found) matched = { ...matched, [facet]: found.value };
  }
  return matched;
}

/** Whether any filter is set. */
export function hasActiveFilters(filters: JobFilters): boolean {
  return Object.values(filters).some((value) => value.trim());
}

/** The jobs matching every filter; every word of the query must be found. Order is kept. */
export function filterJobs(indexed: readonly IndexedJob[], filters: JobFilters): IndexedJob[] {
  return filterWithCounts(indexed, filters, false).results;
}
