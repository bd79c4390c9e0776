import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { releasePath, releasesFolderPath } from '../../src/i18n/paths.ts';
import { builtSites } from './support/built-sites.ts';

/** Slugs of the release files of one language, as an editor sees them in the folder. */
function sourceSlugs(contentDir: string, locale: string): string[] {
  return readdirSync(join(contentDir, locale))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}

/** Slugs of the release pages the build wrote in one language. */
function publishedSlugs(siteDir: string, locale: string): string[] {
  const folder = join(siteDir, releasesFolderPath(locale));
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'index.html')))
    .sort();
}

// Nothing is silently dropped: per language, the release files and the release pages are the same list.
for (const [name, contentDir, siteDir] of [
  ['the seed content', 'content', builtSites.seedDist],
  ['the generated corpus', builtSites.manyContent, builtSites.manyDist],
] as const) {
  test(`every file of ${name} becomes exactly one release page, in each language`, () => {
    for (const locale of locales) {
      const sources = sourceSlugs(contentDir, locale);
      expect(sources.length).toBeGreaterThan(0);
      expect(publishedSlugs(siteDir, locale)).toEqual(sources);
    }
  });
}

test('each seed release file is served at its address, in its own language', async ({ request }) => {
  for (const locale of locales) {
    for (const slug of sourceSlugs('content', locale)) {
      const response = await request.get(releasePath(locale, slug));
      expect(response.status(), releasePath(locale, slug)).toBe(200);
      expect(await response.text()).toContain(`<html lang="${locale}"`);
    }
  }
});
