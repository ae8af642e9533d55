/**
 * Readers of a posting's Markdown body for `betagouvPostingToDraft`. The widget's adapter uses
 * `widgetBodyReaders` (excerpt, where to apply); the CLI uses `bodyReaders`, which also reads
 * places, pay and remote work from labelled lines (kept out of the widget's bundle for size).
 */
import { findApplyInBody } from './apply.js';
import { findDetailsInBody } from './details.js';
import type { BodyReaders } from './posting.js';
import { markdownExcerpt } from './text.js';

export const widgetBodyReaders: BodyReaders = {
  summary: (body) => markdownExcerpt(body),
  apply: findApplyInBody,
};

export const bodyReaders: BodyReaders = {
  ...widgetBodyReaders,
  details(body) {
    const { locations, remote, salaryText } = findDetailsInBody(body);
    return { locations, remote, salary: salaryText ? { text: salaryText } : undefined };
  },
};
