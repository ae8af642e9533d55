/**
 * `careers-feed validate`: reads a feed in any supported format, the way the widget does, and
 * says in words what will show and what will be skipped.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { asPosting, betagouvPostings } from '../data/adapters/betagouv.js';
import { adapterFor, detectAdapter } from '../data/adapters/index.js';
import { field, isRecord, text } from '../data/adapters/fields.js';
import { endOfDateMs } from '../data/betagouv/dates.js';
import { widgetBodyReaders } from '../data/betagouv/body.js';
import { betagouvPostingToDraft } from '../data/betagouv/posting.js';
import type { Job } from '../data/job.js';
import { jobPostingLd } from '../data/job-posting-ld.js';
import { normalizeFeed, type FeedFormat } from '../data/normalize.js';
import { boardTypeProblems } from './board-problems.js';
import { droppedFromHtml, droppedFromMarkdown, droppedHtmlMessage } from './dropped-html.js';
import { jobLabel, renamedIds, typeProblems } from './feed-problems.js';
import { postingProblems } from './posting-problems.js';
import { strayQuote, strayQuoteMessage } from './stray-quote.js';

export interface ValidateOptions {
  /** A file path or an http(s) URL. */
  input: string;
  format?: FeedFormat | 'auto';
  now?: Date;
  /** Milliseconds before a URL fetch is given up. */
  timeout?: number;
  /**
   * The site that will embed the widget (`https://example.org`): for a URL, say whether its
   * server lets a page of that site read the feed (CORS). Without it, the check is made for
   * "another site".
   */
  origin?: string;
}

export interface ValidateReport {
  /** Lines to print, in order. */
  lines: string[];
  /** Jobs the widget shows by default (open, not past their closing date). */
  shown: number;
  ok: boolean;
}

/** The jobs of a careers feed: `{ jobs: [...] }` or a bare array. */
const careersJobs = (json: unknown): unknown[] | undefined => {
  const jobs = Array.isArray(json) ? json : field(json, 'jobs');
  return Array.isArray(jobs) ? jobs : undefined;
};

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Stands for the page a feed file will be served from (a reserved, never-resolved name). */
const FILE_BASE = 'https://feed.invalid/';
/** Stands for "another site" in the CORS check when no `origin` is given. */
const ANOTHER_SITE = 'https://another-site.invalid';

interface Input {
  text: string;
  /** For a URL: the answer's `Access-Control-Allow-Origin` (null when missing). */
  allowOrigin?: string | null;
  /** For a URL: the origin of the final answer (after redirects). */
  servedFrom?: string;
}

async function readInput(input: string, timeout: number, origin: string): Promise<Input> {
  if (!isUrl(input)) return { text: await readFile(input, 'utf8') };
  // Asked as the widget asks from a page of `origin`: a simple GET, with an Origin header.
  const response = await fetch(input, {
    signal: AbortSignal.timeout(timeout),
    headers: { accept: 'application/json', origin },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return {
    text: await response.text(),
    allowOrigin: response.headers.get('access-control-allow-origin'),
    servedFrom: new URL(response.url || input).origin,
  };
}

/** Whether a page of `origin` may read the answer, in words; `ok` false when it may not. */
function corsLine(
  input: Input,
  origin: string,
  given: boolean,
): { line: string; ok: boolean } | undefined {
  if (input.servedFrom === undefined) return undefined;
  const site = given ? origin : 'another site';
  if (origin === input.servedFrom)
    return { line: `CORS: not needed from ${origin} (same site)`, ok: true };
  const allowed = input.allowOrigin?.trim();
  if (allowed === '*')
    return { line: 'CORS: any site may read it (Access-Control-Allow-Origin: *)', ok: true };
  if (allowed === origin) {
    return {
      line: given
        ? `CORS: ${origin} may read it (Access-Control-Allow-Origin: ${origin})`
        : 'CORS: the server allows the site that asks (it echoes the Origin header)',
      ok: true,
    };
  }
  return {
    line:
      `CORS: a widget on ${site} cannot read it: ` +
      (allowed
        ? `the server allows only ${allowed}`
        : 'the answer has no Access-Control-Allow-Origin header') +
      `; pages on ${input.servedFrom} can` +
      (given ? '' : ' (give --origin <your site> to check yours)'),
    ok: !given,
  };
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/**
 * Dated after now: a date-only `publishedAt` once that day has begun nowhere on Earth yet
 * (UTC+14 is the first to reach it), a date-time once it is still ahead.
 */
function isFuture(iso: string | undefined, now: number): boolean {
  if (!iso) return false;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return Date.parse(dateOnly ? `${iso}T00:00:00+14:00` : iso) > now;
}

/**
 * Closed for every visitor: flagged so, or its closing date over everywhere on Earth (the
 * widget's `isClosed` closes a date at the end of that day where each visitor is).
 */
function closedEverywhere(job: Job, now: number): boolean {
  if (!job.open) return true;
  return Boolean(job.closesAt && endOfDateMs(job.closesAt) < now);
}

/**
 * The front matter values of a beta.gouv.fr posting (text, or items of a list) with a stray
 * quote at one end, which the widget shows as written (`careers-feed build` takes it off).
 */
function strayQuotes(posting: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(posting)) {
    if (key === 'body' || key === 'file') continue;
    for (const item of [value].flat()) {
      const stray = typeof item === 'string' ? strayQuote(item) : undefined;
      if (stray) {
        problems.push(
          strayQuoteMessage(key, item as string, stray, 'the widget shows it as written'),
        );
      }
    }
  }
  return problems;
}

export async function validateFeed(options: ValidateOptions): Promise<ValidateReport> {
  const now = (options.now ?? new Date()).getTime();
  const origin = options.origin ? new URL(options.origin).origin : ANOTHER_SITE;
  let input: Input;
  try {
    input = await readInput(options.input, options.timeout ?? 15000, origin);
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
    return { lines: [`${options.input}: cannot be read (${reason})`], shown: 0, ok: false };
  }
  let json: unknown;
  try {
    json = JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      lines: [`${options.input}: not JSON (${(error as Error).message})`],
      shown: 0,
      ok: false,
    };
  }
  const result = normalizeFeed(json, {
    format: options.format ?? 'auto',
    // A file's relative URLs resolve against wherever it will be served, as in the widget.
    source: isUrl(options.input)
      ? options.input
      : new URL(encodeURIComponent(basename(options.input)), FILE_BASE).href,
  });
  const closed = result.jobs.filter((job) => closedEverywhere(job, now));
  const shown = result.jobs.length - closed.length;
  const skippedJobs = new Set(
    result.warnings.filter((w) => /skipped/i.test(w.message)).map((w) => w.index ?? w.message),
  );
  const lines = [
    `${options.input}: ${
      result.format === 'unknown'
        ? 'format not recognized'
        : `format "${result.format}"${options.format && options.format !== 'auto' ? '' : ' (detected)'}`
    }`,
    `${plural(result.jobs.length, 'job')} read: ${shown} will show, ${closed.length} closed or past their closing date (shown only with show-closed)`,
  ];
  const cors = corsLine(input, origin, options.origin !== undefined);
  if (cors) lines.push(cors.line);
  // A format given with --format that the JSON is not shaped like reads nothing: say why.
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  if (forced && adapterFor(forced)?.detect(json) === false) {
    const detected = detectAdapter(json)?.format;
    lines.push(
      `not shaped like the "${forced}" format: ${detected ? `without --format it reads as "${detected}"` : 'no supported format recognizes it'}`,
    );
  }
  if (skippedJobs.size) lines.push(`${plural(skippedJobs.size, 'posting')} skipped`);
  for (const job of closed) lines.push(`  closed: ${job.title} (${job.id})`);
  // What search engines ask of a job listing (the JSON-LD of structured-data): a posting
  // without it is passed over, so say which, and what is missing.
  const unlisted: string[] = [];
  for (const job of result.jobs) {
    if (closedEverywhere(job, now)) continue;
    // The widget's own JSON-LD (open by `now`, so its closing date is left out of the check).
    const ld = jobPostingLd({ ...job, closesAt: undefined })!;
    const missing = [
      !ld.datePosted && 'publishedAt',
      !ld.hiringOrganization && 'organization',
      !ld.jobLocation && !ld.jobLocationType && 'locations (or remote "full")',
      !job.country && 'country (or the board’s country attribute)',
      !job.description && !job.descriptionHtml && 'description',
    ].filter(Boolean);
    if (missing.length) unlisted.push(`  ${job.title} (${job.id}): no ${missing.join(', ')}`);
  }
  if (unlisted.length) {
    lines.push(
      `${plural(unlisted.length, 'posting')} will show but not be listed as jobs by search engines (structured-data needs these fields):`,
      ...unlisted,
    );
  }
  // The widget does not hold a posting back until its date: say so, it may be a scheduled one.
  for (const job of result.jobs) {
    if (isFuture(job.publishedAt, now)) {
      lines.push(
        `  published in the future: ${job.title} (${job.id}), ${job.publishedAt}: the widget shows it already, first, as published today`,
      );
    }
  }
  const warnings = result.warnings.map((w) => w.message);
  // What the widget reads without a word: numbers taken as text, list items left out, ids
  // renamed (deep links and analytics use them).
  if (result.format === 'careers') {
    (careersJobs(json) ?? []).forEach((raw, index) => {
      const name = text(field(raw, 'title'));
      for (const problem of typeProblems(raw))
        warnings.push(`${jobLabel(index, name)}: ${problem}`);
    });
  }
  // In a job board's format: fields of the wrong type its adapter ignores, numbers read as text.
  warnings.push(...boardTypeProblems(json, result.format));
  if (result.format !== 'unknown') warnings.push(...renamedIds(json, result.format, result.jobs));
  // Raw HTML in a description that the widget's sanitizer removes.
  for (const job of result.jobs) {
    const dropped = job.descriptionHtml?.trim()
      ? droppedFromHtml(job.descriptionHtml)
      : droppedFromMarkdown(job.description ?? '');
    const note = droppedHtmlMessage(dropped.map(({ what }) => ({ what, lines: [] })));
    if (note) warnings.push(`${job.title} (${job.id}): ${note}`);
  }
  // The widget reads beta.gouv.fr postings silently; say what it leaves out of each.
  if (result.format === 'betagouv') {
    /** Postings whose startup is an id: nothing here turns it into a name. */
    const byId: string[] = [];
    (betagouvPostings(json) ?? []).forEach((item, index) => {
      if (!isRecord(item)) return;
      const posting = asPosting(item);
      if (typeof posting.startup === 'string' && posting.startup.trim()) {
        byId.push(posting.startup.trim());
      }
      const name = typeof posting.file === 'string' ? ` (${JSON.stringify(posting.file)})` : '';
      const draft = betagouvPostingToDraft(posting, {
        now: new Date(now),
        body: widgetBodyReaders,
      });
      for (const problem of postingProblems(posting, draft)) {
        warnings.push(`Job #${index + 1}${name}: ${problem.message}`);
      }
      for (const problem of strayQuotes(posting))
        warnings.push(`Job #${index + 1}${name}: ${problem}`);
    });
    if (byId.length) {
      warnings.push(
        `${byId.length === 1 ? '1 posting gives its' : `${byId.length} postings give their`} startup ` +
          `as an id only (${JSON.stringify(byId[0])}${byId.length > 1 ? ' and others' : ''}): ` +
          'the widget has no startups file to turn an id into a name, so it gets no organization ' +
          'from it; give "startup" as { "id", "title", "link" }, or build the feed with ' +
          'careers-feed build --startups <folder>',
      );
    }
  }
  if (warnings.length) {
    lines.push(`${plural(warnings.length, 'warning')}:`);
    for (const warning of warnings) lines.push(`  - ${warning}`);
  }
  if (shown === 0) {
    lines.push(
      result.jobs.length
        ? 'Nothing will show: every job is closed.'
        : 'Nothing will show: no job could be read.',
    );
  } else if (cors && !cors.ok) {
    lines.push(
      `Nothing will show on ${origin}: the browser will not let the widget read the feed.`,
    );
  }
  return { lines, shown, ok: shown > 0 && (cors?.ok ?? true) };
}
