import type { RemotePolicy } from '../job.js';
import type { FeedAdapter, JobDraft } from './types.js';
import {
  arrayAt,
  contractKind,
  field,
  firstField,
  isRecord,
  isoDate,
  joinHtml,
  linkTo,
  list,
  named,
  readEach,
  someItemHas,
  textAt,
  text,
} from './fields.js';

const WTTJ_REMOTE: Record<string, RemotePolicy> = {
  fulltime: 'full',
  full: 'full',
  partial: 'hybrid',
  punctual: 'hybrid',
  no: 'none',
};

/** Welcome to the Jungle's embed API: `{ name, jobs: [{ reference, name, websites_urls... }] }`. */
export const wttjAdapter: FeedAdapter = {
  format: 'wttj',
  detect(input) {
    const jobs = arrayAt(input, 'jobs');
    return someItemHas(jobs, 'websites_urls', 'contract_type', 'recruitment_process', 'office');
  },
  read(input, context) {
    const organization = textAt(input, 'name');
    return readEach(arrayAt(input, 'jobs'), context, (raw) => {
      const urls = list(raw.websites_urls).filter(isRecord);
      const page = urls.find((u) => /wttj|jungle/i.test(String(u.reference ?? ''))) ?? urls[0];
      const contractType = field(raw, 'contract_type');
      const contractLabel = isRecord(contractType)
        ? (text(contractType.fr) ?? text(contractType.en))
        : text(contractType);
      const contractCode = isRecord(contractType) ? text(contractType.en) : contractLabel;
      const salary = field(raw, 'salary');
      const office = field(raw, 'office');
      const city = textAt(office, 'city');
      const country = textAt(office, 'country') ?? textAt(office, 'country_code');
      const created = field(raw, 'created_at');
      const remote = textAt(raw, 'remote');
      return {
        id: text(firstField(raw, 'reference', 'id', 'slug')),
        title: textAt(raw, 'name'),
        organization: named(organization),
        team: named(textAt(field(raw, 'department'), 'name')),
        locations: city ? [country ? `${city}, ${country}` : city] : country ? [country] : [],
        country: textAt(office, 'country_code') ?? country,
        remote: remote ? WTTJ_REMOTE[remote.toLowerCase()] : undefined,
        contract: contractLabel
          ? {
              kind: contractKind(contractCode) ?? contractKind(contractLabel) ?? 'other',
              label: contractLabel,
            }
          : undefined,
        // Its `currency` and `period` as they are (normalizeFeed checks them); the amounts under
        // either name.
        salary: (isRecord(salary)
          ? {
              ...salary,
              min: firstField(salary, 'min', 'salary_min'),
              max: firstField(salary, 'max', 'salary_max'),
            }
          : undefined) as JobDraft['salary'],
        publishedAt:
          isoDate(field(raw, 'published_at')) ?? isoDate(created) ?? isoDate(field(created, 'en')),
        startsAt: isoDate(field(raw, 'start_date')),
        url: textAt(page, 'url'),
        apply: linkTo(textAt(page, 'url')),
        descriptionHtml: joinHtml(
          textAt(raw, 'description'),
          textAt(raw, 'profile'),
          textAt(raw, 'recruitment_process'),
        ),
        // Documented on the job of WTTJ's Jobs API ("en"); checked by normalizeFeed.
        language: raw.language as string,
      };
    });
  },
};
