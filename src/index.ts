/** Public entry: loading it defines the elements; it also exports the classes and types. */
import { defineElements } from './define.js';

defineElements();

export { defineElements, elements } from './define.js';
export { CareersBoard } from './components/careers-board/careers-board.component.js';
export { CareersJobCard } from './components/careers-job-card/careers-job-card.component.js';
export { normalizeFeed } from './data/normalize.js';
export type { FeedFormat, NormalizeOptions, NormalizedFeed } from './data/normalize.js';
export { fetchFeed } from './data/fetch-feed.js';
export { FeedError } from './data/feed-error.js';
export type { FeedErrorReason } from './data/feed-error.js';
export type * from './data/job.js';
export type * from './events.js';
