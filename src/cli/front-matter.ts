/**
 * Reads a Jekyll Markdown file: YAML front matter between `---` lines, then the body. Tolerates
 * CRLF, a BOM, non-breaking spaces in the front matter, lines indented with tabs, duplicate keys
 * (the last one wins, as in Jekyll), comments after values, and YAML that does not parse (read
 * line by line instead, a value's unclosed quote or bracket taken off), and a stray quote at one
 * end of an unquoted value (taken off). Each one is a problem at its line.
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Pair,
} from 'yaml';
import { isApostrophe, strayQuote, strayQuoteMessage } from './stray-quote.js';

export interface Problem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface MarkdownFile {
  /** The front matter as plain values (undefined when the file has none). */
  frontMatter?: Record<string, unknown>;
  body: string;
  /** 1-based line of each front matter key (the last occurrence of a duplicate). */
  lines: Record<string, number>;
  problems: Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets an own property, `__proto__` included (as YAML's own reading does), never a prototype. */
const setOwn = (values: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(values, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

/** A line `key: value` (or `key:`) at the start of a line. */
const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$/;
/** A list item line: `- value`. */
const ITEM_LINE = /^\s*-(?:\s+(.*?))?\s*$/;

/**
 * YAML forbids tabs in indentation, and a tab-indented line makes the whole front matter
 * invalid. Each such line is given the indentation it was meant to have, with a warning: a
 * `key: value` line after a complete `key: value` line (or a list) is a key of its own (a tab
 * cannot make it part of a one-line value); any other line (a list item, a line of a text or
 * map under a key) is indented with spaces, under the key above it.
 */
function untab(yaml: string, firstLine: number, problems: Problem[]): string {
  let parent: string | undefined;
  /** The previous line with content: its indentation, whether it opens a block, is an item. */
  let previous: { indent: string; opens: boolean; item: boolean } | undefined;
  const fixed = yaml.split('\n').map((line, index) => {
    const indent = /^[ \t]*/.exec(line)![0];
    const rest = line.slice(indent.length);
    if (!rest || rest.startsWith('#')) return line;
    let out = line;
    if (indent.includes('\t')) {
      const key = KEY_LINE.exec(rest);
      const where = 'indented with a tab, which YAML forbids';
      if (key && (!previous || (!previous.opens && (previous.indent === '' || previous.item)))) {
        out = rest;
        problems.push({
          line: firstLine + index,
          message: `"${key[1]}" is ${where}: read as a key of its own, its value kept`,
        });
      } else {
        const spaces =
          previous && (previous.item || !previous.opens) && previous.indent
            ? previous.indent.replace(/\t/g, '  ')
            : '  ';
        out = spaces + rest;
        problems.push({
          line: firstLine + index,
          message: `line ${where}: read as if indented with spaces${parent ? `, as part of "${parent}"` : ''}`,
        });
      }
    }
    const outIndent = /^ */.exec(out)![0];
    const key = KEY_LINE.exec(out.slice(outIndent.length));
    if (!outIndent && key) parent = key[1];
    previous = {
      indent: outIndent,
      opens: Boolean(key && !key[2]) || /:\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(out),
      item: ITEM_LINE.test(out),
    };
    return out;
  });
  return fixed.join('\n');
}

/** Where a YAML error is at fault: the start of an unclosed quote or bracket it ran to. */
function faultOffset(doc: Document, position: number): number {
  let start = position;
  visit(doc, (_key, node) => {
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    const flow = (isSeq(node) || isMap(node)) && node.flow;
    const range = (node as { range?: [number, number, number] | null }).range;
    if ((quoted || flow) && range && range[0] < position && position <= range[2]) {
      // The innermost one: the last to start.
      if (start === position || range[0] > start) start = range[0];
    }
  });
  return start;
}

/** The quote or bracket a value opens without closing it, if any. */
function unclosed(text: string): string | undefined {
  const first = text[0];
  if ((first === '"' || first === "'") && (text.length === 1 || !text.endsWith(first)))
    return first;
  if (first === '[' && !text.endsWith(']')) return '[';
  if (first === '{' && !text.endsWith('}')) return '{';
  return undefined;
}

/**
 * An unquoted string (a YAML plain scalar) without the stray quote at one end it may have,
 * said at `line`; any other value as it is.
 */
function withoutStrayQuote(
  node: unknown,
  value: unknown,
  key: string,
  line: number,
  problems: Problem[],
): unknown {
  if (!isScalar(node) || node.type !== 'PLAIN' || typeof value !== 'string') return value;
  const stray = strayQuote(value);
  if (!stray) return value;
  problems.push({ line, message: strayQuoteMessage(key, value, stray) });
  return stray.read;
}

/**
 * In front matter YAML reads, the stray quotes at one end of unquoted values and of the
 * unquoted items of a list: taken off `values`, each said at its line. Only the kept value of a
 * key given twice (the last one) is looked at.
 */
function takeOffStrayQuotes(
  doc: Document,
  values: Record<string, unknown>,
  lineOf: (offset: number) => number,
  problems: Problem[],
): void {
  if (!isMap(doc.contents)) return;
  const kept = new Map<string, Pair>();
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key)) kept.set(String(pair.key.value), pair);
  }
  for (const [key, { value: node }] of kept) {
    const value = values[key];
    const at = (item: unknown) => lineOf((item as { range?: number[] | null }).range?.[0] ?? 0);
    if (isSeq(node) && Array.isArray(value)) {
      node.items.forEach((item, index) => {
        value[index] = withoutStrayQuote(item, value[index], key, at(item), problems);
      });
    } else if (Object.hasOwn(values, key)) {
      setOwn(values, key, withoutStrayQuote(node, value, key, at(node), problems));
    }
  }
}

/**
 * Where the quote that opens `text` (its first character) closes, or -1: the next `"`, or the
 * next `'` that is not an apostrophe.
 */
function closingQuote(text: string): number {
  const quote = text[0];
  for (let i = text.indexOf(quote, 1); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (quote === '"' || !isApostrophe(text, i)) return i;
  }
  return -1;
}

/**
 * One value of a line YAML cannot read as part of the whole: as YAML would read it alone
 * (quotes, escapes, `true`, `[a, b]`, a comment after it; a stray quote at one end of an
 * unquoted one taken off), else as text with a quote or bracket that is not closed (or quotes
 * within quotes, or quotes followed by more text) taken off, and said.
 */
function readValue(text: string, key: string, line: number, problems: Problem[]): unknown {
  if (!text || text.startsWith('#')) return null;
  const doc = parseDocument(text, { prettyErrors: false });
  if (!doc.errors.length) {
    const contents = doc.contents;
    if (isScalar(contents)) {
      return withoutStrayQuote(contents, doc.toJS(), key, line, problems);
    }
    if (isSeq(contents) && contents.items.every(isScalar)) {
      const items = doc.toJS() as unknown[];
      return contents.items.map((item, i) =>
        withoutStrayQuote(item, items[i], key, line, problems),
      );
    }
  }
  const value = text.replace(/\s+#.*$/, '');
  const open = unclosed(value);
  const say = (what: string, read?: string | string[]) =>
    problems.push({
      line,
      message:
        `"${key}": ${what} (not valid YAML): ` +
        (read === undefined
          ? 'left out'
          : `read as ${Array.isArray(read) ? `the list ${JSON.stringify(read)}` : `"${read}"`}`),
    });
  if (open === '{') {
    say('the { that opens the value is not closed');
    return null;
  }
  if (open === '[') {
    const items = value
      .slice(1)
      .split(',')
      .map((item) => item.trim().replace(/^(['"])(.*)\1$/, '$2'))
      .filter(Boolean);
    say('the [ that opens the value is not closed', items);
    return items;
  }
  if (open) {
    // `"CDI"x`: closed, then more text; the quotes are taken off, the text kept.
    const close = closingQuote(value);
    if (close > 0) {
      const read = `${value.slice(1, close)}${value.slice(close + 1)}`.trim();
      say(`text after the closing ${open} (${value})`, read);
      return read;
    }
    const read = value.slice(1).trim();
    say(`the ${open} that opens the value is not closed`, read);
    return read;
  }
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote)) {
    const inner = value.slice(1, -1).trim();
    // `"Dev""`: a stray quote, not quotes within quotes.
    const stray = strayQuote(inner);
    if (stray?.quote === quote) {
      problems.push({ line, message: strayQuoteMessage(key, value, stray) });
      return stray.read;
    }
    say(`quotes within quotes (${value})`, inner);
    return inner;
  }
  return value;
}

/** A key given twice: said as the YAML path says it, the last one kept as in Jekyll. */
const givenTwice = (key: string, first: number): string =>
  `"${key}" is given twice (line ${first} and here): the last one is kept`;

/**
 * `key: value` lines, and `- item` lines under a `key:`, for front matter YAML cannot read;
 * each value read as YAML would read it alone. A line it cannot read is said, and so is a key
 * given twice (the last one is kept).
 */
function readLineByLine(
  yaml: string,
  firstLine: number,
  lines: Record<string, number>,
  problems: Problem[],
) {
  const values: Record<string, unknown> = {};
  /** The line of each key read so far. */
  const seen = new Map<string, number>();
  /** The key whose list the next `- item` lines fill. */
  let list: { key: string; items: unknown[] } | undefined;
  yaml.split('\n').forEach((line, index) => {
    const at = firstLine + index;
    if (!line.trim() || /^\s*#/.test(line)) return;
    const item = list && ITEM_LINE.exec(line);
    if (list && item) {
      const value = readValue(item[1] ?? '', list.key, at, problems);
      if (value !== null) list.items.push(value);
      setOwn(values, list.key, list.items);
      return;
    }
    list = undefined;
    const match = KEY_LINE.exec(line);
    if (!match) {
      problems.push({
        line: at,
        message:
          'line left out: the front matter is not valid YAML, and this is not a "key: value" ' +
          'line, nor an item of the list above',
      });
      return;
    }
    const key = match[1];
    const first = seen.get(key);
    if (first !== undefined) problems.push({ line: at, message: givenTwice(key, first) });
    seen.set(key, at);
    const value = readValue(match[2] ?? '', key, at, problems);
    setOwn(values, key, value);
    setOwn(lines, key, at);
    // A key with nothing after it: the `- item` lines under it, if any, are its list.
    if (value === null) list = { key, items: [] };
  });
  return values;
}

export function parseMarkdownFile(source: string): MarkdownFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const lines: Record<string, number> = {};
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return { body: text, lines, problems };
  const rest = text.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) {
    problems.push({
      line: 1,
      message: 'the front matter has no closing "---" line: not read as a posting, skipped',
    });
    return { body: text, lines, problems };
  }
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const firstLine = 2;

  // YAML does not take a non-breaking space as a space: `open:\u00a0true` would be text.
  const nbsp = yaml.includes('\u00a0');
  if (nbsp) {
    const line = yaml.split('\n').findIndex((l) => l.includes('\u00a0'));
    problems.push({
      line: firstLine + line,
      message: 'non-breaking space in the front matter, read as a space',
    });
  }
  let readable = nbsp ? yaml.replace(/\u00a0/g, ' ') : yaml;
  let counter = new LineCounter();
  const parse = () =>
    parseDocument(readable, { uniqueKeys: false, lineCounter: counter, prettyErrors: false });
  let doc = parse();
  // Tabs in indentation, only when YAML fails on them: in valid YAML (the text of a `|` block)
  // a tab after the indentation is text.
  if (doc.errors.length && /^ *\t/m.test(readable)) {
    readable = untab(readable, firstLine, problems);
    counter = new LineCounter();
    doc = parse();
  }
  const done = (frontMatter: Record<string, unknown> | undefined): MarkdownFile => ({
    frontMatter,
    body,
    lines,
    // In the order of the file.
    problems: problems.sort((a, b) => a.line - b.line),
  });
  if (doc.errors.length) {
    // The first error by the line at fault (an unclosed quote is at fault where it opens).
    const [first] = doc.errors
      .map((error) => ({
        error,
        line: firstLine + counter.linePos(faultOffset(doc, error.pos[0])).line - 1,
      }))
      .sort((a, b) => a.line - b.line);
    const reason = first.error.message.split('\n')[0];
    problems.push({
      line: first.line,
      message: `the front matter is not valid YAML (${reason}): read line by line instead`,
    });
    return done(readLineByLine(readable, firstLine, lines, problems));
  }

  if (isMap(doc.contents)) {
    const seen = new Map<string, number>();
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const line = firstLine + counter.linePos(pair.key.range[0]).line - 1;
      if (seen.has(key)) {
        problems.push({
          line,
          message: givenTwice(key, seen.get(key)!),
        });
      }
      seen.set(key, line);
      setOwn(lines, key, line);
    }
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Aliases expanding without end ("billion laughs"), and the like.
    problems.push({
      line: firstLine,
      message: `the front matter cannot be read as YAML (${(error as Error).message}): read line by line instead`,
    });
    return done(readLineByLine(readable, firstLine, lines, problems));
  }
  if (value === null || value === undefined) return done({});
  if (!isRecord(value)) {
    problems.push({
      line: firstLine,
      message: 'the front matter is not a list of "key: value" lines',
    });
    return done({});
  }
  takeOffStrayQuotes(
    doc,
    value,
    (offset) => firstLine + counter.linePos(offset).line - 1,
    problems,
  );
  return done(value);
}
