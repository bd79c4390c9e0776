import type { PartialDate } from '../releases/partial-date.ts';
import type { DateRecord } from './locale-record.ts';

// Creating an Intl.DateTimeFormat costs far more than using one: a build formats tens of
// thousands of dates, so each language's two formatters are made once.
const formatters = {
  month: (intl: string) => new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: (intl: string) => new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(precision: keyof typeof formatters, intl: string): Intl.DateTimeFormat {
  const key = `${precision}:${intl}`;
  let formatter = formatterCache.get(key);
  if (!formatter) formatterCache.set(key, (formatter = formatters[precision](intl)));
  return formatter;
}

/**
 * "31 January 2013" / "31 janvier 2013", "February 2024" / "février 2024", or "2024", as the
 * language's record says (the browser gets the record from the page, so this imports no language).
 * Formats in UTC from plain numbers, so the build machine's time zone never shifts a day.
 */
export function formatPartialDate(date: PartialDate, record: DateRecord): string {
  if (date.month === undefined) return String(date.year);
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  if (date.day === undefined) {
    return formatterFor('month', record.intl).format(utc);
  }
  const formatted = formatterFor('day', record.intl).format(utc);
  return date.day === 1 ? formatted.replace(/^1 /, `${record.firstDayOfMonth} `) : formatted;
}
