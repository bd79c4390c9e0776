/**
 * The yardstick for search bytes: plain Pagefind on the same release pages. The built release
 * pages are copied without the metadata, filters and sort keys this site adds, indexed by
 * Pagefind's command line with its defaults, and searched through Pagefind's own Default UI,
 * so the bench can say how this site's first search compares byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { releasesFolderPath } from '../../src/i18n/paths.ts';
import { pagefindProgram } from '../../src/search/build/pagefind-index.ts';
import { inColdBrowsers, searchBytesOf, timeToFiveResults, type SearchQuery } from './measure-search.ts';

export interface PlainSearchMeasure {
  locale: string;
  query: string;
  /** Bytes under /pagefind/ from opening the page to the first results, as for this site's search. */
  searchBytes: number;
}

/** The block of `data-pagefind-meta`, `-filter` and `-sort` spans SearchIndexFields.astro writes. */
const indexFieldsBlock = /<div hidden data-pagefind-ignore>(?:<span data-pagefind-[^>]*><\/span>)*<\/div>/;

/** Copies the release pages of `siteDir` into `plainDir`, stripped of this site's index fields, and indexes them. */
export async function buildPlainPagefindSite(siteDir: string, plainDir: string): Promise<void> {
  for (const locale of locales) {
    const folder = releasesFolderPath(locale).slice(1, -1);
    for (const slug of readdirSync(join(siteDir, folder))) {
      const html = readFileSync(join(siteDir, folder, slug, 'index.html'), 'utf8');
      mkdirSync(join(plainDir, folder, slug), { recursive: true });
      writeFileSync(join(plainDir, folder, slug, 'index.html'), html.replace(indexFieldsBlock, ''));
    }
    // Pagefind's Default UI, as its documentation sets it up, in the page's language.
    mkdirSync(join(plainDir, 'search', locale), { recursive: true });
    writeFileSync(
      join(plainDir, 'search', locale, 'index.html'),
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>` +
        `<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script></body></html>`,
    );
  }
  cpSync(join(siteDir, '_astro'), join(plainDir, '_astro'), { recursive: true });
  execFileSync(await pagefindProgram(), ['--site', plainDir, '--quiet'], { stdio: 'inherit' });
}

/** What stopped plain Pagefind: the signal that killed it (SIGKILL is the system's out-of-memory killer here), or its message. */
export function plainPagefindFailure(error: unknown): string {
  const { signal, status } = error as { signal?: string | null; status?: number | null };
  if (signal)
    return `Pagefind was killed by ${signal}${signal === 'SIGKILL' ? ' (the system, out of memory: one index of every page)' : ''}`;
  if (typeof status === 'number') return `Pagefind exited with code ${status}`;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** A reader's first search on the plain site: bytes under /pagefind/ until the first results show. */
export function measurePlainSearch(plainDir: string, queries: readonly SearchQuery[]): Promise<PlainSearchMeasure[]> {
  return inColdBrowsers(plainDir, queries, async (page, origin, { locale, query }, served) => {
    await page.goto(`${origin}/search/${locale}/`);
    await page.locator('.pagefind-ui__search-input').fill(query);
    await timeToFiveResults(page, query, { summary: '.pagefind-ui__message', result: '.pagefind-ui__result-link' });
    return { locale, query, searchBytes: searchBytesOf(served()).total };
  });
}
