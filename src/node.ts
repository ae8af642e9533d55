/**
 * The package's entry for Node (server-side rendering), built into dist/careers-widget.node.mjs
 * and named by the `node` condition of `exports`. Everything of the browser entry
 * (src/index.ts), with Lit's Node build underneath, so loading it defines the elements without
 * a DOM. The functions that need one say so instead of throwing a bare `ReferenceError`.
 */
import {
  fetchFeed as fetchAnyFeed,
  renderDescription as renderHtml,
  renderDescriptionFragment as renderFragment,
  renderDescriptionTrusted as renderTrusted,
  FeedError,
  type FetchFeedOptions,
  type Job,
  type RenderDescriptionOptions,
} from './index.js';

export * from './index.js';

/**
 * `render` behind a check that there is a DOM to parse and sanitize HTML in (DOMPurify needs a
 * `window`): without one it throws an error that says so, not a bare `ReferenceError`.
 */
const needingDom =
  <T>(name: string, render: (job: Job, options?: RenderDescriptionOptions) => T) =>
  (job: Job, options?: RenderDescriptionOptions): T => {
    if (typeof window === 'undefined' || typeof document === 'undefined') {
      throw new Error(
        `careers-widget: ${name}() needs a DOM (window and document) to sanitize HTML with DOMPurify, and there is none here: call it in the browser.`,
      );
    }
    return render(job, options);
  };

export const renderDescription = needingDom('renderDescription', renderHtml);
export const renderDescriptionFragment = needingDom('renderDescriptionFragment', renderFragment);
export const renderDescriptionTrusted = needingDom('renderDescriptionTrusted', renderTrusted);

/** Node's `fetch`, with no page to resolve a relative URL against: an absolute URL is needed. */
export async function fetchFeed(url: string, options?: FetchFeedOptions): Promise<unknown> {
  if (!URL.canParse(url)) {
    throw new FeedError(
      'network',
      url,
      `careers-widget: fetchFeed() in Node needs an absolute URL (no page to resolve "${url}" against).`,
    );
  }
  return fetchAnyFeed(url, options);
}
