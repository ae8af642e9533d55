/**
 * Repairs, at build time, the Markdown slips of beta.gouv.fr postings that a reader would see
 * once rendered: links left as text, an address shown twice, `**` that do not pair up, an escaped
 * rule, words glued by non-breaking spaces, a first heading that only repeats the title. Each
 * repair is reported (`line` is 1-based
 * in the text given). CLI only: it uses marked to check what a block renders to, and the widget's
 * bundle goes without it (the widget renders what it is given).
 */
import { Lexer, Marked, type Tokens } from 'marked';

export interface TidyFix {
  line: number;
  message: string;
}

export interface Tidied {
  text: string;
  fixes: TidyFix[];
}

let indexed = '';
let breaks: number[] = [];

/** The 1-based line of `index` in `text` (no repair adds or removes a line break). */
function lineAt(text: string, index: number): number {
  if (text !== indexed) {
    indexed = text;
    breaks = [];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  }
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle] < index) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

const short = (text: string) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;

/** `[text](destination)` with a destination free of parentheses, maybe written `\[text](...)`. */
const LINK = /(\\?)\[([^\]\n]{0,500}[^\]\n\\]|)\]\(([^()\n]{0,2048})\)/g;

/** Links that CommonMark reads as text because of how their address is written. */
function repairLinks(text: string, fixes: TidyFix[]): string {
  return text.replace(LINK, (all: string, escaped: string, label: string, target: string, at) => {
    const say = (message: string) => fixes.push({ line: lineAt(text, at), message });
    let fixed = target;
    const outside = /^\s*<([^<>\s]+)>(\S+)\s*$/.exec(target);
    const address = target.trim();
    if (outside) {
      // `(<mailto:a@b.fr>?cc=...)`: the query was left outside the angle brackets.
      fixed = `<${outside[1]}${outside[2]}>`;
      say(`link address ${short(address)} has text after its closing ">": read as one address`);
    } else if (
      /^(?:https?|mailto):\S*\s/i.test(address) &&
      // `(https://x.org "title")` is an address and a title, not an address with spaces.
      !/^\S+\s+(["']).*\1$/.test(address)
    ) {
      fixed = address.replace(/\s/g, encodeURIComponent);
      say(
        `link address ${short(address)} has spaces: they are encoded, else the link shows as text`,
      );
    }
    if (escaped) {
      say(
        `link written "\\[${label}](...)": the backslash is dropped, else the link shows as text`,
      );
    } else if (fixed === target) {
      return all;
    }
    return `[${label}](${fixed})`;
  });
}

/** The address of a link destination, without `mailto:`, angle brackets or query, lowercased. */
const addressOf = (target: string) =>
  target
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/^mailto:/i, '')
    .split('?')[0]
    .toLowerCase();

/**
 * `[](mailto:a@b.fr)[a@b.fr](mailto:a@b.fr?subject=...)`, `[](https://x.org)<https://x.org>`:
 * the empty link would show its address, right before the same address.
 */
function dropEmptyTwins(text: string, fixes: TidyFix[]): string {
  return text.replace(
    /(?<![!\\])\[\s*\]\(([^()\n]{0,2048})\)(?=[ \t]*(?:\[[^\]\n]{1,500}\]\(([^()\n]{0,2048})\)|<([^<>\s]{1,2048})>|(https?:\/\/[^\s<>()]{1,2048})))/g,
    (all: string, target: string, link?: string, auto?: string, bare?: string, at?: number) => {
      const next = link ?? auto ?? bare ?? '';
      if (!addressOf(target) || addressOf(target) !== addressOf(next)) return all;
      fixes.push({
        line: lineAt(text, at!),
        message: `empty link to ${short(addressOf(target))} right before the same address: dropped, else the address shows twice`,
      });
      return '';
    },
  );
}

/** `\---`, `\--------\`: a rule that an editor escaped into text. */
function repairEscapedRules(text: string, fixes: TidyFix[]): string {
  return text.replace(/^\\(-{3,}|\*{3,}|_{3,})\\?[ \t]*$/gm, (all: string, _rule, at: number) => {
    fixes.push({ line: lineAt(text, at), message: `escaped rule ${short(all)}: read as a rule` });
    return '***';
  });
}

const marked = new Marked({ gfm: true, breaks: false });

/** What a block shows as text: its HTML without code, preformatted text and tags. */
const shownText = (markdown: string) =>
  (marked.parse(markdown, { async: false }) as string)
    .replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ');

/** `**` outside code spans (and not escaped), removed. */
const withoutBoldMarkers = (markdown: string) =>
  markdown.replace(/(`+)[\s\S]*?\1|(?<!\\)\*\*/g, (match) => (match[0] === '`' ? match : ''));

/**
 * Paragraphs, headings, list items and quotes whose `**` do not pair up ("**Le contexte" never
 * closed, a bold that starts inside a link and ends after it) lose their `**`: the text is
 * kept, without bold, rather than shown with asterisks.
 */
function repairBold(text: string, fixes: TidyFix[]): string {
  // Postings are far shorter; a huge hostile text is left as it is (marked is slow on some).
  if (!text.includes('**') || text.length > 100_000) return text;
  const tokens = Lexer.lex(text, { gfm: true });
  // Only when the blocks give back the text exactly, so that nothing else can change.
  if (tokens.map((token) => token.raw).join('') !== text) return text;
  let at = 0;
  let out = '';
  const repair = (raw: string, start: number) => {
    if (!raw.includes('**') || !shownText(raw).includes('**')) return raw;
    fixes.push({
      line: lineAt(text, start),
      message: 'bold markers (**) that do not pair up: dropped from this block, else they show',
    });
    return withoutBoldMarkers(raw);
  };
  for (const token of tokens) {
    if (token.type === 'list') {
      let raw = token.raw;
      let offset = 0;
      for (const item of (token as Tokens.List).items) {
        const index = raw.indexOf(item.raw, offset);
        if (index < 0) break;
        const fixed = repair(item.raw, at + index);
        raw = raw.slice(0, index) + fixed + raw.slice(index + item.raw.length);
        offset = index + fixed.length;
      }
      out += raw;
    } else if (['paragraph', 'heading', 'blockquote', 'text'].includes(token.type)) {
      out += repair(token.raw, at);
    } else {
      out += token.raw;
    }
    at += token.raw.length;
  }
  return out;
}

/**
 * Words glued by non-breaking spaces ("solutions&nbsp;simples&nbsp;et&nbsp;pragmatiques", as
 * text editors paste them) make one run a narrow screen must cut inside a word. A non-breaking
 * space between two letters becomes a space; the ones typography wants (before ";:!?", in
 * "10 000 €") touch a sign or a digit and stay.
 */
function unglueWords(text: string, fixes: TidyFix[]): string {
  let count = 0;
  let first = 0;
  const out = text.replace(/(?<=\p{L})(?:\u00a0|&nbsp;|&#160;)(?=\p{L})/gu, (_all, at: number) => {
    if (!count++) first = at;
    return ' ';
  });
  if (count) {
    fixes.push({
      line: lineAt(text, first),
      message: `${count} non-breaking space${count > 1 ? 's' : ''} between words made plain (a narrow screen would cut a word instead)`,
    });
  }
  return out;
}

/** Every repair of the body's Markdown, in order, each reported. */
export function tidyMarkdown(markdown: string): Tidied {
  const fixes: TidyFix[] = [];
  let text = markdown.replace(/\r\n?/g, '\n');
  text = repairLinks(text, fixes);
  text = dropEmptyTwins(text, fixes);
  text = repairEscapedRules(text, fixes);
  text = repairBold(text, fixes);
  text = unglueWords(text, fixes);
  fixes.sort((a, b) => a.line - b.line);
  return { text, fixes };
}

/** Lowercase words without accents, links reduced to their text. */
const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * The description without its first heading when that heading only repeats the title (all its
 * words are in the title, and they are at least half of the title's): the widget shows the
 * title just above. `line` is where the heading was.
 */
export function withoutRepeatedTitle(
  description: string,
  title: string,
): { text: string; line?: number; heading?: string } {
  const lead = /^(?:\s*<!--[\s\S]*?-->)*\s*/.exec(description)![0];
  // The first lines are enough for a heading (and keep the patterns below linear).
  const rest = description.slice(lead.length, lead.length + 2000);
  const atx = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*(?:\n|$)/.exec(rest);
  const setext = /^([^\n]+)\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/.exec(rest);
  const match = atx ?? (setext && !/^ {0,3}(?:[-*+>#]|\d+[.)])/.test(setext[1]) ? setext : null);
  if (!match) return { text: description };
  const heading = match[1].trim();
  const known = new Set(words(title));
  const said = new Set(words(heading));
  // Every word in the title, and at least half of the title's words: a heading that only
  // names the organization ("# Le Potager Partagé") heads its text, it does not repeat the title.
  if (said.size * 2 < known.size || ![...said].every((word) => known.has(word))) {
    return { text: description };
  }
  return {
    text: (lead + description.slice(lead.length + match[0].length).replace(/^\s*\n/, '')).trim(),
    line: lineAt(description, lead.length),
    heading,
  };
}

/**
 * Relative link and image addresses (`[x](/startups/potager)`, `href="page.html"`): the widget
 * resolves them against the posting's `url`, else the feed's own address, which may not be the
 * site they were written for.
 */
export function relativeLinks(markdown: string): Array<{ line: number; target: string }> {
  const found: Array<{ line: number; target: string }> = [];
  const pattern = /\]\(\s*<?([^()<>\s]+)|\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi;
  for (const match of markdown.matchAll(pattern)) {
    const target = match[1] ?? match[2];
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target)) continue;
    found.push({ line: lineAt(markdown, match.index), target });
  }
  return found;
}
