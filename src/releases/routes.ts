import type { Locale } from '../i18n/locales.ts';
import { getReleases, type ReleaseEntry } from './collection.ts';
import { newsListItems, paginate, type ListItem, type ListPage } from './listing.ts';
import type { Release } from './pairing.ts';
import { allReleases, isInScope, type ListScope } from './scope.ts';
import { topicIds, type TopicId } from './vocabulary.ts';

export type NewsListItem = ListItem<ReleaseEntry>;

const listItemsByLocale = new Map<Locale, Promise<NewsListItem[]>>();

/** Every release in a language's list order: sorted once per build, though every list, feed and the sitemap ask. */
export function getNewsListItems(locale: Locale): Promise<NewsListItem[]> {
  let items = listItemsByLocale.get(locale);
  if (!items) listItemsByLocale.set(locale, (items = getReleases().then((releases) => newsListItems(releases, locale))));
  return items;
}

/** The pages of one list (all news, a topic, a year) in one language. */
export async function listPages(locale: Locale, scope: ListScope): Promise<ListPage<NewsListItem>[]> {
  const items = (await getNewsListItems(locale)).filter((item) => isInScope(scope, item.entry.data));
  return paginate(items);
}

/** `[...page]` rest parameter: undefined for the first page, `page/2` after it. */
function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `page/${page}`;
}

/** Static paths for `/<locale>/page/<n>/`; page 1 is `/<locale>/` and has its own route. */
export async function newsListPagePaths(locale: Locale) {
  const pages = await listPages(locale, allReleases);
  return pages.slice(1).map((listPage) => ({ params: { page: String(listPage.page) }, props: { listPage } }));
}

/** The first page of a language's news list. */
export async function firstNewsListPage(locale: Locale): Promise<ListPage<NewsListItem>> {
  const [first] = await listPages(locale, allReleases);
  if (!first) throw new Error('paginate() always returns at least one page.');
  return first;
}

/** Topics that at least one release uses, in vocabulary order: only these get pages. */
export async function topicsInUse(): Promise<TopicId[]> {
  const used = new Set((await getReleases()).flatMap((release) => Object.values(release.versions).flatMap((entry) => entry.data.topics)));
  return topicIds.filter((topic) => used.has(topic));
}

/** Years that have releases, newest first. */
export async function yearsInUse(): Promise<number[]> {
  const years = new Set((await getReleases()).flatMap((release) => Object.values(release.versions).map((entry) => entry.data.date.year)));
  return [...years].sort((a, b) => b - a);
}

/** Static paths for every page of every topic list, in one language. */
export async function topicPagePaths(locale: Locale) {
  const paths = [];
  for (const topic of await topicsInUse()) {
    const scope = { kind: 'topic', topic } as const;
    for (const listPage of await listPages(locale, scope)) {
      paths.push({ params: { topic, page: pageParam(listPage.page) }, props: { listPage, scope } });
    }
  }
  return paths;
}

/** Static paths for every page of every year list, in one language. */
export async function yearPagePaths(locale: Locale) {
  const paths = [];
  for (const year of await yearsInUse()) {
    const scope = { kind: 'year', year } as const;
    for (const listPage of await listPages(locale, scope)) {
      paths.push({ params: { year: String(year), page: pageParam(listPage.page) }, props: { listPage, scope } });
    }
  }
  return paths;
}

/** Static paths for the release pages of one language: every release that has a file in it. */
export async function releasePagePaths(locale: Locale) {
  const releases = await getReleases();
  return releases.filter((release) => release.versions[locale]).map((release) => ({ params: { slug: release.slug }, props: { release } }));
}

export interface ReleasePageProps {
  release: Release<ReleaseEntry>;
}
