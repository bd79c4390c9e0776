import { locales, type Locale } from '../i18n/locales.ts';
import { browsePath, feedPath, infoPath, listPath, offlinePath, releasePath, searchPath } from '../i18n/paths.ts';
import { infoPageIds, type InfoPageId } from '../press-office.ts';
import { newsListItems, paginate, type ListItem, type ListPage } from './listing.ts';
import { releaseEntries, type LocalizedEntry, type Release } from './pairing.ts';
import type { PartialDate } from './partial-date.ts';
import { listedReleases, type Withdrawal } from './life/withdrawal.ts';
import { allReleases, isInScope, type ListScope } from './scope.ts';
import { topicIds, type TopicId } from './vocabulary.ts';

/** What the page list needs to know of a release file: the fields that decide lists, topics and years. */
export interface ListedEntry extends LocalizedEntry {
  data: { date: PartialDate; topics: readonly TopicId[]; withdrawn?: Withdrawal | undefined };
}

/** One language's version of a page: the page list gives each page all of its versions, its own included. */
export interface PageVersion {
  locale: Locale;
  path: string;
}

interface PageBase {
  locale: Locale;
  /** The page's address on the site: `/en/news/x/`, `/fr/rss.xml`. */
  path: string;
  /** The same for the same page in every language, so a page's versions can be found together. */
  key: string;
  /** The page in every language it exists in, in the site's language order, shared by those versions. */
  versions: readonly PageVersion[];
}

/** One page of the site in one language, with what its route needs to render it. */
export type SitePage<Entry extends ListedEntry> = PageBase &
  (
    | { kind: 'list'; scope: ListScope; listPage: ListPage<ListItem<Entry>> }
    | { kind: 'release'; release: Release<Entry>; entry: Entry }
    | { kind: 'feed'; topic: TopicId | undefined }
    | { kind: 'browse' }
    | { kind: 'info'; info: InfoPageId }
    | { kind: 'search' }
    | { kind: 'offline' }
  );

export type SitePageKind = SitePage<ListedEntry>['kind'];

/** Topics that at least one release uses, in vocabulary order: only these get pages. */
export function topicsUsedBy(releases: readonly Release<ListedEntry>[]): TopicId[] {
  const used = new Set(releases.flatMap((release) => releaseEntries(release).flatMap((entry) => entry.data.topics)));
  return topicIds.filter((topic) => used.has(topic));
}

/** Years that have releases, newest first. */
export function yearsUsedBy(releases: readonly Release<ListedEntry>[]): number[] {
  const years = new Set(releases.flatMap((release) => releaseEntries(release).map((entry) => entry.data.date.year)));
  return [...years].sort((a, b) => b - a);
}

function scopeKey(scope: ListScope): string {
  return scope.kind === 'all' ? 'all' : scope.kind === 'topic' ? `topic:${scope.topic}` : `year:${scope.year}`;
}

/**
 * Every page the site publishes in each language, from the releases alone: the routes render
 * exactly these, the sitemap lists them, and the content check knows which links will lead somewhere.
 * The chooser (`/`) and the 404 page, which speak every language, belong to none and have routes of their own:
 * a host answers every unknown address with the one 404 page, so no language has a 404 page at an address.
 */
export function sitePages<Entry extends ListedEntry>(releases: readonly Release<Entry>[]): SitePage<Entry>[] {
  const pages = pagesByLanguage(releases);
  const versionsByKey = new Map<string, PageVersion[]>();
  for (const { key, locale, path } of pages) {
    const versions = versionsByKey.get(key) ?? [];
    versions.push({ locale, path });
    versionsByKey.set(key, versions);
  }
  return pages.map((page) => ({ ...page, versions: versionsByKey.get(page.key)! }) as SitePage<Entry>);
}

type UnversionedPage<Entry extends ListedEntry> =
  SitePage<Entry> extends infer Page ? (Page extends unknown ? Omit<Page, 'versions'> : never) : never;

function pagesByLanguage<Entry extends ListedEntry>(releases: readonly Release<Entry>[]): UnversionedPage<Entry>[] {
  // A withdrawn release keeps its page but leaves the lists, topics, years and feeds.
  const listed = listedReleases(releases);
  const scopes: ListScope[] = [
    allReleases,
    ...topicsUsedBy(listed).map((topic) => ({ kind: 'topic', topic }) as const),
    ...yearsUsedBy(listed).map((year) => ({ kind: 'year', year }) as const),
  ];
  return locales.flatMap((locale): UnversionedPage<Entry>[] => {
    const items = newsListItems(listed, locale);
    const lists = scopes.flatMap((scope) =>
      paginate(items.filter((item) => isInScope(scope, item.entry.data))).map((listPage) => ({
        kind: 'list' as const,
        locale,
        path: listPath(locale, scope, listPage.page),
        key: `list:${scopeKey(scope)}:${listPage.page}`,
        scope,
        listPage,
      })),
    );
    const releasePages = releases.flatMap((release) => {
      const entry = release.versions[locale];
      return entry
        ? [{ kind: 'release' as const, locale, path: releasePath(locale, release.slug), key: `release:${release.slug}`, release, entry }]
        : [];
    });
    const feeds = [undefined, ...topicsUsedBy(listed)].map((topic) => ({
      kind: 'feed' as const,
      locale,
      path: feedPath(locale, topic),
      key: `feed:${topic ?? 'all'}`,
      topic,
    }));
    const fixed = [
      { kind: 'browse' as const, locale, path: browsePath(locale), key: 'browse' },
      { kind: 'search' as const, locale, path: searchPath(locale), key: 'search' },
      { kind: 'offline' as const, locale, path: offlinePath(locale), key: 'offline' },
    ];
    const info = infoPageIds.map((id) => ({ kind: 'info' as const, locale, path: infoPath(locale, id), key: `info:${id}`, info: id }));
    return [...lists, ...releasePages, ...feeds, ...fixed, ...info];
  });
}
