/**
 * Raw HTML in a description that the widget will not show: the elements its sanitizer
 * (src/data/render-description.ts: DOMPurify's HTML profile, less the tags it forbids) removes,
 * and event handler attributes. Found without a DOM: in Markdown, only in the HTML marked reads
 * as HTML (not in code, which shows as written); in HTML, in the whole text.
 * tests/e2e/careers-feed-bin.test.ts checks these lists against the real renderer in Chromium.
 */
import { Lexer, type Token } from 'marked';

/** Elements the widget keeps: DOMPurify's HTML profile, less render-description's FORBID_TAGS. */
export const KEPT_ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside b bdi bdo big blink blockquote body br caption ' +
    'center cite code col colgroup content data datalist dd decorator del details dfn dir div ' +
    'dl dt element em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hgroup hr html i ' +
    'img ins kbd legend li main map mark marquee menu menuitem meter nav nobr ol output p pre ' +
    'progress q rp rt ruby s samp section shadow small spacer span strike strong sub summary ' +
    'sup table tbody td tfoot th thead time tr tt u ul var wbr'
  ).split(' '),
);

/** Elements removed with all they hold (DOMPurify's FORBID_CONTENTS); others keep their text. */
export const DROPPED_WITH_CONTENT = new Set(
  'audio iframe math noembed noframes noscript script style svg template title video xmp'.split(
    ' ',
  ),
);

/** Elements whose content is text to the HTML parser: no tag inside them is a tag. */
const RAW_TEXT =
  /<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const START_TAG = /<([a-zA-Z][\w:.-]*)((?:\s[^<>]*)?)\/?>/g;
const EVENT_HANDLER = /(?:^|[\s"'/])(on[a-z]+)\s*=/gi;

/** One kind of HTML dropped: an element (`<style>`) or an attribute (`onclick`). */
export interface DroppedHtml {
  /** `<style>`, or `onclick`. */
  what: string;
  /** 1-based lines of the Markdown where it is found (none for HTML). */
  lines: number[];
}

/** Only the line breaks of a text (what is left out keeps the lines of what follows). */
const breaks = (text: string) => text.replace(/[^\n]+/g, '');

/** The kinds of HTML dropped from one piece of raw HTML whose first line is `line`. */
function scan(html: string, line: number | undefined, found: Map<string, DroppedHtml>): void {
  const add = (what: string, at: number | undefined) => {
    const entry = found.get(what) ?? { what, lines: [] };
    found.set(what, entry);
    if (at !== undefined && !entry.lines.includes(at)) entry.lines.push(at);
  };
  const tags = html.replace(COMMENT, breaks).replace(RAW_TEXT, (all, name: string) => {
    const open = all.slice(0, all.indexOf('>') + 1);
    return `${open}${breaks(all.slice(open.length))}</${name}>`;
  });
  for (const match of tags.matchAll(START_TAG)) {
    const [, name, attributes] = match;
    const at = line === undefined ? undefined : line + breaks(tags.slice(0, match.index)).length;
    const tag = name.toLowerCase();
    if (!KEPT_ELEMENTS.has(tag)) add(`<${tag}>`, at);
    for (const [, handler] of attributes.matchAll(EVENT_HANDLER)) add(handler.toLowerCase(), at);
  }
}

/** The raw HTML tokens among marked's tokens, in document order. */
function htmlTokens(tokens: readonly Token[] = [], out: Token[] = []): Token[] {
  for (const token of tokens) {
    if (token.type === 'html') out.push(token);
    if (token.type === 'table') {
      const cells = [...token.header, ...token.rows.flat()] as Array<{ tokens: Token[] }>;
      for (const cell of cells) htmlTokens(cell.tokens, out);
    }
    if ('items' in token && Array.isArray(token.items)) htmlTokens(token.items as Token[], out);
    if ('tokens' in token && token.tokens) htmlTokens(token.tokens, out);
  }
  return out;
}

/** What the widget drops of the raw HTML in a Markdown text, with the lines where it is. */
export function droppedFromMarkdown(markdown: string): DroppedHtml[] {
  const source = markdown.replace(/\r\n?/g, '\n');
  const found = new Map<string, DroppedHtml>();
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  let offset = 0;
  for (const block of Lexer.lex(source, { gfm: true })) {
    // Each block's raw text follows the previous one's; a token inside it is found from there.
    const start = source.startsWith(block.raw, offset) ? offset : source.indexOf(block.raw);
    let cursor = Math.max(start, 0);
    for (const token of htmlTokens([block])) {
      const at = source.indexOf(token.raw, cursor);
      scan(token.raw, at < 0 ? lineAt(cursor) : lineAt(at), found);
      if (at >= 0) cursor = at + token.raw.length;
    }
    offset = Math.max(start, 0) + block.raw.length;
  }
  return [...found.values()];
}

/** What the widget drops of an HTML text. */
export function droppedFromHtml(html: string): DroppedHtml[] {
  const found = new Map<string, DroppedHtml>();
  scan(html, undefined, found);
  return [...found.values()];
}

/**
 * "raw HTML the widget drops: <style> (line 14, with all it holds), <form> (line 20, the tag
 * only: what it holds stays), onclick attributes (line 22)", or undefined when nothing is.
 */
export function droppedHtmlMessage(dropped: readonly DroppedHtml[]): string | undefined {
  if (!dropped.length) return undefined;
  const parts = dropped.map(({ what, lines }) => {
    const where = lines.length ? `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}` : '';
    if (!what.startsWith('<')) return `${what} attributes${where ? ` (${where})` : ''}`;
    const how = DROPPED_WITH_CONTENT.has(what.slice(1, -1))
      ? 'with all it holds'
      : 'the tag only: what it holds stays';
    return `${what} (${where ? `${where}, ` : ''}${how})`;
  });
  return `raw HTML the widget drops: ${parts.join(', ')}`;
}
