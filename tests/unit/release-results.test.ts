import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchFacets, type SearchFacet } from '../../src/search/contract/index-fields.ts';
import { queryToWords } from '../../src/search/contract/normalise-text.ts';
import type { ResultData } from '../../src/search/browser/pagefind-api.ts';
import {
  releasesToChosen,
  releasesToFilterCounts,
  releasesToSettled,
  resultsToReleases,
  type ChosenFilters,
} from '../../src/search/browser/release-results.ts';

function page(release: string, language: string, content: string, filters: Partial<Record<SearchFacet, string[]>> = {}): ResultData {
  return {
    url: `/${language}/news/${release}/`,
    excerpt: '',
    content,
    meta: { title: release, language, release },
    filters: { year: ['2013'], type: ['news'], topic: [], languages: [language], ...filters },
  };
}

describe('the results a reader sees', () => {
  it('keeps only pages holding every word as a whole word: no prefix junk', () => {
    const pages = [
      page('a', 'fr', 'La sécurité et la coopération.'),
      page('b', 'fr', 'Une question d’éthique.'),
      page('c', 'en', 'What INTERPOL’s officers do.'),
    ];
    expect(resultsToReleases(pages, queryToWords('éthique'), 'fr').map((result) => result.data.meta.release)).toEqual(['b']);
    expect(resultsToReleases(pages, queryToWords('Ethique'), 'fr').map((result) => result.data.meta.release)).toEqual(['b']);
    expect(resultsToReleases(pages, queryToWords('douane'), 'en')).toEqual([]);
    expect(resultsToReleases(pages, queryToWords('interpol'), 'en').map((result) => result.data.meta.release)).toEqual(['c']);
  });

  it('shows a translated pair once, in the reader’s language, naming the other versions', () => {
    const both = { languages: ['en', 'fr'] };
    const pages = [
      page('pair', 'fr', 'Interpol à Lyon', both),
      page('pair', 'en', 'Interpol in Lyon', both),
      page('solo', 'fr', 'Interpol'),
    ];
    const releases = resultsToReleases(pages, ['interpol'], 'en');
    expect(releases.map((result) => [result.data.url, result.otherVersions])).toEqual([
      ['/en/news/pair/', ['fr']],
      ['/fr/news/solo/', []],
    ]);
  });

  it('counts beside each filter value exactly the releases ticking that value alone in its facet gives', () => {
    const value = fc.constantFrom('x', 'y', 'z');
    const release = fc.record({
      year: fc.constantFrom('2013', '2024'),
      type: fc.constantFrom('news', 'speech'),
      topic: fc.uniqueArray(value, { maxLength: 2 }),
      languages: fc.uniqueArray(fc.constantFrom('en', 'fr'), { minLength: 1, maxLength: 2 }),
    });
    const chosen = fc.record(
      { year: fc.subarray(['2013', '2024']), type: fc.subarray(['news', 'speech']), topic: fc.subarray(['x', 'y', 'z']) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(release, { maxLength: 12 }), chosen, (generated, ticked: ChosenFilters) => {
        const pages = generated.map((filters, index) =>
          page(`r${index}`, 'en', 'word', {
            year: [filters.year],
            type: [filters.type],
            topic: filters.topic,
            languages: filters.languages,
          }),
        );
        const releases = resultsToReleases(pages, ['word'], 'en');
        const counts = releasesToFilterCounts(releases, ticked);
        for (const facet of searchFacets) {
          for (const [value, count] of Object.entries(counts[facet] ?? {})) {
            expect(releasesToChosen(releases, { ...ticked, [facet]: [value] })).toHaveLength(count);
          }
          // A value with results under the other facets' ticks is never counted 0.
          for (const result of releasesToChosen(releases, { ...ticked, [facet]: [] }))
            for (const value of result.filters[facet]) expect(counts[facet]?.[value]).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('shows a first screen read from the first matches that the full list starts with, junk ranked first or not', () => {
    // Pages of releases r0..r5, in either language or both, holding the word or only a prefix of it
    // ("polic" for "police": Pagefind's junk), in any order Pagefind may rank them.
    const generatedPage = fc.record({
      release: fc.constantFrom('r0', 'r1', 'r2', 'r3', 'r4', 'r5'),
      language: fc.constantFrom('en', 'fr'),
      junk: fc.boolean(),
      year: fc.constantFrom('2013', '2024'),
    });
    const ticked = fc.record({ year: fc.subarray(['2013', '2024']) }, { requiredKeys: [] });
    fc.assert(
      fc.property(
        fc.array(generatedPage, { maxLength: 14 }),
        fc.nat(14),
        fc.constantFrom('en', 'fr'),
        ticked,
        (generated, cut, reader, chosen) => {
          // A release exists in the languages of its generated pages.
          const languages = (release: string) =>
            [...new Set(generated.filter((one) => one.release === release).map((one) => one.language))].sort();
          const pages = generated.map(({ release, language, junk, year }) =>
            page(release, language, junk ? 'La polic’ du quartier' : 'La police du quartier', {
              year: [year],
              languages: languages(release),
            }),
          );
          const read = Math.min(cut, pages.length);
          const all = releasesToChosen(resultsToReleases(pages, ['police'], reader), chosen);
          const first = releasesToChosen(
            releasesToSettled(resultsToReleases(pages.slice(0, read), ['police'], reader), reader, read === pages.length),
            chosen,
          );
          expect(all.slice(0, first.length)).toEqual(first);
          for (const release of first) expect(release.data.content).toContain('police ');
          if (read === pages.length) expect(first).toEqual(all);
        },
      ),
    );
  });

  it('holds back a release shown in the other language while its version in the reader’s may still match', () => {
    const both = { languages: ['en', 'fr'] };
    const pages = [
      page('solo', 'en', 'police'),
      page('pair', 'fr', 'police', both),
      page('later', 'en', 'police'),
      page('pair', 'en', 'police', both),
    ];
    const firstThree = resultsToReleases(pages.slice(0, 3), ['police'], 'en');
    expect(releasesToSettled(firstThree, 'en', false).map((release) => release.data.url)).toEqual(['/en/news/solo/']);
    // Read to the end, the pair shows in English, where its French version ranked.
    expect(releasesToSettled(resultsToReleases(pages, ['police'], 'en'), 'en', true).map((release) => release.data.url)).toEqual([
      '/en/news/solo/',
      '/en/news/pair/',
      '/en/news/later/',
    ]);
  });
});
