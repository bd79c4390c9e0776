import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { locales, type Locale } from '../i18n/locales.ts';
import { releasePath, searchBundlePath } from '../i18n/paths.ts';

/**
 * Pagefind writes three ready-made interfaces and a runtime for pages of no known language into every
 * bundle. The search page is this site's own, over `pagefind.js`: the rest would only be dead weight.
 */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

/** Pagefind answers with `errors` instead of throwing: turn any into a failed build that says what went wrong. */
function throwOnErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
}

/**
 * Indexes one language's release pages into its own bundle, `<siteDir>/pagefind/<locale>/`.
 * Only release pages carry `data-pagefind-body`: pointing Pagefind at their folder spares it reading
 * every list, topic and year page. One language at a time, each in a Pagefind process of its own
 * that exits before the next starts: Pagefind holds every parsed page until it writes, so two
 * languages together need a third more memory than the larger one alone.
 */
async function indexLanguage(siteDir: string, locale: Locale): Promise<number> {
  const releaseFolder = releasePath(locale, 'slug').replace(/^\/|\/slug\/$/g, '');
  const bundleDir = join(siteDir, searchBundlePath(locale));
  try {
    const created = await createIndex({});
    throwOnErrors('start', created);
    const { index } = created;
    if (!index) throw new Error('Pagefind started without an index.');
    const added = await index.addDirectory({ path: siteDir, glob: `${releaseFolder}/**/*.html` });
    throwOnErrors(`index the pages in ${join(siteDir, releaseFolder)}`, added);
    throwOnErrors('write the search bundle', await index.writeFiles({ outputPath: bundleDir }));
    await Promise.all(unusedBundleFiles.map((file) => rm(join(bundleDir, file), { force: true })));
  } finally {
    await close();
  }
  return await indexedPageCount(bundleDir, locale);
}

/** Reads the bundle's entry file; any language but `locale` means a page has a wrong `<html lang>`. */
async function indexedPageCount(bundleDir: string, locale: Locale): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const unexpected = Object.keys(entry.languages).filter((language) => language !== locale);
  if (unexpected.length > 0) {
    throw new Error(`Pages in the ${locale} releases were indexed under <html lang="${unexpected.join('", "')}">: they must say lang="${locale}".`);
  }
  return entry.languages[locale]?.page_count ?? 0;
}

/** Builds the search bundle of every language. Returns the number of pages indexed per language. */
export async function buildSearchIndex(siteDir: string): Promise<Record<Locale, number>> {
  const counts = {} as Record<Locale, number>;
  for (const locale of locales) counts[locale] = await indexLanguage(siteDir, locale);
  if (Object.values(counts).every((count) => count === 0)) throw new Error(`Pagefind found no page marked data-pagefind-body in ${siteDir}.`);
  return counts;
}
