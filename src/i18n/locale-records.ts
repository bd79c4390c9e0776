import type { Locale } from './locales.ts';

/** Everything the site needs to know about one language, apart from its UI strings (`ui/`). */
export interface LocaleRecord {
  /** The language's name written in that language, for the switch and the chooser. */
  name: string;
  /** The language's name in English, for maintainers' reports and prompts. */
  englishName: string;
  /** The BCP 47 tag `Intl` formats dates and numbers with. */
  intl: string;
  /** Open Graph's `og:locale`, which wants an underscore. */
  openGraph: string;
  /** The URL segments of the pages that have a name of their own in each language. */
  segments: { releases: string; browse: string; topics: string; years: string; search: string; offline: string };
  /** File size units, smallest first: French writes octets (Ko, Mo), English bytes (KB, MB). */
  sizeUnits: readonly [string, string, string];
  /** How a date writes the first day of a month: French makes it an ordinal, "1er janvier". */
  firstDayOfMonth: string;
  /** How this language's releases usually write a dateline, for the scaffolder's example. */
  datelineExample: string;
}

export const localeRecords = {
  en: {
    name: 'English',
    englishName: 'English',
    intl: 'en-GB',
    openGraph: 'en_GB',
    segments: { releases: 'news', browse: 'browse', topics: 'topics', years: 'years', search: 'search', offline: 'offline' },
    sizeUnits: ['bytes', 'KB', 'MB'],
    firstDayOfMonth: '1',
    datelineExample: 'LYON, France',
  },
  fr: {
    name: 'Français',
    englishName: 'French',
    intl: 'fr-FR',
    openGraph: 'fr_FR',
    segments: {
      releases: 'actualites',
      browse: 'parcourir',
      topics: 'themes',
      years: 'annees',
      search: 'recherche',
      offline: 'hors-ligne',
    },
    sizeUnits: ['octets', 'Ko', 'Mo'],
    firstDayOfMonth: '1er',
    datelineExample: 'LYON (France)',
  },
} as const satisfies Record<Locale, LocaleRecord>;
