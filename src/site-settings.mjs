import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Settings shared by the Astro config and the content collection.
// Tests and the benchmark point the content and output folders at generated corpora.

/** The address the site is deployed at, for canonical links and feeds. */
export const siteUrl = process.env.SITE_URL ?? 'https://newsroom.example.org';

/**
 * The folder the site is served from on its host, from NEWSROOM_BASE_PATH: `/` (the default), or
 * `/pr-preview/pr-42/` for a pull request's preview, `/<repository>/` for a project's Pages site.
 * Every address the site writes starts with it (src/i18n/paths.ts); files are still written from `outDir`'s root.
 */
export const basePath = toBasePath(process.env.NEWSROOM_BASE_PATH ?? '/');

/** `pr-preview/pr-42`, `/pr-preview/pr-42/` -> `/pr-preview/pr-42/`; `` or `/` -> `/`. Throws on anything but plain folder names. */
export function toBasePath(/** @type {string} */ value) {
  const folders = value.split('/').filter((folder) => folder !== '');
  const wrong = folders.find((folder) => !/^[\w.~-]+$/.test(folder) || /^\.+$/.test(folder));
  if (wrong !== undefined) {
    throw new Error(
      `NEWSROOM_BASE_PATH is "${value}": "${wrong}" is no folder name. Write the site's folder on its host, such as /pr-preview/pr-42/ (letters, digits, ".", "_", "~", "-").`,
    );
  }
  return folders.length === 0 ? '/' : `/${folders.join('/')}/`;
}

/**
 * Pagefind's matches the search page reads and checks word by word, from NEWSROOM_SEARCH_FULL_CHECK_LIMIT
 * (200 unless set; the browser tests set a lower one to reach what lies above it). Above it, a search
 * reads a screen at a time and says its counts are estimates ("About 1,200 results"). 200 fragments
 * are about 250 KB gzipped.
 */
export const searchFullCheckLimit = toPageCount(
  'NEWSROOM_SEARCH_FULL_CHECK_LIMIT',
  process.env.NEWSROOM_SEARCH_FULL_CHECK_LIMIT ?? '200',
  200,
);

/**
 * The most release pages one part of a language's search index holds, from NEWSROOM_SEARCH_PART_PAGES
 * (20,000 unless set; the tests set a lower one to build an index in several parts). Pagefind holds
 * every page it indexes in memory until it writes, about 300 KB a page (README, "A hundred thousand
 * pairs"): one bundle a language would need 34 GB at 100,000 pairs, a part of 20,000 pages about
 * 6 GB. Below it, one part: 10,000 pairs keep a single bundle and its search bytes.
 */
export const searchPartPages = toPageCount('NEWSROOM_SEARCH_PART_PAGES', process.env.NEWSROOM_SEARCH_PART_PAGES ?? '20000', 20000);

/** `200` -> 200; throws, naming the setting, on anything but a whole number from 1 up. */
export function toPageCount(/** @type {string} */ setting, /** @type {string} */ value, /** @type {number} */ example) {
  const pages = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(pages) || pages < 1) {
    throw new Error(`${setting} is "${value}": write a whole number of pages, 1 or more, such as ${example}.`);
  }
  return pages;
}

/**
 * A pull request's preview (NEWSROOM_PREVIEW=1): every page says `noindex`, robots.txt disallows
 * everything, and /admin/ says the form is not set up there.
 */
export const previewBuild = toPreviewFlag(process.env.NEWSROOM_PREVIEW);

/** `1` or nothing: any other value is a typo that would leave a preview open to search engines and sign-in. */
export function toPreviewFlag(/** @type {string | undefined} */ value) {
  if (value === undefined || value === '') return false;
  if (value === '1') return true;
  throw new Error(`NEWSROOM_PREVIEW is "${value}": set it to 1 on a pull request's preview, or leave it out.`);
}

/** The folder of the Pages site that holds pull requests' previews (umbrella-dir in .github/workflows/preview.yml). */
export const previewsFolder = 'pr-preview';

/** The folder holding `en/` and `fr/` release files. */
export const contentDir = process.env.NEWSROOM_CONTENT_DIR ?? './content';

/** Where the built site is written. */
export const outDir = process.env.NEWSROOM_OUT_DIR ?? './dist';

/** Astro's cache: kept beside a custom output folder, so builds of different content never share one. */
export const cacheDir = process.env.NEWSROOM_OUT_DIR ? `${process.env.NEWSROOM_OUT_DIR}-cache` : './node_modules/.astro';

/**
 * The address of a module exporting `siteLanguages` in place of src/i18n/site-languages.ts, from
 * NEWSROOM_LANGUAGES (a path from the project folder): only the tests' third language uses it.
 */
export const languagesModule = process.env.NEWSROOM_LANGUAGES ? pathToFileURL(resolve(process.env.NEWSROOM_LANGUAGES)).href : undefined;
