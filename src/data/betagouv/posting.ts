/**
 * One beta.gouv.fr posting (front matter fields plus the Markdown `body`) to a `JobDraft`.
 * Shared by the `betagouv` feed adapter (in the browser) and the `careers-feed` CLI (in Node):
 * no Node APIs. Nothing here throws; the CLI reports each quirk (src/cli/posting-problems.ts).
 *
 * Reading the body is done by readers passed in (`BodyReaders`, see ./body.ts): the widget's
 * adapter passes the excerpt and the application links and addresses; the CLI also passes
 * places, pay and remote work, whose code the widget's bundle goes without.
 */
import { contractFrom, isRecord } from '../adapters/fields.js';
import type { JobDraft } from '../adapters/types.js';
import type { Apply } from '../job.js';
import { slugify } from '../slug.js';
import { safeEmail, safeHttpUrl } from '../urls.js';
import { endOfDateMs, fileNameDate, readDate } from './dates.js';

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

/** Optional readers of the Markdown body (the CLI passes them all). */
export interface BodyReaders {
  summary?(body: string): string | undefined;
  apply?(body: string): Apply;
  /** The places, remote work and pay the text names. */
  details?(body: string): Pick<JobDraft, 'locations' | 'remote' | 'salary'>;
}

export interface PostingOptions {
  /** "Now", for `depublication_date` and closing dates (defaults to the current time). */
  now?: Date;
  /** Country of the postings' places (default `FR`: beta.gouv.fr hires for the French State). */
  country?: string;
  body?: BodyReaders;
}

/** A string field (first item of a list), whitespace collapsed; undefined when empty. */
export function textField(value: unknown): string | undefined {
  if (Array.isArray(value)) return textField(value.find(textField));
  const t = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return t.replace(/[\s\u00a0]+/g, ' ').trim() || undefined;
}

/** A string or list field as a list of non-empty strings. */
export const listField = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item) => textField(item) ?? []);

/** The file name without folders and without `.md`, as a URL-safe id. */
export const postingSlug = (file: string): string =>
  slugify((file.split(/[\\/]/).pop() ?? file).replace(/\.(md|markdown)$/i, ''), 120);

/** `true`/"true"/"oui"/"yes" -> true, `false`/"false"/"non"/"no" -> false, else undefined. */
export function readFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return /^(true|oui|yes|vrai)$/.test(word)
    ? true
    : /^(false|non|no|faux)$/.test(word)
      ? false
      : undefined;
}

/** Tags longer than this are sentences ("Choix technologiques ouverts..."), not tags. */
export const MAX_TAG = 40;

/** `techno` text is split on `/`, `,`, `;` and ` - `. */
export const technoTags = (value: unknown): string[] =>
  listField(value).flatMap((t) => t.split(/\s*[/,;]\s*|\s+-\s+/));

/** The closing fields, in the order they are read. */
export const CLOSING_FIELDS = ['poste_pourvu', 'poste_ferme', 'depublication_date'];
/** The opening date fields, in the order they are read. */
export const DATE_FIELDS = ['date', 'post_ouvert', 'poste_ouvert'];

/**
 * Maps one beta.gouv.fr posting to a job draft (see README, "Feed authors"). Total: any JSON
 * value gives a draft; values it cannot use are left out (the CLI reports them, see
 * src/cli/posting-problems.ts, and normalizeFeed validates what is kept).
 */
export function betagouvPostingToDraft(
  input: BetagouvPosting,
  options: PostingOptions = {},
): JobDraft {
  const p: BetagouvPosting = isRecord(input) ? input : {};
  const file = typeof p.file === 'string' ? p.file : undefined;
  const body = typeof p.body === 'string' ? p.body.replace(/\r\n?/g, '\n') : '';
  const id = file ? postingSlug(file) || undefined : undefined;
  const roles = [...listField(p.roles), ...listField(p.role)];
  const readers = options.body ?? {};
  // Heuristics read the first 100 000 characters: postings are far shorter, hostile ones not.
  const head = body.slice(0, 100_000);

  // Who hires: the resolved startup, else a partner's `friend`, else the `equipe`; `equipe`
  // (or `friend`) is the team when it names someone else.
  const startup = isRecord(p.startup) ? p.startup : undefined;
  const startupName = startup && (textField(startup.title) ?? textField(startup.id));
  const friend = textField(p.friend);
  const equipe = textField(p.equipe);
  const orgName = startupName ?? friend ?? equipe;
  const teamName = [equipe, friend].find((n) => n && n.toLowerCase() !== orgName?.toLowerCase());

  // The title, else "<startup> recrute : <roles>" (a no-break space before the colon, as French
  // typography wants), else the roles, else the file name.
  const role = roles.join(', ');
  const slug = file
    ? postingSlug(file)
        .replace(/^\d{4}-\d{2}-\d{2}-?/, '')
        .replace(/[-_.]+/g, ' ')
    : '';
  const title =
    textField(p.title) ??
    textField(p.titles) ??
    // Some `roles` are already a sentence ("Datagir recrute une développeuse...").
    (role && orgName && !/recrut|cherch/i.test(role)
      ? `${orgName} recrute\u00a0: ${role}`
      : (role || slug || 'Offre').replace(/^./, (c) => c.toUpperCase()));

  // Open unless a closing field says otherwise; the earliest closing date is `closesAt`.
  const now = (options.now ?? new Date()).getTime();
  let open = readFlag(p.open) !== false;
  let closesAt: string | undefined;
  for (const key of CLOSING_FIELDS) {
    const date = readDate(p[key]);
    if (readFlag(p[key])) open = false;
    if (!date) continue;
    if (!closesAt || endOfDateMs(date) < endOfDateMs(closesAt)) closesAt = date;
    if (endOfDateMs(date) < now) open = false;
  }
  // "fermé", "poste pourvu", "closed", "filled"; not when negated ("non pourvu", "pas encore
  // pourvu", "not yet filled", "unfilled": the posting is still open).
  if (
    /(?<!\b(?:(?:non|pas|not)[\s-]*(?:\w+ )?|un))(?:clos|ferm|pourvu|filled)/i.test(
      textField(p.status) ?? '',
    )
  )
    open = false;

  const publishedAt =
    DATE_FIELDS.map((key) => readDate(p[key])).find(Boolean) ??
    (file ? fileNameDate(file) : undefined);

  const tags = new Map<string, string>();
  for (const tag of [...listField(p.domaines), ...listField(p.domaine), ...technoTags(p.techno)]) {
    if (tag.length <= MAX_TAG && !tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }

  // Apply: `contact` and `externalURL` first, then what the body reader finds.
  const email = safeEmail(textField(p.contact));
  const url = safeHttpUrl(textField(p.externalURL)) ?? safeHttpUrl(textField(p.externalUrl));
  const found = readers.apply?.(head) ?? {};
  const apply: Apply = { url: url ?? found.url, email: email ?? found.email };
  // The body's words only when they are about the link or address kept.
  if ((found.url && !url) || (found.email && !email && !url))
    apply.instructions = found.instructions;

  const draft: JobDraft = {
    id,
    title,
    organization: orgName
      ? { name: orgName, url: startupName ? safeHttpUrl(startup?.link) : undefined }
      : undefined,
    team: teamName ? { name: teamName } : undefined,
    roles: roles.length ? roles : undefined,
    locations: [],
    country: options.country ?? 'FR',
    contract: contractFrom(textField(p.contrat)),
    experience: readFlag(p.junior) ? 'junior' : undefined,
    tags: [...tags.values()],
    publishedAt,
    closesAt,
    open,
    apply: apply.url || apply.email ? apply : undefined,
    description: body.trim() || undefined,
    summary: readers.summary?.(head),
    // beta.gouv.fr postings are written in French.
    language: 'fr',
    ...readers.details?.(head),
  };
  // Drops the undefined fields.
  return JSON.parse(JSON.stringify(draft)) as JobDraft;
}
