import { describe, expect, it } from 'vitest';
import { idToLocale, localesOtherThan } from '../../src/i18n/locales.ts';
import { newsListPath, releasePath } from '../../src/i18n/paths.ts';
import { fillPlaceholders } from '../../src/i18n/placeholders.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { fr } from '../../src/i18n/ui/fr.ts';
import { organisationIds, releaseTypes, topicIds } from '../../src/releases/vocabulary.ts';

describe('UI dictionaries', () => {
  it('have exactly the same keys in English and French, apart from the plural forms only French has', () => {
    const pluralOnly = (key: string) => /^search\.summary(About|AtLeast)?\.(zero|two|few|many)$/.test(key);
    expect(
      Object.keys(fr)
        .filter((key) => !pluralOnly(key))
        .sort(),
    ).toEqual(Object.keys(en).sort());
  });

  it('have no empty string and no French string left in English', () => {
    for (const [key, value] of Object.entries(fr)) {
      expect(value.trim(), key).not.toBe('');
      if (!['site.name', 'org.interpol', 'release.photos', 'pagination.label'].includes(key)) {
        expect(value, `fr "${key}" is still the English text`).not.toBe(en[key as keyof typeof en]);
      }
    }
  });

  it('label every type, topic and organisation in both languages', () => {
    const keys = [...releaseTypes.map((t) => `type.${t}`), ...topicIds.map((t) => `topic.${t}`), ...organisationIds.map((o) => `org.${o}`)];
    for (const key of keys) {
      expect(en).toHaveProperty([key]);
      expect(fr).toHaveProperty([key]);
    }
  });

  it('fill placeholders, and refuse to show one left empty', () => {
    expect(useTranslations('fr')('list.pageTitle', { title: 'Actualités', page: 2, total: 3 })).toBe('Actualités, page 2 sur 3');
    expect(() => useTranslations('en')('pagination.current', { page: 2 })).toThrow('needs a value for {total}');
  });

  it("fill the browser's messages the same way, throwing rather than showing a gap", () => {
    expect(fillPlaceholders('{done} of {total} files', { done: 3, total: 10 })).toBe('3 of 10 files');
    expect(() => fillPlaceholders('{done} of {total} files', { done: 3 })).toThrow('"{done} of {total} files" needs a value for {total}.');
  });
});

describe('localized paths', () => {
  it('put releases under /en/news/ and /fr/actualites/', () => {
    expect(releasePath('en', 'visit')).toBe('/en/news/visit/');
    expect(releasePath('fr', 'visit')).toBe('/fr/actualites/visit/');
  });

  it('give list page 1 the language root and later pages /page/n/', () => {
    expect(newsListPath('fr')).toBe('/fr/');
    expect(newsListPath('en', 3)).toBe('/en/page/3/');
    expect(() => newsListPath('en', 0)).toThrow();
  });

  it('know the other languages and read the language of a content id, never guessing', () => {
    expect(localesOtherThan('en')).toEqual(['fr']);
    expect(idToLocale('fr/visit')).toBe('fr');
    expect(() => idToLocale('es/visit')).toThrow();
  });
});
