import { localeToRecord, type Locale } from './locales.ts';

/**
 * The `dir` of an element in `locale` inside text in `surrounding`: set only where the direction
 * changes (an Arabic name on an English page), since an element inherits its parent's.
 */
export function localeToDirWithin(locale: Locale, surrounding: Locale): 'ltr' | 'rtl' | undefined {
  const { dir } = localeToRecord(locale);
  return dir === localeToRecord(surrounding).dir ? undefined : dir;
}
