import type { FeedAdapter, JobDraft } from './types.js';
import { arrayAt, field, isRecord, readEach } from './fields.js';

const jobsOf = (input: unknown): unknown[] | undefined =>
  Array.isArray(input) ? input : arrayAt(input, 'jobs');

/** The native careers feed v1: `{ version: 1, organization, jobs }`, or a bare array of jobs. */
export const careersAdapter: FeedAdapter = {
  format: 'careers',
  detect: (input) => jobsOf(input) !== undefined,
  read(input, context) {
    const version = field(input, 'version');
    if (isRecord(input) && version !== undefined && version !== 1) {
      context.warn(`Feed version ${JSON.stringify(version)} is not 1: read as version 1.`);
    }
    // A job is already in the draft's shape: `normalizeFeed` reads its fields (own properties
    // only) and checks them all. Only the feed's organization and language may have to be
    // added: a job's own (even `null`) wins. A job that lacks neither is not copied (a copy
    // per posting was a sixth of reading a large feed).
    const organization = field(input, 'organization');
    const language = field(input, 'language');
    const lacks = (raw: object, key: string, value: unknown) =>
      value !== undefined && !Object.hasOwn(raw, key);
    return readEach(jobsOf(input), context, (raw) =>
      lacks(raw, 'organization', organization) || lacks(raw, 'language', language)
        ? ({ organization, language, ...raw } as JobDraft)
        : raw,
    );
  },
};
