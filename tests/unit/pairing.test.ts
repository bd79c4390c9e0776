import { describe, expect, it } from 'vitest';
import { idToSlug, languagesOf, pairBySlug, releaseEntries } from '../../src/releases/pairing.ts';

const entries = [{ id: 'en/visit' }, { id: 'fr/visit' }, { id: 'fr/only-french' }, { id: 'en/only-english' }];

describe('pairing releases by slug', () => {
  it('pairs the English and French files that share a slug', () => {
    const visit = pairBySlug(entries).find((release) => release.slug === 'visit');
    expect(visit?.versions).toEqual({ en: { id: 'en/visit' }, fr: { id: 'fr/visit' } });
    expect(languagesOf(visit!)).toEqual(['en', 'fr']);
  });

  it('keeps a release that exists in one language only, without inventing the other', () => {
    const releases = pairBySlug(entries);
    const french = releases.find((release) => release.slug === 'only-french')!;
    expect(languagesOf(french)).toEqual(['fr']);
    expect(releaseEntries(french)).toEqual([{ id: 'fr/only-french' }]);
    expect(releases).toHaveLength(3);
  });

  it('refuses two files with the same slug in one language instead of keeping one silently', () => {
    expect(() => pairBySlug([{ id: 'en/visit' }, { id: 'en/visit' }])).toThrow('Two files in content/en/ have the slug "visit"');
  });

  it('refuses a file outside the two language folders, naming it', () => {
    expect(() => pairBySlug([{ id: 'de/visit' }])).toThrow('"de/visit" is not under content/en/ or content/fr/');
    expect(() => idToSlug('visit')).toThrow('"visit" is not under');
  });
});
