import type { Translation } from './fr.js';

/** English UI strings. */
export const en: Translation = {
  loading: 'Loading job openings…',
  errorTitle: 'The job openings could not be loaded.',
  retry: 'Retry',
  empty: 'No openings right now.',
  jobCount: (n: number) => (n === 0 ? 'No openings' : n === 1 ? '1 opening' : `${n} openings`),
  closed: 'Filled',
};
