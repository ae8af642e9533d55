import type { FeedAdapter, JobDraft } from './types.js';
import { arrayAt, field, isRecord, readEach } from './fields.js';

/** Every field of a careers feed v1 job, copied as is: `normalizeFeed` checks them all. */
const JOB_FIELDS = [
  'id',
  'title',
  'organization',
  'team',
  'roles',
  'locations',
  'remote',
  'contract',
  'salary',
  'experience',
  'tags',
  'publishedAt',
  'updatedAt',
  'closesAt',
  'startsAt',
  'open',
  'apply',
  'url',
  'description',
  'descriptionHtml',
  'summary',
] as const;

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
    return readEach(jobsOf(input), context, (raw) => {
      const draft: Record<string, unknown> = {};
      for (const key of JOB_FIELDS) {
        const value = field(raw, key);
        if (value !== undefined) draft[key] = value;
      }
      if (draft.organization === undefined && feedOrganization !== undefined) {
        draft.organization = feedOrganization;
      }
      return draft as JobDraft;
    });
  },
};
