/**
 * What the job board adapters (src/data/adapters) read without a word and `careers-feed
 * validate` says: a field of the wrong type, which an adapter ignores (a Greenhouse `location`
 * given as text where `{ name }` is expected), or a number it reads as text (a `title` of 42).
 * The adapters stay silent about these, so that the widget stays small; what `normalizeFeed`
 * says itself (a date or URL it drops, a posting skipped) is not said again here. Each shape
 * below lists the fields its adapter reads, as it reads them.
 */
import { FEED_FORMATS, type FeedFormat } from '../data/adapters/types.js';
import { arrayAt, field, isoDate, isRecord, text } from '../data/adapters/fields.js';
import { collectPostings } from '../data/adapters/jsonld.js';
import { jobLabel, kindOf } from './feed-problems.js';

type Shape =
  /** Text; a number is read as text (and said). */
  | { kind: 'text' }
  /** Text or a number, both fine (an id). */
  | { kind: 'id' }
  /** true or false. */
  | { kind: 'flag' }
  /** A date: ISO 8601 text or epoch milliseconds. */
  | { kind: 'date' }
  /** Text, or a list of text (an item that is not text is left out). */
  | { kind: 'texts' }
  | { kind: 'object'; fields: Record<string, Shape> }
  | { kind: 'list'; of: Shape }
  | { kind: 'either'; of: Shape[] };

const TEXT: Shape = { kind: 'text' };
const ID: Shape = { kind: 'id' };
const FLAG: Shape = { kind: 'flag' };
const DATE: Shape = { kind: 'date' };
const TEXTS: Shape = { kind: 'texts' };
const object = (fields: Record<string, Shape> = {}): Shape => ({ kind: 'object', fields });
const listOf = (of: Shape): Shape => ({ kind: 'list', of });
const either = (...of: Shape[]): Shape => ({ kind: 'either', of });
/** The same shape for each of `names`. */
const each = (shape: Shape, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, shape]));

interface Board {
  /** The key of a posting's title: without it, the posting is skipped. */
  title: string;
  /** Fields of the feed itself (around its list of postings). */
  feed?: Record<string, Shape>;
  posting: Record<string, Shape>;
}

/** Per format, the fields its adapter reads. `careers` and `betagouv` have their own checks. */
const BOARDS: Partial<Record<FeedFormat, Board>> = {
  greenhouse: {
    title: 'title',
    posting: {
      id: ID,
      title: TEXT,
      location: object({ name: TEXT }),
      metadata: listOf(object({ name: TEXT })),
      departments: listOf(object({ name: TEXT })),
      ...each(TEXT, 'content', 'company_name', 'absolute_url', 'first_published', 'updated_at'),
    },
  },
  lever: {
    title: 'text',
    posting: {
      id: ID,
      text: TEXT,
      categories: object({
        ...each(TEXT, 'team', 'department', 'location', 'commitment'),
        allLocations: TEXTS,
      }),
      lists: listOf(object({ text: TEXT, content: TEXT })),
      salaryRange: object(),
      ...each(DATE, 'createdAt', 'updatedAt'),
      ...each(TEXT, 'country', 'workplaceType', 'hostedUrl', 'applyUrl', 'description'),
      ...each(TEXT, 'additional', 'descriptionPlain'),
    },
  },
  ashby: {
    title: 'title',
    posting: {
      id: ID,
      title: TEXT,
      isListed: FLAG,
      isRemote: FLAG,
      secondaryLocations: listOf(object({ location: TEXT })),
      address: object({
        postalAddress: object(each(TEXT, 'addressLocality', 'addressRegion', 'addressCountry')),
      }),
      compensation: object({
        compensationTierSummary: TEXT,
        summaryComponents: listOf(object()),
      }),
      ...each(TEXT, 'location', 'team', 'department', 'employmentType', 'workplaceType'),
      ...each(TEXT, 'publishedAt', 'jobUrl', 'applyUrl', 'descriptionHtml', 'descriptionPlain'),
    },
  },
  recruitee: {
    title: 'title',
    posting: {
      id: ID,
      title: TEXT,
      ...each(FLAG, 'remote', 'hybrid', 'on_site'),
      salary: object(),
      tags: TEXTS,
      ...each(TEXT, 'slug', 'location', 'city', 'country_code', 'department'),
      ...each(TEXT, 'employment_type_code', 'experience_code', 'published_at', 'close_at'),
      ...each(TEXT, 'careers_url', 'careers_apply_url', 'company_name'),
      ...each(TEXT, 'description', 'requirements'),
    },
  },
  workable: {
    title: 'title',
    feed: { name: TEXT },
    posting: {
      ...each(ID, 'shortcode', 'id'),
      title: TEXT,
      telecommuting: FLAG,
      locations: listOf(object(each(TEXT, 'city', 'region', 'state', 'country'))),
      ...each(TEXT, 'city', 'region', 'state', 'country', 'employment_type', 'department'),
      ...each(TEXT, 'experience', 'published_on', 'created_at', 'url', 'application_url'),
      ...each(TEXT, 'description', 'requirements', 'benefits'),
    },
  },
  wttj: {
    title: 'name',
    feed: { name: TEXT },
    posting: {
      ...each(ID, 'reference', 'id', 'slug'),
      name: TEXT,
      websites_urls: listOf(object({ url: TEXT })),
      contract_type: either(TEXT, object({ fr: TEXT, en: TEXT })),
      salary: object(),
      office: object(each(TEXT, 'city', 'country', 'country_code')),
      department: object({ name: TEXT }),
      ...each(DATE, 'published_at', 'start_date'),
      ...each(TEXT, 'remote', 'description', 'profile', 'recruitment_process'),
    },
  },
  jsonld: {
    title: 'title',
    posting: {
      ...each(TEXT, 'title', 'name', 'url', 'description'),
      ...each(TEXT, 'datePosted', 'dateModified', 'validThrough', 'jobStartDate'),
      identifier: either(ID, object({ value: ID })),
      hiringOrganization: either(TEXT, object({ name: TEXT, url: TEXT })),
      jobLocation: either(
        object({ address: either(TEXT, object(each(TEXT, 'addressLocality', 'addressRegion'))) }),
        listOf(object({ address: either(TEXT, object()) })),
      ),
      employmentType: TEXTS,
      skills: TEXTS,
      directApply: FLAG,
    },
  },
};

/** The formats checked here: all but `careers` and `betagouv`, which have their own checks. */
export const CHECKED_FORMATS = FEED_FORMATS.filter((format) => BOARDS[format]);

/** A value as it was written, short. */
function shown(value: unknown): string {
  const out = JSON.stringify(value) ?? String(value);
  return out.length > 60 ? `${out.slice(0, 60)}…` : out;
}

/** What a shape expects, in words. */
function expected(shape: Shape): string {
  switch (shape.kind) {
    case 'text':
      return 'text';
    case 'id':
      return 'text or a number';
    case 'flag':
      return 'true or false';
    case 'date':
      return 'a date';
    case 'texts':
      return 'text or a list of text';
    case 'object': {
      const keys = Object.keys(shape.fields);
      return `an object${keys.length ? ` ({ ${keys.map((k) => `"${k}"`).join(', ')} })` : ''}`;
    }
    case 'list':
      return `a list`;
    case 'either':
      return shape.of.map(expected).join(' or ');
  }
}

/** Whether a value is of the type a shape expects (its fields and items aside). */
function fits(value: unknown, shape: Shape): boolean {
  switch (shape.kind) {
    case 'text':
    case 'id':
    case 'date':
      return typeof value === 'string' || typeof value === 'number';
    case 'flag':
      return typeof value === 'boolean';
    case 'texts':
      return typeof value === 'string' || typeof value === 'number' || Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'list':
      return Array.isArray(value);
    case 'either':
      return shape.of.some((of) => fits(value, of));
  }
}

interface Found {
  /** Same field, same kind of value, same expectation: said once, with a count. */
  key: string;
  message: string;
}

/** The problems of `value` at `path` against `shape`; `outcome` is what a mismatch leads to. */
function check(value: unknown, shape: Shape, path: string, found: Found[], outcome = 'ignored') {
  if (value === undefined || value === null) return;
  const say = (what: string, message: string) =>
    found.push({
      key: `${path.replace(/\[\d+\]/g, '[]')}|${what}`,
      message: `"${path}" is ${message}`,
    });
  if (!fits(value, shape)) {
    say(
      `${kindOf(value)}`,
      `${kindOf(value)} (${shown(value)}), not ${expected(shape)}: ${outcome}`,
    );
    return;
  }
  switch (shape.kind) {
    case 'text':
      // A JSON number is finite: always read as text.
      if (typeof value === 'number') {
        say('number', `${value}, a number where text is expected: read as "${text(value)}"`);
      }
      return;
    case 'date':
      if (!isoDate(value)) say('date', `${shown(value)}, not a date: ignored`);
      return;
    case 'texts':
      if (!Array.isArray(value)) return;
      value.forEach((item, index) => {
        if (typeof item === 'string' || item === null) return;
        if (typeof item === 'number') check(item, TEXT, `${path}[${index}]`, found);
        else {
          found.push({
            key: `${path}[]|${kindOf(item)}`,
            message: `"${path}[${index}]" is ${kindOf(item)} (${shown(item)}), not text: left out`,
          });
        }
      });
      return;
    case 'object':
      for (const [name, inner] of Object.entries(shape.fields)) {
        check(field(value, name), inner, `${path}.${name}`, found);
      }
      return;
    case 'list':
      (value as unknown[]).forEach((item, index) =>
        check(item, shape.of, `${path}[${index}]`, found),
      );
      return;
    case 'either':
      check(
        value,
        shape.of.find((of) => fits(value, of))!,
        path,
        found,
        outcome,
      );
      return;
  }
}

/** The postings of a feed in `format`, in the order its adapter reads them. */
function postingsOf(json: unknown, format: FeedFormat): unknown[] {
  switch (format) {
    case 'lever':
      return Array.isArray(json) ? json : [];
    case 'recruitee':
      return arrayAt(json, 'offers') ?? [];
    case 'jsonld': {
      const found: unknown[] = [];
      collectPostings(json, found);
      return found;
    }
    default:
      return arrayAt(json, 'jobs') ?? [];
  }
}

/**
 * In a feed of a job board format (Greenhouse, Lever, Ashby, Recruitee, Workable, WTTJ,
 * JSON-LD), the fields of the wrong type its adapter ignores, and the numbers it reads as text,
 * each naming the job. The same problem in several jobs is said once, with the count of others.
 */
export function boardTypeProblems(json: unknown, format: FeedFormat | 'unknown'): string[] {
  const board = format === 'unknown' ? undefined : BOARDS[format];
  if (!board) return [];
  const said: Array<{ key: string; message: string; others: number }> = [];
  const add = (who: string, found: Found[]) => {
    for (const { key, message } of found) {
      const first = said.find((s) => s.key === key);
      if (first) first.others++;
      else said.push({ key, message: `${who}: ${message}`, others: 0 });
    }
  };
  if (board.feed) {
    const found: Found[] = [];
    for (const [name, shape] of Object.entries(board.feed)) {
      check(field(json, name), shape, name, found);
    }
    add('The feed', found);
  }
  postingsOf(json, format as FeedFormat).forEach((raw, index) => {
    // Not an object: skipped, and said by normalizeFeed. Not listed (Ashby): skipped too.
    if (!isRecord(raw) || (format === 'ashby' && field(raw, 'isListed') === false)) return;
    // Named as normalizeFeed names it: by its title, else its id.
    const title =
      text(field(raw, board.title)) ??
      (format === 'jsonld' ? text(field(raw, 'name')) : undefined) ??
      text(field(raw, 'id'));
    const found: Found[] = [];
    for (const [name, shape] of Object.entries(board.posting)) {
      const noTitle =
        name === board.title && !(format === 'jsonld' && text(field(raw, 'name')))
          ? 'ignored: the job has no title, so it is skipped'
          : undefined;
      check(field(raw, name), shape, name, found, noTitle);
    }
    add(jobLabel(index, title), found);
  });
  return said.map(({ message, others }) =>
    others ? `${message} (and ${others} more like it)` : message,
  );
}
