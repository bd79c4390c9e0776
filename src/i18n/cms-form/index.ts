import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import type { FormText } from './form-text.ts';
import { fr } from './fr.ts';

const formTexts = { en, fr } as const satisfies Record<Locale, FormText>;

/** The words of the editing form in one language. */
export function formText(locale: Locale): FormText {
  return formTexts[locale];
}
