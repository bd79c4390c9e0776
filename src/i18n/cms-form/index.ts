import { localeToLanguage, type Locale } from '../locales.ts';
import type { FormText } from './form-text.ts';

/** The words of the editing form in one language: part of the language's entry in the site's list (site-languages.ts). */
export function formText(locale: Locale): FormText {
  return localeToLanguage(locale).form;
}
