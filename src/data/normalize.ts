import type { CareersFeed, FeedWarning, Job, Organization } from './job.js';
import { IdRegistry, isUrlSafeId, slugify } from './slug.js';
import { safeHttpUrl } from './urls.js';

/** Feed formats the widget reads. `auto` detects the format from the JSON's shape. */
export type { FeedFormat } from './adapters/types.js';
import type { FeedFormat } from './adapters/types.js';

export interface NormalizeOptions {
  /** Skip detection and read the input as this format. */
  format?: FeedFormat | 'auto';
  /** URL the feed came from: recorded on jobs and used to resolve relative links. */
  source?: string;
}

export interface NormalizedFeed {
  jobs: Job[];
  warnings: FeedWarning[];
  /** The format that was read, or `unknown` when nothing matched. */
  format: FeedFormat | 'unknown';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

function readOrganization(value: unknown, base?: string): Organization | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(value.name);
  if (!name) return undefined;
  return { name, url: safeHttpUrl(value.url, base), logo: safeHttpUrl(value.logo, base) };
}

/**
 * Turns any JSON value into normalized jobs. Total: never throws; what it cannot read is
 * skipped with a warning that names it.
 */
export function normalizeFeed(input: unknown, options: NormalizeOptions = {}): NormalizedFeed {
  const warnings: FeedWarning[] = [];
  const list = Array.isArray(input) ? input : isRecord(input) ? input.jobs : undefined;
  if (!Array.isArray(list)) {
    return {
      jobs: [],
      warnings: [
        { message: 'Not a careers feed: expected an array of jobs or { "jobs": [...] }.' },
      ],
      format: 'unknown',
    };
  }
  const base = options.source;
  const feedOrganization = isRecord(input)
    ? readOrganization((input as Partial<CareersFeed>).organization, base)
    : undefined;
  const ids = new IdRegistry();
  const jobs: Job[] = [];
  list.forEach((raw, index) => {
    if (!isRecord(raw)) {
      warnings.push({ index, message: `Job #${index + 1} skipped: not an object.` });
      return;
    }
    const title = text(raw.title);
    if (!title) {
      warnings.push({ index, message: `Job #${index + 1} skipped: it has no title.` });
      return;
    }
    const sourceId = typeof raw.id === 'number' ? String(raw.id) : text(raw.id);
    const id = ids.claim(sourceId && isUrlSafeId(sourceId) ? sourceId : slugify(sourceId ?? title));
    jobs.push({
      id,
      title,
      organization: readOrganization(raw.organization, base) ?? feedOrganization,
      locations: Array.isArray(raw.locations) ? raw.locations.flatMap((l) => text(l) ?? []) : [],
      tags: Array.isArray(raw.tags) ? raw.tags.flatMap((t) => text(t) ?? []) : [],
      open: raw.open !== false,
      url: safeHttpUrl(raw.url, base),
      summary: text(raw.summary),
      description: text(raw.description),
      publishedAt: text(raw.publishedAt),
      source: base,
    });
  });
  return { jobs, warnings, format: 'careers' };
}
