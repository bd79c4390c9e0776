import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { locales, type Locale } from '../../i18n/locales.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { copyFoldedReleases, foldingCodeIdentity } from './folded-copies.ts';
import { restoreSearchBundle, saveSearchBundle } from './search-bundle-cache.ts';

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
 * Indexes one language's folded release pages (folded-copies.ts) into its own bundle,
 * `<siteDir>/pagefind/<locale>/`. Only release pages carry `data-pagefind-body`: indexing their
 * copies spares Pagefind reading every list, topic and year page. One language at a time, each in a
 * Pagefind process of its own that exits before the next starts: Pagefind holds every parsed page
 * until it writes, so two languages together need more memory than the larger one alone. When the
 * pages to index and the indexer are those of the last build, its bundle is copied from `cacheDir`
 * instead: an edit in one language re-indexes that language only.
 */
async function indexLanguage(
  siteDir: string,
  locale: Locale,
  foldedSite: string,
  copiesHash: string,
  cacheDir: string,
): Promise<LanguageIndex> {
  const bundleDir = join(siteDir, searchBundlePath(locale));
  const seconds: LanguageIndex['seconds'] = { indexing: 0, caching: 0 };
  let started = performance.now();
  // Each step's wall time, for the build's log: what a rebuild pays is read there, not guessed.
  const lap = (step: keyof LanguageIndex['seconds']) => {
    seconds[step] = (performance.now() - started) / 1000;
    started = performance.now();
  };
  const key = createHash('sha256')
    .update(await indexerIdentity())
    .update(copiesHash)
    .digest('hex');
  const fromCache = restoreSearchBundle(cacheDir, locale, key, bundleDir);
  if (!fromCache) {
    await runPagefind(foldedSite, bundleDir);
    for (const file of unusedBundleFiles) rmSync(join(bundleDir, file), { force: true });
    lap('indexing');
    saveSearchBundle(cacheDir, locale, key, bundleDir);
  }
  lap('caching');
  return { pages: await indexedPageCount(bundleDir, locale), fromCache, seconds };
}

/** One language's bundle: its pages, whether it was copied from the cache, and each step's seconds. */
export interface LanguageIndex {
  pages: number;
  fromCache: boolean;
  /** Pagefind's run, and copying the bundle to or from the cache. */
  seconds: { indexing: number; caching: number };
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
 * Builds the search bundle of every language, or copies it from `cacheDir` when its pages are those
 * of the last build, from the folded copies kept in `<cacheDir>/newsroom-search/folded/`. Returns
 * the seconds the folded copies took, and per language the number of pages indexed, whether the
 * bundle was copied, and each step's seconds.
 */
export async function buildSearchIndex(siteDir: string, cacheDir: string): Promise<SearchIndex> {
  const started = performance.now();
  const foldedSites = join(cacheDir, 'newsroom-search', 'folded');
  const copies = copyFoldedReleases(siteDir, foldedSites, foldingCodeIdentity());
  const foldingSeconds = (performance.now() - started) / 1000;
  const languages = {} as Record<Locale, LanguageIndex>;
  for (const locale of locales) {
    // A language whose list shows no release has nothing to index (Pagefind refuses an empty site).
    const folded = copies[locale];
    languages[locale] = folded?.pages
      ? await indexLanguage(siteDir, locale, join(foldedSites, locale), folded.copiesHash, cacheDir)
      : { pages: 0, fromCache: false, seconds: { indexing: 0, caching: 0 } };
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
