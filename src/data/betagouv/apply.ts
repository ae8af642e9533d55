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

/** Hosts (and path tests) that mean "apply here". */
const APPLY_LINKS: Array<{ kind: LinkKind; test: (url: URL) => boolean }> = [
  {
    kind: 'form',
    test: (u) =>
      /(^|\.)(demarches-simplifiees\.fr|demarche\.numerique\.gouv\.fr)$/.test(u.hostname) &&
      u.pathname.startsWith('/commencer/'),
  },
  {
    kind: 'form',
    test: (u) => /(^|\.)airtable\.com$/.test(u.hostname) && /\/shr|\/form/.test(u.pathname),
  },
  { kind: 'form', test: (u) => /(^|\.)typeform\.com$/.test(u.hostname) },
  { kind: 'form', test: (u) => /(^|\.)tally\.so$/.test(u.hostname) },
  { kind: 'form', test: (u) => u.hostname === 'forms.gle' },
  {
    kind: 'form',
    test: (u) => u.hostname === 'docs.google.com' && u.pathname.startsWith('/forms'),
  },
  { kind: 'form', test: (u) => /(^|\.)framaforms\.org$/.test(u.hostname) },
  {
    kind: 'board',
    test: (u) =>
      /(^|\.)(welcometothejungle\.com|welcomekit\.co|place-emploi-public\.gouv\.fr|choisirleservicepublic\.gouv\.fr|jobs\.makesense\.org|hellowork\.com|apec\.fr|jobteaser\.com|lever\.co|greenhouse\.io|recruitee\.com|workable\.com|teamtailor\.com|francetravail\.fr|pole-emploi\.fr|indeed\.com|indeed\.fr)$/.test(
        u.hostname,
      ) ||
      (/(^|\.)linkedin\.com$/.test(u.hostname) && u.pathname.startsWith('/jobs')),
  },
];

/** Words that say a paragraph is about applying. */
const APPLY_WORDS =
  /candidat|postuler|postulez|\bcv\b|envoy|motivation|écrivez|ecrivez|contactez|apply/i;

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`\])]+(?:\([^\s<>"'`()]*\)[^\s<>"'`\])]*)*/gi;
const EMAIL_IN_TEXT =
  /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function linkKind(href: string): LinkKind | undefined {
  const safe = safeHttpUrl(href);
  if (!safe) return undefined;
  const url = new URL(safe);
  return APPLY_LINKS.find((entry) => entry.test(url))?.kind;
}

const OBFUSCATED_EMAIL =
  /\b([A-Za-z0-9][A-Za-z0-9._%+-]*)\s*(?:\[at\]|\(at\)|\{at\}| at | arobase )\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g;

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
    // "prenom.nom at example.org", written so to keep robots away.
    const deobfuscated = withoutUrls
      .replace(OBFUSCATED_EMAIL, '$1@$2')
      // `mailto:x?cc=y&subject=...`: the address to write to is x.
      .replace(/(mailto:[^?\s>)]+)\?[^\s>)]*/gi, '$1');
    // The first address of a paragraph is the one it is about.
    const first = [...deobfuscated.matchAll(EMAIL_IN_TEXT)]
      .map((match) => safeEmail(match[0]))
      .find(Boolean);
    if (first) {
      anyEmail = { email: first, paragraph };
      if (APPLY_WORDS.test(paragraph)) applyEmail = anyEmail;
    }
  }
  const link = form ?? board;
  const email = applyEmail ?? anyEmail;
  const paragraph = link?.paragraph ?? email?.paragraph;
  const instructions = paragraph ? truncateText(markdownToPlainText(paragraph), 300) : undefined;
  return {
    url: link?.url,
    email: email?.email,
    instructions: instructions || undefined,
  };
}
