import type { FeedAdapter } from './types.js';
import {
  arrayAt,
  contractFrom,
  experienceLevel,
  field,
  joinHtml,
  linkTo,
  list,
  named,
  readEach,
  someItemHas,
  textAt,
  textList,
} from './fields.js';

const place = (value: unknown): string | undefined =>
  textList([
    field(value, 'city'),
    field(value, 'region') ?? field(value, 'state'),
    field(value, 'country'),
  ]).join(', ') || undefined;

/** Workable's widget API (`?details=true`): `{ name, jobs: [{ title, shortcode, url... }] }`. */
export const workableAdapter: FeedAdapter = {
  format: 'workable',
  detect(input) {
    const jobs = arrayAt(input, 'jobs');
    return someItemHas(jobs, 'shortcode', 'telecommuting', 'application_url');
  },
  read(input, context) {
    const organization = textAt(input, 'name');
    return readEach(arrayAt(input, 'jobs'), context, (raw) => {
      const locations = textList(list(field(raw, 'locations')).map(place));
      const main = place(raw);
      const employment = textAt(raw, 'employment_type');
      const department = textAt(raw, 'department');
      const applyUrl = textAt(raw, 'application_url');
      return {
        id: textAt(raw, 'shortcode') ?? textAt(raw, 'id'),
        title: textAt(raw, 'title'),
        organization: named(organization),
        team: named(department),
        locations: locations.length ? locations : main ? [main] : [],
        country: textAt(raw, 'country'),
        remote: field(raw, 'telecommuting') === true ? 'full' : undefined,
        contract: contractFrom(employment),
        experience: experienceLevel(field(raw, 'experience')),
        publishedAt: textAt(raw, 'published_on') ?? textAt(raw, 'created_at'),
        url: textAt(raw, 'url'),
        apply: linkTo(applyUrl),
        descriptionHtml: joinHtml(
          textAt(raw, 'description'),
          textAt(raw, 'requirements'),
          textAt(raw, 'benefits'),
        ),
      };
    });
  },
};
