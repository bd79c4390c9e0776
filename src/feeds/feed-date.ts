import type { PartialDate } from '../releases/partial-date.ts';

/**
 * RSS wants a full date and feed readers order by it, but some releases give only a month or a
 * year. Such a release is dated at the start of its period, as the news lists sort it, so feed and
 * list agree; its description then opens with the date as known ("2024 (exact date not known)").
 */
export function feedDate(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}
