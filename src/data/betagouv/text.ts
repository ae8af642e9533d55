/**
 * Plain text out of beta.gouv.fr Markdown bodies: the excerpt shown on cards. Browser-safe (no
 * Node APIs). The result is text, never HTML: tags are removed, not rendered.
 */
import { decodeEntities } from '../adapters/fields.js';

const stripTags = (text: string): string => text.replace(/<\/?[a-z!][^>]*>/gi, ' ');

/** Markdown (with stray HTML) to one line of plain text. */
export function markdownToPlainText(markdown: string): string {
  let text = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    // Images carry no text worth a card.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    // [](mailto:x) has no text: keep the address.
    .replace(
      /\[\s*\]\(\s*<?(?:mailto:)?([^)>\s?]{1,300})(?:[^()]|\([^()]{0,300}\)){0,300}\)/gi,
      '$1',
    )
    .replace(/\[([^\]]{1,500})\]\((?:[^()]|\([^()]{0,300}\)){0,500}\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(?:mailto:)?([^<>\s@]+@[^<>\s?]+)(?:\?[^>]*)?>/gi, '$1')
    .replace(/<(https?:\/\/[^<>\s]+)>/gi, '$1');
  text = stripTags(text);
  text = stripTags(decodeEntities(text));
  text = text
    .replace(/^\s{0,3}#{1,6}\s*/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__)([^]+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/\\$/gm, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text;
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
