import { sitePathToAddress } from '../contract/site-address.ts';
import { offlineListPath } from '../contract/offline-lists.ts';
import type { AllReleasesOfflineList, LanguageOfflineList } from '../contract/offline-lists.ts';

/** Where this browser notes which build's files it already keeps for a language. */
const keptVersionKey = (name: string) => `newsroom.offline.${name}`;

async function readList<List>(name: string): Promise<List> {
  const response = await fetch(sitePathToAddress(offlineListPath(name)), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`The offline list ${name} is missing (${response.status}).`);
  return (await response.json()) as List;
}

/**
 * Fetches every URL through the service worker, which keeps each one in its cache.
 * A few at a time, so a slow phone's network is not swamped. Returns how many failed.
 */
export async function fetchIntoCache(urls: readonly string[], onProgress?: (done: number) => void): Promise<number> {
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      if (url === undefined) break;
      const ok = await fetch(url).then(
        (response) => response.ok,
        () => false,
      );
      if (!ok) failed++;
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return failed;
}

function rememberKept(name: string, version: string): void {
  try {
    localStorage.setItem(keptVersionKey(name), version);
  } catch {
    // Without storage the lists are fetched again next time: slower, never wrong.
  }
}

function alreadyKept(name: string, version: string): boolean {
  try {
    return localStorage.getItem(keptVersionKey(name)) === version;
  } catch {
    return false;
  }
}

/**
 * Keeps the current page, a language's news lists, search page and search results; once per build.
 * `locale` is the page's own `lang`, which the layout always sets to one of the site's languages.
 */
export async function keepLanguageOffline(locale: string, currentPath: string): Promise<void> {
  const list = await readList<LanguageOfflineList>(locale).catch(() => undefined);
  if (!list || alreadyKept(locale, list.version)) return;
  const failed = await fetchIntoCache([currentPath, ...list.pages, ...list.search]);
  if (failed === 0) rememberKept(locale, list.version);
}

/** Keeps every release of both languages, with its photos and search results. */
export async function keepEveryRelease(onProgress: (done: number, total: number) => void): Promise<{ failed: number; total: number }> {
  const list = await readList<AllReleasesOfflineList>('all-releases');
  const total = list.urls.length;
  const failed = await fetchIntoCache(list.urls, (done) => onProgress(done, total));
  if (failed === 0) rememberKept('all-releases', list.version);
  return { failed, total };
}
