import type { FeedAdapter, JobDraft } from './types.js';
import {
  contractKind,
  field,
  firstField,
  isRecord,
  remotePolicy,
  salaryPeriod,
  textAt,
  text,
  textList,
  type JsonRecord,
} from './fields.js';

/** How deep `@graph`s, arrays and embedded JSON strings are searched for postings. */
const MAX_DEPTH = 4;
const MAX_POSTINGS = 100_000;

function isJobPosting(value: unknown): value is JsonRecord {
  const type = field(value, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:#])JobPosting$/.test(t.trim()));
}

/** A JSON-LD document given as text (as in a `<script type="application/ld+json">`). */
function parseEmbedded(value: string): unknown {
  const trimmed = value.trim();
  if (!/^[[{]/.test(trimmed) || !trimmed.includes('JobPosting')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * Every JobPosting node: one object, an array, an `@graph`, or JSON-LD text inside those (the
 * CLI's `validate` reads them in the same order).
 */
export function collectPostings(value: unknown, found: unknown[], depth = 0): void {
  if (depth > MAX_DEPTH || found.length >= MAX_POSTINGS) return;
  if (typeof value === 'string') {
    const parsed = parseEmbedded(value);
    if (parsed !== undefined) collectPostings(parsed, found, depth + 1);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      if (found.length >= MAX_POSTINGS) return;
      collectPostings(item, found, depth + 1);
    }
    return;
  }
  if (!isRecord(value)) return;
  if (isJobPosting(value)) {
    found.push(value);
    return;
  }
  const graph = field(value, '@graph');
  if (graph !== undefined) collectPostings(graph, found, depth + 1);
}

/** A name or URL given as text, as `{ name }`/`{ url }`, or as `{ @id }`. */
const nameOf = (value: unknown): string | undefined =>
  text(value) ?? textAt(value, 'name') ?? textAt(value, '@value');
const urlOf = (value: unknown): string | undefined =>
  text(value) ?? textAt(value, 'url') ?? textAt(value, 'contentUrl') ?? textAt(value, '@id');

function placeName(place: unknown): string | undefined {
  const address = field(place, 'address');
  if (typeof address === 'string') return text(address);
  const parts = textList([
    field(address, 'addressLocality'),
    field(address, 'addressRegion'),
    nameOf(field(address, 'addressCountry')),
  ]);
  return parts.length ? parts.join(', ') : nameOf(place);
}

function baseSalary(value: unknown): JobDraft['salary'] {
  if (typeof value === 'number' || typeof value === 'string') return { text: String(value) };
  if (!isRecord(value)) return undefined;
  const quantity = field(value, 'value');
  if (!isRecord(quantity)) {
    return quantity === undefined
      ? undefined
      : ({
          min: quantity,
          max: quantity,
          currency: field(value, 'currency'),
        } as JobDraft['salary']);
  }
  const single = field(quantity, 'value');
  return {
    min: firstField(quantity, 'minValue') ?? single,
    max: firstField(quantity, 'maxValue') ?? single,
    currency: field(value, 'currency') ?? field(quantity, 'currency'),
    period: salaryPeriod(field(quantity, 'unitText')),
  } as JobDraft['salary'];
}

function readPosting(posting: JsonRecord): JobDraft {
  const organization = field(posting, 'hiringOrganization');
  const organizationName = nameOf(organization);
  const sameAs = field(organization, 'sameAs');
  const jobLocation = field(posting, 'jobLocation');
  const places = Array.isArray(jobLocation) ? jobLocation : [jobLocation];
  const locations = textList(places.map(placeName));
  const locationType = textList(field(posting, 'jobLocationType')).join(' ');
  const requirements = textList(
    [field(posting, 'applicantLocationRequirements')].flat().map(nameOf),
  );
  const employment = textList(field(posting, 'employmentType'));
  const identifier = field(posting, 'identifier');
  const skills = field(posting, 'skills');
  const url = textAt(posting, 'url');
  const directApply = field(posting, 'directApply') === true;
  // A BCP 47 tag, or a schema.org `Language` whose `alternateName` is one.
  const language = field(posting, 'inLanguage');
  return {
    id: text(identifier) ?? textAt(identifier, 'value') ?? textAt(posting, '@id'),
    title: textAt(posting, 'title') ?? textAt(posting, 'name'),
    organization: organizationName
      ? {
          name: organizationName,
          url: textAt(organization, 'url') ?? textList([sameAs].flat())[0],
          logo: urlOf(field(organization, 'logo')),
        }
      : undefined,
    locations: locations.length ? locations : requirements,
    country: nameOf(field(field(places[0], 'address'), 'addressCountry')),
    remote: /telecommute/i.test(locationType) ? 'full' : remotePolicy(locationType),
    contract: employment.length
      ? { kind: contractKind(employment[0]) ?? 'other', label: employment.join(', ') }
      : undefined,
    salary: baseSalary(field(posting, 'baseSalary')),
    tags: textList(Array.isArray(skills) ? skills : text(skills)?.split(/\s*,\s*/)),
    publishedAt: textAt(posting, 'datePosted'),
    updatedAt: textAt(posting, 'dateModified'),
    closesAt: textAt(posting, 'validThrough'),
    startsAt: textAt(posting, 'jobStartDate'),
    url,
    apply: directApply && url ? { url } : undefined,
    descriptionHtml: textAt(posting, 'description'),
    language: text(language) ?? textAt(language, 'alternateName'),
  };
}

/** schema.org `JobPosting` JSON-LD: one object, an array, an `@graph`, or JSON-LD strings. */
export const jsonldAdapter: FeedAdapter = {
  format: 'jsonld',
  detect(input) {
    if (isRecord(input) && (field(input, '@graph') !== undefined || field(input, '@context'))) {
      return true;
    }
    // Only the first items of a list are looked at, so detection stays cheap on large feeds.
    const found: unknown[] = [];
    collectPostings(Array.isArray(input) ? input.slice(0, 5) : input, found);
    return found.length > 0;
  },
  read(input, context) {
    const found: unknown[] = [];
    collectPostings(input, found);
    if (found.length === 0) context.warn('No schema.org JobPosting found in this JSON-LD.');
    return found.map((posting) => readPosting(posting as JsonRecord));
  },
};
