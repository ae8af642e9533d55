/**
 * The adapters, in detection order: `format="auto"` takes the first whose `detect()` accepts
 * the JSON. Specific shapes come first; the native careers feed (any `{ jobs: [...] }` or bare
 * array) comes last because it accepts the most. Every `FeedFormat` has its adapter here:
 * `normalizeFeed` takes a format without one for an unknown format.
 */
import type { FeedAdapter, FeedFormat } from './types.js';
import { ashbyAdapter } from './ashby.js';
import { betagouvAdapter } from './betagouv.js';
import { careersAdapter } from './careers.js';
import { greenhouseAdapter } from './greenhouse.js';
import { jsonldAdapter } from './jsonld.js';
import { leverAdapter } from './lever.js';
import { recruiteeAdapter } from './recruitee.js';
import { workableAdapter } from './workable.js';
import { wttjAdapter } from './wttj.js';
import { field, isRecord } from './fields.js';

export const adapters: readonly FeedAdapter[] = [
  jsonldAdapter,
  leverAdapter,
  greenhouseAdapter,
  ashbyAdapter,
  recruiteeAdapter,
  workableAdapter,
  wttjAdapter,
  betagouvAdapter,
  careersAdapter,
];

/** The adapter for a format, when one is registered. */
export const adapterFor = (format: FeedFormat): FeedAdapter | undefined =>
  adapters.find((adapter) => adapter.format === format);

/** The first adapter that recognizes the JSON's shape. */
export function detectAdapter(input: unknown): FeedAdapter | undefined {
  // A feed that says `"version": 1` is a careers feed, whatever its jobs look like.
  if (isRecord(input) && field(input, 'version') === 1 && Array.isArray(field(input, 'jobs'))) {
    return careersAdapter;
  }
  return adapters.find((adapter) => detects(adapter, input));
}

/** Whether an adapter recognizes the JSON's shape (a detection that throws is a no). */
export function detects(adapter: FeedAdapter, input: unknown): boolean {
  try {
    return adapter.detect(input);
  } catch {
    return false;
  }
}

export type { AdapterContext, FeedAdapter, FeedFormat, JobDraft } from './types.js';
