import { expect, test } from '@playwright/test';
import { relative } from 'node:path';
import { pageWeight, releasePages, type PageWeight } from '../../scripts/bench/page-weight.ts';
import { builtSites } from './support/built-sites.ts';
import { frenchOnlyRelease, pairedRelease } from './support/seed.ts';

// Budgets for a reader on a slow phone, checked on every release page of the built seed site.
// Bytes are stable from run to run, unlike times. JavaScript and CSS are counted as transferred
// (gzipped, as static hosts and CDNs serve them); HTML as written.
const seedDist = builtSites.seedDist;
const budgets = { js: 2 * 1024, css: 15 * 1024, htmlAroundText: 30 * 1024 };

// Read in beforeAll, not at load: listing the tests needs no built site.
let weights: { path: string; weight: PageWeight }[] = [];
test.beforeAll(() => {
  weights = releasePages(seedDist).map(({ file }) => ({
    path: `/${relative(seedDist, file)}`,
    weight: pageWeight(seedDist, file),
  }));
});

/** Every page over a budget, named, so a failure says which page and by how much. */
function overBudget(measure: (weight: PageWeight) => number, budget: number): string[] {
  return weights
    .filter(({ weight }) => measure(weight) > budget)
    .map(({ path, weight }) => `${path}: ${measure(weight)} bytes (budget ${budget})`);
}

test.describe('page budgets of release pages', () => {
  test('the seed site has release pages in both languages to measure', () => {
    expect(weights.some(({ path }) => path.startsWith('/en/news/'))).toBe(true);
    expect(weights.some(({ path }) => path.startsWith('/fr/actualites/'))).toBe(true);
  });

  test('a release page loads at most 2 KB of JavaScript before the reader asks for search', () => {
    expect(overBudget((weight) => weight.transferred.js, budgets.js)).toEqual([]);
  });

  test('a release page loads at most 15 KB of CSS', () => {
    expect(overBudget((weight) => weight.transferred.css, budgets.css)).toEqual([]);
  });

  test('the HTML around the release text stays under 30 KB', () => {
    expect(overBudget((weight) => weight.htmlAroundText, budgets.htmlAroundText)).toEqual([]);
  });

  test('no web font beyond one subsetted WOFF2', () => {
    const fonts = new Set(weights.flatMap(({ weight }) => weight.fonts));
    expect(fonts.size).toBeLessThanOrEqual(1);
    for (const font of fonts) expect(font).toMatch(/\.woff2$/);
  });

  test('every image carries its width and height, so nothing shifts as it loads', () => {
    expect(weights.flatMap(({ path, weight }) => weight.imagesWithoutSize.map((tag) => `${path}: ${tag}`))).toEqual([]);
  });
});

test.describe('a release page in the browser', () => {
  for (const path of [pairedRelease.en.path, frenchOnlyRelease.path]) {
    test(`${path} does not move while it loads and fetches no search code`, async ({ page }) => {
      const searchRequests: string[] = [];
      page.on('request', (request) => {
        // Search code only: the service worker may fetch index data to keep the language offline.
        if (/^\/pagefind\/.*\.(?:js|css|pagefind)$/.test(new URL(request.url()).pathname)) searchRequests.push(request.url());
      });
      await page.goto(path, { waitUntil: 'load' });
      const layoutShift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(layoutShift).toBe(0);
      expect(searchRequests).toEqual([]);
    });
  }
});
