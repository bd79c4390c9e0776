import { expect, test, type Page } from '@playwright/test';
import { validateJsonLd } from './support/schema-org.ts';

/** Every page the sitemap lists, read with the browser's XML parser. */
async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  const locs = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    return [...document.getElementsByTagNameNS('*', 'loc')].map((loc) => loc.textContent ?? '');
  }, xml);
  return locs.map((loc) => new URL(loc).pathname);
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('shared links and search engines', () => {
  test('every page’s JSON-LD is valid schema.org, and every release page has an article with an image', async ({ page }) => {
    await page.goto('/en/');
    let articles = 0;
    for (const path of await sitemapPaths(page)) {
      await page.goto(path);
      for (const script of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        expect(validateJsonLd(JSON.parse(script)), path).toEqual([]);
        articles += 1;
      }
    }
    expect(articles).toBeGreaterThan(0);
  });

  test('every release shares an image of its own, a real description and a large card', async ({ page }) => {
    const slogans = new Set<string>();
    for (const home of ['/en/', '/fr/']) {
      await page.goto(home);
      slogans.add((await page.locator('meta[name="description"]').getAttribute('content')) ?? '');
    }
    const releases = (await sitemapPaths(page)).filter((path) => /^\/[a-z]+\/(news|actualites)\/[^/]+\/$/.test(path));
    expect(releases.length).toBeGreaterThan(0);
    for (const path of releases) {
      await page.goto(path);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description, path).toBeTruthy();
      expect(slogans.has(description ?? ''), `${path} describes itself with the site's slogan`).toBe(false);
      await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
      const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
      const response = await page.request.get(image.pathname);
      expect(response.ok(), `${path}: ${image.pathname}`).toBe(true);
      if (image.pathname.startsWith('/share-cards/')) expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test('the publisher’s logo is a raster search engines accept', async ({ page }) => {
    const response = await page.request.get('/logo.png');
    const { width, height } = pngSize(await response.body());
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(112);
  });
});
