import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { releasePath } from '../../src/i18n/paths.ts';
import { pairedRelease } from './support/seed';

/** Every sample release file's reference, read from the files themselves, so a new sample release is covered too. */
const seedReleases = ['en', 'fr'].flatMap((locale) =>
  readdirSync(join('content', locale)).map((name) => {
    const frontmatter = parse(readFileSync(join('content', locale, name), 'utf8').split(/^---$/m)[1] ?? '') as { reference?: string };
    return { path: releasePath(locale as 'en' | 'fr', name.replace(/\.mdx?$/, '')), reference: frontmatter.reference, locale };
  }),
);

test.describe('the life of a release, on the sample releases', () => {
  test('every release shows its reference on every version, and names it in JSON-LD', async ({ page }) => {
    for (const { path, reference, locale } of seedReleases) {
      expect(reference, path).toMatch(/^NR\/\d{4}\/\d{3}$/);
      await page.goto(path);
      await expect(page.getByText(locale === 'en' ? `Reference: ${reference}` : `Référence\u00a0: ${reference}`)).toBeVisible();
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
        identifier?: string;
      };
      expect(jsonLd.identifier).toBe(reference);
    }
  });

  test('a short address opens the language the reader chose on the site, else their browser’s', async ({ browser }) => {
    const french = await browser.newContext({ locale: 'fr-FR' });
    const page = await french.newPage();
    await page.goto('/r/NR-2013-001/');
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.fr.path}$`));
    // A reader of a French browser who chose English on the site gets English.
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.goto('/r/NR-2013-001/');
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.en.path}$`));
    await french.close();
  });

  test('the sitemap dates every release page', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const { path } of seedReleases) expect(sitemap).toMatch(new RegExp(`${path}</loc><lastmod>\\d{4}(-\\d{2}){0,2}</lastmod>`));
  });
});
