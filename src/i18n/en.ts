import type { Translation } from './fr.js';

// The singular is for 1 only (see fr.ts).
const number = new Intl.NumberFormat('en-GB');

/** English UI strings. */
export const en: Translation = {
  locale: 'en-GB',
  loading: 'Loading job openings…',
  errorTitle: 'The job openings could not be loaded.',
  errorReason: (reason, status) => {
    switch (reason) {
      case 'network':
        return 'The job openings server cannot be reached (network down or address refused).';
      case 'timeout':
        return 'The job openings server did not answer in time.';
      case 'aborted':
        return 'Loading was interrupted.';
      case 'http':
        return status === 404
          ? 'The list of openings was not found (error 404).'
          : `The job openings server answered with an error${status ? ` (${status})` : ''}.`;
      case 'not-json':
      case 'invalid-feed':
        return 'The list of openings received is unreadable.';
      case 'too-large':
        return 'The list of openings is too large to be shown.';
      case 'empty':
        return 'The list of openings received is empty.';
      default:
        return 'An unexpected error occurred.';
    }
  },
  partialError: (n) =>
    n === 1
      ? 'One source of openings could not be loaded: some openings may be missing.'
      : `${n} sources of openings could not be loaded: some openings may be missing.`,
  retry: 'Retry',
  fallback: 'See the openings on our website',
  empty: 'No openings right now.',
  noMatch: 'Try other words or other filters.',
  clearFilters: (query) => (query ? 'Clear search and filters' : 'Clear filters'),
  jobCount: (n) =>
    n === 0 ? 'No openings' : n === 1 ? `${n} opening` : `${number.format(n)} openings`,
  search: 'Search openings',
  filters: 'Filter openings',
  filtersToggle: (n) => (n === 0 ? 'Filters' : `Filters (${n} active)`),
  facets: {
    organization: 'Organization',
    location: 'Location',
    contract: 'Contract',
    remote: 'Remote work',
    experience: 'Experience',
    tag: 'Skill',
  },
  facetAny: {
    organization: 'All',
    location: 'All',
    contract: 'All',
    remote: 'Any',
    experience: 'All',
    tag: 'All',
  },
  facetOption: (label, count) => `${label} (${count})`,
  contractKinds: {
    permanent: 'Permanent',
    'fixed-term': 'Fixed-term',
    freelance: 'Freelance',
    internship: 'Internship',
    apprenticeship: 'Apprenticeship',
    contractual: 'Contractual',
    'civil-servant': 'Civil servant',
    temporary: 'Temporary',
    'part-time': 'Part-time',
    volunteer: 'Volunteer',
    other: 'Other contract',
  },
  remote: {
    none: 'On site',
    hybrid: 'Partly remote',
    full: 'Fully remote',
  },
  experience: {
    student: 'Student',
    junior: 'Junior',
    mid: 'Mid-level',
    senior: 'Senior',
    executive: 'Executive',
  },
  salaryPeriod: {
    hour: 'per hour',
    day: 'per day',
    week: 'per week',
    month: 'per month',
    year: 'per year',
  },
  published: 'posted',
  closed: 'Closed',
  tags: 'Skills',
  showMore: (n) => (n === 1 ? 'Show 1 more opening' : `Show ${number.format(n)} more openings`),
  unknownJob: 'This opening no longer exists or its link is wrong. Here are the current openings.',
  back: 'Back to openings',
  share: 'Share this opening',
  copied: 'Link to the opening copied to the clipboard.',
  copyFailed: 'The link could not be copied. Here it is:',
  apply: 'Apply',
  applyByEmail: 'Apply by e-mail',
  newWindow: '(new window)',
  applySubject: (title) => `Application: ${title}`,
  filled: 'This posting is closed: applications are no longer accepted.',
  labels: {
    organization: 'Organization',
    team: 'Team',
    locations: 'Location',
    remote: 'Remote work',
    contract: 'Contract',
    experience: 'Experience',
    salary: 'Salary',
    published: 'Posted on',
    closes: 'Apply by',
    starts: 'Starts',
  },
};
