import type { Locale } from './locales.ts';
import { fillPlaceholders } from './placeholders.ts';
import { en, type UiKey } from './ui/en.ts';
import { fr } from './ui/fr.ts';

const dictionaries = { en, fr } as const satisfies Record<Locale, Record<UiKey, string>>;

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns `t(key, values)` for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary: Record<UiKey, string> = dictionaries[locale];
  return (key, values = {}) => fillPlaceholders(dictionary[key], values, `UI string "${key}"`);
}
