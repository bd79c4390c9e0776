import fc from 'fast-check';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { hrefToSitePath, releasesFolderPath } from '../../src/i18n/paths.ts';
import { copyFoldedReleases, foldedCopiesHash } from '../../src/search/build/folded-copies.ts';
import { indexedArticle } from '../../src/search/build/typography-field.ts';
import { typographyFieldElement } from '../../src/search/contract/typography-units.ts';
import { temporaryFolders } from './support/temporary-folders.ts';

const newFolder = temporaryFolders('folded-copies-test-');

/** A release page as the build writes it, in the parts the copy reads: its language, its year and languages' filters, its field. */
function releasePage(locale: Locale, versions: readonly Locale[], year: number, text: string): string {
  const filters = [`year:${year}`, ...versions.map((version) => `languages:${version}`)]
    .map((filter) => `<span data-pagefind-filter="${filter}"></span>`)
    .join('');
  return `<!DOCTYPE html><html lang="${locale}"><body>${indexedArticle}<div hidden data-pagefind-ignore>${typographyFieldElement('')}${filters}</div><p>${text}</p></article></body></html>`;
}

/** A site: for each release slug, its year and its text in the languages it has. */
type Site = Record<string, { year: number; texts: Partial<Record<Locale, string>> }>;

function writeSite(site: Site): string {
  const dir = newFolder();
  for (const [slug, { year, texts: versions }] of Object.entries(site)) {
    const languages = locales.filter((locale) => versions[locale] !== undefined);
    for (const locale of languages) {
      const page = join(dir, hrefToSitePath(releasesFolderPath(locale)).slice(1), slug, 'index.html');
      mkdirSync(join(page, '..'), { recursive: true });
      writeFileSync(page, releasePage(locale, languages, year, versions[locale]!));
    }
  }
  return dir;
}

/** Every file under `dir` but the manifest, by path, with its text. */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'manifest.json')
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(dir, file).split(sep).join('/'), readFileSync(file, 'utf8')]),
  );
}

// French as editors write it: typographic apostrophes, « », no-break spaces, œ.
const text = fc.constantFrom(
  'L’équipe l’a « corrigé »\u00a0!',
  'Les vœux de l’Interface\u202f: 3\u00a0000 agents',
  'A plain text',
  'It’s done',
);
const versions = fc.record({
  year: fc.integer({ min: 1990, max: 2030 }),
  texts: fc.record({ en: fc.option(text, { nil: undefined }), fr: fc.option(text, { nil: undefined }) }, { requiredKeys: [] }),
});
const sites = fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), versions), { minLength: 2, maxLength: 4 });

describe('the folded copies kept between builds', () => {
  it('are, after any sequence of sites, exactly the copies made from nothing, with the same counts', () => {
    fc.assert(
      fc.property(sites, (states) => {
        const kept = newFolder();
        let previous: { trees: Record<string, string>[]; hashes: (string | undefined)[] } | undefined;
        for (const state of states) {
          const site = writeSite(state);
          const fresh = newFolder();
          const languages = copyFoldedReleases(site, kept, 'code');
          expect(languages).toEqual(copyFoldedReleases(site, fresh, 'code'));
          expect(tree(kept)).toEqual(tree(fresh));
          // The hash that keys a language's search bundle changes exactly when its copies do.
          const trees = locales.map((locale) => tree(join(fresh, locale)));
          const hashes = locales.map((locale) => foldedCopiesHash(languages.get(locale) ?? [], 'code'));
          // Each copy carries its release's year, which decides its part of the index.
          for (const copy of [...languages.values()].flat()) expect(copy.year).toBe(state[copy.copy.split('/').at(-2)!]!.year);
          if (previous)
            for (const [at] of locales.entries())
              expect(hashes[at] === previous.hashes[at]).toBe(JSON.stringify(trees[at]) === JSON.stringify(previous.trees[at]));
          previous = { trees, hashes };
        }
      }),
      { numRuns: 30 },
    );
  });

  // A copy left by other code, or by a run cut short (no manifest), is never trusted.
  it.each([
    { when: 'the code is not the one that made them', spoil: (_kept: string) => 'other code' },
    {
      when: 'a run was cut short (no manifest)',
      spoil: (kept: string) => {
        rmSync(join(kept, 'manifest.json'));
        return 'code';
      },
    },
  ])('are all made again when $when', ({ spoil }) => {
    const site = writeSite({ a: { year: 2024, texts: { en: 'It’s done', fr: 'L’équipe' } } });
    const kept = newFolder();
    copyFoldedReleases(site, kept, 'code');
    const copy = Object.keys(tree(kept))[0]!;
    writeFileSync(join(kept, copy), 'not what the code writes');
    copyFoldedReleases(site, kept, spoil(kept));
    expect(readFileSync(join(kept, copy), 'utf8')).not.toBe('not what the code writes');
  });

  it('refuse an indexed page without a year, naming its file', () => {
    const site = writeSite({ a: { year: 2024, texts: { en: 'It’s done' } } });
    const page = join(site, hrefToSitePath(releasesFolderPath('en')).slice(1), 'a', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/data-pagefind-filter="year:\d+"/, ''));
    expect(() => copyFoldedReleases(site, newFolder(), 'code')).toThrow(`${page} is indexed for search but has no year filter`);
  });
});
