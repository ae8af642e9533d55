import type { Job } from './data/job.js';
import type { FeedError } from './data/feed-error.js';

/** Detail of `careers-load`: after every successful (re)load. */
export interface CareersLoadDetail {
  jobs: Job[];
  /** The feed URLs that were read (empty when jobs came from the `jobs` property). */
  sources: string[];
}

/** Detail of `careers-error`: one feed failed; the others still show. */
export interface CareersErrorDetail {
  error: FeedError | Error;
  url: string;
  status?: number;
}

/** Every event the elements fire, by name. */
export interface CareersEventMap {
  'careers-load': CustomEvent<CareersLoadDetail>;
  'careers-error': CustomEvent<CareersErrorDetail>;
}

declare global {
  // Merges our events into the DOM's map so addEventListener is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CareersEventMap {}
}
