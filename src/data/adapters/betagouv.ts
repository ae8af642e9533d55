/**
 * The `betagouv` feed format: beta.gouv.fr postings as JSON, i.e. an array (or `{ "jobs": [...] }`
 * without `version`) of objects holding a posting's front matter fields as they are, its
 * Markdown `body`, and optionally `file` (the source file name) and `startup` (an id, or a
 * resolved `{ id, title, link, mission }`). `{ file, frontMatter: {...}, body }` objects are
 * read too. Detected only when every object has a string `body` and a beta.gouv.fr key.
 * Browser-safe: the Markdown files themselves are read by the `careers-feed` CLI.
 */
import { widgetBodyReaders } from '../betagouv/body.js';
import { betagouvPostingToDraft, type BetagouvPosting } from '../betagouv/posting.js';
import { isRecord, readEach } from './fields.js';
import type { FeedAdapter } from './types.js';

/** A careers feed also has `jobs`: its `version` tells it apart. */
export const betagouvPostings = (input: unknown): unknown[] | undefined =>
  Array.isArray(input)
    ? input
    : isRecord(input) && Array.isArray(input.jobs) && !('version' in input)
      ? input.jobs
      : undefined;

/** Flattens `{ file, frontMatter, body }` into one posting object. */
export const asPosting = (item: Record<string, unknown>): BetagouvPosting =>
  isRecord(item.frontMatter) ? { ...item.frontMatter, ...item, frontMatter: undefined } : item;

/** A string `body` and a key no other format has; never JSON-LD or a careers job. */
const looksLikePosting = (item: unknown): boolean => {
  if (!isRecord(item)) return false;
  const posting = asPosting(item);
  return (
    typeof posting.body === 'string' &&
    !('@type' in posting || 'descriptionHtml' in posting) &&
    ['roles', 'role', 'startup', 'contrat', 'poste_pourvu', 'depublication_date'].some(
      (key) => key in posting,
    )
  );
};

export const betagouvAdapter: FeedAdapter = {
  format: 'betagouv',

  detect(input) {
    const records = (betagouvPostings(input) ?? []).filter(isRecord);
    return records.length > 0 && records.every(looksLikePosting);
  },

  read(input, context) {
    // Values the mapping cannot use are left out; normalizeFeed validates the rest.
    return readEach(betagouvPostings(input), context, (item) =>
      betagouvPostingToDraft(asPosting(item), { body: widgetBodyReaders }),
    );
  },
};
