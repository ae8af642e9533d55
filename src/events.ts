import type { Job } from './data/job.js';
import type { FeedError } from './data/feed-error.js';
import type { JobFilters } from './data/filter-jobs.js';

/** Detail of `careers-load`: after every successful (re)load. */
export interface CareersLoadDetail {
  jobs: Job[];
  /** The feed URLs that were read (empty when jobs came from the `jobs` property). */
  sources: string[];
}

/** Detail of `careers-error`: one feed failed; the others still show. */
export interface CareersErrorDetail {
  error: FeedError;
  url: string;
  status?: number;
}

/**
 * Detail of `careers-job-open` and `careers-job-close`. (Not `CareersJobDetail`: that name is
 * the `<careers-job-detail>` element's class.)
 */
export interface CareersJobEventDetail {
  job: Job;
}

/** Detail of `careers-filter-change`: the filters now applied and how many postings match. */
export interface CareersFilterChangeDetail {
  filters: JobFilters;
  count: number;
}

/** Detail of `careers-apply` (cancelable: `preventDefault()` stops the navigation). */
export interface CareersApplyDetail {
  /** The posting, when the button was given one. */
  job?: Job;
  /** The http(s) or mailto URL about to be followed. */
  href: string;
}

/** Every event the elements fire, by name. */
export interface CareersEventMap {
  'careers-load': CustomEvent<CareersLoadDetail>;
  'careers-error': CustomEvent<CareersErrorDetail>;
  'careers-job-open': CustomEvent<CareersJobEventDetail>;
  'careers-job-close': CustomEvent<CareersJobEventDetail>;
  'careers-filter-change': CustomEvent<CareersFilterChangeDetail>;
  'careers-apply': CustomEvent<CareersApplyDetail>;
}

// Merges the events into the DOM's maps, so that `addEventListener('careers-apply', (e) => ...)`
// gives `e` its type wherever the events reach: they bubble and are composed, so besides the
// elements themselves a page listens for them on any ancestor, a shadow root, the document or
// the window.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends CareersEventMap {}
  interface ShadowRootEventMap extends CareersEventMap {}
  interface DocumentEventMap extends CareersEventMap {}
  interface WindowEventMap extends CareersEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
