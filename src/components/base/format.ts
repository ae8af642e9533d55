/** Dates, money and enum labels in the visitor's language, through Intl (formatters cached). */
import type { Contract, Salary } from '../../data/job.js';
import type { Translation } from '../../i18n/index.js';
import { parseDate } from '../../data/filter-jobs.js';

const DAY = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * "25 novembre 2026" / "25 November 2026". French writes the first of a month as an ordinal,
 * "1er novembre 2026", which Intl does not (its French day is the number alone).
 */
export function formatDate(iso: string | undefined, t: Translation): string | undefined {
  const date = parseDate(iso);
  if (!date) return undefined;
  const text = dateFormat(t).format(date);
  return t.locale === 'fr-FR' ? text.replace(/^1 /, '1er ') : text;
}

const dateFormat = (t: Translation) =>
  cached(`date:${t.locale}`, () => new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }));

const relativeFormat = (t: Translation) =>
  cached(`rel:${t.locale}`, () => new Intl.RelativeTimeFormat(t.locale, { numeric: 'auto' }));

/**
 * Makes the date formatters of a language ahead of use. Building the first Intl formatter of a
 * kind loads its locale data: several milliseconds each on a fast laptop, many more on a cheap
 * phone. The board calls this in idle time while its feed loads, so the first cards do not.
 */
export function warmFormatters(t: Translation): void {
  relativeFormat(t);
  dateFormat(t);
}

const midnight = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/**
 * "il y a 3 jours", "hier", "3 weeks ago": calendar days between the date and today. A date
 * after today (a feed written in a time zone ahead, a wrong clock) reads "today", never
 * "published tomorrow".
 */
export function formatRelative(
  iso: string | undefined,
  t: Translation,
  now: Date = new Date(),
): string | undefined {
  const date = parseDate(iso);
  if (!date) return undefined;
  const days = Math.min(0, Math.round((midnight(date).getTime() - midnight(now).getTime()) / DAY));
  const rtf = relativeFormat(t);
  const size = Math.abs(days);
  if (size < 7) return rtf.format(days, 'day');
  if (size < 30) return rtf.format(Math.round(days / 7), 'week');
  if (size < 365) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

/**
 * "45 000–55 000 € par an" ("45 000 € – 55 000 €" where `formatRange` is missing), or the
 * source's own words, whose figures keep to one line: the plain spaces between digit groups and
 * before a currency sign do not break ("48 000 €", never "48" at a line's end and "000 €" on the
 * next).
 */
export function formatSalary(salary: Salary | undefined, t: Translation): string | undefined {
  if (!salary) return undefined;
  if (salary.text !== undefined) return salary.text.replace(/(?<=\d) (?=\d{3}\b|[€$£])/g, '\u00a0');
  const { min, max, currency, period } = salary;
  if (min === undefined && max === undefined) return undefined;
  let number: Intl.NumberFormat;
  try {
    number = cached(
      `num:${t.locale}:${currency ?? ''}`,
      () =>
        new Intl.NumberFormat(
          t.locale,
          currency
            ? { style: 'currency', currency, maximumFractionDigits: 0 }
            : { maximumFractionDigits: 0 },
        ),
    );
  } catch {
    // An unknown currency code: numbers alone, then the code.
    number = cached(`num:${t.locale}`, () => new Intl.NumberFormat(t.locale));
  }
  const amount =
    min !== undefined && max !== undefined && min !== max
      ? // Chrome 105 and Firefox before 116 lack formatRange: both figures in full there.
        (number.formatRange?.(min, max) ?? `${number.format(min)}\u00a0– ${number.format(max)}`)
      : number.format((min ?? max)!);
  const withCode =
    currency && number.resolvedOptions().style !== 'currency' ? `${amount} ${currency}` : amount;
  return period ? `${withCode} ${t.salaryPeriod[period]}` : withCode;
}

/** The contract's kind in the UI's words. */
export function formatContract(contract: Contract | undefined, t: Translation): string | undefined {
  return contract && t.contractKinds[contract.kind];
}

/** A `datetime` attribute value for a `<time>` element, when the date is readable. */
export function machineDate(iso: string | undefined): string | undefined {
  return parseDate(iso) ? iso : undefined;
}
