import type { FeedWarning, Job } from './job.js';
import { normalizeFeed, type FeedFormat, type NormalizeOptions } from './normalize.js';
import { FeedError } from './feed-error.js';
import { adapterFor, detectAdapter, detects } from './adapters/index.js';
import { field } from './adapters/fields.js';
import { IdRegistry } from './slug.js';

/** Largest feed body read (15 MiB): past it the download is stopped and the feed refused. */
export const MAX_FEED_BYTES = 15 * 1024 * 1024;
const DEFAULT_TIMEOUT = 10_000;

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up (headers and body). Default 10000. */
  timeout?: number;
}

/** One signal aborted by either input (AbortSignal.any where available: Safari < 17.4 lacks it). */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  const abort = () => both.abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return both.signal;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a body as text, stopping as soon as it grows past the cap. */
async function readCapped(response: Response, url: string, cap: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedError(
      'too-large',
      url,
      `Feed too large: ${url} announces ${megabytes(declared)}, the limit is ${megabytes(cap)}.`,
      response.status,
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > cap) {
      await reader.cancel().catch(() => undefined);
      throw new FeedError(
        'too-large',
        url,
        `Feed too large: ${url} sent more than ${megabytes(cap)}; download stopped.`,
        response.status,
      );
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches a feed and parses its JSON; every failure is a `FeedError` with a reason:
 * `network`, `timeout`, `aborted`, `http` (with `status`), `too-large`, `empty` or `not-json`.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const { signal } = options;
  const timeout =
    typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT;
  if (signal?.aborted) throw new FeedError('aborted', url, `Request aborted: ${url}`);
  try {
    new URL(url, globalThis.document?.baseURI);
  } catch (cause) {
    throw new FeedError('network', url, `Not a valid feed URL: ${url}`, undefined, { cause });
  }
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const combined = signal ? eitherSignal(signal, timer.signal) : timer.signal;

  /** The error for a failed fetch or body read: aborted, timed out, or a network failure. */
  const failure = (cause: unknown, stage: string): FeedError => {
    if (cause instanceof FeedError) return cause;
    if (signal?.aborted) return new FeedError('aborted', url, `Request aborted: ${url}`);
    if (timer.signal.aborted) {
      return new FeedError('timeout', url, `No complete answer within ${timeout} ms: ${url}`);
    }
    return new FeedError(
      'network',
      url,
      `Network error while ${stage} ${url} (offline, DNS, CORS or connection dropped).`,
      undefined,
      { cause },
    );
  };

  try {
    const response = await fetch(url, {
      signal: combined,
      credentials: 'omit',
      headers: { accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    }).catch((cause: unknown) => {
      throw failure(cause, 'fetching');
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedError(
        'http',
        url,
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`,
        response.status,
      );
    }
    const body = await readCapped(response, url, MAX_FEED_BYTES).catch((cause: unknown) => {
      throw failure(cause, 'reading');
    });
    const trimmed = body.trim();
    if (!trimmed) {
      throw new FeedError('empty', url, `Empty answer from ${url}: no feed.`, response.status);
    }
    try {
      return JSON.parse(trimmed) as unknown;
    } catch (cause) {
      const type = response.headers.get('content-type') ?? 'no content type';
      const looksHtml = /^<|html/i.test(trimmed.slice(0, 100)) || /html/i.test(type);
      throw new FeedError(
        'not-json',
        url,
        looksHtml
          ? `Not JSON: ${url} answered an HTML page (${type}); check the feed URL.`
          : `Not JSON: ${url} (${type}): ${cause instanceof Error ? cause.message : String(cause)}`,
        response.status,
        { cause },
      );
    }
  } finally {
    clearTimeout(timeoutId);
  }
}

export interface LoadFeedsOptions extends FetchFeedOptions {
  format?: NormalizeOptions['format'];
}

/** What one feed gave. */
export interface LoadedFeed {
  url: string;
  format: FeedFormat | 'unknown';
  /** Jobs read from this feed, before duplicates across feeds were removed. */
  count: number;
}

export interface LoadedFeeds {
  /** Jobs of every feed that loaded, merged in the order of the URLs, duplicates removed. */
  jobs: Job[];
  /** Problems with single postings; each names the posting and its feed (`source`). */
  warnings: FeedWarning[];
  /** One error per feed that failed; the other feeds' jobs are still in `jobs`. */
  errors: FeedError[];
  /** The URLs that loaded. */
  sources: string[];
  /** Per loaded feed: its format and job count. */
  feeds: LoadedFeed[];
  /** How many jobs were dropped as duplicates of an earlier one. */
  duplicates: number;
}

/** Reads one feed URL into jobs, or a FeedError (`invalid-feed` when nothing is usable). */
async function readFeed(url: string, options: LoadFeedsOptions) {
  return readFeedData(await fetchFeed(url, options), url, options.format);
}

/**
 * A feed's data (fetched from `url`, or given: `url` empty) as jobs, or a FeedError
 * (`invalid-feed`) when nothing in it is usable: not a job feed, every posting skipped, or
 * written in another format than `format`. Relative URLs resolve against `source`.
 */
export function readFeedData(
  data: unknown,
  url: string,
  format?: LoadFeedsOptions['format'],
  source = url,
) {
  const result = normalizeFeed(data, { source, format });
  const skipped = result.warnings.filter((w) => w.index !== undefined).length;
  // JSON not in the shape of the `format` asked for is an error, not postings read wrong or an
  // empty board: another format's postings, or no feed at all. An empty list of jobs is a board
  // with no opening; the careers feed, which takes any list of jobs, is another format when it
  // says `"version": 1` or when the format asked for reads nothing in it.
  const forced = format && format !== 'auto' ? adapterFor(format) : undefined;
  const found = forced && !detects(forced, data) ? (detectAdapter(data) ?? null) : undefined;
  const other =
    found &&
    (found.format !== 'careers' || field(data, 'version') === 1 || !result.jobs.length) &&
    normalizeFeed(data).jobs.length
      ? found.format
      : '';
  const why = other
    ? `it is a ${other} feed, not ${format}.`
    : found === null && !result.jobs.length
      ? `not a ${format} feed.`
      : '';
  if (why || result.format === 'unknown' || (!result.jobs.length && skipped > 0)) {
    const where = url || 'the jobs property';
    // Without `why`, there is a warning: the format was unknown, or postings were skipped.
    const first = () => result.warnings[0].message;
    throw new FeedError(
      'invalid-feed',
      url,
      // The warning of an unknown format says "Not a job feed" itself.
      why || result.format === 'unknown'
        ? `${where}: ${why || first()}`
        : `No usable posting in ${where} (${skipped} skipped): ${first()}`,
    );
  }
  return result;
}

const key = (value: string | undefined) =>
  value
    ?.normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** What identifies a posting across feeds. */
function identities(job: Job): string[] {
  const organization = key(job.organization?.name) ?? '';
  const keys = [
    `id:${job.id}|${organization}`,
    `title:${key(job.title)}|${organization}|${key(job.team?.name) ?? ''}`,
  ];
  if (job.url) keys.push(`url:${job.url}`);
  return keys;
}

/**
 * Merges the feeds' jobs in order, dropping a job that an earlier feed already gave: same page
 * URL, same id and organization, or same title, organization and team. Within one feed every
 * job is kept (the feed's author decides). Ids stay unique across the merged list.
 */
function mergeJobs(lists: Job[][]): { jobs: Job[]; duplicates: number } {
  const seen = new Set<string>();
  const ids = new IdRegistry();
  const jobs: Job[] = [];
  let duplicates = 0;
  for (const list of lists) {
    const added: string[] = [];
    for (const job of list) {
      const keys = identities(job);
      if (keys.some((k) => seen.has(k))) {
        duplicates++;
        continue;
      }
      added.push(...keys);
      const id = ids.claim(job.id);
      jobs.push(id === job.id ? job : { ...job, id });
    }
    added.forEach((k) => seen.add(k));
  }
  return { jobs, duplicates };
}

/** Fetches several feeds in parallel and merges them; one failing never hides the others. */
export async function loadFeeds(
  urls: string[],
  options: LoadFeedsOptions = {},
): Promise<LoadedFeeds> {
  const unique = [...new Set(urls.filter((url) => typeof url === 'string' && url.trim()))];
  const settled = await Promise.allSettled(unique.map((url) => readFeed(url, options)));
  const result: Omit<LoadedFeeds, 'jobs' | 'duplicates'> = {
    warnings: [],
    errors: [],
    sources: [],
    feeds: [],
  };
  const lists: Job[][] = [];
  settled.forEach((outcome, i) => {
    const url = unique[i];
    if (outcome.status === 'rejected') {
      const error = outcome.reason;
      result.errors.push(
        error instanceof FeedError
          ? error
          : new FeedError('network', url, `Could not load ${url}: ${String(error)}`, undefined, {
              cause: error,
            }),
      );
      return;
    }
    const { jobs, warnings, format } = outcome.value;
    lists.push(jobs);
    result.warnings.push(...warnings.map((w) => ({ ...w, source: url })));
    result.sources.push(url);
    result.feeds.push({ url, format, count: jobs.length });
  });
  return { ...mergeJobs(lists), ...result };
}
