import { marked } from 'marked';
import DOMPurify from 'dompurify';
import type { Job } from './job.js';

export interface RenderDescriptionOptions {
  /** Level of the job title: headings in the description are shifted below it. */
  headingLevel?: number;
}

/** DOMPurify's default URI pattern minus ftp:, tel:, sms:, xmpp:... */
const SAFE_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * The posting's description as sanitized HTML: Markdown through marked (GFM), HTML as given,
 * then DOMPurify. The only HTML the widget ever puts in the DOM goes through here.
 */
export function renderDescription(job: Job, _options: RenderDescriptionOptions = {}): string {
  const source =
    job.descriptionHtml ??
    (job.description ? (marked.parse(job.description, { async: false }) as string) : '');
  // Only http(s)/mailto (or relative) URLs, no inline CSS (strict-CSP pages, CSS leaks).
  return DOMPurify.sanitize(source, {
    ALLOWED_URI_REGEXP: SAFE_URI,
    FORBID_ATTR: ['style'],
    FORBID_TAGS: ['style'],
  });
}
