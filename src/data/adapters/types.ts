import type { Job } from '../job.js';

/** Every feed format the widget reads (the `format` attribute; `auto` detects one of these). */
export const FEED_FORMATS = [
  'careers',
  'betagouv',
  'wttj',
  'greenhouse',
  'lever',
  'ashby',
  'recruitee',
  'workable',
  'jsonld',
] as const;

export type FeedFormat = (typeof FEED_FORMATS)[number];

/**
 * What an adapter returns for one posting: the source's fields mapped to `Job` names, not yet
 * checked. `normalizeFeed` then validates every draft the same way (title required, URLs made
 * safe, enums and dates checked, ids made URL-safe and unique), so safety lives in one place.
 */
export type JobDraft = Omit<Partial<Job>, 'id'> & { id?: string | number };

export interface AdapterContext {
  /** URL the feed came from, for resolving relative links. */
  source?: string;
  /** Records a problem; `index` is the posting's position in the source list. */
  warn(message: string, index?: number, job?: string): void;
}

/** Reads one job-board format. */
export interface FeedAdapter {
  format: FeedFormat;
  /** Whether a parsed JSON value looks like this format (used by `format="auto"`). */
  detect(input: unknown): boolean;
  /** The postings as drafts, in source order; `undefined` entries are skipped (already warned). */
  read(input: unknown, context: AdapterContext): Array<JobDraft | undefined>;
}
