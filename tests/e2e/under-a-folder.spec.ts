import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { underFolderBase } from './support/fixture-sites';
import { resultLinks, searchFor } from './support/search';
import { pairedRelease } from './support/seed';
import { builtSites } from './support/built-sites';
import { builtPagesRobots, htmlToRobots } from './support/robots-meta';
import { execFileSync } from 'node:child_process';

// The seed content served from /pr-preview/pr-42/, as a pull request's preview is: the server
// answers 404 outside that folder, so any address the site writes from the root fails here.

/** Every address an HTML page names: links, scripts, styles, images, metadata and JSON-LD. */
function htmlAddresses(html: string): string[] {
  const addresses: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['node']): void => {
    if ('attrs' in node) {
      for (const { name, value } of node.attrs) {
        if (['href', 'src', 'action'].includes(name)) addresses.push(value);
        if (name === 'srcset') addresses.push(...value.split(',').map((candidate: string) => candidate.trim().split(/\s+/)[0] ?? ''));
        if (name === 'content' && /^(https?:)?\//.test(value)) addresses.push(value);
        if (name === 'data-highlighter') addresses.push(value);
      }
      if (node.nodeName === 'script' && node.attrs.some((attribute) => attribute.value === 'application/ld+json')) {
        const text = node.childNodes.map((child: DefaultTreeAdapterMap['childNode']) => ('value' in child ? child.value : '')).join('');
        JSON.stringify(JSON.parse(text), (key, value: unknown) => {
          if ((key === 'url' || key === '@id') && typeof value === 'string') addresses.push(value);
          return value;
        });
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) node.content.childNodes.forEach(visit);
  };
  parse(html).childNodes.forEach(visit);
  return addresses.filter((address) => address !== '' && !address.startsWith('#'));
}

/** Every address a feed or the sitemap names. */
function xmlAddresses(xml: string): string[] {
  const addresses: string[] = [];
  const tree: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  JSON.stringify(tree, (key, value: unknown) => {
    if (['link', 'loc', 'guid', '@href', '#text'].includes(key) && typeof value === 'string' && /^https?:\/\//.test(value))
      addresses.push(value);
    return value;
  });
  return addresses;
}

/** The site's own addresses, wherever they say the site is (its canonical domain or this server), as paths on this server. */
function ownPath(address: string, pageUrl: string, canonicalOrigin: string): string | undefined {
  const url = new URL(address, pageUrl);
  if (url.origin !== new URL(pageUrl).origin && url.origin !== canonicalOrigin) return undefined;
  return url.pathname + url.search;
}

/** Reads every page from the folder's root, and the sitemap, which no page links to. */
async function crawl(request: APIRequestContext, starts: readonly string[]) {
  const canonicalOrigin = 'https://newsroom.example.org';
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const outside: string[] = [];
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} (${response.status()})`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const body = type.includes('html') ? await response.text() : type.includes('xml') ? await response.text() : undefined;
    if (body === undefined) continue;
    pages++;
    const found = type.includes('html') ? htmlAddresses(body) : xmlAddresses(body);
    for (const address of found) {
      const own = ownPath(address, new URL(path, response.url()).href, canonicalOrigin);
      if (own === undefined || own.startsWith('/admin')) continue;
      if (!own.startsWith(underFolderBase)) outside.push(`${address} on ${path}`);
      else if (!seen.has(own.replace(/\?.*$/, ''))) {
        seen.add(own.replace(/\?.*$/, ''));
        queue.push(own);
      }
    }
  }
  return { seen, outside, broken, pages };
}

/** Fails the test on any request of the page's own origin outside the folder. */
function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      url.origin === new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin &&
      !url.pathname.startsWith(underFolderBase)
    )
      outside.push(request.url());
  });
  return outside;
}

/** The title as the French page shows it: the site sets typographic apostrophes. */
const typesetTitle = (title: string) => title.replaceAll("'", '’');

test.describe('a site served from a folder, as a pull request preview is', () => {
  test('the server it is tested on answers nothing outside the folder', async ({ request }) => {
    expect((await request.get('/en/')).status()).toBe(404);
    expect((await request.get('./en/')).status()).toBe(200);
  });

  test('an address without its slash redirects under the folder, query kept; an unknown one is the 404 page, French first under fr/', async ({
    request,
    page,
  }) => {
    for (const path of ['en', 'fr', 'fr/actualites/interior-minister-valls-visits-interpol', 'en/search']) {
      const response = await request.get(`./${path}?q=interpol&include-other=on`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(301);
      expect(response.headers()['location'], path).toBe(`${underFolderBase}${path}/?q=interpol&include-other=on`);
    }
    const folderItself = await request.get(underFolderBase.slice(0, -1), { maxRedirects: 0 });
    expect(folderItself.headers()['location']).toBe(underFolderBase);
    await page.goto('./en/search?q=interpol');
    await expect(page).toHaveURL(new RegExp(`${underFolderBase}en/search/\\?q=interpol$`));
    const missing = await page.goto('./fr/actualites/introuvable');
    expect(missing?.status()).toBe(404);
    await expect
      .poll(() =>
        page.locator('[data-not-found] > section').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang'))),
      )
      .toEqual(['fr', 'en']);
    await expect(page.getByRole('link', { name: 'Aller aux actualités en français' })).toHaveAttribute('href', `${underFolderBase}fr/`);
  });

  test('every page, feed, sitemap entry and file the site names is under the folder and answers', async ({ request }) => {
    test.setTimeout(180_000);
    const { seen, outside, broken, pages } = await crawl(request, [underFolderBase, `${underFolderBase}sitemap.xml`]);
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    for (const path of ['en/', 'fr/', 'en/rss.xml', 'sitemap.xml', 'favicon.svg', 'en/search/', 'fr/recherche/']) {
      expect(seen, `the crawl reached ${path}`).toContain(`${underFolderBase}${path}`);
    }
    expect(pages).toBeGreaterThan(40);
  });

  test('a preview is kept out of search engines: every page says noindex, and its robots.txt disallows everything', async ({ request }) => {
    const pages = builtPagesRobots(builtSites.underFolderDist);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter(({ robots }) => !robots?.split(/\s*,\s*/).includes('noindex'))).toEqual([]);
    // Served as well as built: the release pages and lists a reader would land on.
    for (const path of ['', 'en/', 'fr/', 'fr/recherche/', pairedRelease.en.path.slice(1)]) {
      const html = await (await request.get(`./${path}`)).text();
      expect(htmlToRobots(html), path).toBe('noindex');
    }
    const robots = await (await request.get('./robots.txt')).text();
    expect(robots).toBe('User-agent: *\nDisallow: /\n');
  });

  test('npm run site:check, given the same folder, finds every link, anchor and image and valid HTML on every page', () => {
    test.setTimeout(120_000);
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['scripts/check-site.ts', builtSites.underFolderDist], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    expect(run({ NEWSROOM_BASE_PATH: underFolderBase })).toMatch(/: 0 problems\.$/m);
    // Checked as if served from the root, the same files lead nowhere: the check reads the folder.
    expect(() => run({ NEWSROOM_BASE_PATH: '/' })).toThrow(/which the site does not have/);
  });

  test('links editors wrote from the root lead into the folder, in Markdown and in HTML, in both languages', async ({ page }) => {
    await page.goto('./fr/');
    await page.getByRole('link', { name: typesetTitle(pairedRelease.fr.title) }).click();
    await expect(page.getByRole('link', { name: 'la liste des communiqués' })).toHaveAttribute('href', `${underFolderBase}fr/`);
    await expect(page.getByRole('link', { name: 'parcourez les thèmes' })).toHaveAttribute('href', `${underFolderBase}fr/parcourir/`);
    await expect(page.getByText('L’équipe « presse » vous répond')).toBeVisible();
    await page.goto(`.${pairedRelease.en.path}`);
    await page.getByRole('link', { name: 'browse every topic' }).click();
    await expect(page).toHaveURL(new RegExp(`${underFolderBase}en/browse/$`));
  });

  test('the offline lists name only addresses under the folder, and each answers', async ({ request }) => {
    for (const name of ['en', 'fr', 'all-releases']) {
      const list = (await (await request.get(`./offline/${name}.json`)).json()) as { pages?: string[]; search?: string[]; urls?: string[] };
      const urls = [...(list.pages ?? []), ...(list.search ?? []), ...(list.urls ?? [])];
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.startsWith(underFolderBase), url).toBe(true);
        expect((await request.get(url)).status(), url).toBe(200);
      }
    }
  });

  test('search finds releases and its results open under the folder', async ({ page }) => {
    const outside = watchRequests(page);
    await page.goto('./en/search/');
    await searchFor(page, 'INTERPOL');
    const first = resultLinks(page).first();
    await expect(first).toHaveAttribute('href', new RegExp(`^${underFolderBase}en/news/`));
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).toContain(underFolderBase);
    expect(outside).toEqual([]);
  });

  test('the language switch and the chooser stay in the folder', async ({ page }) => {
    const outside = watchRequests(page);
    await page.goto('./');
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${underFolderBase}fr/$`));
    await page.getByRole('link', { name: typesetTitle(pairedRelease.fr.title) }).click();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${underFolderBase}${pairedRelease.en.path.slice(1)}$`));
    // The chooser remembers the language and goes straight to it, inside the folder.
    await page.goto('./');
    await expect(page).toHaveURL(new RegExp(`${underFolderBase}en/$`));
    expect(outside).toEqual([]);
  });

  test('the service worker controls the folder and nothing above it', async ({ page, baseURL }) => {
    await page.goto('./en/');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(baseURL);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${baseURL}sw.js`);
  });

  test('/admin/ says plainly, in the editor’s language, that the form is not set up on a preview', async ({ page }) => {
    const outside = watchRequests(page);
    await page.goto('./admin/');
    await expect(page.getByRole('alert')).toContainText('not set up on a pull request’s preview');
    await page.goto('./admin/?lang=fr');
    await expect(page.getByRole('alert')).toContainText('n’est pas en service sur l’aperçu');
    await expect(page.getByRole('button', { name: /GitHub/ })).toHaveCount(0);
    expect(outside).toEqual([]);
  });
});
