import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { locales, primaryLocale, type Locale } from '../../i18n/locales.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { hrefToSitePath, searchPath } from '../../i18n/paths.ts';
import { searchPageToPartStarts, searchPartPath, yearToPart, type PartStarts } from '../contract/index-parts.ts';
import { copyFoldedReleases, foldedCopiesHash, foldingCodeIdentity, type FoldedCopy } from './folded-copies.ts';
import { forgetOtherParts, restoreSearchBundle, saveSearchBundle } from './search-bundle-cache.ts';

/**
 * Pagefind writes three ready-made interfaces, a Web Worker and a runtime for pages of no known
 * language into every bundle. The search page is this site's own, over `pagefind.js` on the page's
 * thread (src/search/browser/pagefind-api.ts): the rest would only be dead weight.
 */
const unusedBundleFiles = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

/**
 * Pagefind's command line, found the way the package's own `pagefind` command finds it. The build
 * runs the program itself: through the Node API, the same indexer writes its bundle far slower.
 */
export async function pagefindProgram(): Promise<string> {
  const resolver = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'resolveBinary.js');
  const { resolveBinaryPath } = (await import(pathToFileURL(resolver).href)) as { resolveBinaryPath(names: string[]): string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/**
 * Pagefind's Linux program allocates with jemalloc, which keeps freed memory for ten seconds: the
 * pages Pagefind frees while it builds its index would add to its peak, so they are returned after
 * one second. A `_RJEM_MALLOC_CONF` of the builder's own wins.
 */
const pagefindAllocator = { _RJEM_MALLOC_CONF: process.env['_RJEM_MALLOC_CONF'] ?? 'dirty_decay_ms:1000' };

/**
 * Files an older part's bundle does without: merged into the newest part's instance, it is read for
 * its index, filters and fragments, with the newest part's runtime and WebAssembly (`mergeIndex`).
 */
const runtimeFiles = ['pagefind.js', 'pagefind-highlight.js', ...locales.map((language) => `wasm.${language}.pagefind`)];

/**
 * Indexes one language's folded release pages (folded-copies.ts) into its bundle, one part at a
 * time (index-parts.ts), newest first: the newest part is written to `<siteDir>/pagefind/<locale>/`
 * and the older parts into folders inside it. Only release pages carry `data-pagefind-body`:
 * indexing their copies spares Pagefind reading every list, topic and year page. Each part is
 * indexed by a Pagefind process of its own that exits before the next starts: Pagefind holds every
 * parsed page until it writes, so the largest part decides the peak. When a part's pages and the
 * indexer are those of the last build, its bundle is copied from `cacheDir` instead: an edit
 * re-indexes only its language's part.
 */
async function indexLanguage(
  siteDir: string,
  locale: Locale,
  folded: FoldedLanguage,
  starts: PartStarts,
  cacheDir: string,
): Promise<LanguageIndex> {
  const { site: foldedSite, copies, code } = folded;
  const index: LanguageIndex = { pages: 0, parts: 0, fromCache: 0, seconds: { linking: 0, indexing: 0, caching: 0 } };
  let started = performance.now();
  // Each step's wall time, for the build's log: what a rebuild pays is read there, not guessed.
  const lap = (step: keyof LanguageIndex['seconds']) => {
    index.seconds[step] += (performance.now() - started) / 1000;
    started = performance.now();
  };
  const partsCopies = Array.from({ length: starts.length + 1 }, () => [] as FoldedCopy[]);
  // A page Pagefind does not index has no year: it goes with the newest part, which reads it and skips it.
  for (const copy of copies) partsCopies[copy.year === undefined ? starts.length : yearToPart(copy.year, starts)]!.push(copy);
  const entries: string[] = [];
  // Newest first: its bundle is the language's folder, which holds the older parts' folders.
  for (let part = starts.length; part >= 0; part--) {
    const partCopies = partsCopies[part]!;
    const partPath = searchPartPath(locale, part, starts);
    // The search page lists every part to merge: one without pages would be a missing bundle there.
    if (partCopies.length === 0)
      throw new Error(`The search page declares the part ${partPath}, but no ${locale} release page has its years.`);
    const bundleDir = join(siteDir, partPath);
    // The cache entry: `en` for the newest part, `en+until-2010` for an older one (no language code holds a +).
    const entry = [locale, ...partPath.slice(searchBundlePath(locale).length).split('/').filter(Boolean)].join('+');
    entries.push(entry);
    const key = createHash('sha256')
      .update(await indexerIdentity())
      .update(partPath)
      .update(foldedCopiesHash(partCopies, code))
      .digest('hex');
    const fromCache = restoreSearchBundle(cacheDir, entry, key, bundleDir);
    if (!fromCache) {
      // One part alone reads the language's folder; each of several, its own folder of links to its copies.
      const partSite =
        partsCopies.length === 1 ? foldedSite : linkPartSite(foldedSite, partCopies, join(cacheDir, 'newsroom-search', 'part-site'));
      lap('linking');
      await runPagefind(partSite, bundleDir);
      if (partSite !== foldedSite) rmSync(partSite, { recursive: true });
      const unused = part === starts.length ? unusedBundleFiles : [...unusedBundleFiles, ...runtimeFiles];
      for (const file of unused) rmSync(join(bundleDir, file), { force: true });
      lap('indexing');
      saveSearchBundle(cacheDir, entry, key, bundleDir);
    }
    lap('caching');
    index.pages += await indexedPageCount(bundleDir, locale);
    index.parts += 1;
    if (fromCache) index.fromCache += 1;
  }
  forgetOtherParts(cacheDir, locale, entries);
  return index;
}

/** One language's bundle: its pages, its parts and how many were copied from the cache, and each step's seconds. */
export interface LanguageIndex {
  pages: number;
  parts: number;
  fromCache: number;
  /** Linking a part's pages into its folder, Pagefind's runs, and copying bundles to or from the cache. */
  seconds: { linking: number; indexing: number; caching: number };
}

/** One language's folded copies: their folder, each copy, and the code that folded them. */
interface FoldedLanguage {
  site: string;
  copies: readonly FoldedCopy[];
  code: string;
}

/**
 * A folder holding one part's copies, as hard links into the folded copies (no page is copied
 * again): Pagefind reads a folder, and a part is some of the language's pages.
 */
function linkPartSite(foldedSite: string, copies: readonly FoldedCopy[], into: string): string {
  rmSync(into, { recursive: true, force: true });
  // The copies' paths start with the language's folder, which `foldedSite` is.
  const languageFolder = `${basename(foldedSite)}/`;
  for (const { copy } of copies) {
    const target = join(into, copy.slice(languageFolder.length));
    mkdirSync(dirname(target), { recursive: true });
    linkSync(join(foldedSite, copy.slice(languageFolder.length)), target);
  }
  return into;
}

let identity: Promise<string> | undefined;

/** What makes a bundle besides its pages: Pagefind's program, how it is run and what is then removed (this file). */
function indexerIdentity(): Promise<string> {
  identity ??= (async () =>
    createHash('sha256')
      .update(await readFile(await pagefindProgram()))
      .update(await readFile(fileURLToPath(import.meta.url)))
      .digest('hex'))();
  return identity;
}

/** Runs Pagefind's program over the release pages of `siteDir`, writing the bundle to `bundleDir`. */
async function runPagefind(siteDir: string, bundleDir: string): Promise<void> {
  const args = ['--site', siteDir, '--glob', '**/*.html', '--output-path', bundleDir, '--quiet'];
  const options = { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...pagefindAllocator } };
  await promisify(execFile)(await pagefindProgram(), args, options).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`Pagefind could not index the pages in ${siteDir}:\n${error.stderr || error.stdout || error}`);
  });
}

/** Reads the bundle's entry file; any language but `locale` means a page has a wrong `<html lang>`. */
async function indexedPageCount(bundleDir: string, locale: Locale): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const unexpected = Object.keys(entry.languages).filter((language) => language !== locale);
  if (unexpected.length > 0) {
    throw new Error(
      `Pages in the ${locale} releases were indexed under <html lang="${unexpected.join('", "')}">: they must say lang="${locale}".`,
    );
  }
  return entry.languages[locale]?.page_count ?? 0;
}

/**
 * Builds the search bundle of every language, part by part as the built search page declares them
 * (index-parts.ts), or copies a part from `cacheDir` when its pages are those of the last build,
 * from the folded copies kept in `<cacheDir>/newsroom-search/folded/`. Returns the seconds the
 * folded copies took, and per language the pages indexed, the parts and each step's seconds.
 */
export async function buildSearchIndex(siteDir: string, cacheDir: string): Promise<SearchIndex> {
  const started = performance.now();
  const searchPage = join(siteDir, hrefToSitePath(searchPath(primaryLocale)), 'index.html');
  const starts = searchPageToPartStarts(await readFile(searchPage, 'utf8').catch(() => ''), searchPage);
  const foldedSites = join(cacheDir, 'newsroom-search', 'folded');
  // Hashed once: the code that folds the copies names every part's copies (foldedCopiesHash).
  const code = foldingCodeIdentity();
  const copies = copyFoldedReleases(siteDir, foldedSites, code);
  const foldingSeconds = (performance.now() - started) / 1000;
  const languages = {} as Record<Locale, LanguageIndex>;
  for (const locale of locales) {
    // A language whose list shows no release has nothing to index (Pagefind refuses an empty site).
    const languageCopies = copies.get(locale) ?? [];
    languages[locale] =
      languageCopies.length > 0
        ? await indexLanguage(siteDir, locale, { site: join(foldedSites, locale), copies: languageCopies, code }, starts, cacheDir)
        : { pages: 0, parts: 0, fromCache: 0, seconds: { linking: 0, indexing: 0, caching: 0 } };
  }
  if (Object.values(languages).every(({ pages }) => pages === 0))
    throw new Error(`Pagefind found no page marked data-pagefind-body in ${siteDir}.`);
  return { foldingSeconds, languages };
}

/** What the search step's log reports. */
export interface SearchIndex {
  /** Copying every language's release pages with their typography folded. */
  foldingSeconds: number;
  languages: Record<Locale, LanguageIndex>;
}
