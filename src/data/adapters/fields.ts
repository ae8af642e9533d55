/**
 * Small readers shared by the adapters and by `normalizeFeed`: they accept any JSON value and
 * return a well-typed value or `undefined`, never throwing. They read own properties only, so
 * keys such as `__proto__`, `constructor` or `toString` can never leak inherited values.
 */
import type {
  Contract,
  ContractKind,
  ExperienceLevel,
  RemotePolicy,
  SalaryPeriod,
} from '../job.js';
import type { AdapterContext, JobDraft } from './types.js';

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of a record (never an inherited one); undefined for anything else. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The text under `key` (see `text`). */
export const textAt = (value: unknown, key: string): string | undefined => text(field(value, key));

/** The first of several keys that holds something other than null/undefined. */
export function firstField(value: unknown, ...keys: string[]): unknown {
  for (const key of keys) {
    const found = field(value, key);
    if (found !== undefined && found !== null) return found;
  }
  return undefined;
}

/** Trimmed non-empty text; finite numbers are accepted as text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A finite number, from a number or a numeric string ("45 000", "45000.50"). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // \s takes in the no-break spaces (U+00A0, U+202F) of French amounts.
  const cleaned = value.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const parsed = Number(cleaned);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A list of trimmed, non-empty, distinct strings from a string or an array of strings. */
export function textList(value: unknown): string[] {
  if (!Array.isArray(value)) {
    const t = text(value);
    return t ? [t] : [];
  }
  // Lists usually hold a few items: a scan finds repeats without a Set per list; a long list
  // (a hostile feed's thousands of tags) gets the Set, so this stays linear.
  if (value.length > 16) return [...new Set(value.map(text).filter((t): t is string => !!t))];
  const out: string[] = [];
  for (const item of value) {
    const t = text(item);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** The array itself, or an empty one. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Lowercase, accent-free words separated by single spaces, for matching free text. */
export function words(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[·•.\-_/+,;:()[\]'"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Dates: anything an adapter or a feed author may write, as ISO 8601; undefined otherwise. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const MIN_TIME = Date.UTC(1970, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day `d` exists in month `m` (1 to 12) of year `y` (Gregorian, leap years included). */
function validDay(y: number, m: number, d: number): boolean {
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // Out of 1 to 12, the month has no length: `undefined + n` is NaN, and no day is <= NaN.
  return d >= 1 && d <= MONTH_DAYS[m - 1] + (leap ? 1 : 0);
}

/**
 * An ISO 8601 date (`2026-11-28`) or date-time (`2026-11-28T09:30:00Z`) string. Accepts epoch
 * milliseconds (Lever), ISO strings with a one-digit hour or a space instead of `T`, and other
 * date strings with a four-digit year that the JavaScript engine reads.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < MIN_TIME || value > MAX_TIME) return undefined;
    return new Date(value).toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 64) return undefined;
  // A test and slices, not `exec`: its match array was most of what reading a date allocated.
  if (ISO_DATE.test(trimmed)) {
    return validDay(+trimmed.slice(0, 4), +trimmed.slice(5, 7), +trimmed.slice(8))
      ? trimmed
      : undefined;
  }
  const dateTime = ISO_DATE_TIME.exec(trimmed);
  if (dateTime) {
    const [, y, mo, d, h, mi, s, frac, zone] = dateTime;
    if (!validDay(+y, +mo, +d) || +h > 23 || +mi > 59 || (s !== undefined && +s > 59)) {
      return undefined;
    }
    let tz = zone ? zone.toUpperCase() : '';
    if (tz && tz !== 'Z' && !tz.includes(':')) tz = `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}${frac ?? ''}${tz}`;
  }
  if (!/\b\d{4}\b/.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  if (!Number.isFinite(time) || time < MIN_TIME || time > MAX_TIME) return undefined;
  return new Date(time).toISOString();
}

/** Whether a string is already a strict ISO 8601 date or date-time as `isoDate` writes it. */
export function isIsoDate(value: string): boolean {
  return isoDate(value) === value;
}

const CONTRACT_PATTERNS: Array<[ContractKind, RegExp]> = [
  ['permanent', /\b(cdi|permanent|unbefristet)\b/],
  ['fixed-term', /\b(cdd|fixed ?term|short term contract)\b/],
  [
    'freelance',
    /\b(freelances?|free lance|freelancer|ind[ei]pend[ae]nt(e|es|s)?|pre?stataires?|contractor|contract|auto entrepreneur|self employed|consultant)\b/,
  ],
  ['internship', /\b(stages?|stagiaires?|interns?|internships?|traineeships?|trainee)\b/],
  [
    'apprenticeship',
    /\b(alternances?|alternant(e|es|s)?|apprentissage|apprenti(e|es|s)?|apprenticeships?|apprentice|work study)\b/,
  ],
  ['contractual', /\b(contractuel(le|les|s)?)\b/],
  ['civil-servant', /\b(fonctionn?aires?|civil servant|titulaire)\b/],
  ['temporary', /\b(temporary|temp|interim|seasonal|saisonnier(e)?)\b/],
  ['volunteer', /\b(volunteer|volontaire|benevole|service civique)\b/],
];

/** Generic rhythms, used only when no specific kind is named. */
const CONTRACT_FALLBACKS: Array<[ContractKind, RegExp]> = [
  ['part-time', /\b(part ?time|temps partiel|mi temps)\b/],
  ['permanent', /\b(full ?time|temps plein)\b/],
  ['other', /\b(other|autre|per diem)\b/],
];

/**
 * The normalized kind for a contract in any words: French (CDI, CDD, indépendant in every
 * spelling, stage, alternance, contractuel, fonctionnaire) and the boards' codes (FullTime,
 * PartTime, Intern, Contract, Temporary, full_time, fulltime_fixed_term, CONTRACTOR...). When
 * several kinds are named ("Fonctionnaire ou CDD"), the first one named wins.
 */
export function contractKind(value: unknown): ContractKind | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  // Split camel case codes: FullTime -> full time, PartTime -> part time.
  const spaced = words(raw.replace(/([a-z])([A-Z])/g, '$1 $2'));
  let best: { kind: ContractKind; at: number } | undefined;
  for (const [kind, pattern] of CONTRACT_PATTERNS) {
    const match = pattern.exec(spaced);
    if (match && (!best || match.index < best.at)) best = { kind, at: match.index };
  }
  if (best) return best.kind;
  for (const [kind, pattern] of CONTRACT_FALLBACKS) if (pattern.test(spaced)) return kind;
  return undefined;
}

/** The contract a source's words name: its kind (`other` when unknown) and the words as label. */
export function contractFrom(label: string | undefined): Contract | undefined {
  return label ? { kind: contractKind(label) ?? 'other', label } : undefined;
}

/** remote / on-site / hybrid in the boards' and people's words. */
export function remotePolicy(value: unknown): RemotePolicy | undefined {
  if (value === true) return 'full';
  if (value === false) return undefined;
  const raw = text(value);
  if (!raw) return undefined;
  const w = words(raw.replace(/([a-z])([A-Z])/g, '$1 $2'));
  if (/\b(hybrid|hybride|partial|partiel|partly|flexible|possible|occasionnel)\b/.test(w)) {
    return 'hybrid';
  }
  if (/\b(on ?site|office|none|no|sur site|presentiel|non)\b/.test(w)) {
    return 'none';
  }
  if (/\b(full|remote|telecommute|teletravail|distance|yes|oui)\b/.test(w)) {
    return 'full';
  }
  return undefined;
}

/** hour / day / week / month / year from "per-year-salary", "1 YEAR", "monthly", "annuel"... */
export function salaryPeriod(value: unknown): SalaryPeriod | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const w = words(raw);
  if (/\b(hours?|hourly|heures?|horaire)\b/.test(w)) return 'hour';
  if (/\b(days?|daily|jours?|journalier|tjm)\b/.test(w)) return 'day';
  if (/\b(weeks?|weekly|semaines?|hebdomadaire)\b/.test(w)) return 'week';
  if (/\b(months?|monthly|mois|mensuel(le)?)\b/.test(w)) return 'month';
  if (/\b(years?|yearly|annual|annually|annuel(le)?|an|ans|annee|per annum)\b/.test(w)) {
    return 'year';
  }
  return undefined;
}

/** A three-letter currency code, upper case. */
export function currency(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const symbols: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
  const code = symbols[raw] ?? raw.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** junior / mid / senior... from the boards' words. */
export function experienceLevel(value: unknown): ExperienceLevel | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const w = words(raw);
  if (/\b(student|etudiant|intern|internship|stage|entry|graduate)\b/.test(w)) return 'student';
  if (/\b(junior|debutant|beginner|associate)\b/.test(w)) return 'junior';
  if (/\b(mid|intermediate|confirme|experienced)\b/.test(w)) return 'mid';
  if (/\b(senior|expert|lead|principal|staff)\b/.test(w)) return 'senior';
  if (/\b(executive|director|directeur|directrice|vp|head|c level)\b/.test(w)) return 'executive';
  return undefined;
}

/**
 * Named references worth knowing by name, in lower case (others stay as they are, for the HTML
 * parser).
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  oelig: 'œ',
};

/**
 * Decodes HTML character references once (`&lt;p&gt;` -> `<p>`), as text: no DOM, so no
 * Trusted Types sink is touched and it behaves the same in Node and in browsers.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (all, ref: string) => {
    if (ref[0] !== '#') {
      // In any case (`&AMP;`); a capital first gives a capital (`&Icirc;` -> Î). The names are
      // lower case and own: no inherited name (`&toString;`) is left once lower-cased.
      const char = NAMED_ENTITIES[ref.toLowerCase()];
      return char === undefined ? all : ref[0] <= 'Z' ? char.toUpperCase() : char;
    }
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : +ref.slice(1);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Text safe to put between HTML tags. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Non-empty HTML parts joined in order; undefined when there is none. */
export function joinHtml(...parts: Array<string | undefined>): string | undefined {
  const kept = parts.filter((p) => p?.trim());
  return kept.length ? kept.join('\n') : undefined;
}

/** The first paragraph of plain text, cut at a word boundary to about `max` characters. */
export function excerpt(value: unknown, max = 280): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const paragraph = raw
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
  if (paragraph.length <= max) return paragraph;
  const cut = paragraph.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Each posting of a source list read by `read`; one that is not an object is skipped, warned. */
export function readEach(
  items: unknown[] | undefined,
  context: AdapterContext,
  read: (raw: JsonRecord, index: number) => JobDraft | undefined,
): Array<JobDraft | undefined> {
  return (items ?? []).map((raw, index) => {
    if (isRecord(raw)) return read(raw, index);
    context.warn('skipped: not an object.', index);
    return undefined;
  });
}

/** `{ name }` for a name, undefined without one. */
export const named = (name: string | undefined): { name: string } | undefined =>
  name ? { name } : undefined;

/** `{ url }` for a URL, undefined without one (the `apply` of most boards). */
export const linkTo = (url: string | undefined): { url: string } | undefined =>
  url ? { url } : undefined;

/** The array a record keeps under `key` (e.g. `jobs`), if it is one. */
export const arrayAt = (value: unknown, key: string): unknown[] | undefined => {
  const found = field(value, key);
  return Array.isArray(found) ? found : undefined;
};

/** Whether some of the first records of a list carry one of the given keys. */
export function someItemHas(items: unknown[] | undefined, ...keys: string[]): boolean {
  if (!items) return false;
  const head = items.slice(0, 5);
  return head.some((item) => keys.some((key) => field(item, key) !== undefined));
}
