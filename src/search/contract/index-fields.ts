import type { Locale } from '../../i18n/locales.ts';
import { parsePartialDate, partialDateToIso, type PartialDate } from '../../releases/partial-date.ts';
import type { ReleaseType, TopicId } from '../../releases/vocabulary.ts';

/** What one release page tells Pagefind beyond its text: metadata for results, filters, sort keys. */
export interface SearchIndexFields {
  meta: Record<string, string>;
  filters: Record<SearchFacet, string[]>;
  sort: Record<string, string>;
}

export interface IndexedRelease {
  /** The release's slug, the same in every language: the search page shows one result per release. */
  slug: string;
  date: PartialDate;
  type: ReleaseType;
  topics: readonly TopicId[];
  /** The languages the release exists in. */
  languages: readonly Locale[];
}

/** The facets a reader can filter on; each is also the Pagefind filter key. */
export const searchFacets = ['year', 'type', 'topic', 'languages'] as const;
export type SearchFacet = (typeof searchFacets)[number];

/**
 * Metadata, filters and sort keys of one release page, in the page's language `pageLocale`.
 * Every value is an identifier (`2013`, `news`, `customs-cooperation`, `fr`), never words: the
 * search page names them in the reader's language, so each page stores one set of values however
 * many languages read it, and an English reader who includes French releases filters both alike.
 */
export function releaseToSearchFields(release: IndexedRelease, pageLocale: Locale): SearchIndexFields {
  const iso = partialDateToIso(release.date);
  return {
    // `date` keeps the source's precision ("2024" stays a year), so the result shows no invented day.
    meta: { language: pageLocale, release: release.slug, date: iso, type: release.type },
    filters: {
      year: [String(release.date.year)],
      type: [release.type],
      topic: [...release.topics],
      languages: [...release.languages],
    },
    // ISO dates sort as text; a year-only date sorts as the start of its year, as in the news lists.
    sort: { date: iso },
  };
}

/** Reads back the `date` a result's metadata carries; undefined when the index holds no valid date. */
export function indexedDateToPartialDate(indexedDate: string): PartialDate | undefined {
  const date = parsePartialDate(indexedDate);
  return typeof date === 'string' ? undefined : date;
}
