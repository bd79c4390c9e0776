import type { Locale } from '../i18n/locales.ts';
import { languagesOf, type LocalizedEntry, type Release } from './pairing.ts';
import { compareNewestFirst, type PartialDate } from './partial-date.ts';

export const releasesPerPage = 20;

interface DatedEntry extends LocalizedEntry {
  data: { date: PartialDate };
}

/** One line of a news list: the release in the list's language, or in the first of its own when it has none in the list's. */
export interface ListItem<Entry extends DatedEntry> {
  slug: string;
  /** The version shown and linked to. */
  entry: Entry;
  /** The language of `entry`: the list's own, or another for a release not translated into it. */
  locale: Locale;
  languages: Locale[];
}

/** Every release, newest first, each in the list's language where it exists. Ties are ordered by slug so builds are stable. */
export function newsListItems<Entry extends DatedEntry>(releases: readonly Release<Entry>[], locale: Locale): ListItem<Entry>[] {
  const items = releases.map((release) => {
    const languages = languagesOf(release);
    const shownLocale = release.versions[locale] ? locale : languages[0];
    const entry = shownLocale && release.versions[shownLocale];
    if (!shownLocale || !entry) throw new Error(`Release "${release.slug}" has no file in any language.`);
    return { slug: release.slug, entry, locale: shownLocale, languages };
  });
  return items.sort((a, b) => compareNewestFirst(a.entry.data.date, b.entry.data.date) || a.slug.localeCompare(b.slug));
}

export interface ListPage<Item> {
  page: number;
  totalPages: number;
  items: Item[];
}

/** Splits a list into pages of `releasesPerPage`; an empty list still has one (empty) page. */
export function paginate<Item>(items: readonly Item[], perPage = releasesPerPage): ListPage<Item>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: totalPages }, (_, index) => ({
    page: index + 1,
    totalPages,
    items: items.slice(index * perPage, (index + 1) * perPage),
  }));
}
