import type { FeedAdapter, JobDraft } from './types.js';
import { arrayAt, field, isRecord, readEach } from './fields.js';

const jobsOf = (input: unknown): unknown[] | undefined =>
  Array.isArray(input) ? input : arrayAt(input, 'jobs');

/** The native careers feed v1: `{ version: 1, organization, jobs }`, or a bare array of jobs. */
export const careersAdapter: FeedAdapter = {
  format: 'careers',
  detect: (input) => jobsOf(input) !== undefined,
  read(input, context) {
    const feedOrganization = field(input, 'organization');
    const version = field(input, 'version');
    if (isRecord(input) && version !== undefined && version !== 1) {
      context.warn(`Feed version ${JSON.stringify(version)} is not 1: read as version 1.`);
    }
    // A job is already in the draft's shape: `normalizeFeed` reads its fields (own properties
    // only) and checks them all. Only the feed's organization may have to be added.
    return readEach(jobsOf(input), context, (raw) =>
      feedOrganization !== undefined && field(raw, 'organization') === undefined
        ? ({ ...raw, organization: feedOrganization } as JobDraft)
        : (raw as JobDraft),
    );
  },
};
