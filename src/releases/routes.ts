import { locales, type Locale } from '../i18n/locales.ts';
import { yearCountsToPartStarts } from '../search/contract/index-parts.ts';
import { searchPartPages } from '../site-settings.mjs';
import { hrefToSitePath } from '../i18n/paths.ts';
import { getReleases, type ReleaseEntry } from './collection.ts';
import { propsToCacheKey } from './page-cache-key.ts';
import { newsListItems, type ListItem } from './listing.ts';
import { listedReleases } from './life/withdrawal.ts';
import type { Release } from './pairing.ts';
import { sitePages, topicsUsedBy, yearsUsedBy, type SitePage, type SitePageKind } from './site-pages.ts';
import type { TopicId } from './vocabulary.ts';

export type NewsListItem = ListItem<ReleaseEntry>;
export type ReleaseSitePage = SitePage<ReleaseEntry>;

const listItemsByLocale = new Map<Locale, Promise<NewsListItem[]>>();

/** Every release in a language's list order: sorted once per build, though every feed asks. */
export function getNewsListItems(locale: Locale): Promise<NewsListItem[]> {
  let items = listItemsByLocale.get(locale);
  if (!items) listItemsByLocale.set(locale, (items = getReleases().then((releases) => newsListItems(listedReleases(releases), locale))));
  return items;
}

let allSitePages: Promise<ReleaseSitePage[]> | undefined;

/** Every page of the site in both languages (`site-pages.ts`), listed once per build. */
export function getSitePages(): Promise<ReleaseSitePage[]> {
  allSitePages ??= getReleases().then(sitePages);
  return allSitePages;
}

/**
 * Kinds of page made from their page-list entry, the topics and years in use and the code alone,
 * which Astro's incremental build may therefore copy from its cache when their key is unchanged.
 * A feed reads the whole list and the search page the build's name: those render every time.
 */
const cachedKinds: ReadonlySet<SitePageKind> = new Set(['list', 'release', 'browse', 'info', 'offline'] as const);

/**
 * The static paths of the rest-parameter route (`src/pages/[...<param>].astro`) that renders one
 * kind of page. Each kind has a route of its own, so each page loads only its own template's styles.
 */
export async function sitePagePaths<Kind extends SitePageKind, Param extends string>(kind: Kind, param: Param) {
  const pages = (await getSitePages()).filter((page): page is Extract<ReleaseSitePage, { kind: Kind }> => page.kind === kind);
  // Lists and the browse page show every topic and year in use (NewsListLayout, BrowseLayout), so these are part of their keys.
  const alsoShown = kind === 'list' || kind === 'browse' ? { topics: await topicsInUse(), years: await yearsInUse() } : null;
  return Promise.all(
    pages.map(async (page) => ({
      // `/en/news/x/` -> `en/news/x`; `/en/rss.xml` -> `en/rss.xml`: routes are under the base already.
      params: { [param]: hrefToSitePath(page.path).replace(/^\/|\/$/g, '') } as Record<Param, string>,
      props: { page },
      ...(cachedKinds.has(kind) ? { cacheKey: await propsToCacheKey({ page }, alsoShown) } : {}),
    })),
  );
}

let usedTopics: Promise<TopicId[]> | undefined;
let usedYears: Promise<number[]> | undefined;

/** Topics that at least one release uses, in vocabulary order; found once per build, though every list page asks. */
export function topicsInUse(): Promise<TopicId[]> {
  usedTopics ??= getReleases().then((releases) => topicsUsedBy(listedReleases(releases)));
  return usedTopics;
}

/** Years that have releases, newest first; found once per build, though every list page asks. */
export function yearsInUse(): Promise<number[]> {
  usedYears ??= getReleases().then((releases) => yearsUsedBy(listedReleases(releases)));
  return usedYears;
}

export interface ReleasePageProps {
  release: Release<ReleaseEntry>;
}

let partStarts: Promise<number[]> | undefined;

/**
 * How the search index is cut into parts by year (src/search/contract/index-parts.ts), from the
 * pages each year gives the larger language's index: every language's list shows every listed
 * release, each in one version, and the index holds each list's versions.
 */
export function searchPartStarts(): Promise<number[]> {
  partStarts ??= (async () => {
    const releasesPerYear = new Map<number, number>();
    for (const locale of locales) {
      const perYear = new Map<number, number>();
      for (const { entry } of await getNewsListItems(locale))
        perYear.set(entry.data.date.year, (perYear.get(entry.data.date.year) ?? 0) + 1);
      for (const [year, count] of perYear) releasesPerYear.set(year, Math.max(releasesPerYear.get(year) ?? 0, count));
    }
    return yearCountsToPartStarts(releasesPerYear, searchPartPages);
  })();
  return partStarts;
}
