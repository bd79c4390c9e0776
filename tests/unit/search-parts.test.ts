import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  metaContentToPartStarts,
  partStartsToMetaTag,
  searchPageToPartStarts,
  searchPartPath,
  searchPartPaths,
  yearCountsToPartStarts,
  yearToPart,
} from '../../src/search/contract/index-parts.ts';
import { toPageCount } from '../../src/site-settings.mjs';

/** Releases per year: some years between 1990 and 2030, each with 1 to 400 releases. */
const yearCounts = fc
  .dictionary(fc.integer({ min: 1990, max: 2030 }).map(String), fc.integer({ min: 1, max: 400 }), { minKeys: 1 })
  .map((counts) => new Map(Object.entries(counts).map(([year, count]) => [Number(year), count])));
const limit = fc.integer({ min: 1, max: 1500 });

/** The pages in each part, oldest first. */
function pagesPerPart(counts: ReadonlyMap<number, number>, starts: readonly number[]): number[] {
  const pages = starts.map(() => 0).concat(0);
  for (const [year, count] of counts) pages[yearToPart(year, starts)]! += count;
  return pages;
}

describe('the search index cut into parts by year', () => {
  it('gives every part some pages and at most the limit, unless one year alone is larger', () => {
    fc.assert(
      fc.property(yearCounts, limit, (counts, max) => {
        const starts = yearCountsToPartStarts(counts, max);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        for (const [part, pages] of pagesPerPart(counts, starts).entries()) {
          expect(pages).toBeGreaterThan(0);
          const years = [...counts.keys()].filter((year) => yearToPart(year, starts) === part);
          if (years.length > 1) expect(pages).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it('keeps one part while the whole archive fits the limit', () => {
    fc.assert(
      fc.property(yearCounts, (counts) => {
        const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
        expect(yearCountsToPartStarts(counts, total)).toEqual([]);
      }),
    );
  });

  it('leaves the older parts as they were when releases are published in the newest year or a later one', () => {
    fc.assert(
      fc.property(yearCounts, limit, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 400 }), (counts, max, later, added) => {
        const before = yearCountsToPartStarts(counts, max);
        const year = Math.max(...counts.keys()) + later;
        const after = yearCountsToPartStarts(new Map(counts).set(year, (counts.get(year) ?? 0) + added), max);
        expect(after.slice(0, before.length)).toEqual(before);
      }),
    );
  });

  it('serves each part from its own folder, the newest from the language’s', () => {
    fc.assert(
      fc.property(yearCounts, limit, (counts, max) => {
        const starts = yearCountsToPartStarts(counts, max);
        const paths = searchPartPaths('fr', starts);
        expect(paths[0]).toBe('/pagefind/fr/');
        expect(new Set(paths).size).toBe(starts.length + 1);
        for (const path of paths.slice(1)) expect(path).toMatch(/^\/pagefind\/fr\/(?:until-\d{4}|\d{4}-\d{4})\/$/);
        // Each year's part is named by years that include it.
        for (const year of counts.keys()) {
          const [first, last] = searchPartPath('fr', yearToPart(year, starts), starts)
            .match(/(\d{4})?-?(\d{4})?\/$/)!
            .slice(1);
          if (first !== undefined) expect(year).toBeGreaterThanOrEqual(Number(first));
          if (last !== undefined) expect(year).toBeLessThanOrEqual(Number(last));
        }
      }),
    );
  });

  it('is read back from the search page as it was written', () => {
    fc.assert(
      fc.property(yearCounts, limit, (counts, max) => {
        const starts = yearCountsToPartStarts(counts, max);
        const page = `<html><head>${partStartsToMetaTag(starts)}</head></html>`;
        expect(searchPageToPartStarts(page, 'fr/search/index.html')).toEqual(starts);
      }),
    );
  });

  it.each(['2017 2011', '2011 2011', '11', '2011,2017', 'recent'])('refuses the layout "%s" rather than guess', (content) => {
    expect(() => metaContentToPartStarts(content)).toThrow(`not "${content}"`);
  });

  it('names the search page that declares no layout', () => {
    expect(() => searchPageToPartStarts('<html></html>', 'dist/en/search/index.html')).toThrow(
      'dist/en/search/index.html has no newsroom-search-parts meta',
    );
  });

  it('takes its page limit from NEWSROOM_SEARCH_PART_PAGES, a whole number from 1, and refuses anything else naming the setting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (pages) => {
        expect(toPageCount('NEWSROOM_SEARCH_PART_PAGES', String(pages), 20000)).toBe(pages);
      }),
    );
    for (const wrong of ['0', '-5', '1e4', '20 000', 'many', ''])
      expect(() => toPageCount('NEWSROOM_SEARCH_PART_PAGES', wrong, 20000)).toThrow(
        `NEWSROOM_SEARCH_PART_PAGES is "${wrong}": write a whole number of pages, 1 or more, such as 20000.`,
      );
  });
});
