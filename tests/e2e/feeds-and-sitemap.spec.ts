import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** The slugs of the seed content, read from the files themselves, not from the site. */
const slugsIn = (locale: string) =>
  readdirSync(`content/${locale}`)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''));

/** Parses XML in the browser; fails on anything that is not well-formed. */
async function parseXml(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  const text = await response.text();
  return page.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    const error = document.querySelector('parsererror')?.textContent;
    const all = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
    const alternates = [...document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) =>
      link.getAttribute('href'),
    );
    return { error, language: all('channel > language')[0], links: all('item > link'), locs: all('url > loc'), alternates };
  }, text);
}

test.describe('feeds', () => {
  for (const [locale, segment] of [
    ['en', 'news'],
    ['fr', 'actualites'],
  ] as const) {
    test(`the ${locale} feed is valid RSS in its language and lists exactly the ${locale} releases`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const feed = await parseXml(page, `/${locale}/rss.xml`);
      expect(feed.error).toBeUndefined();
      expect(feed.language).toBe(locale);
      const expected = slugsIn(locale).map((slug) => new URL(`/${locale}/${segment}/${slug}/`, feed.links[0]).pathname);
      expect(feed.links.map((link) => new URL(link).pathname).sort()).toEqual(expected.sort());
    });
  }

  test('are advertised in the head and linked visibly on every page, and each topic has one', async ({ page }) => {
    await page.goto('/fr/themes/terrorism/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Flux RSS', exact: true })).toHaveAttribute('href', '/fr/rss.xml');
    await page.getByRole('link', { name: 'Flux RSS de ce thème' }).click();
    const feed = await parseXml(page, '/fr/themes/terrorism/rss.xml');
    expect(feed.error).toBeUndefined();
    expect(feed.links.length).toBeGreaterThan(0);
  });
});

test.describe('the sitemap', () => {
  test('lists every release page, with alternates for real pairs only, and robots.txt names it', async ({ page }) => {
    await page.goto('/');
    const sitemap = await parseXml(page, '/sitemap.xml');
    expect(sitemap.error).toBeUndefined();
    const paths = sitemap.locs.map((loc) => new URL(loc).pathname);
    for (const slug of slugsIn('en')) expect(paths).toContain(`/en/news/${slug}/`);
    for (const slug of slugsIn('fr')) expect(paths).toContain(`/fr/actualites/${slug}/`);
    const releasePaths = paths.filter((path) => /\/(news|actualites)\//.test(path));
    expect(releasePaths).toHaveLength(slugsIn('en').length + slugsIn('fr').length);

    const alternatePaths = sitemap.alternates.map((href) => new URL(href ?? '').pathname);
    expect(alternatePaths).toContain('/fr/actualites/interior-minister-valls-visits-interpol/');
    expect(alternatePaths).not.toContain('/fr/actualites/presidente-interpol-accueillie-omd/');

    const robots = await (await page.request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
});
