import type { Locale } from '../i18n/locales.ts';
import { getReleases, type ReleaseEntry } from './collection.ts';
import { newsListItems, paginate, type ListItem, type ListPage } from './listing.ts';
import type { Release } from './pairing.ts';

export type NewsListItem = ListItem<ReleaseEntry>;

/** Static paths for `/<locale>/page/<n>/`; page 1 is `/<locale>/` and has its own route. */
export async function newsListPagePaths(locale: Locale) {
  const pages = paginate(newsListItems(await getReleases(), locale));
  return pages.slice(1).map((listPage) => ({ params: { page: String(listPage.page) }, props: { listPage } }));
}

/** The first page of a language's news list. */
export async function firstNewsListPage(locale: Locale): Promise<ListPage<NewsListItem>> {
  const [first] = paginate(newsListItems(await getReleases(), locale));
  if (!first) throw new Error('paginate() always returns at least one page.');
  return first;
}

/** Static paths for the release pages of one language: every release that has a file in it. */
export async function releasePagePaths(locale: Locale) {
  const releases = await getReleases();
  return releases
    .filter((release) => release.versions[locale])
    .map((release) => ({ params: { slug: release.slug }, props: { release } }));
}

export interface ReleasePageProps {
  release: Release<ReleaseEntry>;
}
