import { formatPartialDate } from '../i18n/format-date.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { partialDateToIso, type PartialDate } from '../releases/partial-date.ts';
import type { ReleaseType, TopicId } from '../releases/vocabulary.ts';

/** What one release page tells Pagefind beyond its text: metadata for results, filters, sort keys. */
export interface SearchIndexFields {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface IndexedRelease {
  date: PartialDate;
  type: ReleaseType;
  topics: readonly TopicId[];
  /** The languages the release exists in. */
  languages: readonly Locale[];
}

/** The facets a reader can filter on; `year` needs no translation, the others are labelled per reader. */
export const searchFacets = ['year', 'type', 'topic', 'languages'] as const;
export type SearchFacet = (typeof searchFacets)[number];

/**
 * The Pagefind filter key of a facet for readers of one language: `year`, `topic_en`, `topic_fr`...
 * A reader who includes the other language's releases merges its index, so every page carries
 * its filter values in both readers' languages, under keys that never collide.
 */
export function facetToFilterKey(facet: SearchFacet, reader: Locale): string {
  return facet === 'year' ? 'year' : `${facet}_${reader}`;
}

/** The metadata key holding a display value written for readers of one language: `date_en`, `type_fr`. */
export function displayMetaKey(field: 'date' | 'type', reader: Locale): string {
  return `${field}_${reader}`;
}

/** Metadata, filters and sort keys of one release page, in the page's language `pageLocale`. */
export function releaseToSearchFields(release: IndexedRelease, pageLocale: Locale): SearchIndexFields {
  const iso = partialDateToIso(release.date);
  const meta: Record<string, string> = { language: pageLocale, date: iso };
  const filters: Record<string, string[]> = { year: [String(release.date.year)] };
  for (const reader of locales) {
    const t = useTranslations(reader);
    meta[displayMetaKey('date', reader)] = formatPartialDate(release.date, reader);
    meta[displayMetaKey('type', reader)] = t(`type.${release.type}`);
    filters[facetToFilterKey('type', reader)] = [t(`type.${release.type}`)];
    filters[facetToFilterKey('topic', reader)] = release.topics.map((topic) => t(`topic.${topic}`));
    filters[facetToFilterKey('languages', reader)] = release.languages.map((language) => t(`lang.${language}`));
  }
  // ISO dates sort as text; a year-only date sorts as the start of its year, as in the news lists.
  return { meta, filters, sort: { date: iso } };
}
