import type { PartialDate } from '../releases/partial-date.ts';
import type { Locale } from './locales.ts';

const intlLocale = { en: 'en-GB', fr: 'fr-FR' } as const satisfies Record<Locale, string>;

/**
 * "31 January 2013" / "31 janvier 2013", "February 2024" / "février 2024", or "2024".
 * Formats in UTC from plain numbers, so the build machine's time zone never shifts a day.
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  if (date.month === undefined) return String(date.year);
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  if (date.day === undefined) {
    return new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
  }
  const formatted = new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
  // French writes the first day of a month as an ordinal: "1er janvier".
  return locale === 'fr' && date.day === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}
