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
  text,
  textList,
} from './fields.js';

/** Recruitee's offers API: `{ offers: [{ id, slug, title, careers_url, salary... }] }`. */
export const recruiteeAdapter: FeedAdapter = {
  format: 'recruitee',
  detect: (input) => arrayAt(input, 'offers') !== undefined,
  read(input, context) {
    return readEach(arrayAt(input, 'offers'), context, (raw) => {
      const location =
        text(field(raw, 'location')) ??
        (textList([field(raw, 'city'), field(raw, 'country_code')]).join(', ') || undefined);
      const employment = text(field(raw, 'employment_type_code'));
      const salary = field(raw, 'salary');
      const department = text(field(raw, 'department'));
      const applyUrl = text(field(raw, 'careers_apply_url'));
      const company = text(field(raw, 'company_name'));
      return {
        id: text(field(raw, 'id')) ?? text(field(raw, 'slug')),
        title: text(field(raw, 'title')),
        organization: named(company),
        team: named(department),
        locations: location ? [location] : [],
        country: text(field(raw, 'country_code')),
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
        salary: isRecord(salary)
          ? ({
              min: salary.min,
              max: salary.max,
              currency: salary.currency,
              period: salary.period,
            } as JobDraft['salary'])
          : undefined,
        tags: textList(field(raw, 'tags')),
        publishedAt: text(field(raw, 'published_at')),
        closesAt: text(field(raw, 'close_at')),
        url: text(field(raw, 'careers_url')),
        apply: linkTo(applyUrl),
        descriptionHtml: joinHtml(
          text(field(raw, 'description')),
          text(field(raw, 'requirements')),
        ),
      };
    });
  },
};
