/**
 * Reads a Jekyll Markdown file: YAML front matter between `---` lines, then the body. Tolerates
 * CRLF, a BOM, non-breaking spaces in the front matter, duplicate keys (the last one wins, as
 * in Jekyll), comments after values, and YAML that does not parse (read line by line instead).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

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

/** `key: value` lines, for front matter YAML cannot read. Values are kept as text. */
function readLineByLine(yaml: string, firstLine: number, lines: Record<string, number>) {
  const values: Record<string, unknown> = {};
  yaml.split('\n').forEach((line, index) => {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match) return;
    let value: unknown = match[2].replace(/\s+#.*$/, '').replace(/^(['"])(.*)\1$/, '$2');
    if (value === 'true' || value === 'false') value = value === 'true';
    if (value === '' || value === 'null' || value === '~') value = null;
    values[match[1]] = value;
    lines[match[1]] = firstLine + index;
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
  const counter = new LineCounter();
  const doc = parseDocument(nbsp ? yaml.replace(/\u00a0/g, ' ') : yaml, {
    uniqueKeys: false,
    lineCounter: counter,
    prettyErrors: false,
  });
  if (nbsp) {
    const line = yaml.split('\n').findIndex((l) => l.includes('\u00a0'));
    problems.push({
      line: firstLine + line,
      message: 'non-breaking space in the front matter, read as a space',
    });
  }
  if (doc.errors.length) {
    const error = doc.errors[0];
    const line = firstLine + (counter.linePos(error.pos[0]).line - 1);
    const reason = error.message.split('\n')[0];
    problems.push({
      line,
      message: `the front matter is not valid YAML (${reason}): read line by line instead`,
    });
    return { frontMatter: readLineByLine(yaml, firstLine, lines), body, lines, problems };
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
          message: `"${key}" is given twice (line ${seen.get(key)} and here): the last one is kept`,
        });
      }
      seen.set(key, line);
      lines[key] = line;
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
    return { frontMatter: readLineByLine(yaml, firstLine, lines), body, lines, problems };
  }
  if (value === null || value === undefined) return { frontMatter: {}, body, lines, problems };
  if (!isRecord(value)) {
    problems.push({
      line: firstLine,
      message: 'the front matter is not a list of "key: value" lines',
    });
    return { frontMatter: {}, body, lines, problems };
  }
  return { frontMatter: value, body, lines, problems };
}
