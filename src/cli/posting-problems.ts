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

export function postingProblems(input: BetagouvPosting, draft: JobDraft): PostingProblem[] {
  const posting: BetagouvPosting = isRecord(input) ? input : {};
  const problems: PostingProblem[] = [];
  const add = (message: string, field?: string) => problems.push({ message, field });
  const has = (key: string) =>
    posting[key] !== undefined && posting[key] !== null && posting[key] !== '';

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
