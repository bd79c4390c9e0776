import { execFile } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { locales, type Locale } from '../../i18n/locales.ts';
import { hrefToSitePath, releasesFolderPath } from '../../i18n/paths.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';

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
 * Indexes one language's release pages into its own bundle, `<siteDir>/pagefind/<locale>/`.
 * Only release pages carry `data-pagefind-body`: pointing Pagefind at their folder spares it reading
 * every list, topic and year page. One language at a time, each in a Pagefind process of its own
 * that exits before the next starts: Pagefind holds every parsed page until it writes, so two
 * languages together need more memory than the larger one alone.
 */
async function indexLanguage(siteDir: string, locale: Locale): Promise<number> {
  const releaseFolder = hrefToSitePath(releasesFolderPath(locale)).slice(1, -1);
  const bundleDir = join(siteDir, searchBundlePath(locale));
  // A language without a single release has nothing to index (Pagefind refuses an empty site).
  if (!(await stat(join(siteDir, releaseFolder)).catch(() => undefined))) return 0;
  const args = ['--site', siteDir, '--glob', `${releaseFolder}/**/*.html`, '--output-path', bundleDir, '--quiet'];
  const options = { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...pagefindAllocator } };
  await promisify(execFile)(await pagefindProgram(), args, options).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`Pagefind could not index the pages in ${join(siteDir, releaseFolder)}:\n${error.stderr || error.stdout || error}`);
  });
  await Promise.all(unusedBundleFiles.map((file) => rm(join(bundleDir, file), { force: true })));
  return await indexedPageCount(bundleDir, locale);
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

/** Builds the search bundle of every language. Returns the number of pages indexed per language. */
export async function buildSearchIndex(siteDir: string): Promise<Record<Locale, number>> {
  const counts = {} as Record<Locale, number>;
  for (const locale of locales) counts[locale] = await indexLanguage(siteDir, locale);
  if (Object.values(counts).every((count) => count === 0))
    throw new Error(`Pagefind found no page marked data-pagefind-body in ${siteDir}.`);
  return counts;
}
