/**
 * Where to apply, found in a beta.gouv.fr posting's Markdown body: application forms
 * (Démarches Simplifiées, Airtable, Typeform, Tally, Google Forms...), job boards, and
 * e-mail addresses. Browser-safe. Only http(s) URLs and plain addresses come out.
 */
import { safeEmail, safeHttpUrl } from '../urls.js';
import { markdownToPlainText, truncateText } from './text.js';

export interface BodyApply {
  url?: string;
  email?: string;
  /** The plain-text paragraph that names the link or address. */
  instructions?: string;
}

type LinkKind = 'form' | 'board';

/** Hosts (and, for some, paths) that mean "apply here": kind, host pattern, path pattern. */
const APPLY_LINKS: Array<[LinkKind, RegExp, RegExp?]> = [
  ['form', /(^|\.)(demarches-simplifiees\.fr|demarche\.numerique\.gouv\.fr)$/, /^\/commencer\//],
  ['form', /(^|\.)airtable\.com$/, /\/shr|\/form/],
  ['form', /(^|\.)(typeform\.com|tally\.so|framaforms\.org)$/],
  ['form', /^forms\.gle$/],
  ['form', /^docs\.google\.com$/, /^\/forms/],
  [
    'board',
    /(^|\.)(welcometothejungle\.com|welcomekit\.co|place-emploi-public\.gouv\.fr|choisirleservicepublic\.gouv\.fr|jobs\.makesense\.org|hellowork\.com|apec\.fr|jobteaser\.com|lever\.co|greenhouse\.io|recruitee\.com|workable\.com|teamtailor\.com|indeed\.com|indeed\.fr)$/,
  ],
  // Their subdomains also host products (`estime.pole-emploi.fr`): only the job offers' pages.
  ['board', /^candidat\.(francetravail|pole-emploi)\.fr$/, /^\/offres\//],
  ['board', /(^|\.)linkedin\.com$/, /^\/jobs/],
];

/** Words that say a paragraph is about applying. */
const APPLY_WORDS =
  /candidat|postuler|postulez|\bcv\b|envoy|motivation|écrivez|ecrivez|contactez|apply/i;

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`\])]+(?:\([^\s<>"'`()]*\)[^\s<>"'`\])]*)*/gi;
/** A whole address (tested on one bounded token, so that scanning stays linear). */
const EMAIL =
  /^[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}$/;

/** The addresses in a text, in order: tokens between delimiters that are addresses. */
const emailsIn = (text: string): string[] =>
  text
    .split(/[\s<>()[\]{}"'`,;:*!?|\\]+/)
    .map((token) => token.replace(/^[._%+-]+|[._%+-]+$/g, ''))
    .filter((token) => token.length <= 254 && EMAIL.test(token));

function linkKind(href: string): LinkKind | undefined {
  const safe = safeHttpUrl(href);
  if (!safe) return undefined;
  const url = new URL(safe);
  return APPLY_LINKS.find(
    ([, host, path]) => host.test(url.hostname) && (!path || path.test(url.pathname)),
  )?.[0];
}

/** " at ", "[at]", "(at)" between a name and a domain: "prenom.nom at example.org". */
const OBFUSCATED_AT =
  /\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+(?:at|arobase)\s+(?=[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,24}\b)/gi;

const cleanUrl = (raw: string) => raw.replace(/[.,;:!?*_]+$/, '');

/** Finds where to apply in a Markdown body. Empty when the body names no form, board or address. */
export function findApplyInBody(markdown: string): BodyApply {
  // Escaped underscores (`prenom\_nom@`) are part of addresses.
  const paragraphs = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\\_/g, '_')
    .split(/\n[ \t\u00a0]*\n/);
  let form: { url: string; paragraph: string } | undefined;
  let board: { url: string; paragraph: string } | undefined;
  let anyEmail: { email: string; paragraph: string } | undefined;
  let applyEmail: { email: string; paragraph: string } | undefined;
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(URL_IN_TEXT)) {
      const url = cleanUrl(match[0]);
      const kind = linkKind(url);
      if (kind === 'form' && !form) form = { url: safeHttpUrl(url)!, paragraph };
      if (kind === 'board' && !board) board = { url: safeHttpUrl(url)!, paragraph };
    }
    // Addresses inside URLs (`https://x.org/@team`) are not addresses to write to.
    const withoutUrls = paragraph.replace(URL_IN_TEXT, ' ');
    // "prenom.nom at example.org", written so to keep robots away. In `mailto:x?cc=y`, the
    // first address is the one to write to. The first address of a paragraph is what it is about.
    const first = emailsIn(withoutUrls.replace(OBFUSCATED_AT, '@')).map(safeEmail).find(Boolean);
    if (first) {
      anyEmail = { email: first, paragraph };
      if (APPLY_WORDS.test(paragraph)) applyEmail = anyEmail;
    }
  }
  // A job board named outside a paragraph about applying (the team's product, a press article)
  // gives way to an address in one.
  const link =
    form ?? (!applyEmail || APPLY_WORDS.test(board?.paragraph ?? '') ? board : undefined);
  const email = applyEmail ?? anyEmail;
  const paragraph = link?.paragraph ?? email?.paragraph;
  const instructions = paragraph ? truncateText(markdownToPlainText(paragraph), 300) : undefined;
  return {
    url: link?.url,
    email: email?.email,
    instructions: instructions || undefined,
  };
}
