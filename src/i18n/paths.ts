import type { ListScope } from '../releases/scope.ts';
import type { TopicId } from '../releases/vocabulary.ts';
import { basePath } from '../site-settings.mjs';
import type { InfoPageId } from '../press-office.ts';
import { localeToRecord, type Locale } from './locales.ts';

// Two kinds of path: a site path starts at the site's root (`/en/news/x/`): it names a built file, a
// route, and what editors write in a release. An address (href) is where a browser finds it: the
// site path under the site's folder (`/pr-preview/pr-42/en/news/x/`, or the same on a root site).
// Every function below that names a page returns its address.

/** `/en/news/x/` -> `/pr-preview/pr-42/en/news/x/` under NEWSROOM_BASE_PATH; unchanged at the root. */
export function sitePathToHref(sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`A site path starts with "/", not "${sitePath}".`);
  return `${basePath}${sitePath.slice(1)}`;
}

/** A link as editors write it in a release (`/en/news/x/`, from the site's root) -> its address; any other link unchanged. */
export function editorLinkToHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? sitePathToHref(url) : url;
}

/** The inverse: `/pr-preview/pr-42/en/news/x/` -> `/en/news/x/`. Throws on an address outside the site's folder. */
export function hrefToSitePath(href: string): string {
  if (!href.startsWith(basePath)) throw new Error(`The address ${href} is outside the site's folder ${basePath}.`);
  return `/${href.slice(basePath.length)}`;
}

/** `page/2/` after the first page of any list, nothing on the first. */
function pageSuffix(page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`A list page number must be 1 or more, not ${page}.`);
  return page === 1 ? '' : `page/${page}/`;
}

/** `/en/` for page 1, `/en/page/2/` after it. */
export function newsListPath(locale: Locale, page = 1): string {
  return sitePathToHref(`/${locale}/${pageSuffix(page)}`);
}

/** `/en/topics/<topic>/` or `/fr/themes/<topic>/`, then `page/2/`... */
export function topicPath(locale: Locale, topic: TopicId, page = 1): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments.topics}/${topic}/${pageSuffix(page)}`);
}

/** `/en/years/<year>/` or `/fr/annees/<year>/`, then `page/2/`... */
export function yearPath(locale: Locale, year: number, page = 1): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments.years}/${year}/${pageSuffix(page)}`);
}

/** The page of any list, whatever its scope. */
export function listPath(locale: Locale, scope: ListScope, page = 1): string {
  switch (scope.kind) {
    case 'all':
      return newsListPath(locale, page);
    case 'topic':
      return topicPath(locale, scope.topic, page);
    case 'year':
      return yearPath(locale, scope.year, page);
  }
}

/** The overview of all topics and years: `/en/browse/`, `/fr/parcourir/`. */
export function browsePath(locale: Locale): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments.browse}/`);
}

/** The RSS feed of a language, or of one topic in it. */
export function feedPath(locale: Locale, topic?: TopicId): string {
  return topic ? `${topicPath(locale, topic)}rss.xml` : sitePathToHref(`/${locale}/rss.xml`);
}

/** The folder of a language's release pages: `/en/news/` or `/fr/actualites/`. */
export function releasesFolderPath(locale: Locale): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments.releases}/`);
}

/** `/en/news/<slug>/` or `/fr/actualites/<slug>/`. */
export function releasePath(locale: Locale, slug: string): string {
  return `${releasesFolderPath(locale)}${slug}/`;
}

/** The search page of each language: `/en/search/`, `/fr/recherche/`. */
export function searchPath(locale: Locale): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments.search}/`);
}

/** What the service worker shows offline in place of a page it has not kept: `/en/offline/`, `/fr/hors-ligne/`. */
export function offlinePath(locale: Locale): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments.offline}/`);
}

/** The language chooser, which both languages share. */
export function chooserPath(): string {
  return sitePathToHref('/');
}

const infoSegments = { 'press-office': 'pressOffice', legal: 'legal', privacy: 'privacy', accessibility: 'accessibility' } as const;

/** An information page: `/en/press-office/`, `/fr/mentions-legales/`... */
export function infoPath(locale: Locale, page: InfoPageId): string {
  return sitePathToHref(`/${locale}/${localeToRecord(locale).segments[infoSegments[page]]}/`);
}
