import type { PartialDate } from '../releases/partial-date.ts';
import { localeRecords } from './locale-records.ts';
import { type Locale } from './locales.ts';

// Creating an Intl.DateTimeFormat costs far more than using one: a build formats tens of
// thousands of dates, so each language's two formatters are made once.
const formatters = {
  month: (locale: Locale) => new Intl.DateTimeFormat(localeRecords[locale].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: (locale: Locale) =>
    new Intl.DateTimeFormat(localeRecords[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(precision: keyof typeof formatters, locale: Locale): Intl.DateTimeFormat {
  const key = `${precision}:${locale}`;
  let formatter = formatterCache.get(key);
  if (!formatter) formatterCache.set(key, (formatter = formatters[precision](locale)));
  return formatter;
}

/**
 * "31 January 2013" / "31 janvier 2013", "February 2024" / "février 2024", or "2024".
 * Formats in UTC from plain numbers, so the build machine's time zone never shifts a day.
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  if (date.month === undefined) return String(date.year);
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  if (date.day === undefined) {
    return formatterFor('month', locale).format(utc);
  }
  const formatted = formatterFor('day', locale).format(utc);
  return date.day === 1 ? formatted.replace(/^1 /, `${localeRecords[locale].firstDayOfMonth} `) : formatted;
}
