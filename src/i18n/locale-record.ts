/** Everything the site needs to know about one language, apart from its UI strings (`ui/`). */
export interface LocaleRecord {
  /** The language's code: its content folder, its URL prefix, its `lang` and `hreflang`. */
  code: string;
  /** The language's name written in that language, for the switch and the chooser. */
  name: string;
  /** The language's name in English, for maintainers' reports and prompts. */
  englishName: string;
  /** The BCP 47 tag `Intl` formats dates, numbers, plurals and language names with. */
  intl: string;
  /** Open Graph's `og:locale`, which wants an underscore. */
  openGraph: string;
  /** The direction the language is written in, for `<html dir>` and every `lang` span. */
  dir: 'ltr' | 'rtl';
  /** The URL segments of the pages that have a name of their own in each language. */
  segments: {
    releases: string;
    browse: string;
    topics: string;
    years: string;
    search: string;
    offline: string;
    pressOffice: string;
    legal: string;
    privacy: string;
    accessibility: string;
  };
  /** The typographic rules the site sets this language's text with (src/typography/): French spacing, or none beyond the text's own. */
  typography: 'french' | 'none';
  /** File size units, smallest first: French writes octets (Ko, Mo), English bytes (KB, MB). */
  sizeUnits: readonly [string, string, string];
  /** How a date writes the first day of a month: French makes it an ordinal, "1er janvier". */
  firstDayOfMonth: string;
  /** How this language's releases usually write a dateline, for the scaffolder's example. */
  datelineExample: string;
  /**
   * Small words the language's sentences are full of, spelt differently in the site's other
   * languages: the content check's quick test that a text is in its folder's language. Without
   * them every text of the language goes to the language detector, which is slower, not wrong.
   */
  functionWords?: readonly string[];
}

/** What the reader's browser needs of a record to format dates: passed in the page, never imported. */
export type DateRecord = Pick<LocaleRecord, 'intl' | 'firstDayOfMonth'>;
