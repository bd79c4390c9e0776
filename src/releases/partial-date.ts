/**
 * A release date as precise as the source allows: a day, a month or only a year.
 * Stored as plain numbers, never as a `Date`, so no time zone can shift it.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  /** 1 to 12, present for month and day precision. */
  month?: number;
  /** 1 to 31, present for day precision. */
  day?: number;
  precision: DatePrecision;
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `2013-01-31`, `2024-02` or `2024`. A YAML parser may already have turned an unquoted
 * day into a `Date` (at UTC midnight) or a year into a number: both are accepted.
 * Returns an error message instead of a date that does not exist on the calendar.
 */
export function parsePartialDate(value: unknown): PartialDate | string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'is not a valid date';
    if (value.getUTCFullYear() < 1000)
      return `has the year ${value.getUTCFullYear()}, which is not a year of releases (a year has four digits, such as 2013)`;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate(), precision: 'day' };
  }
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY';
  const match = datePattern.exec(text.trim());
  if (!match) return `"${text}" is not written YYYY-MM-DD, YYYY-MM or YYYY`;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  // Dates before the year 1000 are typing mistakes here, and JavaScript's dates read years below 100 as 19xx.
  if (year < 1000) return `"${text}" is not a year of releases (a year has four digits, such as 2013)`;
  if (monthText === undefined) return { year, precision: 'year' };
  const month = Number(monthText);
  if (month < 1 || month > 12) return `"${text}" has no month ${month}: months go from 01 to 12`;
  if (dayText === undefined) return { year, month, precision: 'month' };
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${text}" does not exist: that month has ${daysInMonth} days`;
  return { year, month, day, precision: 'day' };
}

/** Newest first; a less precise date sorts as the start of its period, so "2024" comes after "2024-03-01". */
export function compareNewestFirst(a: PartialDate, b: PartialDate): number {
  return b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || (b.day ?? 0) - (a.day ?? 0);
}

/** `2013-01-31`, `2024-02` or `2024`: the machine-readable form, also valid in `<time datetime>`. */
export function partialDateToIso(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
