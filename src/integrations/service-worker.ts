import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { pagefindFolder } from './pagefind-index.ts';

/** The service worker's address; pages register it from here so it controls the whole site. */
export const serviceWorkerFile = 'sw.js';

/**
 * Writes `<siteDir>/sw.js` with Workbox, once the search bundle exists.
 *
 * - Precached (revisioned by content, replaced all at once when a new deploy's worker takes over):
 *   scripts, styles and the whole Pagefind index except its result fragments. A page opened before
 *   a deploy keeps reading the old index until every tab is closed, so versions never mix.
 * - Pages: network first, so readers online always get the latest list; the copy serves offline.
 * - Result fragments and photos: cache first (their names are content hashes), filled as they are
 *   read and by the page when a reader visits a language or asks for every release.
 */
export async function buildServiceWorker(siteDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: [
      '_astro/**/*.{js,css}',
      `${pagefindFolder}/pagefind.js`,
      `${pagefindFolder}/pagefind-worker.js`,
      `${pagefindFolder}/pagefind-component-ui.{js,css}`,
      `${pagefindFolder}/pagefind-highlight.js`,
      `${pagefindFolder}/pagefind-entry.json`,
      `${pagefindFolder}/wasm.{en,fr}.pagefind`,
      `${pagefindFolder}/*.pf_meta`,
      `${pagefindFolder}/index/*.pf_index`,
      `${pagefindFolder}/filter/*.pf_filter`,
      'favicon.svg',
    ],
    swDest: join(siteDir, serviceWorkerFile),
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
      {
        // Every page of the site ends in `/` (build.format 'directory').
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/'),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'newsroom-pages',
          networkTimeoutSeconds: 4,
          // `/en/search/?q=...` and `/en/news/x/?highlight=...` are the same page offline.
          matchOptions: { ignoreSearch: true },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/fragment/'),
        handler: 'CacheFirst',
        options: { cacheName: 'newsroom-search-fragments', cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/_astro\/.+\.(?:avif|webp|jpe?g|png|svg)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'newsroom-photos', cacheableResponse: { statuses: [200] } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox could not build the service worker:\n${warnings.join('\n')}`);
  return { count, size };
}
