import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { locales, type Locale } from '../../i18n/locales.ts';
import { chooserPath, hrefToSitePath, newsListPath, offlinePath, sitePathToHref } from '../../i18n/paths.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { serviceWorkerPath } from '../contract/offline-lists.ts';
import { siteIdentity } from '../../site-identity.ts';
import { automaticSearchBytes, totalBytes } from './offline-budget.ts';

/** The built file of a language's "you are offline" page, as the precache names it. */
function offlinePageFile(locale: Locale): string {
  return `${hrefToSitePath(offlinePath(locale)).slice(1)}index.html`;
}

/** The chooser's built file, precached so that `/` opens offline even before it was kept. */
const chooserFile = 'index.html';

/**
 * The pages under a path (`/fr/` and every `/fr/.../`), or that path alone, with any query. A
 * regular expression, not a function: Workbox copies functions into sw.js as source text, where
 * this file's variables would not exist. Workbox matches it against the whole address.
 */
function pagesUnder(path: string, { exactly = false } = {}): RegExp {
  return addressesUnder(path, `${exactly ? '' : '(?:[^?#]*/)?'}(?:[?#].*)?$`);
}

/** Addresses whose path is `folder` (an address, taken literally) then `rest` (a regular expression's source). */
function addressesUnder(folder: string, rest: string): RegExp {
  const escaped = folder.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^https?://[^/]+${escaped}${rest}`);
}

/** Pages are network first; offline, the kept copy, or else the language's offline page. */
function pagesRoute(urlPattern: RuntimeCaching['urlPattern'], offlinePageFile: string): RuntimeCaching {
  return {
    urlPattern,
    handler: 'NetworkFirst',
    options: {
      cacheName: 'newsroom-pages',
      networkTimeoutSeconds: 4,
      // `/en/search/?q=...` and `/en/news/x/?highlight=...` are the same page offline.
      matchOptions: { ignoreSearch: true },
      cacheableResponse: { statuses: [200] },
      precacheFallback: { fallbackURL: sitePathToHref(`/${offlinePageFile}`) },
    },
  };
}

/**
 * Writes `<siteDir>/sw.js` with Workbox, once the search bundle exists.
 *
 * - Precached (revisioned by content, replaced all at once when a new deploy's worker takes over):
 *   scripts, styles, the font, the logo and Pagefind's runtime, metadata and filters; a language's index too while it
 *   is small. A page opened before a deploy keeps reading the old index until every tab is closed,
 *   so versions never mix.
 * - Pages: network first, so readers online always get the latest list; the copy serves offline,
 *   and a page never kept is answered with the language's "you are offline" page.
 * - Index chunks, result fragments and photos: cache first (their names are content hashes), filled
 *   as they are read and by the page when a reader visits a language or asks for every release.
 */
export async function buildServiceWorker(siteDir: string): Promise<{ count: number; size: number }> {
  const bundles = locales.map((locale) => searchBundlePath(locale).slice(1));
  // A language's small index is precached whole, within the same per-language limit as its
  // offline list (offline-budget.ts): searching works offline at once, and a deploy swaps it
  // atomically. A large one would make every first visit download it all: its chunks are then
  // kept as they are read.
  const smallIndexes: string[] = [];
  for (const bundle of bundles) {
    // A large archive's bundle holds its older parts in folders of their own (index-parts.ts).
    const chunks = (await readdir(join(siteDir, bundle), { recursive: true }).catch(() => []))
      .filter((path) => /(?:^|\/)index\/[^/]+\.pf_index$/.test(path))
      .map((path) => join(siteDir, bundle, path));
    if ((await totalBytes(chunks)) <= automaticSearchBytes) smallIndexes.push(`${bundle}**/index/*.pf_index`);
  }
  const ofEachBundle = (files: string) => `{${bundles.join(',')}}${files}`;
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: [
      // The font and the logo too: offline, a page drawn without them showed a broken image in its header.
      '_astro/**/*.{js,css,woff2}',
      siteIdentity.logo.src.slice(1),
      // The runtime is the newest part's, in the language's folder; every part has its metadata and filters.
      ofEachBundle('pagefind.js'),
      ofEachBundle('pagefind-highlight.js'),
      ofEachBundle('**/pagefind-entry.json'),
      ofEachBundle(`wasm.{${locales.join(',')}}.pagefind`),
      ofEachBundle('**/*.pf_meta'),
      ...smallIndexes,
      ofEachBundle('**/filter/*.pf_filter'),
      'favicon.svg',
      ...locales.map(offlinePageFile),
      chooserFile,
    ],
    swDest: join(siteDir, serviceWorkerPath),
    cacheId: 'newsroom',
    // Pagefind asks for its entry file with `?ts=<cache tag>`; a result link carries `?highlight=<words>`.
    ignoreURLParametersMatching: [/^ts$/, /^highlight$/, /^utm_/],
    dontCacheBustURLsMatching: /(^_astro\/)|(\.pf_\w+$)/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // A new worker waits until no tab uses the old one: an open page never loses the files it was built with.
    skipWaiting: false,
    // The first worker takes the page at once, so the visit that installed it already fills the caches.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      ...locales.map((locale) => pagesRoute(pagesUnder(newsListPath(locale)), offlinePageFile(locale))),
      // The language chooser belongs to neither language: offline, it is its own kept copy.
      pagesRoute(pagesUnder(chooserPath(), { exactly: true }), chooserFile),
      {
        // Regular expressions, as above: the site's folder is part of them. `en/fragment/…`, and an older part's `en/2011-2016/fragment/…`.
        urlPattern: addressesUnder(sitePathToHref('/pagefind/'), String.raw`\w+/(?:[\w-]+/)?(?:fragment|index)/`),
        handler: 'CacheFirst',
        options: { cacheName: 'newsroom-search-fragments', cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: addressesUnder(sitePathToHref('/_astro/'), String.raw`[^?#]+\.(?:avif|webp|jpe?g|png|svg)(?:[?#].*)?$`),
        handler: 'CacheFirst',
        options: { cacheName: 'newsroom-photos', cacheableResponse: { statuses: [200] } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox could not build the service worker:\n${warnings.join('\n')}`);
  return { count, size };
}
