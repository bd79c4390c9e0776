import { readdir, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { newsListPath, releasesFolderPath, sitePathToHref } from '../../i18n/paths.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { offlineListPath, type AllReleasesOfflineList, type LanguageOfflineList } from '../contract/offline-lists.ts';
import { automaticSearchBytes, isBeyondAutomaticListPages, totalBytes } from './offline-budget.ts';

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** `<siteDir>/en/page/2/index.html` -> `/en/page/2/`, under the site's folder: what the browser fetches. */
function fileToUrl(siteDir: string, file: string): string {
  return sitePathToHref(`/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

/** The folder of each language's release pages: `/en/news/`, `/fr/actualites/`. */
const releaseFolders = locales.map(releasesFolderPath);

function isReleasePage(url: string): boolean {
  return releaseFolders.some((folder) => url.startsWith(folder) && url !== folder);
}

/** Every other page of a language: news lists, topics, years, search. */
function isListPage(url: string, locale: Locale): boolean {
  return url.startsWith(newsListPath(locale)) && !isReleasePage(url);
}

/** Writes `offline/en.json`, `offline/fr.json` and `offline/all-releases.json` from the built site. */
export async function writeOfflineLists(siteDir: string, version: string): Promise<void> {
  const files = (await listFiles(siteDir)).map((file) => ({ file, url: fileToUrl(siteDir, file) }));
  const pageUrls = files.filter(({ file }) => file.endsWith('index.html')).map(({ url }) => url);
  const searchFiles = files.filter(({ file }) => /\.pf_(fragment|index)$/.test(file));
  const releaseUrls = pageUrls.filter(isReleasePage).sort();
  // Release photos are the only images Astro writes to /_astro/ (the site's own icons live in public/).
  const photoFolder = sitePathToHref('/_astro/');
  const photoUrls = files
    .map(({ url }) => url)
    .filter((url) => url.startsWith(photoFolder) && /^[\w.-]+\.(?:avif|webp|jpe?g|png)$/.test(url.slice(photoFolder.length)));

  const writeList = async (name: string, list: LanguageOfflineList | AllReleasesOfflineList) => {
    const file = join(siteDir, offlineListPath(name));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(list));
  };
  const languagePages: string[] = [];
  for (const locale of locales) {
    const languageSearchFiles = searchFiles.filter(({ url }) => url.startsWith(sitePathToHref(searchBundlePath(locale))));
    const keepSearch = (await totalBytes(languageSearchFiles.map(({ file }) => file))) <= automaticSearchBytes;
    const list: LanguageOfflineList = {
      version,
      pages: pageUrls.filter((url) => isListPage(url, locale) && !isBeyondAutomaticListPages(url)).sort(),
      search: keepSearch ? languageSearchFiles.map(({ url }) => url).sort() : [],
    };
    await writeList(locale, list);
    languagePages.push(...list.pages);
  }
  // Every release, and both languages' lists and search pages, so the other language opens offline too.
  const all: AllReleasesOfflineList = {
    version,
    urls: [...releaseUrls, ...languagePages, ...photoUrls.sort(), ...searchFiles.map(({ url }) => url).sort()],
  };
  await writeList('all-releases', all);
}
