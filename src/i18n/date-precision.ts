import type { PartialDate } from '../releases/partial-date.ts';
import type { Translate } from './translate.ts';

/** "exact date not known" for a year, "exact day not known" for a month, nothing for a full date: said alike on pages, in results and in feeds. */
export function datePrecisionNote(date: PartialDate, t: Translate): string | undefined {
  if (date.precision === 'year') return t('date.yearOnly');
  if (date.precision === 'month') return t('date.monthOnly');
  return undefined;
}
