/**
 * The yardstick for search bytes: plain Pagefind on the same release pages. The built release
 * pages are copied without the metadata, filters and sort keys this site adds, indexed by
 * Pagefind's command line with its defaults, and searched through Pagefind's own Default UI,
 * so the bench can say how this site's first search compares byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/support/chromium.ts';
import { locales } from '../../src/i18n/locales.ts';
import { releasePath } from '../../src/i18n/paths.ts';
import { startCountingServer } from './counting-server.ts';

export interface PlainSearchMeasure {
  locale: string;
  query: string;
  /** Bytes under /pagefind/ from opening the page to the first results, as for this site's search. */
  searchBytes: number;
}

const pagefindCommand = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** The block of `data-pagefind-meta`, `-filter` and `-sort` spans SearchIndexFields.astro writes. */
const indexFieldsBlock = /<div hidden data-pagefind-ignore>(?:<span data-pagefind-[^>]*><\/span>)*<\/div>/;

/** Copies the release pages of `siteDir` into `plainDir`, stripped of this site's index fields, and indexes them. */
export function buildPlainPagefindSite(siteDir: string, plainDir: string): void {
  for (const locale of locales) {
    const folder = releasePath(locale, 'slug').replace(/^\/|\/slug\/$/g, '');
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
  execFileSync(process.execPath, [pagefindCommand, '--site', plainDir, '--quiet'], { stdio: 'inherit' });
}

/** A reader's first search on the plain site: bytes under /pagefind/ until the first results show. */
export async function measurePlainSearch(plainDir: string, queries: { locale: string; query: string }[]): Promise<PlainSearchMeasure[]> {
  const server = await startCountingServer(plainDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const measures: PlainSearchMeasure[] = [];
  try {
    for (const { locale, query } of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const first = server.requests.length;
      await page.goto(`${server.origin}/search/${locale}/`);
      await page.locator('.pagefind-ui__search-input').fill(query);
      // The Default UI says "N results for <query>" once the search is done, then loads up to five results.
      await page.waitForFunction(
        (query) => {
          const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
          // "Searching for police..." names the query too, before any result: wait for the count.
          if (!message.includes(query) || /(\.\.\.|…)\s*$/.test(message)) return false;
          const total = Number(/\d[\d,.\s]*/.exec(message)?.[0].replace(/\D/g, '') ?? 0);
          return document.querySelectorAll('.pagefind-ui__result-link').length >= Math.min(5, total);
        },
        query,
        { timeout: 120_000, polling: 'raf' },
      );
      const served = server.requests.slice(first).filter((request) => request.path.startsWith('/pagefind/'));
      measures.push({ locale, query, searchBytes: served.reduce((sum, request) => sum + request.bytes, 0) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return measures;
}
