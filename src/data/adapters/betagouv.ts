/**
 * The `betagouv` feed format: beta.gouv.fr postings as JSON, i.e. an array (or `{ "jobs": [...] }`)
 * of objects holding a posting's front matter fields as they are, its Markdown `body`, and
 * optionally `file` (the source file name) and `startup` (an id, or a resolved
 * `{ id, title, link, mission }`). `{ file, frontMatter: {...}, body }` objects are read too.
 * Browser-safe: the Markdown files themselves are read by the `careers-feed` CLI.
 */
import { betagouvPostingToDraft, type BetagouvPosting } from '../betagouv/posting.js';
import type { FeedAdapter, JobDraft } from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Front matter keys only beta.gouv.fr postings use (no other format has them). */
const BETAGOUV_KEYS = [
  'roles',
  'role',
  'startup',
  'contrat',
  'domaines',
  'techno',
  'junior',
  'poste_pourvu',
  'poste_ferme',
  'depublication_date',
  'post_ouvert',
  'poste_ouvert',
  'externalURL',
];

function postings(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  // A careers feed also has `jobs`: its `version` tells it apart.
  if (isRecord(input) && Array.isArray(input.jobs) && !('version' in input)) return input.jobs;
  return undefined;
}

/** Flattens `{ file, frontMatter, body }` into one posting object. */
function asPosting(item: Record<string, unknown>): BetagouvPosting {
  if (!isRecord(item.frontMatter)) return item as BetagouvPosting;
  const { frontMatter, ...rest } = item;
  return { ...frontMatter, ...rest } as BetagouvPosting;
}

function looksLikePosting(item: unknown): boolean {
  if (!isRecord(item)) return false;
  const posting = asPosting(item);
  if (typeof posting.body !== 'string') return false;
  // Careers jobs, schema.org and job-board objects never carry `body` with these keys.
  if ('@type' in posting || 'descriptionHtml' in posting) return false;
  return BETAGOUV_KEYS.some((key) => key in posting);
}

export const betagouvAdapter: FeedAdapter = {
  format: 'betagouv',

  detect(input: unknown): boolean {
    const list = postings(input);
    if (!list || list.length === 0) return false;
    const records = list.filter(isRecord);
    return records.length > 0 && records.every(looksLikePosting);
  },

  read(input, context): Array<JobDraft | undefined> {
    const list = postings(input) ?? [];
    return list.map((item, index) => {
      if (!isRecord(item)) {
        context.warn(`Posting #${index + 1} skipped: not an object.`, index);
        return undefined;
      }
      const posting = asPosting(item);
      const name = typeof posting.file === 'string' ? posting.file : `posting #${index + 1}`;
      return betagouvPostingToDraft(posting, {
        warn: (message) => context.warn(`${name}: ${message}`, index, name),
      });
    });
  },
};
