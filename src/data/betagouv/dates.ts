/** The date forms found in beta.gouv.fr front matter, read into ISO 8601. Browser-safe. */

const pad = (value: string | number) => String(value).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * `2021-10-18` stays a date; `2021-11-24T11:04:26.278Z`, `2022-06-27T09:00:00` (no time zone:
 * read as UTC), `2021-11-24 9:04` and `T9:...` (one-digit hour) become an ISO date-time in UTC;
 * `24/11/2021` is read day first. Anything else is `undefined`.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\u00a0/g, ' ');
  const day = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (day) {
    const [year, month, date] = [+day[1], +day[2], +day[3]];
    return validDay(year, month, date) ? `${year}-${pad(month)}-${pad(date)}` : undefined;
  }
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french) {
    const [date, month, year] = [+french[1], +french[2], +french[3]];
    return validDay(year, month, date) ? `${year}-${pad(month)}-${pad(date)}` : undefined;
  }
  const time =
    /^(\d{4})-(\d{1,2})-(\d{1,2})[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      text,
    );
  if (!time) return undefined;
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone = 'Z'] = time;
  if (!validDay(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) return undefined;
  const offset =
    zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.length === 3
        ? `${zone}:00`
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = new Date(
    `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${s}${fraction.slice(0, 4)}${offset}`,
  );
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** The `YYYY-MM-DD` a Jekyll post's file name starts with, if any. */
export function fileNameDate(file: string): string | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(name);
  return match ? readDate(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

/** Milliseconds since the epoch of an ISO date or date-time (a date alone ends at 23:59:59 UTC). */
export function endOfDateMs(iso: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T23:59:59.999Z`) : Date.parse(iso);
}
