import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { locales } from '../i18n/locales.ts';
import { releasePath } from '../i18n/paths.ts';

/** Where the Pagefind bundle is written inside the built site, and served from. */
export const pagefindFolder = 'pagefind';

/**
 * Only release pages carry `data-pagefind-body`; pointing Pagefind at their folders spares it
 * reading and parsing every list, topic and year page (thousands on a large site) to find that out.
 */
const releasePagesGlob = `{${locales.map((locale) => releasePath(locale, 'slug').replace(/^\/|\/slug\/$/g, '')).join(',')}}/**/*.html`;

/** Pagefind answers with `errors` instead of throwing: turn any into a failed build that says what went wrong. */
function throwOnErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
}

/**
 * Indexes the built site at `siteDir` into `<siteDir>/pagefind/`: one index per `<html lang>`.
 * Only elements marked `data-pagefind-body` (the release articles) are indexed, so lists and chrome stay out.
 * Returns the number of pages indexed per language.
 */
export async function buildSearchIndex(siteDir: string): Promise<Record<string, number>> {
  try {
    const created = await createIndex({});
    throwOnErrors('start', created);
    const { index } = created;
    if (!index) throw new Error('Pagefind started without an index.');
    const added = await index.addDirectory({ path: siteDir, glob: releasePagesGlob });
    throwOnErrors(`index the pages in ${siteDir}`, added);
    if (added.page_count === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${siteDir}.`);
    throwOnErrors('write the search bundle', await index.writeFiles({ outputPath: join(siteDir, pagefindFolder) }));
    return await indexedPageCounts(siteDir);
  } finally {
    await close();
  }
}

/** Reads the bundle's entry file; a language other than `en` or `fr` means a page has a wrong `<html lang>`. */
async function indexedPageCounts(siteDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(siteDir, pagefindFolder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const counts = Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
  const unexpected = Object.keys(counts).filter((language) => !(locales as readonly string[]).includes(language));
  if (unexpected.length > 0) {
    throw new Error(`Pages were indexed under <html lang="${unexpected.join('", "')}">: every page must say lang="en" or lang="fr".`);
  }
  return counts;
}
