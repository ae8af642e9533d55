import type { FeedAdapter, JobDraft } from './types.js';
import {
  contractFrom,
  escapeHtml,
  excerpt,
  field,
  isRecord,
  isoDate,
  joinHtml,
  linkTo,
  list,
  named,
  readEach,
  remotePolicy,
  textAt,
  text,
  textList,
} from './fields.js';

/** Lever's postings API (`?mode=json`): a bare array of `{ id, text, categories, hostedUrl... }`. */
export const leverAdapter: FeedAdapter = {
  format: 'lever',
  detect(input) {
    if (!Array.isArray(input)) return false;
    return input
      .slice(0, 5)
      .some(
        (item) =>
          field(item, 'text') !== undefined &&
          (field(item, 'hostedUrl') !== undefined ||
            field(item, 'categories') !== undefined ||
            field(item, 'descriptionPlain') !== undefined),
      );
  },
  read(input, context) {
    return readEach(list(input), context, (raw) => {
      const categories = field(raw, 'categories');
      const allLocations = textList(field(categories, 'allLocations'));
      const location = textAt(categories, 'location');
      const commitment = textAt(categories, 'commitment');
      const team = textAt(categories, 'team');
      const department = textAt(categories, 'department');
      const salary = field(raw, 'salaryRange');
      const sections = list(field(raw, 'lists'))
        .filter(isRecord)
        .map((section) => {
          const heading = text(section.text);
          const items = text(section.content);
          if (!items) return undefined;
          return `${heading ? `<h3>${escapeHtml(heading)}</h3>` : ''}<ul>${items}</ul>`;
        });
      const workplace = textAt(raw, 'workplaceType');
      return {
        id: textAt(raw, 'id'),
        title: textAt(raw, 'text'),
        team: named(team),
        tags: department && department !== team ? [department] : [],
        locations: allLocations.length ? allLocations : location ? [location] : [],
        country: textAt(raw, 'country'),
        remote: workplace && workplace !== 'unspecified' ? remotePolicy(workplace) : undefined,
        contract: contractFrom(commitment),
        // `{ min, max, currency, interval }`: normalizeFeed reads min, max, currency and period.
        salary: (isRecord(salary)
          ? { ...salary, period: salary.interval }
          : undefined) as JobDraft['salary'],
        // Lever dates are epoch milliseconds.
        publishedAt: isoDate(field(raw, 'createdAt')),
        updatedAt: isoDate(field(raw, 'updatedAt')),
        url: textAt(raw, 'hostedUrl'),
        apply: linkTo(textAt(raw, 'applyUrl')),
        descriptionHtml: joinHtml(
          textAt(raw, 'description'),
          ...sections,
          textAt(raw, 'additional'),
        ),
        summary: excerpt(field(raw, 'descriptionPlain')),
      };
    });
  },
};
