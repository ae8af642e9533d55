/** The date forms found in beta.gouv.fr front matter, read into ISO 8601. Browser-safe. */
import { isoDate } from '../adapters/fields.js';

/** `18/03/2024`, `18-03-2024`, `18.03.2024`: day, month, year, as written in French. */
export const DAY_MONTH_YEAR = /^(\d\d?)([/.-])(\d\d?)\2(\d{4})$/;

/**
 * `2021-10-18` stays a date; `2021-11-24T11:04:26.278Z`, `2022-06-27T09:00:00` (no time zone)
 * and `2021-11-24T9:04` (one-digit hour) become ISO date-times; `18/03/2024` (day first, see
 * `DAY_MONTH_YEAR`) and `2024-3-18` become `2024-03-18`. Anything else is `undefined`, not
 * guessed: `03/04/2024` read month first, or `6 mars 2024` read at midnight in the machine's time
 * zone (a day early in UTC from Paris), would be wrong.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(DAY_MONTH_YEAR, '$4-$3-$1')
    .replace(/-(\d)\b/g, '-0$1');
  return /^\d{4}-\d\d-\d\d/.test(text) ? isoDate(text) : undefined;
}

/** The `YYYY-MM-DD` a Jekyll post's file name starts with, if any. */
export function fileNameDate(file: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(file.split(/[\\/]/).pop() ?? file);
  return match ? readDate(match[1]) : undefined;
}

/**
 * Milliseconds since the epoch of an ISO date or date-time. A date alone ends once that day is
 * over everywhere on Earth (UTC-12 is the last to leave it): a posting read before then is not
 * closed for anyone yet, and its `closesAt` closes it at the end of that day where each visitor
 * is (`isClosed`).
 */
export function endOfDateMs(iso: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T23:59:59.999-12:00` : iso);
}
