/**
 * The quirks of one beta.gouv.fr posting, in words, each with the front matter field it is
 * about (for the `file:line: message` diagnostics). The mapping itself
 * (src/data/betagouv/posting.ts) stays silent so that the widget's copy of it stays small.
 */
import { contractKind, isRecord } from '../data/adapters/fields.js';
import type { JobDraft } from '../data/adapters/types.js';
import { DAY_MONTH_YEAR, readDate } from '../data/betagouv/dates.js';
import {
  CLOSING_FIELDS,
  DATE_FIELDS,
  MAX_TAG,
  listField,
  readFlag,
  technoTags,
  textField,
  type BetagouvPosting,
} from '../data/betagouv/posting.js';
import { safeEmail, safeHttpUrl } from '../data/urls.js';

export interface PostingProblem {
  message: string;
  /** The front matter key it is about, when there is one. */
  field?: string;
}

const json = JSON.stringify;

/**
 * Front matter keys the mapping reads (with `body` and `file`, which build adds), the ones it
 * knowingly leaves out (README, "Feed authors"), and Jekyll's own: another key is only reported
 * when it looks like a slip of one.
 */
const KNOWN_KEYS = [
  ...DATE_FIELDS,
  ...CLOSING_FIELDS,
  ...['title', 'titles', 'roles', 'role', 'startup', 'friend', 'type', 'equipe', 'open'],
  ...['status', 'contrat', 'junior', 'domaines', 'domaine', 'techno', 'contact', 'contacts'],
  ...['externalURL', 'externalUrl', 'redirect_from', 'airtable_formulaire', 'layout'],
  ...['permalink', 'published', 'id', 'body', 'file'],
];

/** Edits (insertions, deletions, substitutions, swaps of two neighbours) from `a` to `b`. */
function distance(a: string, b: string): number {
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

/** The known keys an unknown one may be a slip of (case, or one or two edits away), nearest first. */
function knownKeysLike(key: string): string[] {
  if (KNOWN_KEYS.includes(key)) return [];
  const allowed = key.length < 5 ? 1 : 2;
  const near = KNOWN_KEYS.map((known) => ({
    known,
    d: distance(key.toLowerCase(), known.toLowerCase()),
  })).filter(({ d }) => d <= allowed);
  const best = Math.min(...near.map(({ d }) => d));
  return near.filter(({ d }) => d === best).map(({ known }) => known);
}

export function postingProblems(input: BetagouvPosting, draft: JobDraft): PostingProblem[] {
  const posting: BetagouvPosting = isRecord(input) ? input : {};
  const problems: PostingProblem[] = [];
  const add = (message: string, field?: string) => problems.push({ message, field });
  const has = (key: string) =>
    posting[key] !== undefined && posting[key] !== null && posting[key] !== '';

  for (const key of Object.keys(posting)) {
    const known = knownKeysLike(key);
    if (known.length) {
      add(
        `unknown key "${key}", ignored: did you mean ${known.map((k) => `"${k}"`).join(' or ')}?`,
        key,
      );
    }
  }
  if (!textField(posting.title) && !textField(posting.titles) && !draft.roles) {
    add(`no "title" nor "roles": the title is made from the file name ("${draft.title}")`, 'title');
  }
  // A posting that another field closes needs no `open` key.
  if (!('open' in posting)) {
    if (draft.open !== false) add('no "open" field: the posting is shown as open', 'open');
  } else if (typeof posting.open !== 'boolean') {
    const flag = readFlag(posting.open);
    add(
      `"open" is ${json(posting.open)}, not true or false: read as ${flag === false ? 'closed' : 'open'}`,
      'open',
    );
  }
  // Dates other than ISO 8601 and day/month/year are not guessed; day/month/year is said.
  const forms = 'not a date (2024-03-18, or 18/03/2024 day first)';
  for (const key of CLOSING_FIELDS) {
    if (has(key) && readFlag(posting[key]) === undefined && !readDate(posting[key])) {
      add(`"${key}" is ${json(posting[key])}: ${forms} nor true/false, ignored`, key);
    }
  }
  for (const key of DATE_FIELDS) {
    if (has(key) && !readDate(posting[key])) {
      add(`"${key}" is ${json(posting[key])}: ${forms}, ignored`, key);
    }
  }
  for (const key of [...DATE_FIELDS, ...CLOSING_FIELDS]) {
    const value = textField(posting[key]);
    const date = value && DAY_MONTH_YEAR.test(value) && readDate(value);
    if (date) add(`"${key}" ${json(value)} read as day/month/year: ${date}`, key);
  }
  if (!draft.publishedAt) add('no date in the front matter nor in the file name', 'date');
  const contrat = textField(posting.contrat);
  if (contrat && !contractKind(contrat)) {
    add(`"contrat" ${json(contrat)} is not a known kind: shown as written`, 'contrat');
  }
  for (const [key, tags] of [
    ['domaines', listField(posting.domaines)],
    ['domaine', listField(posting.domaine)],
    ['techno', technoTags(posting.techno)],
  ] as const) {
    for (const tag of tags.filter((t) => t.length > MAX_TAG)) {
      add(`"${key}" value is too long for a tag (${tag.length} characters): ignored`, key);
    }
  }
  const contact = textField(posting.contact);
  if (contact && !safeEmail(contact)) {
    add(`"contact" is not an e-mail address: ${json(contact)}`, 'contact');
  }
  for (const key of ['externalURL', 'externalUrl']) {
    const value = textField(posting[key]);
    if (value && !safeHttpUrl(value)) add(`"${key}" is not an http(s) URL: ${json(value)}`, key);
  }
  if (!draft.apply) {
    add(
      'no way to apply found (no contact, externalURL, form link or e-mail in the text)',
      'contact',
    );
  }
  if (!draft.description) add('the posting has no text', 'body');
  return problems;
}
