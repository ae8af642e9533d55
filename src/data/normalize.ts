import {
  CONTRACT_KINDS,
  EXPERIENCE_LEVELS,
  REMOTE_POLICIES,
  SALARY_PERIODS,
  type Apply,
  type Contract,
  type ContractKind,
  type ExperienceLevel,
  type FeedWarning,
  type Job,
  type Organization,
  type RemotePolicy,
  type Salary,
  type SalaryPeriod,
  type Team,
} from './job.js';
import { adapterFor, detectAdapter } from './adapters/index.js';
import {
  contractKind,
  currency,
  experienceLevel,
  field,
  isRecord,
  isoDate,
  num,
  remotePolicy,
  salaryPeriod,
  textAt,
  text,
  textList,
} from './adapters/fields.js';
import { IdRegistry, isUrlSafeId, slugify } from './slug.js';
import { isPlainHttpUrl, safeEmail, safeHttpUrl } from './urls.js';

/** Feed formats the widget reads. `auto` detects the format from the JSON's shape. */
export type { FeedFormat } from './adapters/types.js';
import { type AdapterContext, type FeedFormat, type JobDraft } from './adapters/types.js';

export interface NormalizeOptions {
  /** Skip detection and read the input as this format. */
  format?: FeedFormat | 'auto';
  /** URL the feed came from: recorded on jobs and used to resolve relative links. */
  source?: string;
}

export interface NormalizedFeed {
  jobs: Job[];
  warnings: FeedWarning[];
  /** The format that was read, or `unknown` when nothing matched. */
  format: FeedFormat | 'unknown';
}

/** Past this many, warnings are counted in one last message instead of listed. */
const MAX_WARNINGS = 200;
const MAX_LABEL = 60;

/** Collects warnings, naming the job each one is about. */
class Warnings {
  readonly list: FeedWarning[] = [];
  private dropped = 0;

  add(message: string, index?: number, job?: string): void {
    if (this.list.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    const label = job && job.length > MAX_LABEL ? `${job.slice(0, MAX_LABEL)}…` : job;
    const who =
      index === undefined ? '' : `Job #${index + 1}${label ? ` (${JSON.stringify(label)})` : ''}: `;
    const warning: FeedWarning = { message: `${who}${message}` };
    if (index !== undefined) warning.index = index;
    if (label) warning.job = label;
    this.list.push(warning);
  }

  done(): FeedWarning[] {
    if (this.dropped) {
      this.list.push({ message: `${this.dropped} more warnings not listed.` });
      this.dropped = 0;
    }
    return this.list;
  }
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  (values as readonly unknown[]).includes(value) ? (value as T) : undefined;

/** A short, readable rendering of a rejected value for a warning. */
/** No value given: absent, null or the empty string. */
const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Sets a field that has a value (not undefined, false or empty). */
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined | false): void {
  if (value) target[key] = value as T[K];
}

function shown(value: unknown): string {
  let out: string;
  try {
    out = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    out = String(value);
  }
  out = out.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return JSON.stringify(out.length > 80 ? `${out.slice(0, 80)}…` : out);
}

/** Validates one draft into a Job: the single place where every field is checked. */
class JobValidator {
  constructor(
    private readonly warn: (message: string) => void,
    private readonly base: string | undefined,
    /** URLs checked so far in this feed: organizations repeat theirs on every posting. */
    private readonly checked: Map<unknown, string | undefined>,
  ) {}

  url(value: unknown, name: string): string | undefined {
    if (blank(value)) return undefined;
    let safe: string | undefined;
    // Parsing every posting's URL was a third of reading a large feed. The URLs met before
    // (an organization's, on every posting) are looked up first: the pattern is slower to fail.
    if (this.checked.has(value)) safe = this.checked.get(value);
    else if (isPlainHttpUrl(value)) safe = value;
    else this.checked.set(value, (safe = safeHttpUrl(value, this.base)));
    if (!safe) this.warn(`${name} ${shown(value)} dropped: not an http(s) URL.`);
    return safe;
  }

  text(value: unknown, name: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const t = text(value);
    if (t === undefined && typeof value !== 'string') {
      this.warn(`${name} dropped: expected text, got ${shown(value)}.`);
    }
    return t;
  }

  list(value: unknown, name: string): string[] {
    if (value === undefined || value === null) return [];
    if (typeof value !== 'string' && !Array.isArray(value)) {
      this.warn(`${name} dropped: expected a list of text, got ${shown(value)}.`);
      return [];
    }
    return textList(value);
  }

  date(value: unknown, name: string): string | undefined {
    if (blank(value)) return undefined;
    const iso = isoDate(value);
    if (!iso) this.warn(`${name} ${shown(value)} dropped: not an ISO 8601 date.`);
    return iso;
  }

  /** An organization or a team: a name, a home page, and the organization's logo or the team's pitch. */
  party(value: unknown, kind: string): (Organization & Team) | undefined {
    if (value === undefined || value === null) return undefined;
    const name = typeof value === 'string' ? text(value) : textAt(value, 'name');
    if (!name) {
      this.warn(`${kind} dropped: it has no name.`);
      return undefined;
    }
    const party: Organization & Team = { name };
    const url = this.url(field(value, 'url'), `${kind}.url`);
    const logo = kind === 'organization' && this.url(field(value, 'logo'), 'organization.logo');
    const description =
      kind === 'team' && this.text(field(value, 'description'), 'team.description');
    put(party, 'url', url);
    put(party, 'logo', logo);
    put(party, 'description', description);
    return party;
  }

  /** The roles; an empty list is none (undefined). */
  roles(value: unknown, name: string): string[] | undefined {
    const roles = this.list(value, name);
    return roles.length ? roles : undefined;
  }

  /** An ISO 3166-1 code is written in capitals (`fr` -> `FR`); a name is kept as written. */
  country(value: unknown, name: string): string | undefined {
    const country = this.text(value, name);
    return country?.length === 2 ? country.toUpperCase() : country;
  }

  remote(value: unknown): RemotePolicy | undefined {
    if (blank(value)) return undefined;
    const policy = oneOf(REMOTE_POLICIES, value) ?? remotePolicy(value);
    if (!policy && value !== false) {
      this.warn(`remote ${shown(value)} dropped: expected none, hybrid or full.`);
    }
    return policy;
  }

  contract(value: unknown): Contract | undefined {
    if (blank(value)) return undefined;
    const label = typeof value === 'string' ? text(value) : textAt(value, 'label');
    const givenKind = field(value, 'kind');
    const kind: ContractKind | undefined =
      oneOf(CONTRACT_KINDS, givenKind) ?? contractKind(givenKind) ?? contractKind(label);
    if (!kind && !label) {
      this.warn(`contract ${shown(value)} dropped: no known kind and no label.`);
      return undefined;
    }
    if (givenKind !== undefined && !kind) {
      this.warn(`contract kind ${shown(givenKind)} is unknown: read as "other".`);
    }
    const contract: Contract = { kind: kind ?? 'other' };
    put(contract, 'label', label);
    return contract;
  }

  salary(value: unknown): Salary | undefined {
    if (blank(value)) return undefined;
    if (typeof value === 'string' || typeof value === 'number') {
      const t = text(value);
      return t ? { text: t } : undefined;
    }
    if (!isRecord(value)) {
      this.warn(`salary ${shown(value)} dropped: expected { min, max, currency, period }.`);
      return undefined;
    }
    const amount = (name: 'min' | 'max') => {
      const raw = value[name];
      const n = num(raw);
      if (n !== undefined && n >= 0) return n;
      if (!blank(raw)) {
        this.warn(`salary.${name} ${shown(raw)} dropped: expected an amount of 0 or more.`);
      }
    };
    let min = amount('min');
    let max = amount('max');
    if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
    const rawPeriod = field(value, 'period');
    const period: SalaryPeriod | undefined =
      oneOf(SALARY_PERIODS, rawPeriod) ?? salaryPeriod(rawPeriod);
    if (rawPeriod !== undefined && rawPeriod !== null && !period) {
      this.warn(
        `salary period ${shown(rawPeriod)} dropped: expected hour, day, week, month or year.`,
      );
    }
    const code = currency(field(value, 'currency'));
    if (min === undefined && max === undefined) {
      const t = textAt(value, 'text');
      if (t) return { text: t };
      this.warn('salary dropped: it has neither amounts nor text.');
      return undefined;
    }
    const salary: Exclude<Salary, { text: string }> = {};
    if (min !== undefined) salary.min = min;
    if (max !== undefined) salary.max = max;
    put(salary, 'currency', code);
    put(salary, 'period', period);
    return salary;
  }

  /** A BCP 47 tag with a 2- or 3-letter language, in its usual case (`fr-fr` -> `fr-FR`). */
  language(value: unknown): string | undefined {
    // Most postings give none: nothing to parse (a throw per posting is slow).
    if (blank(value)) return undefined;
    try {
      // Throws on a tag that is not well-formed; "French" is well-formed but names no language.
      if (/^[a-z]{2,3}\b/i.test(value as string)) return `${new Intl.Locale(value as string)}`;
    } catch {
      // Dropped below.
    }
    this.warn(`language ${shown(value)} dropped: not a BCP 47 tag.`);
  }

  experience(value: unknown): ExperienceLevel | undefined {
    if (blank(value)) return undefined;
    const level = oneOf(EXPERIENCE_LEVELS, value) ?? experienceLevel(value);
    if (!level) this.warn(`experience ${shown(value)} dropped: unknown level.`);
    return level;
  }

  open(value: unknown): boolean {
    if (value === undefined || value === null || typeof value === 'boolean') return value !== false;
    const t = typeof value === 'string' ? value.trim().toLowerCase() : '';
    // French words in either gender: "fermé(e)", "pourvu(e)", "ouvert(e)".
    if (/^(false|no|closed|filled|non|ferm[eé]e?|pourvue?)$/.test(t)) return false;
    if (!/^(true|yes|open|oui|ouverte?)$/.test(t)) {
      this.warn(`open ${shown(value)} is not a boolean: read as open.`);
    }
    return true;
  }

  apply(value: unknown): Apply | undefined {
    if (blank(value)) return undefined;
    if (typeof value === 'string') {
      const email = safeEmail(value);
      if (email) return { email };
      const url = this.url(value, 'apply');
      return url ? { url } : undefined;
    }
    if (!isRecord(value)) {
      this.warn(`apply ${shown(value)} dropped: expected { url, email, instructions }.`);
      return undefined;
    }
    const apply: Apply = {};
    const rawUrl = field(value, 'url');
    // A mailto: given as the apply URL is read as the address.
    const mailto = typeof rawUrl === 'string' && /^\s*mailto:/i.test(rawUrl);
    const url = mailto ? undefined : this.url(rawUrl, 'apply.url');
    const rawEmail = field(value, 'email') ?? (mailto ? rawUrl : undefined);
    const email = safeEmail(rawEmail);
    if (!blank(rawEmail) && !email) {
      this.warn(`apply.email ${shown(rawEmail)} dropped: not an e-mail address.`);
    }
    const instructions = this.text(field(value, 'instructions'), 'apply.instructions');
    put(apply, 'url', url);
    put(apply, 'email', email);
    put(apply, 'instructions', instructions);
    return url || email || instructions ? apply : undefined;
  }
}

/**
 * The job's other fields, in the order they are checked (and warned about), each with the
 * method of `JobValidator` that checks it.
 */
const CHECKS: Array<[keyof Job, keyof JobValidator]> = [
  ['organization', 'party'],
  ['team', 'party'],
  ['roles', 'roles'],
  ['remote', 'remote'],
  ['contract', 'contract'],
  ['salary', 'salary'],
  ['experience', 'experience'],
  ['country', 'country'],
  ['tags', 'list'],
  ['publishedAt', 'date'],
  ['updatedAt', 'date'],
  ['closesAt', 'date'],
  ['startsAt', 'date'],
  ['open', 'open'],
  ['apply', 'apply'],
  ['url', 'url'],
  ['description', 'text'],
  ['descriptionHtml', 'text'],
  ['summary', 'text'],
  ['language', 'language'],
];

function jobName(draft: unknown): string | undefined {
  return textAt(draft, 'title') ?? textAt(draft, 'id');
}

/**
 * Turns any JSON value into normalized jobs. Total: never throws; what it cannot read is
 * skipped with a warning that names it.
 */
export function normalizeFeed(input: unknown, options: NormalizeOptions = {}): NormalizedFeed {
  const warnings = new Warnings();
  const requested = options.format ?? 'auto';
  const base = typeof options.source === 'string' ? options.source : undefined;

  // Every format has its adapter: one not found is a format that does not exist.
  let adapter = requested === 'auto' ? undefined : adapterFor(requested);
  if (requested !== 'auto' && !adapter) {
    warnings.add(`Unknown format ${shown(requested)}: detecting the format instead.`);
  }
  adapter ??= detectAdapter(input);
  if (!adapter) {
    warnings.add(
      'Not a job feed: expected a careers feed ({ "version": 1, "jobs": [...] } or an array of jobs) or a supported job board format.',
    );
    return { jobs: [], warnings: warnings.done(), format: 'unknown' };
  }

  const context: AdapterContext = {
    source: base,
    warn: (message, index, job) => warnings.add(message, index, job),
  };
  let drafts: Array<JobDraft | undefined>;
  try {
    drafts = adapter.read(input, context);
  } catch (error) {
    warnings.add(`The ${adapter.format} feed could not be read: ${String(error)}.`);
    drafts = [];
  }

  const ids = new IdRegistry();
  for (const draft of drafts) {
    const id = textAt(draft, 'id');
    if (id && isUrlSafeId(id)) ids.reserve(id);
  }
  // One validator for the whole feed, naming the posting being read: nothing is made per
  // posting but the job itself (a large feed's allocations were a good part of reading it).
  let at = 0;
  let title: string | undefined;
  let draft: unknown;
  // Own properties only (never inherited ones).
  const get = (key: string): unknown => field(draft, key);
  const check = new JobValidator((message) => warnings.add(message, at, title), base, new Map());
  const jobs: Job[] = [];
  drafts.forEach((given, index) => {
    if (given === undefined) return;
    at = index;
    draft = given;
    try {
      title = text(get('title'));
      if (!isRecord(given) || !title) {
        const why = isRecord(given) ? 'skipped: it has no title.' : 'skipped: not an object.';
        warnings.add(why, index, jobName(given));
        return;
      }
      const sourceId = text(get('id'));
      const own = !!sourceId && isUrlSafeId(sourceId);
      const id = ids.claim(own ? sourceId : slugify(sourceId ?? '') || slugify(title), own);

      const job: Job = {
        id,
        title,
        locations: check.list(get('locations'), 'locations'),
        tags: [],
        open: true,
      };
      for (const [key, how] of CHECKS) {
        const value = check[how](get(key), key);
        if (value !== undefined) (job as Record<keyof Job, unknown>)[key] = value;
      }
      put(job, 'source', base);
      jobs.push(job);
    } catch (error) {
      warnings.add(`skipped: ${String(error)}.`, index, jobName(given));
    }
  });
  return { jobs, warnings: warnings.done(), format: adapter.format };
}
