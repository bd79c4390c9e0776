import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtSites } from './support/built-sites.ts';
import { parseRfc822 } from './support/rfc822.ts';
import { builtPagesRobots } from './support/robots-meta.ts';

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

/** A feed, read by the browser's XML parser: the channel and every item, as a feed reader would see them. */
async function readFeed(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  return page.evaluate(
    (xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      const text = (parent: Element | Document, name: string) => parent.getElementsByTagName(name)[0]?.textContent ?? undefined;
      const channel = document.getElementsByTagName('channel')[0]!;
      return {
        error: document.querySelector('parsererror')?.textContent,
        title: text(channel, 'title'),
        link: [...channel.children].find((child) => child.tagName === 'link')?.textContent,
        description: [...channel.children].find((child) => child.tagName === 'description')?.textContent,
        items: [...document.getElementsByTagName('item')].map((item) => ({
          title: text(item, 'title'),
          link: text(item, 'link') ?? '',
          description: text(item, 'description'),
          pubDate: text(item, 'pubDate') ?? '',
          language: item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'language')[0]?.textContent ?? undefined,
        })),
      };
    },
    await response.text(),
  );
}

test.describe('feeds', () => {
  for (const [locale, segment, other, otherSegment] of [
    ['en', 'news', 'fr', 'actualites'],
    ['fr', 'actualites', 'en', 'news'],
  ] as const) {
    test(`the ${locale} feed is valid RSS in its language and carries its news list: every release, the other language's marked`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      const feed = await parseXml(page, `/${locale}/rss.xml`);
      expect(feed.error).toBeUndefined();
      expect(feed.language).toBe(locale);
      const own = slugsIn(locale).map((slug) => `/${locale}/${segment}/${slug}/`);
      const otherOnly = slugsIn(other)
        .filter((slug) => !slugsIn(locale).includes(slug))
        .map((slug) => `/${other}/${otherSegment}/${slug}/`);
      expect(feed.links.map((link) => new URL(link).pathname).sort()).toEqual([...own, ...otherOnly].sort());
      // In the list's order, which is the feed's.
      const listed = await page.locator('.news-item-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(feed.links.map((link) => new URL(link).pathname)).toEqual(listed);
    });
  }

  for (const url of ['/en/rss.xml', '/fr/rss.xml', '/en/topics/terrorism/rss.xml', '/fr/themes/police-cooperation/rss.xml']) {
    test(`${url}: every item has a description and an RFC 822 date, newest first; the channel links to its own list and says what it holds`, async ({
      page,
    }) => {
      await page.goto('/');
      const feed = await readFeed(page, url);
      expect(feed.error).toBeUndefined();
      expect(feed.items.length).toBeGreaterThan(0);
      const locale = url.split('/')[1]!;
      expect(new URL(feed.link!).pathname).toBe(url.replace(/rss\.xml$/, ''));
      expect(feed.description).toContain(locale === 'en' ? 'in English' : 'en français');
      let previous = Infinity;
      for (const item of feed.items) {
        expect(item.description?.length, item.link).toBeGreaterThan(20);
        const date = parseRfc822(item.pubDate);
        expect(date, `${item.link}: ${item.pubDate}`).toBeInstanceOf(Date);
        expect((date as Date).getTime(), item.link).toBeLessThanOrEqual(previous);
        previous = (date as Date).getTime();
      }
    });
  }

  test('a release in the other language only is in the feed, said to be in that language', async ({ page }) => {
    await page.goto('/');
    const feed = await readFeed(page, '/en/rss.xml');
    const item = feed.items.find((candidate) => candidate.link.endsWith('/fr/actualites/presidente-interpol-accueillie-omd/'))!;
    expect(item.description).toMatch(/^In French only\. /);
    expect(item.language).toBe('fr');
    expect(
      feed.items.find((candidate) => candidate.link.endsWith('/en/news/interior-minister-valls-visits-interpol/'))!.language,
    ).toBeUndefined();
  });

  test('a release dated by its year only is dated 1 January, first of its year as in the lists, and says the day is not known', async ({
    page,
  }) => {
    await page.goto('/');
    const feed = await readFeed(page, '/fr/rss.xml');
    const item = feed.items.find((candidate) => candidate.link.endsWith('/fr/actualites/conference-chefs-bcn-interpol-2024/'))!;
    expect(item.pubDate).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    expect(item.description).toMatch(/^2024 \(date exacte inconnue\)\. La Conférence annuelle/);
  });

  test('are advertised in the head and linked visibly on every page, and each topic has one', async ({ page }) => {
    await page.goto('/fr/themes/terrorism/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Flux RSS', exact: true })).toHaveAttribute('href', '/fr/rss.xml');
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

  test('the published site is open to search engines: no page of the sitemap says noindex, and robots.txt keeps out only the previews', async ({
    page,
  }) => {
    await page.goto('/');
    const sitemap = await parseXml(page, '/sitemap.xml');
    const robotsOf = new Map(builtPagesRobots(builtSites.seedDist).map(({ path, robots }) => [`/${path}`, robots]));
    const listed = sitemap.locs.map((loc) => `${new URL(loc).pathname}index.html`);
    expect(listed.length).toBeGreaterThan(40);
    for (const path of listed) {
      expect(robotsOf.has(path), path).toBe(true);
      expect(robotsOf.get(path), path).toBeUndefined();
    }
    const robots = await (await page.request.get('/robots.txt')).text();
    expect(robots.split('\n').slice(0, 3)).toEqual(['User-agent: *', 'Allow: /', 'Disallow: /pr-preview/']);
  });
});
