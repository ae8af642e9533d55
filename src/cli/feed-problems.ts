/**
 * What `normalizeFeed` reads without a word and `careers-feed validate` says: ids it renames
 * (taken by another posting, or not URL-safe) and, in a careers feed, values of the wrong type
 * that it turns into text or leaves out of a list. The widget stays silent about these, to stay
 * small; its own warnings (a value dropped, a job skipped) are not repeated here.
 */
import { adapterFor } from '../data/adapters/index.js';
import { field, isRecord, text } from '../data/adapters/fields.js';
import type { FeedFormat, JobDraft } from '../data/adapters/types.js';
import type { Job } from '../data/job.js';
import { isUrlSafeId } from '../data/slug.js';

/** Past this length a title is cut in a label, as the widget's own warnings cut it. */
const MAX_LABEL = 60;

/** "Job #2 ("Title")", as the widget's warnings name a job. */
export function jobLabel(index: number, name: string | undefined): string {
  const label = name && name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL)}…` : name;
  return `Job #${index + 1}${label ? ` (${JSON.stringify(label)})` : ''}`;
}

/** A value as it was written, short. */
function shown(value: unknown): string {
  const out = JSON.stringify(value) ?? String(value);
  return out.length > 80 ? `${out.slice(0, 80)}…` : out;
}

/** What a JSON value is, in words. */
export const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : typeof value === 'number'
          ? 'a number'
          : typeof value === 'boolean'
            ? 'true or false'
            : 'text';

/** Text fields of a careers job, and of its objects. */
const TEXT_FIELDS = ['id', 'title', 'country', 'description', 'descriptionHtml', 'summary'];
const PARTY_TEXT_FIELDS = {
  organization: ['name'],
  team: ['name', 'description'],
  apply: ['instructions'],
  contract: ['label'],
} as const;
const LIST_FIELDS = ['roles', 'locations', 'tags'];

/**
 * In one job of a careers feed: numbers where text is expected (read as text: `"title": 42`
 * shows "42"), and items of a list of text that are not text (a number is read as text, any
 * other value is left out of the list).
 */
export function typeProblems(raw: unknown): string[] {
  if (!isRecord(raw)) return [];
  const problems: string[] = [];
  const asText = (value: unknown, name: string) => {
    if (typeof value === 'number') {
      problems.push(
        `"${name}" is ${shown(value)}, a number where text is expected: read as "${text(value)}"`,
      );
    }
  };
  for (const name of TEXT_FIELDS) asText(field(raw, name), name);
  for (const [party, names] of Object.entries(PARTY_TEXT_FIELDS)) {
    const value = field(raw, party);
    if (!isRecord(value)) continue;
    for (const name of names) asText(field(value, name), `${party}.${name}`);
  }
  for (const name of LIST_FIELDS) {
    const list = field(raw, name);
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (typeof item === 'number') asText(item, `${name}[${index}]`);
      else if (typeof item !== 'string') {
        problems.push(
          `"${name}[${index}]" is ${kindOf(item)} (${shown(item)}), not text: left out`,
        );
      }
    });
  }
  return problems;
}

/**
 * The ids `normalizeFeed` gave other than the ones the feed wanted, each said with the job:
 * an id another posting has (this one gets `-2`, `-3`...), or one that is not URL-safe (made
 * into a slug). `jobs` are the jobs it read from `json` as `format`, in order.
 */
export function renamedIds(json: unknown, format: FeedFormat, jobs: readonly Job[]): string[] {
  let drafts: Array<JobDraft | undefined>;
  try {
    drafts = adapterFor(format)?.read(json, { warn: () => {} }) ?? [];
  } catch {
    return [];
  }
  // The drafts that became jobs: the others have no title, or are not objects (said already).
  const read = drafts
    .map((draft, index) => ({ draft, index }))
    .filter(({ draft }) => isRecord(draft) && text(field(draft, 'title')));
  if (read.length !== jobs.length) return [];
  const firstWith = new Map<string, number>();
  const problems: string[] = [];
  read.forEach(({ draft, index }, n) => {
    const wanted = text(field(draft, 'id'));
    if (wanted === undefined) return;
    const got = jobs[n].id;
    const first = firstWith.get(wanted);
    if (first === undefined) firstWith.set(wanted, index);
    if (got === wanted) return;
    const who = jobLabel(index, jobs[n].title);
    const why =
      first !== undefined
        ? `is also the id of ${jobLabel(first, jobs[read.findIndex((r) => r.index === first)]?.title)}`
        : isUrlSafeId(wanted)
          ? 'is taken by another job'
          : 'is not URL-safe (letters, digits, - and _ only)';
    problems.push(
      `${who}: id ${JSON.stringify(wanted)} ${why}: this job's id is "${got}" (its links use it)`,
    );
  });
  return problems;
}
