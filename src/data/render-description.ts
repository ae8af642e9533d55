import { Lexer, Parser, getDefaults } from 'marked';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { Job } from './job.js';
import { safeEmail, safeHttpUrl } from './urls.js';

export interface RenderDescriptionOptions {
  /** Level of the job title (1 to 6, default 3): description headings start one below it. */
  headingLevel?: number;
}

/**
 * The Trusted Types policy name the widget uses (also handed to DOMPurify, so DOMPurify creates
 * none of its own). Pages that enforce Trusted Types allow it with
 * `trusted-types careers-widget lit-html` (lit-html is Lit's own policy).
 */
export const TRUSTED_TYPES_POLICY_NAME = 'careers-widget';

/** Only http(s), mailto and relative URLs pass DOMPurify; the hook below then resolves them. */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * DOMPurify's HTML profile is an allow-list that already leaves out iframe, frame, object,
 * embed, base, link, meta, svg and math, and target, ping, longdesc, autofocus, formaction and
 * xlink:href: what is forbidden here is what it would let through. The build fixes DOMPurify's
 * boolean options to these values and its defaults (`SANITIZER_OPTIONS` in
 * scripts/build-plugins.ts): change one here, change it there (a test compares them).
 */
export const SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'select',
    'option',
    'optgroup',
    'textarea',
    'label',
    'fieldset',
    'video',
    'audio',
    'source',
    'track',
    'picture',
    'dialog',
    'template',
  ],
  FORBID_ATTR: [
    'style',
    'id',
    'name',
    'srcset',
    'sizes',
    'action',
    'background',
    'poster',
    'usemap',
    'tabindex',
    'cite',
  ],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/**
 * Markdown to HTML with marked's defaults (GFM on, `breaks` and `pedantic` off): its lexer and
 * parser alone, without the `Marked` class around them (extensions, hooks, async parsing), which
 * the widget never uses. The options are fresh on each call, as `Marked` makes them: the lexer and
 * the parser store their tokenizer and renderer in them.
 */
function markdownToHtml(markdown: string): string {
  const options = getDefaults();
  return Parser.parse(Lexer.lex(markdown, options), options);
}

let purifier: DOMPurify | undefined;
/** Base URL for relative links of the description being sanitized (sanitizing is synchronous). */
let currentBase: string | undefined;
type CareersPolicy = Pick<TrustedTypePolicy, 'name' | 'createHTML' | 'createScriptURL'>;
let policy: CareersPolicy | null | undefined;

/** The widget's Trusted Types policy, created on first use where the browser has the API. */
function trustedTypesPolicy(): CareersPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (factory?.createPolicy) {
    try {
      // Identity: the only strings ever given to it are DOMPurify's input and our sanitized output.
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createHTML: (html: string) => html,
        createScriptURL: () => {
          throw new TypeError('careers-widget creates no script URLs.');
        },
      });
    } catch (error) {
      console.warn(
        `careers-widget: Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" could not be created; allow it in the trusted-types CSP directive.`,
        error,
      );
    }
  }
  return policy;
}

/** A mailto: URL with valid addresses; its query (cc, subject, body) is kept, re-encoded. */
function safeMailto(href: string): string | undefined {
  const rest = href.trim().replace(/^mailto:/i, '');
  const [to, ...query] = rest.split('?');
  let addresses: string[];
  try {
    addresses = decodeURIComponent(to)
      .split(',')
      .map((a) => a.trim());
  } catch {
    return undefined;
  }
  if (!addresses.length || !addresses.every((a) => safeEmail(a))) return undefined;
  const params = query.join('?').replace(/[\s\u0000-\u001f\u007f"<>]/g, encodeURIComponent);
  return `mailto:${addresses.join(',')}${params ? `?${params}` : ''}`;
}

/** An href the widget may emit: http(s), mailto, or relative resolved against the base. */
function safeHref(value: string, base: string | undefined): string | undefined {
  // The URL parser drops tabs/newlines anywhere and control characters at the ends: match it.
  const compact = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (/^mailto:/i.test(compact)) return safeMailto(compact);
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return safeHttpUrl(compact);
  return base ? safeHttpUrl(compact, base) : undefined;
}

function sanitizer(): DOMPurify {
  if (purifier) return purifier;
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    const tag = element.localName;
    if (tag === 'a' || tag === 'area') {
      const safe = safeHref(element.getAttribute('href') ?? '', currentBase);
      if (safe) {
        element.setAttribute('href', safe);
        if (/^https?:/i.test(safe)) element.setAttribute('rel', 'noopener noreferrer');
        else element.removeAttribute('rel');
      } else {
        element.removeAttribute('href');
        element.removeAttribute('rel');
      }
    } else {
      element.removeAttribute('href');
    }
    if (tag === 'img') {
      const safe = safeHref(element.getAttribute('src') ?? '', currentBase);
      if (safe && /^https?:/i.test(safe)) {
        element.setAttribute('src', safe);
        element.setAttribute('loading', 'lazy');
        element.setAttribute('referrerpolicy', 'no-referrer');
        element.setAttribute('decoding', 'async');
        if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
      } else {
        element.setAttribute('data-careers-drop', '');
      }
    } else {
      element.removeAttribute('src');
    }
  });
  purifier = purify;
  return purify;
}

/** Bounded quantifiers only, so a huge hostile text node is scanned in linear time. */
const EMAIL_OR_URL =
  /([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24})|(https?:\/\/[^\s<>"']{0,2048}[^\s<>"'.,;:!?)\]])/g;

/** Links bare e-mail addresses and http(s) URLs found in text (outside links and <pre>). */
function linkify(root: DocumentFragment): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).parentElement?.closest('a, pre')) texts.push(node as Text);
  }
  for (const node of texts) {
    const value = node.data;
    if (!value.includes('@') && !value.includes('http')) continue;
    const pieces = doc.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(EMAIL_OR_URL)) {
      const [all, email, url] = match;
      const href = email ? safeMailto(email) : safeHttpUrl(url);
      if (!href) continue;
      pieces.append(value.slice(last, match.index));
      const link = doc.createElement('a');
      link.href = href;
      if (url) link.rel = 'noopener noreferrer';
      link.textContent = all;
      pieces.append(link);
      last = match.index + all.length;
    }
    if (last === 0) continue;
    pieces.append(value.slice(last));
    node.replaceWith(pieces);
  }
}

/**
 * Renumbers headings by rank: a heading sits one level below the title, or one below the
 * heading whose section it opens, never skipping a level (capped at h6); their order is kept.
 */
function shiftHeadings(root: DocumentFragment, titleLevel: number): void {
  // The source levels of the sections the current heading is inside.
  const open: number[] = [];
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const source = Number(heading.localName[1]);
    while (open.at(-1)! >= source) open.pop();
    const level = Math.min(6, titleLevel + open.push(source));
    if (level === source) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const attribute of [...heading.attributes]) {
      replacement.setAttribute(attribute.name, attribute.value);
    }
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

/** Final touches on the sanitized tree: dropped images, empty paragraphs, bare addresses, empty links. */
function finish(root: DocumentFragment, titleLevel: number): void {
  // Comments (`<!--more-->`, `<!--StartFragment-->`) are already gone: DOMPurify drops them.
  root.querySelectorAll('img[data-careers-drop]').forEach((img) => img.remove());
  linkify(root);
  for (const link of root.querySelectorAll('a[href]')) {
    if (link.textContent?.trim() || link.querySelector('img')) continue;
    const href = link.getAttribute('href') ?? '';
    link.textContent = href.startsWith('mailto:') ? href.slice(7).split('?')[0] : href;
  }
  // Paragraphs with nothing to read (spacers, a dropped image) only add a gap, or "blank".
  root
    .querySelectorAll('p')
    .forEach((p) => p.textContent!.trim() || p.querySelector('img') || p.remove());
  // A wide table or code block scrolls inside itself: reachable with the keyboard too.
  root.querySelectorAll<HTMLElement>('table,pre').forEach((block) => (block.tabIndex = 0));
  shiftHeadings(root, titleLevel);
}

// Chromium reports a CSP `style-src-attr` violation as soon as it parses a style attribute, even
// in DOMPurify's inert document. Styles are dropped anyway, so they are cut from the tags before
// parsing; DOMPurify stays the gate (a style this pattern misses is still removed, just reported).
const TAG = /<[a-zA-Z][^<>]*>/g;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;

function withoutInlineStyles(html: string): string {
  return html.replace(TAG, (tag) => tag.replace(STYLE_ATTRIBUTE, ''));
}

interface Rendered {
  /** The sanitized tree, kept in DOMPurify's inert document: copies of it are what gets shown. */
  tree: DocumentFragment;
  /** Its serialization, made when first asked for (JSON-LD, `renderDescription`). */
  html?: string;
}

/** Rendered descriptions by job and title level: a job opened twice, or also put in JSON-LD, is sanitized once. */
const rendered = new WeakMap<Job, Map<number, Rendered>>();

function renderedFor(job: Job, options: RenderDescriptionOptions): Rendered {
  const level = Math.min(6, Math.max(1, Math.round(Number(options.headingLevel) || 3)));
  const cached = rendered.get(job)?.get(level);
  if (cached) return cached;
  const result: Rendered = { tree: sanitize(job, level) };
  const byLevel = rendered.get(job) ?? new Map<number, Rendered>();
  byLevel.set(level, result);
  rendered.set(job, byLevel);
  return result;
}

function sanitize(job: Job, level: number): DocumentFragment {
  const source = job.descriptionHtml?.trim()
    ? job.descriptionHtml
    : job.description?.trim()
      ? markdownToHtml(job.description)
      : '';
  if (!source) return document.createDocumentFragment();
  const html = withoutInlineStyles(source);
  const purify = sanitizer();
  const ttPolicy = trustedTypesPolicy();
  currentBase = safeHttpUrl(job.url) ?? safeHttpUrl(job.source);
  let fragment: DocumentFragment;
  try {
    fragment = purify.sanitize(html, {
      ...SANITIZE_CONFIG,
      // Our policy, so DOMPurify can parse under enforced Trusted Types without its own.
      TRUSTED_TYPES_POLICY: (ttPolicy ?? undefined) as TrustedTypePolicy | undefined,
    }) as unknown as DocumentFragment;
  } finally {
    currentBase = undefined;
  }
  finish(fragment, level);
  return fragment;
}

/**
 * The sanitized description as DOM nodes, a fresh copy on each call, ready to insert: what the
 * detail view shows. Same content as `renderDescription()`, without serializing it to a string
 * and parsing it again, and with no HTML sink to pass through (nothing for Trusted Types to check).
 */
export function renderDescriptionFragment(
  job: Job,
  options: RenderDescriptionOptions = {},
): DocumentFragment {
  return document.importNode(renderedFor(job, options).tree, true);
}

/**
 * The posting's description as sanitized HTML: Markdown through marked (GFM), HTML as given,
 * then DOMPurify, then headings shifted below the title and links made safe. The only HTML the
 * widget ever puts in the DOM goes through here. A plain string, ready for Lit's `unsafeHTML()`
 * (which takes only strings and passes them through Lit's own `lit-html` policy) and for JSON-LD;
 * empty when the job has no text. Serialized once per job and title level.
 */
export function renderDescription(job: Job, options: RenderDescriptionOptions = {}): string {
  const result = renderedFor(job, options);
  if (result.html === undefined) {
    const container = result.tree.ownerDocument.createElement('div');
    container.append(result.tree.cloneNode(true));
    result.html = container.innerHTML;
  }
  return result.html;
}

/**
 * The same sanitized HTML as `TrustedHTML` (from the `careers-widget` policy) where the browser
 * has Trusted Types, else a string: assignable to `innerHTML` even under
 * `require-trusted-types-for 'script'`.
 */
export function renderDescriptionTrusted(
  job: Job,
  options: RenderDescriptionOptions = {},
): string | TrustedHTML {
  const html = renderDescription(job, options);
  const ttPolicy = trustedTypesPolicy();
  return ttPolicy ? ttPolicy.createHTML(html) : html;
}
