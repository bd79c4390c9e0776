import { readdir, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { locales, type Locale } from '../i18n/locales.ts';
import { searchBundlePath } from '../i18n/paths.ts';
import { automaticSearchBytes, isBeyondAutomaticListPages, totalBytes } from './offline-budget.ts';

/** The folder, inside the built site, of the lists the pages read to fill the offline caches. */
export const offlineListsFolder = 'offline';

/** What the page asks the service worker to keep once a reader has visited a language. */
export interface LanguageOfflineList {
  version: string;
  /** The first pages of the news lists, and the search page. */
  pages: string[];
  /** The language's search index and result fragments, when small enough to keep without asking (offline-budget.ts). */
  search: string[];
}

/** What "make every release available offline" fetches: both languages, with their photos. */
export interface AllReleasesOfflineList {
  version: string;
  urls: string[];
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** `<siteDir>/en/page/2/index.html` -> `/en/page/2/`. */
function fileToUrl(siteDir: string, file: string): string {
  return `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Writes `offline/en.json`, `offline/fr.json` and `offline/all-releases.json` from the built pages.
 * `isListPage` and `isReleasePage` say which built pages are lists and releases, from their URL.
 */
export async function writeOfflineLists(
  siteDir: string,
  version: string,
  pageKinds: { isListPage: (url: string, locale: Locale) => boolean; isReleasePage: (url: string) => boolean },
): Promise<void> {
  const files = await listFiles(siteDir);
  const pageUrls = files.filter((file) => file.endsWith('index.html')).map((file) => fileToUrl(siteDir, file));
  const searchFiles = files.filter((file) => /\.pf_(fragment|index)$/.test(file));
  const searchUrls = searchFiles.map((file) => fileToUrl(siteDir, file));
  const releaseUrls = pageUrls.filter(pageKinds.isReleasePage).sort();
  // Release photos are the only images Astro writes to /_astro/ (the site's own icons live in public/).
  const photoUrls = files.map((file) => fileToUrl(siteDir, file)).filter((url) => /^\/_astro\/[\w.-]+\.(?:avif|webp|jpe?g|png)$/.test(url));

  await mkdir(join(siteDir, offlineListsFolder), { recursive: true });
  for (const locale of locales) {
    const languageSearchFiles = searchFiles.filter((file) => fileToUrl(siteDir, file).startsWith(searchBundlePath(locale)));
    const keepSearch = (await totalBytes(languageSearchFiles)) <= automaticSearchBytes;
    const list: LanguageOfflineList = {
      version,
      pages: pageUrls.filter((url) => pageKinds.isListPage(url, locale) && !isBeyondAutomaticListPages(url)).sort(),
      search: keepSearch ? languageSearchFiles.map((file) => fileToUrl(siteDir, file)).sort() : [],
    };
    await writeFile(join(siteDir, offlineListsFolder, `${locale}.json`), JSON.stringify(list));
  }
  const all: AllReleasesOfflineList = { version, urls: [...releaseUrls, ...photoUrls.sort(), ...searchUrls.sort()] };
  await writeFile(join(siteDir, offlineListsFolder, 'all-releases.json'), JSON.stringify(all));
}
