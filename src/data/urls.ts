/**
 * The only URL gatekeepers: every href the widget emits goes through one of these, so a
 * `javascript:`, `data:` or `vbscript:` URL can never reach the DOM.
 */

/**
 * An http(s) URL that the URL parser gives back unchanged: a lowercase host whose last label
 * starts with a letter (no IP address, no punycode), no port, a path of word characters, no
 * query. It needs no parsing to be `safeHttpUrl`'s answer.
 */
const PLAIN_HTTP_URL = /^https?:\/\/([a-z\d]+[.-])*[a-z][a-z\d]*(\/[\w-]*)+$/;
export const isPlainHttpUrl = (value: unknown): value is string =>
  typeof value === 'string' && value.length < 2e3 && PLAIN_HTTP_URL.test(value);

/** Local part without spaces, quotes, brackets or URL delimiters; a dotted domain with a TLD. */
const EMAIL =
  /^[^\s@<>()[\]\\,;:"'?&#/%`]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
const MAX_URL_LENGTH = 8192;

/** An absolute http(s) URL, resolved against `base` when relative; undefined otherwise. */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    // The URL parser strips tabs, newlines and leading control characters the way browsers
    // do, so "jav\tascript:" is seen as the javascript: scheme and refused below.
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** A plain e-mail address (no scheme, no spaces); undefined otherwise. */
export function safeEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().replace(/^mailto:/i, '');
  return trimmed.length <= 320 && EMAIL.test(trimmed) ? trimmed : undefined;
}

/** A `mailto:` URL for an address, with optional subject; undefined when the address is not one. */
export function mailtoUrl(address: unknown, subject?: string): string | undefined {
  const email = safeEmail(address);
  if (!email) return undefined;
  return subject ? `mailto:${email}?subject=${encodeURIComponent(subject)}` : `mailto:${email}`;
}
