// The offline lists and the service worker: their addresses and shapes, written by the build and read by the browser.

/** The service worker, a site path: pages register it from the site's folder so it controls the whole site. */
export const serviceWorkerPath = '/sw.js';

/** A list of what to keep offline: `en`, `fr`, or `all-releases`. */
export function offlineListPath(name: string): string {
  return `/offline/${name}.json`;
}

/** What the page asks the service worker to keep once a reader has visited a language. */
export interface LanguageOfflineList {
  version: string;
  /** The first pages of the news lists, and the search page. */
  pages: string[];
  /** The language's search index and result fragments, when small enough to keep without asking (build/offline-budget.ts). */
  search: string[];
}

/** What "make every release available offline" fetches: both languages' releases, lists and search, with their photos. */
export interface AllReleasesOfflineList {
  version: string;
  urls: string[];
}
