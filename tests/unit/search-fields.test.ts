import { describe, expect, it } from 'vitest';
import { searchPath } from '../../src/i18n/paths.ts';
import { facetToFilterKey, releaseToSearchFields } from '../../src/search/index-fields.ts';
import { resultTemplate } from '../../src/search/result-template.ts';

const frenchOnly = {
  date: { year: 2013, month: 2, day: 22, precision: 'day' as const },
  type: 'news' as const,
  topics: ['customs-cooperation', 'illicit-trade'] as const,
  languages: ['fr'] as const,
};

describe('what a release page tells the search index', () => {
  it('gives each reader filter values in their own language, so merging the other index keeps filters working', () => {
    expect(releaseToSearchFields(frenchOnly, 'fr').filters).toEqual({
      year: ['2013'],
      type_en: ['News'],
      type_fr: ['Actualité'],
      topic_en: ['Customs cooperation', 'Illicit trade and counterfeiting'],
      topic_fr: ['Coopération douanière', 'Commerce illicite et contrefaçon'],
      languages_en: ['French'],
      languages_fr: ['français'],
    });
  });

  it('says the page language, and the date and type as each reader writes them', () => {
    expect(releaseToSearchFields(frenchOnly, 'fr').meta).toEqual({
      language: 'fr',
      date: '2013-02-22',
      date_en: '22 February 2013',
      date_fr: '22 février 2013',
      type_en: 'News',
      type_fr: 'Actualité',
    });
  });

  it('sorts by ISO date, a year-only date sorting as the start of its year', () => {
    expect(releaseToSearchFields(frenchOnly, 'fr').sort).toEqual({ date: '2013-02-22' });
    expect(releaseToSearchFields({ ...frenchOnly, date: { year: 2024, precision: 'year' } }, 'fr').sort).toEqual({ date: '2024' });
    expect('2024' > '2013-02-22' && '2024' < '2024-01-01').toBe(true);
  });

  it('names filter keys per reader, except the year, which needs no translation', () => {
    expect(facetToFilterKey('year', 'fr')).toBe('year');
    expect(facetToFilterKey('topic', 'en')).toBe('topic_en');
  });
});

describe('a search result, as shown to a reader', () => {
  it('shows the date and type in the reader’s language and says which language the release is in', () => {
    const template = resultTemplate('en');
    expect(template).toContain('{{ meta.date_en }} · {{ meta.type_en }}');
    expect(template).toContain('{{#if eq(meta.language, "fr")}}In French{{/if}}');
    expect(template).toContain('lang="{{ meta.language }}" hreflang="{{ meta.language }}"');
    expect(resultTemplate('fr')).toContain('{{#if eq(meta.language, "en")}}En anglais{{/if}}');
  });
});

it('search pages have a localized address in each language', () => {
  expect(searchPath('en')).toBe('/en/search/');
  expect(searchPath('fr')).toBe('/fr/recherche/');
});
