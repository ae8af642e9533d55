/**
 * One beta.gouv.fr posting (front matter fields plus the Markdown `body`) to a `JobDraft`.
 * Shared by the `betagouv` feed adapter (in the browser) and the `careers-feed` CLI (in Node):
 * no DOM, no Node APIs. Every quirk is read with a warning; nothing here throws.
 */
import type { JobDraft } from '../adapters/types.js';
import type { Contract, Organization, Team } from '../job.js';
import { slugify } from '../slug.js';
import { safeEmail, safeHttpUrl } from '../urls.js';
import { findApplyInBody } from './apply.js';
import { readContract } from './contract.js';
import { endOfDateMs, fileNameDate, readDate } from './dates.js';
import { markdownExcerpt } from './text.js';

/** A startup file (`content/_startups/<id>.md`) as far as postings need it. */
export interface BetagouvStartup {
  /** The file name without `.md`. */
  id?: string;
  /** The startup's name. */
  title?: string;
  /** Its home page. */
  link?: string;
  /** Its one-sentence pitch. */
  mission?: string;
}

/**
 * A posting of the `betagouv` feed format: the front matter's fields as they are, plus `body`
 * (the Markdown), optional `file` (the source file name: gives the id, and the date when the
 * front matter has none) and `startup` as an id or, resolved, as a startup object.
 */
export interface BetagouvPosting {
  file?: string;
  body?: string;
  startup?: string | BetagouvStartup | null | false;
  [field: string]: unknown;
}

export interface PostingContext {
  /** "Now", for `depublication_date` and closing dates (defaults to the current time). */
  now?: Date;
  /** Canonical page of each posting: `{slug}` is replaced by the id, otherwise the id is appended. */
  baseUrl?: string;
  /** Records a problem; `field` is the front matter key it is about, when there is one. */
  warn(message: string, field?: string): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const clean = (value: string) => value.replace(/[\s\u00a0]+/g, ' ').trim();

/** A string field (first item of a list), trimmed; undefined when empty or not text. */
function textField(value: unknown): string | undefined {
  if (Array.isArray(value)) return textField(value.find((item) => textField(item)));
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && clean(value) ? clean(value) : undefined;
}

/** A string or list field as a list of non-empty strings. */
function listField(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => textField(item) ?? []);
}

/** The file name without folders and without `.md`. */
export function postingSlug(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return slugify(name.replace(/\.(md|markdown)$/i, ''), 120);
}

/** True for `true`, "true", "oui", "yes"; false for `false`, "false", "non", "no". */
function readFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['true', 'oui', 'yes', 'vrai', 'on'].includes(word)) return true;
  if (['false', 'non', 'no', 'faux', 'off'].includes(word)) return false;
  return undefined;
}

/** `domaines`, `domaine` and `techno` as tags; `techno` text is split on `/`, `,`, ` - `. */
function readTags(posting: BetagouvPosting, context: PostingContext): string[] {
  const tags = new Map<string, string>();
  const add = (tag: string, field: string) => {
    if (tag.length > 40) {
      context.warn(
        `"${field}" value is too long for a tag (${tag.length} characters): ignored`,
        field,
      );
      return;
    }
    if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  };
  for (const field of ['domaines', 'domaine']) {
    for (const tag of listField(posting[field])) add(tag, field);
  }
  for (const text of listField(posting.techno)) {
    for (const tag of text.split(/\s*[/,;]\s*|\s+-\s+/)) if (tag.trim()) add(tag.trim(), 'techno');
  }
  return [...tags.values()];
}

/** `closed`, with the closing date when there is one, from the posting's closing fields. */
function readClosing(
  posting: BetagouvPosting,
  context: PostingContext,
): { open: boolean; closesAt?: string } {
  const now = (context.now ?? new Date()).getTime();
  let open = true;
  let closesAt: string | undefined;
  const has = (field: string) => Object.prototype.hasOwnProperty.call(posting, field);

  if (has('open')) {
    const flag = readFlag(posting.open);
    if (flag === false) open = false;
    if (flag === undefined) {
      context.warn(
        `"open" is ${JSON.stringify(posting.open)}, not true or false: read as open`,
        'open',
      );
    } else if (typeof posting.open !== 'boolean') {
      context.warn(`"open" is the text ${JSON.stringify(posting.open)}: read as ${flag}`, 'open');
    }
  } else {
    context.warn('no "open" field: the posting is shown as open', 'open');
  }

  for (const field of ['poste_pourvu', 'poste_ferme']) {
    if (!has(field) || posting[field] === null || posting[field] === '') continue;
    const value = posting[field];
    const flag = readFlag(value);
    if (flag !== undefined) {
      if (flag) open = false;
      continue;
    }
    const date = readDate(value);
    if (!date) {
      context.warn(`"${field}" is ${JSON.stringify(value)}: not a date or a flag, ignored`, field);
      continue;
    }
    if (!closesAt || endOfDateMs(date) < endOfDateMs(closesAt)) closesAt = date;
    if (endOfDateMs(date) < now) open = false;
  }

  if (has('depublication_date') && posting.depublication_date) {
    const date = readDate(posting.depublication_date);
    if (!date) {
      context.warn(
        `"depublication_date" is ${JSON.stringify(posting.depublication_date)}: not a date, ignored`,
        'depublication_date',
      );
    } else {
      if (!closesAt || endOfDateMs(date) < endOfDateMs(closesAt)) closesAt = date;
      if (endOfDateMs(date) < now) open = false;
    }
  }

  const status = textField(posting.status)?.toLowerCase();
  if (status && /clos|ferm|pourvu|closed|filled/.test(status)) open = false;
  return { open, closesAt };
}

/** `date`, else `post_ouvert` / `poste_ouvert`, else the file name's date. */
function readPublished(posting: BetagouvPosting, context: PostingContext): string | undefined {
  for (const field of ['date', 'post_ouvert', 'poste_ouvert']) {
    const value = posting[field];
    if (value === undefined || value === null || value === '') continue;
    const date = readDate(value);
    if (date) return date;
    context.warn(`"${field}" is ${JSON.stringify(value)}: not a date, ignored`, field);
  }
  const fromName = posting.file ? fileNameDate(posting.file) : undefined;
  if (!fromName) context.warn('no date in the front matter nor in the file name', 'date');
  return fromName;
}

function readStartup(posting: BetagouvPosting): BetagouvStartup | undefined {
  const startup = posting.startup;
  if (!isRecord(startup)) return undefined;
  const title = textField(startup.title) ?? textField(startup.id);
  return title
    ? {
        id: textField(startup.id),
        title,
        link: textField(startup.link),
        mission: textField(startup.mission),
      }
    : undefined;
}

/**
 * Who hires and which team: a resolved startup is the organization (name, `link` as its URL);
 * without one, a partner posting's `friend` or the `equipe` is. `equipe` becomes the team when
 * it names someone other than the organization.
 */
function readOrganization(posting: BetagouvPosting): { organization?: Organization; team?: Team } {
  const startup = readStartup(posting);
  const friend = textField(posting.friend);
  const equipe = textField(posting.equipe);
  const organization: Organization | undefined = startup
    ? { name: startup.title!, url: safeHttpUrl(startup.link) }
    : friend
      ? { name: friend }
      : equipe
        ? { name: equipe }
        : undefined;
  const same = (a?: string, b?: string) => a?.toLowerCase() === b?.toLowerCase();
  const teamName = [equipe, friend].find((name) => name && !same(name, organization?.name));
  const team: Team | undefined = teamName ? { name: teamName } : undefined;
  if (organization && !organization.url) delete organization.url;
  return { organization, team };
}

function readTitle(
  posting: BetagouvPosting,
  roles: string[],
  organization: Organization | undefined,
  context: PostingContext,
): string {
  const title = textField(posting.title) ?? textField(posting.titles);
  if (title) return title;
  const role = roles.join(', ');
  if (role) {
    // Some `roles` are already a sentence ("Datagir recrute une développeuse...").
    const sentence = organization && !/\brecrut|\brecherch|\bcherch/i.test(role);
    return sentence
      ? `${organization.name} recrute : ${role}`
      : role.charAt(0).toUpperCase() + role.slice(1);
  }
  const fallback = posting.file
    ? postingSlug(posting.file)
        .replace(/^\d{4}-\d{2}-\d{2}-?/, '')
        .replace(/[-_.]+/g, ' ')
    : '';
  context.warn(
    `no "title" nor "roles": the title is made from the file name ("${fallback || 'Offre'}")`,
    'title',
  );
  return fallback ? fallback.charAt(0).toUpperCase() + fallback.slice(1) : 'Offre';
}

function readApply(posting: BetagouvPosting, body: string, context: PostingContext) {
  let email: string | undefined;
  const contact = textField(posting.contact);
  if (contact) {
    email = safeEmail(contact);
    if (!email)
      context.warn(`"contact" is not an e-mail address: ${JSON.stringify(contact)}`, 'contact');
  }
  let url: string | undefined;
  for (const field of ['externalURL', 'externalUrl', 'externalurl']) {
    const value = textField(posting[field]);
    if (!value) continue;
    url = safeHttpUrl(value);
    if (url) break;
    context.warn(`"${field}" is not an http(s) URL: ${JSON.stringify(value)}`, field);
  }
  const fromBody = findApplyInBody(body);
  const apply = {
    url: url ?? fromBody.url,
    email: email ?? fromBody.email,
    // The body's words only when they are about the link or address kept.
    instructions:
      (fromBody.url && !url) || (fromBody.email && !email && !url)
        ? fromBody.instructions
        : undefined,
  };
  if (!apply.url && !apply.email) {
    context.warn(
      'no way to apply found (no contact, externalURL, form link or e-mail in the text)',
      'contact',
    );
    return undefined;
  }
  return Object.fromEntries(Object.entries(apply).filter(([, value]) => value)) as {
    url?: string;
    email?: string;
    instructions?: string;
  };
}

/** Builds the posting's canonical URL from a base URL and its id. */
export function postingUrl(baseUrl: string, id: string): string | undefined {
  const url = baseUrl.includes('{slug}')
    ? baseUrl.replace(/\{slug\}/g, id)
    : `${baseUrl.replace(/\/*$/, '')}/${id}`;
  return safeHttpUrl(url);
}

/** Maps one beta.gouv.fr posting to a job draft (see README, "Feed authors"). */
export function betagouvPostingToDraft(input: BetagouvPosting, context: PostingContext): JobDraft {
  // Total on any JSON value: what is not an object reads as an empty posting.
  const posting: BetagouvPosting = isRecord(input) ? { ...input } : {};
  if (typeof posting.file !== 'string') delete posting.file;
  const body = typeof posting.body === 'string' ? posting.body.replace(/\r\n?/g, '\n') : '';
  const id = posting.file ? postingSlug(posting.file) || undefined : undefined;
  const roles = [...listField(posting.roles), ...listField(posting.role)];
  const { organization, team } = readOrganization(posting);
  const title = readTitle(posting, roles, organization, context);
  const { open, closesAt } = readClosing(posting, context);

  let contract: Contract | undefined;
  const contrat = textField(posting.contrat);
  if (contrat) {
    const read = readContract(contrat);
    contract = read.contract;
    if (!read.recognized) {
      context.warn(
        `"contrat" ${JSON.stringify(contrat)} is not a known kind: shown as written`,
        'contrat',
      );
    }
  }

  const junior = readFlag(posting.junior);
  const draft: JobDraft = {
    id,
    title,
    organization,
    team,
    roles: roles.length ? roles : undefined,
    locations: [],
    contract,
    experience: junior ? 'junior' : undefined,
    tags: readTags(posting, context),
    publishedAt: readPublished(posting, context),
    closesAt,
    open,
    apply: readApply(posting, body, context),
    url: context.baseUrl && id ? postingUrl(context.baseUrl, id) : undefined,
    description: body.trim() || undefined,
    summary: markdownExcerpt(body),
  };
  if (!body.trim()) context.warn('the posting has no text', 'body');
  return Object.fromEntries(
    Object.entries(draft).filter(([, value]) => value !== undefined),
  ) as JobDraft;
}
