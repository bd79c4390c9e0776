/** The two languages of the newsroom, declared once. */
export const locales = ['en', 'fr'] as const;

export type Locale = (typeof locales)[number];

/**
 * The language the organisation works in first. It frames the pages both languages share (the
 * chooser, the bilingual 404 page), and a release in both languages was written in it first, so
 * JSON-LD calls its page the original and the other the translation.
 */
export const primaryLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language: a site of two languages always has exactly one. */
export function otherLocale(locale: Locale): Locale {
  const [first, second] = locales;
  return locale === first ? second : first;
}

/** Reads the language from the first folder of a content id such as `fr/my-release`; throws rather than guess. */
export function idToLocale(id: string): Locale {
  const folder = id.split('/')[0];
  if (!isLocale(folder)) {
    throw new Error(
      `"${id}" is not under ${locales.map((locale) => `content/${locale}/`).join(' or ')}: every release file must be in one of those folders.`,
    );
  }
  return folder;
}
