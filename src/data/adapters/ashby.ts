import type { FeedAdapter, JobDraft } from './types.js';
import {
  arrayAt,
  contractFrom,
  excerpt,
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

function compensation(value: unknown): JobDraft['salary'] {
  const components = list(field(value, 'summaryComponents')).filter(isRecord);
  const salary =
    components.find((c) => /salary/i.test(String(c.compensationType ?? ''))) ?? components[0];
  if (salary && (salary.minValue !== undefined || salary.maxValue !== undefined)) {
    return {
      min: salary.minValue,
      max: salary.maxValue,
      currency: salary.currencyCode,
      period: salary.interval,
    } as JobDraft['salary'];
  }
  const summary = textAt(value, 'compensationTierSummary');
  return summary ? { text: summary } : undefined;
}

function postalAddress(value: unknown): string | undefined {
  const address = field(value, 'postalAddress');
  const parts = textList([
    field(address, 'addressLocality'),
    field(address, 'addressRegion'),
    field(address, 'addressCountry'),
  ]);
  return parts.length ? parts.join(', ') : undefined;
}

/** Ashby's posting API: `{ jobs: [{ id, title, jobUrl, employmentType, isListed... }] }`. */
export const ashbyAdapter: FeedAdapter = {
  format: 'ashby',
  detect(input) {
    const jobs = arrayAt(input, 'jobs');
    return someItemHas(
      jobs,
      'jobUrl',
      'isListed',
      'employmentType',
      'secondaryLocations',
      'isRemote',
    );
  },
  read(input, context) {
    return readEach(arrayAt(input, 'jobs'), context, (raw, index) => {
      const title = textAt(raw, 'title');
      if (field(raw, 'isListed') === false) {
        context.warn('skipped: it is not listed (isListed: false).', index, title);
        return undefined;
      }
      const locations = textList([
        field(raw, 'location'),
        ...list(field(raw, 'secondaryLocations')).map((l) => field(l, 'location')),
      ]);
      const address = postalAddress(field(raw, 'address'));
      const team = textAt(raw, 'team') ?? textAt(raw, 'department');
      const department = textAt(raw, 'department');
      const employment = textAt(raw, 'employmentType');
      const workplace = textAt(raw, 'workplaceType');
      const applyUrl = textAt(raw, 'applyUrl');
      return {
        id: textAt(raw, 'id'),
        title,
        team: named(team),
        tags: department && department !== team ? [department] : [],
        locations: locations.length ? locations : address ? [address] : [],
        country: text(field(field(field(raw, 'address'), 'postalAddress'), 'addressCountry')),
        remote: workplace
          ? remotePolicy(workplace)
          : field(raw, 'isRemote') === true
            ? 'full'
            : undefined,
        contract: contractFrom(employment),
        salary: compensation(field(raw, 'compensation')),
        publishedAt: textAt(raw, 'publishedAt'),
        url: textAt(raw, 'jobUrl'),
        apply: linkTo(applyUrl),
        descriptionHtml: textAt(raw, 'descriptionHtml'),
        summary: excerpt(field(raw, 'descriptionPlain')),
      };
    });
  },
};
