// Hostile feeds, one per supported format, built from a small template of ONE posting in that
// format: every string leaf of the template (except JSON-LD's @type/@context) is a slot. Job i
// gets payload (i + 7k) mod P in slot k, so over P jobs every payload lands in every field.
import type { Payload } from './corpus.js';

/** A slot: `RAW` takes the payload as is; `ESCAPED` entity-escapes it (Greenhouse's `content`). */
const RAW = '\u0000slot';
const ESCAPED = '\u0000slot-escaped';

type Template = unknown;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One posting per format, every string a slot (numbers and booleans kept valid). */
const JOB_TEMPLATES: Record<string, Template> = {
  careers: {
    id: RAW,
    title: RAW,
    organization: { name: RAW, url: RAW, logo: RAW },
    team: { name: RAW, url: RAW, description: RAW },
    roles: [RAW, RAW],
    locations: [RAW, RAW],
    remote: RAW,
    contract: { kind: RAW, label: RAW },
    salary: { min: 40000, max: 52000, currency: RAW, period: RAW },
    experience: RAW,
    tags: [RAW, RAW],
    publishedAt: RAW,
    updatedAt: RAW,
    closesAt: RAW,
    startsAt: RAW,
    open: true,
    apply: { url: RAW, email: RAW, instructions: RAW },
    url: RAW,
    summary: RAW,
    description: RAW,
    language: RAW,
  },
  'careers-html': {
    id: RAW,
    title: RAW,
    organization: { name: RAW, url: RAW },
    locations: [RAW],
    salary: { text: RAW },
    tags: [RAW],
    open: true,
    apply: { email: RAW, instructions: RAW },
    url: RAW,
    descriptionHtml: RAW,
  },
  wttj: {
    id: 1,
    reference: RAW,
    name: RAW,
    slug: RAW,
    description: RAW,
    profile: RAW,
    recruitment_process: RAW,
    salary: { min: 40000, max: 50000, currency: RAW, period: RAW },
    created_at: { fr: RAW, en: RAW },
    start_date: RAW,
    office: { city: RAW, country: RAW },
    department: { id: 2, name: RAW },
    contract_type: { fr: RAW, en: RAW },
    websites_urls: [{ reference: RAW, url: RAW }],
    language: RAW,
  },
  greenhouse: {
    id: 4001,
    internal_job_id: 5001,
    title: RAW,
    updated_at: RAW,
    first_published: RAW,
    requisition_id: RAW,
    location: { name: RAW },
    absolute_url: RAW,
    language: RAW,
    company_name: RAW,
    metadata: [{ id: 1, name: RAW, value: RAW }],
    content: ESCAPED,
    departments: [{ id: 3, name: RAW }],
    offices: [{ id: 4, name: RAW, location: RAW }],
  },
  lever: {
    id: RAW,
    text: RAW,
    categories: {
      team: RAW,
      department: RAW,
      location: RAW,
      commitment: RAW,
      allLocations: [RAW],
    },
    country: RAW,
    workplaceType: RAW,
    description: RAW,
    descriptionPlain: RAW,
    lists: [{ text: RAW, content: RAW }],
    additional: RAW,
    additionalPlain: RAW,
    hostedUrl: RAW,
    applyUrl: RAW,
    salaryRange: { currency: RAW, interval: RAW, min: 40000, max: 50000 },
    createdAt: 1780000000000,
  },
  ashby: {
    id: RAW,
    title: RAW,
    department: RAW,
    team: RAW,
    employmentType: RAW,
    location: RAW,
    secondaryLocations: [{ location: RAW }],
    address: { postalAddress: { addressLocality: RAW, addressRegion: RAW, addressCountry: RAW } },
    isRemote: false,
    workplaceType: RAW,
    publishedAt: RAW,
    isListed: true,
    jobUrl: RAW,
    applyUrl: RAW,
    descriptionHtml: RAW,
    descriptionPlain: RAW,
    compensation: {
      compensationTierSummary: RAW,
      summaryComponents: [
        {
          compensationType: RAW,
          interval: RAW,
          currencyCode: RAW,
          minValue: 40000,
          maxValue: 50000,
        },
      ],
    },
  },
  recruitee: {
    id: 7001,
    slug: RAW,
    title: RAW,
    description: RAW,
    requirements: RAW,
    department: RAW,
    employment_type_code: RAW,
    experience_code: RAW,
    location: RAW,
    city: RAW,
    country_code: RAW,
    remote: false,
    hybrid: true,
    on_site: false,
    salary: { min: RAW, max: RAW, period: RAW, currency: RAW },
    careers_url: RAW,
    careers_apply_url: RAW,
    published_at: RAW,
    close_at: RAW,
  },
  workable: {
    title: RAW,
    shortcode: RAW,
    employment_type: RAW,
    telecommuting: false,
    department: RAW,
    url: RAW,
    application_url: RAW,
    published_on: RAW,
    country: RAW,
    city: RAW,
    state: RAW,
    locations: [{ country: RAW, countryCode: RAW, city: RAW, region: RAW, hidden: false }],
    experience: RAW,
    description: RAW,
    requirements: RAW,
    benefits: RAW,
  },
  betagouv: {
    file: RAW,
    title: RAW,
    roles: RAW,
    startup: { id: RAW, title: RAW, link: RAW, mission: RAW },
    open: true,
    date: RAW,
    contrat: RAW,
    contact: RAW,
    domaines: [RAW, RAW],
    techno: [RAW],
    equipe: RAW,
    externalURL: RAW,
    body: RAW,
  },
  jsonld: {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    inLanguage: RAW,
    title: RAW,
    description: RAW,
    datePosted: RAW,
    validThrough: RAW,
    employmentType: RAW,
    identifier: { '@type': 'PropertyValue', name: RAW, value: RAW },
    hiringOrganization: { '@type': 'Organization', name: RAW, sameAs: RAW, logo: RAW },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: RAW,
        addressLocality: RAW,
        postalCode: RAW,
        addressCountry: RAW,
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: RAW,
      value: { '@type': 'QuantitativeValue', minValue: 40000, maxValue: 50000, unitText: RAW },
    },
    url: RAW,
  },
};

/** Wraps the postings the way each source publishes them. */
const WRAPPERS: Record<string, (jobs: unknown[], slot: () => string) => unknown> = {
  careers: (jobs, slot) => ({ version: 1, organization: { name: slot(), url: slot() }, jobs }),
  'careers-html': (jobs) => jobs,
  wttj: (jobs, slot) => ({ name: slot(), jobs }),
  greenhouse: (jobs) => ({ jobs, meta: { total: jobs.length } }),
  lever: (jobs) => jobs,
  ashby: (jobs, slot) => ({ apiVersion: '1', jobs, title: slot() }),
  recruitee: (jobs) => ({ offers: jobs }),
  workable: (jobs, slot) => ({ name: slot(), description: slot(), jobs }),
  betagouv: (jobs) => jobs,
  jsonld: (jobs) => ({ '@context': 'https://schema.org', '@graph': jobs }),
};

/** The `format` attribute value of each hostile feed. */
export const FORMAT_OF: Record<string, string> = {
  careers: 'careers',
  'careers-html': 'careers',
  wttj: 'wttj',
  greenhouse: 'greenhouse',
  lever: 'lever',
  ashby: 'ashby',
  recruitee: 'recruitee',
  workable: 'workable',
  betagouv: 'betagouv',
  jsonld: 'jsonld',
};

const SKIPPED_KEYS = new Set(['@type', '@context']);

function fill(template: Template, next: (escaped: boolean) => string): unknown {
  if (template === RAW) return next(false);
  if (template === ESCAPED) return next(true);
  if (Array.isArray(template)) return template.map((item) => fill(item, next));
  if (template && typeof template === 'object') {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [
        key,
        SKIPPED_KEYS.has(key) ? value : fill(value, next),
      ]),
    );
  }
  return template;
}

/** The hostile feed of one format: `payloads.length` postings. */
export function hostileFeed(name: string, payloads: Payload[]): unknown {
  const template = JOB_TEMPLATES[name];
  if (!template) throw new Error(`No hostile template for ${name}`);
  const count = payloads.length;
  const jobs = payloads.map((_, i) => {
    let slot = 0;
    const job = fill(template, (escaped) => {
      const text = payloads[(i + 7 * slot++) % count].text;
      return escaped ? escapeHtml(text) : text;
    }) as Record<string, unknown>;
    // Numeric ids must stay unique for the formats that have them.
    if (typeof job.id === 'number') job.id = job.id * 1000 + i;
    return job;
  });
  let outer = 0;
  return WRAPPERS[name](jobs, () => payloads[outer++ % count].text);
}

export const HOSTILE_FORMATS = Object.keys(JOB_TEMPLATES);
