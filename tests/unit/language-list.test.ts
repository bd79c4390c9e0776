import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeToName, localeToLanguageValues, onlyIn } from '../../src/i18n/language-names.ts';
import { locales, localesOtherThan, localeToDictionary, localeToRecord, primaryLocale } from '../../src/i18n/locales.ts';
import { pluralForms } from '../../src/i18n/plural-forms.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { newsListItems } from '../../src/releases/listing.ts';
import { pairBySlug } from '../../src/releases/pairing.ts';
import { parsePartialDate, type PartialDate } from '../../src/releases/partial-date.ts';
import { sitePages } from '../../src/releases/site-pages.ts';
import { newsArticleJsonLd } from '../../src/releases/structured-data.ts';
import type { TopicId } from '../../src/releases/vocabulary.ts';

const date = (text: string) => parsePartialDate(text) as PartialDate;
const entry = (id: string, topics: TopicId[] = ['terrorism']) => ({ id, data: { date: date('2024-05-02'), topics } });

describe('the production site’s languages', () => {
  it('are English then French, and nothing else', () => {
    expect(locales).toEqual(['en', 'fr']);
    expect(primaryLocale).toBe('en');
  });

  it('each have a record whose code is their own, written left to right', () => {
    for (const locale of locales) {
      expect(localeToRecord(locale).code).toBe(locale);
      expect(localeToRecord(locale).dir).toBe('ltr');
    }
    expect(() => localeToRecord('es')).toThrow('"es" is not one of the site\'s languages (en, fr)');
  });
});

describe('language names come from the records, never typed by hand', () => {
  it('name each language in each language, as the pages always have', () => {
    expect(localeToName('fr', 'en')).toBe('French');
    expect(localeToName('en', 'fr')).toBe('anglais');
    expect(localeToName('fr', 'fr')).toBe('français');
  });

  it('fill the sentences that named a language by hand with the same words as before', () => {
    const en = useTranslations('en');
    const fr = useTranslations('fr');
    expect(en('site.description')).toBe('Media releases in English and French.');
    expect(fr('site.description')).toBe('Communiqués de presse en français et en anglais.');
    expect(fr('footer.feedback')).toBe(
      'Les communiqués sont publiés en français et en anglais\u202f; certains n’existent que dans une langue.',
    );
    expect(en('search.includeOthers')).toBe('Also search the releases in French');
    expect(fr('search.offlineOthersNotKept')).toContain(
      '«\u202fRendre tous les communiqués disponibles hors ligne\u202f» garde les deux langues.',
    );
    expect(en('list.onlyIn', { languages: onlyIn('en', ['fr']) })).toBe('In French only');
    expect(fr('list.onlyIn', { languages: onlyIn('fr', ['en']) })).toBe('En anglais seulement');
    expect(localeToLanguageValues('en').everyLanguage).toBe('both languages');
  });
});

describe('plural forms', () => {
  it('come from Intl.PluralRules, with a form for every category of each language', () => {
    for (const locale of locales) {
      const rules = new Intl.PluralRules(localeToRecord(locale).intl);
      const forms = pluralForms(locale, 'search.summary');
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 10_000_000 }), (count) => {
          expect(forms[rules.select(count)], `${locale} ${count}`).toBeDefined();
        }),
      );
    }
    expect(pluralForms('fr', 'search.summary').many).toBe('{count} de résultats pour {terms}');
    expect(localeToDictionary('en')['search.summary.one']).toBe('{count} result for {terms}');
  });
});

describe('the versions of a page, by language', () => {
  const releaseIds = fc.uniqueArray(
    fc.record({ slug: fc.stringMatching(/^[a-z]{1,8}$/), languages: fc.subarray([...locales], { minLength: 1 }) }),
    { selector: (release) => release.slug, minLength: 1, maxLength: 6 },
  );

  it('are the same list on every version, in the site’s order, and name exactly the languages the page exists in', () => {
    fc.assert(
      fc.property(releaseIds, (releases) => {
        const paired = pairBySlug(releases.flatMap(({ slug, languages }) => languages.map((locale) => entry(`${locale}/${slug}`))));
        const pages = sitePages(paired);
        for (const page of pages) {
          const sameKey = pages.filter((other) => other.key === page.key);
          expect(page.versions.map((version) => version.locale)).toEqual(sameKey.map((other) => other.locale));
          expect(page.versions).toContainEqual({ locale: page.locale, path: page.path });
        }
        for (const { slug, languages } of releases) {
          const release = pages.find((page) => page.key === `release:${slug}`)!;
          expect(release.versions.map((version) => version.locale)).toEqual(locales.filter((locale) => languages.includes(locale)));
        }
      }),
    );
  });

  it('show a release not in the list’s language in the first of its own, saying which it is in', () => {
    const [item] = newsListItems(pairBySlug([entry('fr/seulement')]), 'en');
    expect(item).toMatchObject({ locale: 'fr', languages: ['fr'] });
    expect(localesOtherThan('en')).toEqual(['fr']);
  });
});

describe('JSON-LD', () => {
  const base = {
    headline: 'Opération « Pangea »',
    description: undefined,
    date: date('2024-05-02'),
    author: { name: 'INTERPOL', url: 'https://www.interpol.int/' },
    publisher: {
      name: 'Office',
      url: new URL('https://x.org/en/'),
      logo: { url: new URL('https://x.org/logo.svg'), width: 40, height: 40 },
    },
    imageUrl: undefined,
  };
  const url = (locale: string) => new URL(`https://x.org/${locale}/news/pangea/`);
  const versions = ['en', 'fr', 'es'].map((locale) => ({ url: url(locale), locale }));

  it('names every translation on the original, and the original on each translation', () => {
    const original = newsArticleJsonLd({ ...base, url: url('en'), locale: 'en', versions });
    expect(original['workTranslation']).toEqual([
      { '@type': 'NewsArticle', '@id': url('fr').href, inLanguage: 'fr' },
      { '@type': 'NewsArticle', '@id': url('es').href, inLanguage: 'es' },
    ]);
    const translation = newsArticleJsonLd({ ...base, url: url('es'), locale: 'es', versions });
    expect(translation['translationOfWork']).toEqual({ '@type': 'NewsArticle', '@id': url('en').href, inLanguage: 'en' });
    expect(translation).not.toHaveProperty('workTranslation');
  });

  it('names one translation as a single value, and none when the release has one language', () => {
    const pair = newsArticleJsonLd({ ...base, url: url('en'), locale: 'en', versions: versions.slice(0, 2) });
    expect(pair['workTranslation']).toEqual({ '@type': 'NewsArticle', '@id': url('fr').href, inLanguage: 'fr' });
    const alone = newsArticleJsonLd({ ...base, url: url('fr'), locale: 'fr', versions: [versions[1]!] });
    expect(alone).not.toHaveProperty('workTranslation');
    expect(alone).not.toHaveProperty('translationOfWork');
  });
});
