/** Public entry: loading it defines the elements; it also exports the classes and types. */
// `renderDescriptionTrusted()` returns `TrustedHTML`, a global type TypeScript's DOM library
// lacks: the published declarations load it (`preserve` keeps the directive in types/index.d.ts).
/// <reference types="trusted-types" preserve="true" />
import { defineElements } from './define.js';

defineElements();

export { defineElements, elements } from './define.js';
export { CareersBoard } from './components/careers-board/careers-board.component.js';
export { CareersJobCard } from './components/careers-job-card/careers-job-card.component.js';
export { CareersJobDetail } from './components/careers-job-detail/careers-job-detail.component.js';
export { CareersApplyButton } from './components/careers-apply-button/careers-apply-button.component.js';
export { filterJobs, indexJobs, buildFacets, foldText, isClosed } from './data/filter-jobs.js';
export type { JobFilters, FacetName, IndexedJob, FacetOption } from './data/filter-jobs.js';
export { jobPostingLd, jsonLdScriptText } from './data/job-posting-ld.js';
export type { JobPostingLdOptions } from './data/job-posting-ld.js';
export {
  renderDescription,
  renderDescriptionFragment,
  renderDescriptionTrusted,
  TRUSTED_TYPES_POLICY_NAME,
} from './data/render-description.js';
export type { RenderDescriptionOptions } from './data/render-description.js';
export { normalizeFeed } from './data/normalize.js';
export type { FeedFormat, NormalizeOptions, NormalizedFeed } from './data/normalize.js';
export { fetchFeed } from './data/fetch-feed.js';
export type { FetchFeedOptions } from './data/fetch-feed.js';
export { FeedError } from './data/feed-error.js';
export type { FeedErrorReason } from './data/feed-error.js';
export type * from './data/job.js';
export type * from './events.js';
