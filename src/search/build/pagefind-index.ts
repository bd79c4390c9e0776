import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { locales, type Locale } from '../../i18n/locales.ts';
import { hrefToSitePath, releasesFolderPath } from '../../i18n/paths.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { foldTypography } from '../contract/normalise-text.ts';
import { fillTypographyField } from './typography-field.ts';
import { folderToHash, restoreSearchBundle, saveSearchBundle } from './search-bundle-cache.ts';

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
 * Indexes one language's release pages into its own bundle, `<siteDir>/pagefind/<locale>/`, with
 * the pages of releases that exist only in other languages: the language's news list shows those
 * releases, so its search finds them too (marked with their language by their `language` meta).
 * Only release pages carry `data-pagefind-body`: pointing Pagefind at their folders spares it reading
 * every list, topic and year page. One language at a time, each in a Pagefind process of its own
 * that exits before the next starts: Pagefind holds every parsed page until it writes, so two
 * languages together need more memory than the larger one alone. When the pages to index and the
 * indexer are those of the last build, its bundle is copied from `cacheDir` instead: an edit in
 * one language re-indexes that language only.
 */
async function indexLanguage(siteDir: string, locale: Locale, cacheDir: string): Promise<LanguageIndex> {
  const bundleDir = join(siteDir, searchBundlePath(locale));
  const foldedSite = await mkdtemp(join(tmpdir(), `newsroom-search-${locale}-`));
  let fromCache = false;
  const seconds: LanguageIndex['seconds'] = { folding: 0, hashing: 0, indexing: 0, caching: 0 };
  let started = performance.now();
  // Each step's wall time, for the build's log: what a rebuild pays is read there, not guessed.
  const lap = (step: keyof LanguageIndex['seconds']) => {
    seconds[step] = (performance.now() - started) / 1000;
    started = performance.now();
  };
  try {
    let pages = 0;
    for (const pageLocale of locales) {
      const folder = hrefToSitePath(releasesFolderPath(pageLocale)).slice(1, -1);
      // The language's own pages, and the others' pages whose release has no version in it.
      const keep = pageLocale === locale ? () => true : (html: string) => !html.includes(releaseLanguageFilter(locale));
      pages += await copyFolded(join(siteDir, folder), join(foldedSite, folder), keep, { from: pageLocale, to: locale });
    }
    // A language whose list shows no release has nothing to index (Pagefind refuses an empty site).
    if (pages === 0) return { pages: 0, fromCache, seconds };
    lap('folding');
    const key = (await folderToHash(foldedSite, createHash('sha256').update(await indexerIdentity()))).digest('hex');
    lap('hashing');
    fromCache = await restoreSearchBundle(cacheDir, locale, key, bundleDir);
    if (!fromCache) {
      await runPagefind(foldedSite, bundleDir);
      await Promise.all(unusedBundleFiles.map((file) => rm(join(bundleDir, file), { force: true })));
      lap('indexing');
      await saveSearchBundle(cacheDir, locale, key, bundleDir);
    }
    lap('caching');
  } finally {
    await rm(foldedSite, { recursive: true, force: true });
  }
  return { pages: await indexedPageCount(bundleDir, locale), fromCache, seconds };
}

/** One language's bundle: its pages, whether it was copied from the cache, and each step's seconds. */
export interface LanguageIndex {
  pages: number;
  fromCache: boolean;
  /** Copying the pages with their typography folded, hashing them, Pagefind's run, and copying the bundle to or from the cache. */
  seconds: { folding: number; hashing: number; indexing: number; caching: number };
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

/** The filter SearchIndexFields.astro writes on every version of a release that exists in `locale`. */
function releaseLanguageFilter(locale: Locale): string {
  return `data-pagefind-filter="languages:${locale}"`;
}

/**
 * Copies the pages of a folder that `keep` accepts, with their typography folded (foldTypography):
 * Pagefind splits words at a straight apostrophe but not at ’, and knows neither œ nor a non-breaking
 * space, so it indexes this copy (case and accents are kept); each page's typography field gives the
 * search page the words as written, to show excerpts in the release's own typography. The
 * characters folded have no meaning in HTML's syntax, so folding a whole file changes only text and
 * attribute values. A page of another language is declared in the bundle's (`<html lang>`), as
 * Pagefind keeps one index per declared language and the reader's page loads only its own.
 * Returns the number of pages copied; a missing folder has none.
 */
async function copyFolded(
  from: string,
  to: string,
  keep: (html: string) => boolean,
  language: { from: Locale; to: Locale },
): Promise<number> {
  // Read and written one after another, synchronously: awaiting each of some 50,000 small reads and
  // writes through the thread pool took most of the copy's time (README, "Performance").
  const entries = await readdir(from, { withFileTypes: true, recursive: true }).catch(() => []);
  let copied = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const source = join(entry.parentPath, entry.name);
    const html = readFileSync(source, 'utf8');
    if (!keep(html)) continue;
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    const declared = html.replace(`<html lang="${language.from}"`, `<html lang="${language.to}"`);
    writeFileSync(target, foldTypography(fillTypographyField(declared, source)));
    copied += 1;
  }
  return copied;
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
 * of the last build. Returns the number of pages indexed per language, and whether the bundle was copied.
 */
export async function buildSearchIndex(siteDir: string, cacheDir: string): Promise<Record<Locale, LanguageIndex>> {
  const counts = {} as Record<Locale, LanguageIndex>;
  for (const locale of locales) counts[locale] = await indexLanguage(siteDir, locale, cacheDir);
  if (Object.values(counts).every(({ pages }) => pages === 0))
    throw new Error(`Pagefind found no page marked data-pagefind-body in ${siteDir}.`);
  return counts;
}
