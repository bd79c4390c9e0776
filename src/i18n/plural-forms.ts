import { localeToDictionary, localeToRecord, type Locale } from './locales.ts';
import type { Dictionary } from './ui/en.ts';

/** A message with a form per plural category: its keys are `<stem>.<category>`. */
type PluralStem = 'search.summary' | 'search.summaryAbout' | 'search.summaryAtLeast';

/**
 * The forms of a message for every plural category `Intl.PluralRules` gives the language, by
 * category; a dictionary missing one its language needs is a build error, never a wrong form.
 */
export function pluralForms(locale: Locale, stem: PluralStem): Partial<Record<Intl.LDMLPluralRule, string>> {
  const dictionary: Partial<Record<string, string>> = localeToDictionary(locale) satisfies Dictionary;
  const categories = new Intl.PluralRules(localeToRecord(locale).intl).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.map((category) => {
      const form = dictionary[`${stem}.${category}`];
      if (form === undefined)
        throw new Error(`ui/${locale}.ts needs "${stem}.${category}": ${locale} has the plural categories ${categories.join(', ')}.`);
      return [category, form];
    }),
  );
}
