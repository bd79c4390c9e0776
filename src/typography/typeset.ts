import { localeToRecord, type Locale } from '../i18n/locales.ts';
import { typesetFrench } from './french.ts';

const typesetters = { french: typesetFrench, none: (text: string) => text } as const;

/** A text of one language set with that language's rules (its record's `typography`): UI strings, titles, a text node. */
export function typesetText(text: string, locale: Locale): string {
  return typesetters[localeToRecord(locale).typography](text);
}
