import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtSites } from './support/built-sites.ts';
import { resultLinks, searchFor, searchPages, searchResults } from './support/search.ts';

// The generated corpus includes tests/fixtures/hostile/inert/: markup in every field, which the
// content check lets through because, published as text, it is harmless. Prove that it is.
const hostile = {
  en: {
    path: '/en/news/markup-in-every-field/',
    title: '<img src=x> & <b>bold</b> "quoted" </title>',
    standfirst: '</p><h1>Not a heading</h1> {{ template }} ${expression}',
  },
  fr: {
    path: '/fr/actualites/markup-in-every-field/',
    title: '<img src=x> & <b>gras</b> « guillemets » </title>',
    standfirst: '</p><h1>Pas un titre</h1> {{ modèle }} ${expression}',
  },
};

/** Fails the test on any dialog or page error, the signs of a script that ran. */
function watchForScripts(page: Page): string[] {
  const incidents: string[] = [];
  page.on('dialog', async (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  return incidents;
}

for (const locale of ['en', 'fr'] as const) {
  const release = hostile[locale];

  test.describe(`a hostile-but-valid ${locale} release`, () => {
    test('shows its markup as text on the page, and nothing of it becomes an element', async ({ page }) => {
      const incidents = watchForScripts(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(release.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('.release-standfirst')).toHaveText(release.standfirst);
      expect(await page.title()).toContain(release.title);
      await expect(page.locator('img[src="x"], main b, main u, .release-dateline i')).toHaveCount(0);
      // A very long word wraps instead of pushing the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(incidents).toEqual([]);
    });

    test('keeps it as text in the feed and in the metadata', async ({ page }) => {
      await page.goto(release.path);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', release.title);
      const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(article.headline).toBe(release.title);
      // In the built file, the JSON-LD holds no "<" at all, so nothing in it can close its <script>.
      const built = readFileSync(join(builtSites.manyDist, release.path, 'index.html'), 'utf8');
      const jsonLdSource = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(built)?.[1];
      expect(jsonLdSource).toContain('\\u003cimg src=x>');
      expect(jsonLdSource).not.toContain('<');

      const feed = await (await page.request.get(`/${locale}/rss.xml`)).text();
      const titles = await page.evaluate((xml) => {
        const document = new DOMParser().parseFromString(xml, 'application/xml');
        return {
          error: document.querySelector('parsererror')?.textContent,
          titles: [...document.querySelectorAll('item > title')].map((title) => title.textContent),
        };
      }, feed);
      expect(titles.error).toBeUndefined();
      expect(titles.titles).toContain(release.title);
    });

    test('shows it as text in search results, and runs nothing', async ({ page }) => {
      const incidents = watchForScripts(page);
      await page.goto(searchPages[locale]);
      await searchFor(page, 'hostilemarkupword');
      await expect(resultLinks(page).filter({ hasText: release.title }).first()).toBeVisible();
      await expect(searchResults(page).locator('img[src="x"], b, h1')).toHaveCount(0);
      expect(incidents).toEqual([]);
    });
  });
}
