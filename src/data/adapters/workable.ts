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
  text,
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
    const organization = text(field(input, 'name'));
    return readEach(arrayAt(input, 'jobs'), context, (raw) => {
      const locations = textList(list(field(raw, 'locations')).map(place));
      const main = place(raw);
      const employment = text(field(raw, 'employment_type'));
      const department = text(field(raw, 'department'));
      const applyUrl = text(field(raw, 'application_url'));
      return {
        id: text(field(raw, 'shortcode')) ?? text(field(raw, 'id')),
        title: text(field(raw, 'title')),
        organization: named(organization),
        team: named(department),
        locations: locations.length ? locations : main ? [main] : [],
        country: text(field(raw, 'country')),
        remote: field(raw, 'telecommuting') === true ? 'full' : undefined,
        contract: contractFrom(employment),
        experience: experienceLevel(field(raw, 'experience')),
        publishedAt: text(field(raw, 'published_on')) ?? text(field(raw, 'created_at')),
        url: text(field(raw, 'url')),
        apply: linkTo(applyUrl),
        descriptionHtml: joinHtml(
          text(field(raw, 'description')),
          text(field(raw, 'requirements')),
          text(field(raw, 'benefits')),
        ),
        tags: [],
      };
    });
  },
};
