import type { FeedAdapter, JobDraft } from './types.js';
import {
  arrayAt,
  contractFrom,
  experienceLevel,
  field,
  isRecord,
  joinHtml,
  linkTo,
  named,
  readEach,
  textAt,
  textList,
} from './fields.js';

/** Recruitee's offers API: `{ offers: [{ id, slug, title, careers_url, salary... }] }`. */
export const recruiteeAdapter: FeedAdapter = {
  format: 'recruitee',
  detect: (input) => arrayAt(input, 'offers') !== undefined,
  read(input, context) {
    return readEach(arrayAt(input, 'offers'), context, (raw) => {
      const location =
        textAt(raw, 'location') ??
        (textList([field(raw, 'city'), field(raw, 'country_code')]).join(', ') || undefined);
      const employment = textAt(raw, 'employment_type_code');
      const salary = field(raw, 'salary');
      const department = textAt(raw, 'department');
      const applyUrl = textAt(raw, 'careers_apply_url');
      const company = textAt(raw, 'company_name');
      return {
        id: textAt(raw, 'id') ?? textAt(raw, 'slug'),
        title: textAt(raw, 'title'),
        organization: named(company),
        team: named(department),
        locations: location ? [location] : [],
        country: textAt(raw, 'country_code'),
        remote:
          field(raw, 'remote') === true
            ? 'full'
            : field(raw, 'hybrid') === true
              ? 'hybrid'
              : field(raw, 'on_site') === true
                ? 'none'
                : undefined,
        contract: contractFrom(employment),
        experience: experienceLevel(field(raw, 'experience_code')),
        // Already `{ min, max, period, currency }`: normalizeFeed reads those keys, no others.
        salary: (isRecord(salary) ? salary : undefined) as JobDraft['salary'],
        tags: textList(field(raw, 'tags')),
        publishedAt: textAt(raw, 'published_at'),
        closesAt: textAt(raw, 'close_at'),
        url: textAt(raw, 'careers_url'),
        apply: linkTo(applyUrl),
        descriptionHtml: joinHtml(textAt(raw, 'description'), textAt(raw, 'requirements')),
      };
    });
  },
};
