/**
 * The readers of a posting's Markdown body that the CLI passes to `betagouvPostingToDraft`:
 * application links and addresses, places, pay and remote work, and the excerpt. Browser-safe,
 * but left out of the widget's bundle for size (see ./posting.ts).
 */
import { findApplyInBody } from './apply.js';
import { findDetailsInBody } from './details.js';
import type { BodyReaders } from './posting.js';
import { markdownExcerpt } from './text.js';

export const bodyReaders: BodyReaders = {
  summary: (body) => markdownExcerpt(body),
  apply: findApplyInBody,
  details: findDetailsInBody,
};
