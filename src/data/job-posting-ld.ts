/**
 * schema.org `JobPosting` for one posting (what search engines read for job listings), and its
 * safe serialization for a `<script type="application/ld+json">`. Pure: no DOM.
 */
import { remotePolicy } from './adapters/fields.js';
import { isClosed } from './filter-jobs.js';
import type { ContractKind, Job } from './job.js';

/** schema.org's employment types; any other kind (apprenticeship, other) is `OTHER`. */
const EMPLOYMENT_TYPES: Partial<Record<ContractKind, string>> = {
  permanent: 'FULL_TIME',
  'fixed-term': 'TEMPORARY',
  freelance: 'CONTRACTOR',
  internship: 'INTERN',
  contractual: 'TEMPORARY',
  'civil-servant': 'FULL_TIME',
  temporary: 'TEMPORARY',
  'part-time': 'PART_TIME',
  volunteer: 'VOLUNTEER',
};

export interface JobPostingLdOptions {
  /**
   * The sanitized description HTML (from `renderDescription`); without it, the summary, else
   * the title. The posting's own `descriptionHtml` is never taken as it is: it is not sanitized.
   */
  descriptionHtml?: string;
  /** Where the posting can be read (its deep link), when it has no `url` of its own. */
  url?: string;
}

/**
 * The posting as a schema.org `JobPosting` object (fields without a value are left out), or
 * undefined when it is closed (flagged so, or past its `closesAt`): a filled posting must not be
 * offered to search engines as an opening, and the feed gives no date to put in `validThrough`.
 */
export function jobPostingLd(
  job: Job,
  options: JobPostingLdOptions = {},
): Record<string, unknown> | undefined {
  if (isClosed(job)) return undefined;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: options.descriptionHtml || job.summary || job.title,
    identifier: {
      '@type': 'PropertyValue',
      name: job.organization?.name ?? job.team?.name,
      value: job.id,
    },
    datePosted: job.publishedAt,
    validThrough: job.closesAt,
    url: job.url ?? options.url,
    directApply: !!job.url && job.apply?.url === job.url,
  };
  if (job.contract) ld.employmentType = EMPLOYMENT_TYPES[job.contract.kind] ?? 'OTHER';
  const hiring = job.organization ?? job.team;
  if (hiring) {
    ld.hiringOrganization = {
      '@type': 'Organization',
      name: hiring.name,
      sameAs: hiring.url,
      logo: job.organization?.logo,
    };
  }
  // Places only: "Télétravail" or "Remote" is no address (full remote is jobLocationType).
  const places = job.locations.filter((location) => remotePolicy(location) !== 'full');
  if (places.length) {
    ld.jobLocation = places.map((locality) => ({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: locality, addressCountry: job.country },
    }));
  }
  if (job.remote === 'full') {
    ld.jobLocationType = 'TELECOMMUTE';
    // Where a remote worker may live: Google asks for it with TELECOMMUTE.
    if (job.country) ld.applicantLocationRequirements = { '@type': 'Country', name: job.country };
  }
  const salary = job.salary;
  if (salary && salary.text === undefined && salary.currency && (salary.min ?? salary.max)) {
    ld.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: salary.min,
        maxValue: salary.max,
        // HOUR, DAY, WEEK, MONTH or YEAR: the period's own name.
        unitText: salary.period?.toUpperCase(),
      },
    };
  }
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c` so no string can
 * close the script element (`</script>`) or open a comment; U+2028/2029 are escaped too.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
