import type { FeedWarning, Job } from './job.js';
import { normalizeFeed, type NormalizeOptions } from './normalize.js';
import { FeedError } from './feed-error.js';

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up. */
  timeout?: number;
}

/** Fetches a feed and parses its JSON; every failure is a `FeedError` with a reason. */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const { signal, timeout = 10_000 } = options;
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: combined,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
  } catch (cause) {
    clearTimeout(timeoutId);
    if (signal?.aborted) throw new FeedError('aborted', url, `Request aborted: ${url}`);
    if (timer.signal.aborted)
      throw new FeedError('timeout', url, `No answer within ${timeout} ms: ${url}`);
    throw new FeedError('network', url, `Network error while fetching ${url}`, undefined, {
      cause,
    });
  }
  try {
    if (!response.ok) {
      throw new FeedError('http', url, `HTTP ${response.status} from ${url}`, response.status);
    }
    const body = await response.text();
    try {
      return JSON.parse(body) as unknown;
    } catch (cause) {
      throw new FeedError('not-json', url, `Not JSON: ${url}`, response.status, { cause });
    }
  } finally {
    clearTimeout(timeoutId);
  }
}

export interface LoadFeedsOptions extends FetchFeedOptions {
  format?: NormalizeOptions['format'];
}

export interface LoadedFeeds {
  /** Jobs of every feed that loaded, merged, duplicates removed. */
  jobs: Job[];
  warnings: FeedWarning[];
  /** One error per feed that failed; the other feeds' jobs are still in `jobs`. */
  errors: FeedError[];
  /** The URLs that loaded. */
  sources: string[];
}

/** Fetches several feeds in parallel and merges them; one failing never hides the others. */
export async function loadFeeds(
  urls: string[],
  options: LoadFeedsOptions = {},
): Promise<LoadedFeeds> {
  const settled = await Promise.allSettled(urls.map((url) => fetchFeed(url, options)));
  const result: LoadedFeeds = { jobs: [], warnings: [], errors: [], sources: [] };
  settled.forEach((outcome, i) => {
    const url = urls[i];
    if (outcome.status === 'rejected') {
      const error = outcome.reason;
      result.errors.push(
        error instanceof FeedError ? error : new FeedError('network', url, String(error)),
      );
      return;
    }
    const { jobs, warnings } = normalizeFeed(outcome.value, {
      source: url,
      format: options.format,
    });
    result.jobs.push(...jobs);
    result.warnings.push(...warnings);
    result.sources.push(url);
  });
  return result;
}
