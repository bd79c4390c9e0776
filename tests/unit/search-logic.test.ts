import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeToName } from '../../src/i18n/language-names.ts';
import { locales } from '../../src/i18n/locales.ts';
import { pluralForms } from '../../src/i18n/plural-forms.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import {
  jsonToSearchMessages,
  resultInNote,
  searchMessagesToJson,
  type SearchMessages,
} from '../../src/search/contract/search-messages.ts';
import { searchFacets } from '../../src/search/contract/index-fields.ts';
import {
  failureToSummary,
  filterCountToLabel,
  formDataToChosen,
  formDataToSort,
  inputToWords,
  nextResultRange,
  resultCountToSummary,
  shortestTerm,
} from '../../src/search/browser/search-logic.ts';

/** The French page's messages, built as SearchPanel.astro builds them. */
function frenchMessages(): SearchMessages {
  const t = useTranslations('fr');
  return {
    none: t('search.summaryNone', { terms: '{terms}' }),
    counts: pluralForms('fr', 'search.summary'),
    error: t('search.error'),
    offlineOthers: t('search.offlineOthersNotKept'),
    offlineError: t('search.offlineError'),
    datePrecision: { year: t('date.yearOnly'), month: t('date.monthOnly') },
    resultIn: Object.fromEntries(locales.map((language) => [language, t('search.resultIn', { language: localeToName(language, 'fr') })])),
    alsoIn: Object.fromEntries(locales.map((language) => [language, t('search.alsoIn', { language: localeToName(language, 'fr') })])),
    noneNext: t('search.noneNext'),
    aboutCounts: pluralForms('fr', 'search.summaryAbout'),
    atLeastCounts: pluralForms('fr', 'search.summaryAtLeast'),
    aboutFilterCount: t('search.filterCountAbout', { count: '{count}' }),
  };
}

const numbers = new Intl.NumberFormat('fr-FR');
const plurals = new Intl.PluralRules('fr-FR');

describe('the search page’s words', () => {
  it('go through data-messages and come back the same, whatever the sentences say', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (sentence, note) => {
        const messages = { ...frenchMessages(), error: sentence, resultIn: { en: note, fr: 'En français' } };
        expect(jsonToSearchMessages(searchMessagesToJson(messages))).toEqual(messages);
      }),
    );
  });

  it('refuse a data-messages that lacks a sentence, naming it', () => {
    const { offlineError: _offlineError, ...withoutOne } = frenchMessages();
    expect(() => jsonToSearchMessages(JSON.stringify(withoutOne))).toThrow(/lacks offlineError/);
    expect(() => jsonToSearchMessages(JSON.stringify({ ...frenchMessages(), counts: { one: '{count} résultat' } }))).toThrow(
      /counts\.other/,
    );
    expect(() => jsonToSearchMessages('null')).toThrow(
      /lacks none, noneNext, error, offlineOthers, offlineError, aboutFilterCount, counts\.other, aboutCounts\.other/,
    );
  });

  it('name a result’s language, or its code when the site has no such language', () => {
    expect(resultInNote(frenchMessages(), 'en')).toBe('En anglais');
    expect(resultInNote(frenchMessages(), 'es')).toBe('es');
  });
});

describe('a search', () => {
  it('starts at two characters of words, not counting spaces, elided words or apostrophes', () => {
    expect(inputToWords(' a ')).toBeUndefined();
    expect(inputToWords('  l’ ')).toBeUndefined();
    expect(inputToWords('L’Interface d’INTERPOL’s')).toEqual(['interface', 'interpol']);
    fc.assert(
      fc.property(fc.string(), (input) => {
        const words = inputToWords(input);
        if (words) expect(words.join('').length).toBeGreaterThanOrEqual(shortestTerm);
      }),
    );
  });

  it('keeps any ticked value of a facet, and every ticked facet; nothing else of the form', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...searchFacets, 'q', 'order', 'include-other'), fc.array(fc.string(), { maxLength: 3 })),
        (ticked) => {
          const data = new FormData();
          for (const [name, values] of Object.entries(ticked)) for (const value of values) data.append(name, value);
          const expected = Object.fromEntries(
            searchFacets.filter((facet) => (ticked[facet] ?? []).length > 0).map((facet) => [facet, ticked[facet]]),
          );
          expect(formDataToChosen(data)).toEqual(expected);
        },
      ),
    );
  });

  it('sorts newest first only when asked, by relevance otherwise', () => {
    const data = new FormData();
    expect(formDataToSort(data)).toBeUndefined();
    data.set('order', 'relevance');
    expect(formDataToSort(data)).toBeUndefined();
    data.set('order', 'newest');
    expect(formDataToSort(data)).toEqual({ date: 'desc' });
  });

  it('shows the next results in order, never past the last, and says whether more remain', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.integer({ min: -5, max: 30 }), (a, b, count) => {
        const [shown, total] = a <= b ? [a, b] : [b, a];
        const range = nextResultRange(shown, total, count);
        expect(range.start).toBe(shown);
        expect(range.end).toBe(Math.min(total, shown + Math.max(0, count)));
        expect(range.more).toBe(range.end < total);
      }),
    );
  });

  it('sums up in French with the reader’s words as typed and the count grouped with a non-breaking space', () => {
    const messages = frenchMessages();
    expect(resultCountToSummary(messages, 0, 'l’« Interpol »', numbers, plurals)).toBe('Aucun résultat pour l’« Interpol »');
    expect(resultCountToSummary(messages, 1, 'Valls', numbers, plurals)).toBe('Un résultat pour Valls');
    expect(resultCountToSummary(messages, 12345, 'Valls', numbers, plurals)).toBe('12\u202f345 résultats pour Valls');
    // Braces a reader types are their words, not placeholders.
    fc.assert(
      fc.property(fc.string(), fc.nat(100_000), (term, count) => {
        const summary = resultCountToSummary(messages, count, term, numbers, plurals);
        expect(summary.endsWith(` pour ${term}`)).toBe(true);
      }),
    );
  });

  it('says plainly when a count is an estimate, in the summary and beside each filter, and never of nothing', () => {
    const messages = frenchMessages();
    expect(resultCountToSummary(messages, 1234, 'police', numbers, plurals, 'about')).toBe('Environ 1\u202f234 résultats pour police');
    expect(resultCountToSummary(messages, 1_000_000, 'police', numbers, plurals, 'about')).toBe(
      'Environ 1\u202f000\u202f000 de résultats pour police',
    );
    expect(resultCountToSummary(messages, 1234, 'police', numbers, plurals, 'exact')).toBe('1\u202f234 résultats pour police');
    expect(resultCountToSummary(messages, 0, 'police', numbers, plurals, 'about')).toBe('Aucun résultat pour police');
    expect(filterCountToLabel(messages, 42, true, numbers)).toBe('(environ 42)');
    expect(filterCountToLabel(messages, 42, false, numbers)).toBe('(42)');
    expect(filterCountToLabel(messages, 0, true, numbers)).toBe('(0)');
    const english = useTranslations('en');
    const en = {
      ...messages,
      aboutCounts: pluralForms('en', 'search.summaryAbout'),
      aboutFilterCount: english('search.filterCountAbout', { count: '{count}' }),
    };
    const enNumbers = new Intl.NumberFormat('en');
    expect(resultCountToSummary(en, 1234, 'police', enNumbers, new Intl.PluralRules('en'), 'about')).toBe('About 1,234 results for police');
    expect(filterCountToLabel(en, 1234, true, enNumbers)).toBe('(about 1,234)');
    // Every language's page can word an estimate: the forms its plural rules need are there.
    for (const locale of locales) expect(() => pluralForms(locale, 'search.summaryAbout')).not.toThrow();
  });

  it('says "at least" while the first screen shows and the other matches are still checked', () => {
    const messages = frenchMessages();
    expect(resultCountToSummary(messages, 5, 'sécurité', numbers, plurals, 'atLeast')).toBe('Au moins 5 résultats pour sécurité');
    expect(resultCountToSummary(messages, 1_000_000, 'vœux', numbers, plurals, 'atLeast')).toBe(
      'Au moins 1\u202f000\u202f000 de résultats pour vœux',
    );
    const english = { ...messages, atLeastCounts: pluralForms('en', 'search.summaryAtLeast') };
    expect(resultCountToSummary(english, 5, 'police', new Intl.NumberFormat('en'), new Intl.PluralRules('en'), 'atLeast')).toBe(
      'At least 5 results for police',
    );
    // Each kind words the same count differently, and none of them contradicts "no results".
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (count) => {
        const kinds = (['exact', 'atLeast', 'about'] as const).map((kind) =>
          resultCountToSummary(messages, count, 'x', numbers, plurals, kind),
        );
        expect(new Set(kinds).size).toBe(3);
      }),
    );
    for (const locale of locales) expect(() => pluralForms(locale, 'search.summaryAtLeast')).not.toThrow();
  });

  it('says whether a failure is the network or a fault', () => {
    const messages = frenchMessages();
    expect(failureToSummary(messages, false)).toBe(messages.offlineError);
    expect(failureToSummary(messages, true)).toBe(messages.error);
    expect(messages.offlineError).not.toBe(messages.error);
  });
});
