import { localeToLanguageValues } from './language-names.ts';
import { localeToDictionary, type Locale } from './locales.ts';
import { fillPlaceholders } from './placeholders.ts';
import { typesetText } from '../typography/typeset.ts';
import type { UiKey } from './ui/en.ts';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * Returns `t(key, values)` for one language; `{name}` placeholders are filled from `values`, and
 * the language placeholders (`{language}`, `{otherLanguages}`...) from the records unless `values` names them;
 * the result is set in the language's typography (French spacing), as every UI string is.
 */
export function useTranslations(locale: Locale): Translate {
  const dictionary = localeToDictionary(locale);
  return (key, values = {}) =>
    typesetText(fillPlaceholders(dictionary[key], { ...localeToLanguageValues(locale), ...values }, `UI string "${key}"`), locale);
}
