/**
 * `careers-feed build --fallback <file>`: the feed's open postings as a plain HTML list of links,
 * to write inside `<careers-board>`, where browsers show it before the script runs and without
 * JavaScript (see the README's "Search engines"). Every text and URL in it is escaped for HTML.
 */
import { isClosed } from '../data/filter-jobs.js';
import type { Job } from '../data/job.js';
import { safeHttpUrl } from '../data/urls.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * One `<li><a>` per open posting, in the feed's order: to its `url` (http or https), else to
 * `?job=<id>` (its page on a board with `routing="query"`; `?<board>.job=<id>` for the board
 * whose id, or rank, is `board`, as the board prefixes its keys). Empty when no posting is open.
 */
export function fallbackHtml(jobs: readonly Job[], now: Date = new Date(), board = ''): string {
  const key = board ? `${board}.job` : 'job';
  const items = jobs
    .filter((job) => !isClosed(job, now.getTime()))
    .map((job) => {
      const href = safeHttpUrl(job.url) ?? `?${new URLSearchParams({ [key]: job.id })}`;
      return `  <li><a href="${escapeHtml(href)}">${escapeHtml(job.title)}</a></li>\n`;
    });
  return items.length ? `<ul>\n${items.join('')}</ul>\n` : '';
}
