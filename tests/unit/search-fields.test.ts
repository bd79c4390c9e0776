import { describe, expect, it } from 'vitest';
import { searchPath } from '../../src/i18n/paths.ts';
import { searchBundlePath } from '../../src/search/contract/bundle-path.ts';
import { releaseToSearchFields } from '../../src/search/contract/index-fields.ts';

const frenchOnly = {
  date: { year: 2013, month: 2, day: 22, precision: 'day' as const },
  type: 'news' as const,
  topics: ['customs-cooperation', 'illicit-trade'] as const,
  languages: ['fr'] as const,
  slug: 'visite-de-la-delegation',
};

describe('what a release page tells the search index', () => {
  it('stores filter values as identifiers, once, whatever language the reader reads in', () => {
    expect(releaseToSearchFields(frenchOnly, 'fr').filters).toEqual({
      year: ['2013'],
      type: ['news'],
      topic: ['customs-cooperation', 'illicit-trade'],
      languages: ['fr'],
    });
  });

  it('says the page language, the date as precise as the source, and the type', () => {
    expect(releaseToSearchFields(frenchOnly, 'fr').meta).toEqual({
      language: 'fr',
      release: 'visite-de-la-delegation',
      date: '2013-02-22',
      type: 'news',
    });
    expect(releaseToSearchFields({ ...frenchOnly, date: { year: 2024, precision: 'year' } }, 'fr').meta.date).toBe('2024');
  });

  it('sorts by ISO date, a year-only date sorting as the start of its year', () => {
    expect(releaseToSearchFields(frenchOnly, 'fr').sort).toEqual({ date: '2013-02-22' });
    expect(releaseToSearchFields({ ...frenchOnly, date: { year: 2024, precision: 'year' } }, 'fr').sort).toEqual({ date: '2024' });
    expect(['2024-01-01', '2024', '2013-02-22'].sort()).toEqual(['2013-02-22', '2024', '2024-01-01']);
  });
});

it('search pages and search bundles have an address per language', () => {
  expect(searchPath('en')).toBe('/en/search/');
  expect(searchPath('fr')).toBe('/fr/recherche/');
  expect(searchBundlePath('fr')).toBe('/pagefind/fr/');
});
