import type { FeedAdapter } from './types.js';
import {
  arrayAt,
  contractFrom,
  decodeEntities,
  field,
  isRecord,
  linkTo,
  list,
  named,
  readEach,
  remotePolicy,
  someItemHas,
  textAt,
  text,
  textList,
} from './fields.js';

/** Greenhouse's Job Board API: `{ jobs: [{ id, title, absolute_url, content... }], meta }`. */
export const greenhouseAdapter: FeedAdapter = {
  format: 'greenhouse',
  detect(input) {
    const jobs = arrayAt(input, 'jobs');
    return someItemHas(jobs, 'absolute_url', 'internal_job_id', 'requisition_id');
  },
  read(input, context) {
    return readEach(arrayAt(input, 'jobs'), context, (raw) => {
      const location = textAt(field(raw, 'location'), 'name');
      const metadata = list(field(raw, 'metadata')).filter(isRecord);
      const contractEntry = metadata.find((m) =>
        /employment|contract|contrat|commitment/i.test(String(text(m.name) ?? '')),
      );
      const contractLabel = textList(field(contractEntry, 'value')).join(', ') || undefined;
      const departments = list(field(raw, 'departments')).filter(isRecord);
      const team = text(departments[0]?.name);
      const content = textAt(raw, 'content');
      const organization = textAt(raw, 'company_name');
      const url = textAt(raw, 'absolute_url');
      return {
        id: textAt(raw, 'id'),
        title: textAt(raw, 'title'),
        organization: named(organization),
        team: named(team),
        locations: location ? [location] : [],
        // Greenhouse has no remote field: only a location that says so.
        remote:
          location && /remote|hybrid|t[ée]l[ée]travail/i.test(location)
            ? remotePolicy(location)
            : undefined,
        contract: contractFrom(contractLabel),
        publishedAt: textAt(raw, 'first_published') ?? textAt(raw, 'updated_at'),
        updatedAt: textAt(raw, 'updated_at'),
        url,
        apply: linkTo(url),
        // The content is entity-escaped HTML: decoded once here, sanitized at render.
        descriptionHtml: content ? decodeEntities(content) : undefined,
        // "fr", "en": checked as a BCP 47 tag by normalizeFeed.
        language: raw.language as string,
      };
    });
  },
};
