import { locales, localesOtherThan, localeToDictionary, localeToRecord, type Locale } from './locales.ts';
import { fillPlaceholders } from './placeholders.ts';

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** "French" on an English page, "anglais" on a French one: from Intl's data for the reader's record, never typed by hand. */
export function localeToName(locale: Locale, inLocale: Locale): string {
  let names = displayNames.get(inLocale);
  if (!names)
    displayNames.set(inLocale, (names = new Intl.DisplayNames(localeToRecord(inLocale).intl, { type: 'language', fallback: 'none' })));
  const name = names.of(localeToRecord(locale).intl.split('-')[0]!);
  if (!name) throw new Error(`Intl has no name for "${locale}" in "${inLocale}": check the records' \`intl\` tags.`);
  return name;
}

/** The placeholders a UI string of `inLocale` may use to name languages: `{language}`, `{languages}`... */
export interface LanguageValues {
  /** The page's own language: "English". */
  language: string;
  /** Every language, the page's first: "English and French". */
  languages: string;
  /** Every language with the dictionary's preposition: "in English and in French", "en français et en anglais". */
  inLanguages: string;
  /** Every other language: "French", or "French and Spanish". */
  otherLanguages: string;
  /** Any other language: "French", or "French or Spanish". */
  anyOtherLanguage: string;
  /** All of them: "both languages", "all 3 languages". */
  everyLanguage: string;
}

const valuesByLocale = new Map<Locale, LanguageValues>();

/** The language placeholders of one dictionary, worked out once per build. */
export function localeToLanguageValues(inLocale: Locale): LanguageValues {
  let values = valuesByLocale.get(inLocale);
  if (values) return values;
  const { intl } = localeToRecord(inLocale);
  const dictionary = localeToDictionary(inLocale);
  const name = (locale: Locale) => localeToName(locale, inLocale);
  const ownFirst = [inLocale, ...localesOtherThan(inLocale)];
  const and = new Intl.ListFormat(intl, { type: 'conjunction' });
  const or = new Intl.ListFormat(intl, { type: 'disjunction' });
  const others = localesOtherThan(inLocale).map(name);
  values = {
    language: name(inLocale),
    languages: and.format(ownFirst.map(name)),
    inLanguages: and.format(ownFirst.map((locale) => fillPlaceholders(dictionary['lang.in'], { language: name(locale) }))),
    otherLanguages: and.format(others),
    anyOtherLanguage: or.format(others),
    everyLanguage:
      locales.length === 2
        ? dictionary['languages.both']
        : fillPlaceholders(dictionary['languages.every'], { count: new Intl.NumberFormat(intl).format(locales.length) }),
  };
  valuesByLocale.set(inLocale, values);
  return values;
}

/** "French", "French and Spanish": the languages a release exists in, when the reader's is not one of them. */
export function onlyIn(inLocale: Locale, languages: readonly Locale[]): string {
  return new Intl.ListFormat(localeToRecord(inLocale).intl, { type: 'conjunction' }).format(
    languages.map((locale) => localeToName(locale, inLocale)),
  );
}
