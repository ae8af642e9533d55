/**
 * The `careers-feed` command line: `build` (Markdown postings to a careers feed) and `validate`
 * (what the widget will make of a feed). Returns the exit code instead of exiting, for tests.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeedFormat } from '../data/normalize.js';
import { FEED_FORMATS } from '../data/adapters/types.js';
import { buildFeed } from './build.js';
import { fallbackHtml } from './fallback.js';
import { validateFeed } from './validate.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes (documented in the README). */
export const EXIT = { ok: 0, nothing: 1, usage: 2 } as const;

export const HELP = `Usage: careers-feed <command> [options]

Commands:
  build <folders or files...>   Markdown postings (beta.gouv.fr front matter) to a careers feed
    -o, --output <file>         where to write the feed (default: standard output)
    --startups <folder>         startup files (<id>.md) to resolve each posting's "startup"
    --base-url <url>            canonical page of each posting: <url>/<id>, or {slug} replaced
    --country <code>            ISO 3166-1 code of the postings' country, for search engines
                                (default: FR)
    --now <date>                "now" for closing dates (default: the current time)
    --fallback <file>           also write the open postings as an HTML list of links, to put
                                inside <careers-board> (shown without JavaScript)
    --board <id>                the id of that <careers-board>, when it has one: the links
                                then use its keys (?<id>.job=<posting>)
  validate <feed.json or URL>   what the widget will show from a feed, in any supported format
    --format <name>             read as this format instead of detecting it
    --now <date>                "now" for closing and publication dates (default: now)
    --origin <url>              for a URL: may a widget on this site read it (CORS)?

  -h, --help                    this help

Diagnostics go to standard error as "file:line: message", then one summary line.
Exit codes: 0 done; 1 nothing usable (no posting found, or nothing would show);
2 wrong arguments, or the output cannot be written.
`;

const FORMATS: readonly string[] = ['auto', ...FEED_FORMATS];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function readNow(value: string | undefined, io: Io): Date | undefined | null {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    io.stderr(`careers-feed: --now "${value}" is not a date\n`);
    return null;
  }
  return date;
}

async function build(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      startups: { type: 'string' },
      'base-url': { type: 'string' },
      country: { type: 'string' },
      now: { type: 'string' },
      fallback: { type: 'string' },
      board: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.board !== undefined && values.fallback === undefined) {
    io.stderr('careers-feed build: --board names the board of the --fallback list: give both\n');
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr('careers-feed build: give at least one folder or file of postings\n\n' + HELP);
    return EXIT.usage;
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(baseUrl)) {
    io.stderr(`careers-feed build: --base-url "${baseUrl}" is not an http(s) URL\n`);
    return EXIT.usage;
  }
  const country = values.country?.trim();
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) {
    io.stderr(
      `careers-feed build: --country "${values.country}" is not a two-letter ISO 3166-1 code (FR)\n`,
    );
    return EXIT.usage;
  }
  const now = readNow(values.now, io);
  if (now === null) return EXIT.usage;
  if (values.startups !== undefined) {
    const folder = await stat(values.startups).catch(() => undefined);
    if (!folder?.isDirectory()) {
      io.stderr(
        `careers-feed build: --startups "${values.startups}" is not a folder` +
          `${folder ? '' : ' (not found)'}: give the folder of startup files (<id>.md)\n`,
      );
      return EXIT.usage;
    }
  }

  const result = await buildFeed({
    inputs: positionals,
    startups: values.startups,
    baseUrl,
    country: country?.toUpperCase(),
    now,
  });
  for (const d of result.diagnostics) io.stderr(`${d.file}:${d.line}: ${d.message}\n`);
  const jobs = result.feed.jobs;
  const open = jobs.filter((job) => job.open).length;
  io.stderr(
    `${plural(jobs.length, 'posting')}, ${open} open, ${plural(result.diagnostics.length, 'warning')}\n`,
  );
  if (jobs.length === 0) {
    io.stderr(
      `careers-feed build: no posting found in ${positionals.join(', ')} (Markdown files with front matter): no feed written\n`,
    );
    return EXIT.nothing;
  }
  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  if (!values.output || values.output === '-') io.stdout(json);
  else if (!(await write(values.output, json, io))) return EXIT.usage;
  if (values.fallback !== undefined) {
    const html = fallbackHtml(jobs, now, values.board);
    if (!html) io.stderr('careers-feed build: no open posting: the fallback list is empty\n');
    if (!(await write(values.fallback, html, io))) return EXIT.usage;
  }
  return EXIT.ok;
}

/**
 * Makes `folder` and its missing parents, one at a time. Not `mkdir(folder, { recursive: true })`:
 * in Node 20 that loops for ever when a parent exists but cannot hold a folder (under /proc,
 * `mkdir` answers ENOENT there, and Node then makes the parent again and retries). Throws an
 * error that says which folder cannot be made, and why.
 */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw new Error(`${at} is not a folder`);
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing) {
    try {
      await mkdir(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Made meanwhile by another process: fine if it is a folder.
      if (code === 'EEXIST' && (await stat(path).catch(() => undefined))?.isDirectory()) continue;
      throw new Error(
        code === 'EEXIST'
          ? `${path} exists but is not a folder (a link to nowhere?)`
          : `the folder ${path} cannot be made in ${dirname(path)}: ${(error as Error).message}`,
      );
    }
  }
}

/** Writes `text` to `file` (folders created) and says so; false (said too) when it cannot. */
async function write(file: string, text: string, io: Io): Promise<boolean> {
  try {
    await makeFolders(dirname(file));
    await writeFile(file, text);
  } catch (error) {
    io.stderr(`careers-feed build: cannot write ${file} (${(error as Error).message})\n`);
    return false;
  }
  io.stderr(`wrote ${file}\n`);
  return true;
}

async function validate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      now: { type: 'string' },
      origin: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    io.stderr('careers-feed validate: give one feed file or URL\n\n' + HELP);
    return EXIT.usage;
  }
  if (values.format && !FORMATS.includes(values.format)) {
    io.stderr(
      `careers-feed validate: unknown --format "${values.format}" (${FORMATS.join(', ')})\n`,
    );
    return EXIT.usage;
  }
  const now = readNow(values.now, io);
  if (now === null) return EXIT.usage;
  if (values.origin !== undefined && !/^https?:\/\/[^/]/i.test(values.origin)) {
    io.stderr(`careers-feed validate: --origin "${values.origin}" is not an http(s) site\n`);
    return EXIT.usage;
  }
  const report = await validateFeed({
    input: positionals[0],
    format: values.format as FeedFormat | 'auto' | undefined,
    now,
    origin: values.origin,
  });
  io.stdout(report.lines.join('\n') + '\n');
  return report.ok ? EXIT.ok : EXIT.nothing;
}

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(HELP);
      return command ? EXIT.ok : EXIT.usage;
    }
    if (command === 'build') return await build(rest, io);
    if (command === 'validate') return await validate(rest, io);
    io.stderr(`careers-feed: unknown command "${command}"\n\n${HELP}`);
    return EXIT.usage;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`careers-feed: ${(error as Error).message}\n\n${HELP}`);
      return EXIT.usage;
    }
    throw error;
  }
}
