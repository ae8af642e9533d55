/**
 * Plain text out of beta.gouv.fr Markdown bodies: the excerpt shown on cards. Browser-safe (no
 * Node APIs). The result is text, never HTML: tags are removed, not rendered.
 */
import { Lexer, type Token } from 'marked';
import { decodeEntities } from '../adapters/fields.js';

const stripTags = (text: string): string => text.replace(/<\/?[a-z!][^>]*>/gi, ' ');

/** The words a reader sees in Markdown tokens (marked's lexer), block by block. */
function tokensText(tokens: Token[] = []): string {
  return tokens.map(tokenText).join('');
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'image':
      // Images carry no text worth a card.
      return ' ';
    case 'html':
      return stripTags(token.text);
    case 'link': {
      // [](mailto:x) has no text: keep the address.
      const text = tokensText(token.tokens);
      return text.trim() ? text : token.href.replace(/^mailto:|\?.*/gi, '');
    }
    case 'list':
      return ` ${token.items.map((item: Token) => tokenText(item)).join(' ')} `;
    case 'table':
      return ` ${[token.header, ...token.rows]
        .flat()
        .map((cell: { tokens: Token[] }) => tokensText(cell.tokens))
        .join(' ')} `;
    case 'em':
    case 'strong':
    case 'del':
      return tokensText(token.tokens);
    case 'space':
    case 'hr':
    case 'br':
    case 'def':
      return ' ';
    default:
      // Blocks (paragraphs, headings, quotes, list items) hold tokens, set apart by spaces;
      // text, code and escapes hold text.
      return 'tokens' in token && token.tokens
        ? ` ${tokensText(token.tokens)} `
        : 'text' in token
          ? token.text
          : '';
  }
}

/**
 * Markdown (with stray HTML) to one line of plain text, read by marked's own lexer. Each run of
 * spaces and line breaks becomes one space, but a no-break space the author put where French
 * typography wants one ("10 000 €", "texte : ici", "« bien »") stays one, so that an excerpt,
 * a salary or apply instructions read from the text keep their figures and signs together.
 */
export function markdownToPlainText(markdown: string): string {
  const source = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  // Entities are read after the lexer, which keeps them as written; a tag they spell is dropped,
  // an address in brackets (in code, or spelled with entities) is kept.
  const text = decodeEntities(tokensText(Lexer.lex(source))).replace(
    /<(?:mailto:)?([^<>\s@]+@[^<>\s?]+)(?:\?[^>]*)?>/gi,
    '$1',
  );
  return stripTags(text)
    .replace(/\s+/g, (run) => (/^[\u00a0\u202f]+$/.test(run) ? run[0] : ' '))
    .trim();
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function truncateText(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Markdown blocks (paragraphs, headings, lists) separated by blank lines. */
function blocks(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** A block that is a title rather than prose: heading, setext heading, rule, bold-only line. */
function isHeadingLike(block: string): boolean {
  if (/^#{1,6}(\s|$)/.test(block)) return true;
  if (/^(?:[-*_]\s*){3,}$/.test(block)) return true;
  const lines = block.split('\n');
  if (lines.length === 2 && /^(=+|-+)\s*$/.test(lines[1])) return true;
  return lines.length === 1 && /^(\*\*|__)[^*_]+\1\s*:?$/.test(block) && block.length < 100;
}

/**
 * The posting's excerpt as plain text: what comes before `<!--more-->` when the author marked
 * it, otherwise the first paragraph of prose (headings, images and comments skipped).
 */
export function markdownExcerpt(markdown: string, max = 300): string | undefined {
  const more = markdown.search(/<!--\s*more\s*-->/i);
  if (more > 0) {
    const prose = blocks(markdown.slice(0, more)).filter((block) => !isHeadingLike(block));
    const text = markdownToPlainText(prose.join('\n\n'));
    if (text) return truncateText(text, max);
  }
  for (const block of blocks(markdown)) {
    if (isHeadingLike(block)) continue;
    const text = markdownToPlainText(block);
    if (text.length >= 2) return truncateText(text, max);
  }
  return undefined;
}
