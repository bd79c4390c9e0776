import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { releasePath } from '../../src/i18n/paths.ts';
import { releasesPerPage } from '../../src/releases/listing.ts';
import { pairBySlug } from '../../src/releases/pairing.ts';
import type { PartialDate } from '../../src/releases/partial-date.ts';
import { sitePages } from '../../src/releases/site-pages.ts';
import { topicIds } from '../../src/releases/vocabulary.ts';

/** A small deterministic random source, so every run checks the same generated archives. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return { below: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

/** An archive of `count` releases: some in both languages, some in one, dates of every precision, random topics. */
function generatedArchive(seed: number, count: number) {
  const random = randomSource(seed);
  const entries = [];
  for (let index = 0; index < count; index++) {
    const year = 2010 + random.below(15);
    const date: PartialDate = random.chance(0.2)
      ? { year, precision: 'year' }
      : { year, month: 1 + random.below(12), day: 1 + random.below(28), precision: 'day' };
    const topics = topicIds.filter(() => random.chance(0.15));
    const languages = random.chance(0.5) ? locales : [locales[random.below(locales.length)]!];
    for (const locale of languages) entries.push({ id: `${locale}/release-${index}`, data: { date, topics } });
  }
  return { entries, releases: pairBySlug(entries) };
}

describe('the site page list, for generated archives', () => {
  for (const [seed, count] of [
    [1, 0],
    [2, 1],
    [3, 19],
    [4, 20],
    [5, 21],
    [6, 75],
  ] as const) {
    const { entries, releases } = generatedArchive(seed, count);
    const pages = sitePages(releases);
    const pathsOf = (kind: string) => pages.filter((page) => page.kind === kind).map((page) => page.path);

    it(`gives every release file exactly one page, and no more (${count} releases)`, () => {
      const releasePages = pathsOf('release');
      expect(releasePages.toSorted()).toEqual(
        entries.map((entry) => releasePath(...(entry.id.split('/') as [(typeof locales)[number], string]))).toSorted(),
      );
    });

    it(`never lists one address twice (${count} releases)`, () => {
      const paths = pages.map((page) => page.path);
      expect(new Set(paths).size).toBe(paths.length);
    });

    it(`pages each list the same way in both languages, so every list page has its counterpart (${count} releases)`, () => {
      for (const key of new Set(pages.map((page) => page.key))) {
        const versions = pages.filter((page) => page.key === key);
        if (versions[0]?.kind === 'release') continue;
        expect(
          versions.map((page) => page.locale),
          key,
        ).toEqual([...locales]);
      }
      expect(pathsOf('list').filter((path) => /^\/[a-z]+\/(page\/\d+\/)?$/.test(path))).toHaveLength(
        locales.length * Math.max(1, Math.ceil(releases.length / releasesPerPage)),
      );
    });

    it(`shows every release once in each language's news list (${count} releases)`, () => {
      for (const locale of locales) {
        const shown = pages.flatMap((page) =>
          page.kind === 'list' && page.locale === locale && page.scope.kind === 'all' ? page.listPage.items.map((item) => item.slug) : [],
        );
        expect(shown.toSorted()).toEqual(releases.map((release) => release.slug).toSorted());
      }
    });

    it(`has a list and a feed for each topic in use, and a list for each year, in each language (${count} releases)`, () => {
      const topicsUsed = new Set(entries.flatMap((entry) => entry.data.topics));
      const yearsUsed = new Set(entries.map((entry) => entry.data.date.year));
      const firstPages = pages.filter((page) => page.kind === 'list' && page.listPage.page === 1);
      expect(firstPages.filter((page) => page.kind === 'list' && page.scope.kind === 'topic')).toHaveLength(
        topicsUsed.size * locales.length,
      );
      expect(firstPages.filter((page) => page.kind === 'list' && page.scope.kind === 'year')).toHaveLength(yearsUsed.size * locales.length);
      expect(pathsOf('feed')).toHaveLength((topicsUsed.size + 1) * locales.length);
    });
  }
});
