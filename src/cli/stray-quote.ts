/**
 * A quote typed by mistake at one end of an unquoted front matter value: `title: Développeur"`
 * or `title: Dev'` is valid YAML, and would be published with its quote. Only a lone quote is
 * stray: a `"` when the value holds no other, a `'` when the value holds no other quote mark.
 * An apostrophe (a `'` between two letters or digits: l'équipe, d'État, aujourd'hui) is never
 * a quote mark, so French text is left alone.
 */

export interface StrayQuote {
  quote: '"' | "'";
  /** Which end of the value it is at. */
  at: 'start' | 'end';
  /** The value without it. */
  read: string;
}

const WORD = /^[\p{L}\p{N}]$/u;

/** Whether the `'` at `index` of `text` is an apostrophe: between two letters or digits. */
export const isApostrophe = (text: string, index: number): boolean =>
  WORD.test(text[index - 1] ?? '') && WORD.test(text[index + 1] ?? '');

/** The stray quote at one end of `value`, if it has one (see above). */
export function strayQuote(value: string): StrayQuote | undefined {
  const text = value.trim();
  if (text.length < 2) return undefined;
  for (const quote of ['"', "'"] as const) {
    const marks: number[] = [];
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      if (quote === '"' || !isApostrophe(text, i)) marks.push(i);
    }
    if (marks.length !== 1) continue;
    if (marks[0] === text.length - 1) return { quote, at: 'end', read: text.slice(0, -1).trim() };
    if (marks[0] === 0) return { quote, at: 'start', read: text.slice(1).trim() };
  }
  return undefined;
}

/**
 * What `strayQuote` found, in words, for the value of `key` as it was `written`; `outcome` says
 * what becomes of it (by default: read without it).
 */
export function strayQuoteMessage(
  key: string,
  written: string,
  stray: StrayQuote,
  outcome = `read as "${stray.read}" (put the whole value in quotes to keep it)`,
): string {
  const where =
    stray.at === 'end' ? 'at the end that no quote opens' : 'at the start that no quote closes';
  return `"${key}": a stray ${stray.quote} ${where} (${written.trim()}): ${outcome}`;
}
