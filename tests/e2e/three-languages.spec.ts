import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtSites } from './support/built-sites.ts';
import { resultLinks, searchFor, searchSummary } from './support/search.ts';

// The site built with tests/fixtures/languages/site-languages.ts: English, French and Spanish, a
// language that lives only in the tests. Its releases: one in all three languages, one in French
// and Spanish, one in Spanish only, one in English only.
const everyLanguage = {
  en: '/en/news/pangea-three-languages/',
  fr: '/fr/actualites/pangea-three-languages/',
  es: '/es/noticias/pangea-three-languages/',
};
const frenchAndSpanish = {
  fr: '/fr/actualites/cooperation-douaniere-sans-anglais/',
  es: '/es/noticias/cooperation-douaniere-sans-anglais/',
};
const spanishOnly = '/es/noticias/solo-en-espanol/';

/** The page's `hreflang` alternates, as language → absolute address. */
async function hreflangAlternates(page: Page): Promise<Record<string, string>> {
  const links = page.locator('head link[rel="alternate"][hreflang]');
  const pairs = await links.evaluateAll((elements) => elements.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
  return Object.fromEntries(pairs);
}

test.describe('a third language, from a record and a dictionary only', () => {
  test('the switch of a release in three languages leads to each of the other two', async ({ page }) => {
    await page.goto(everyLanguage.es);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const switcher = page.getByRole('navigation', { name: 'Idioma' });
    await expect(switcher.getByRole('link')).toHaveText(['English', 'Français']);
    await expect(switcher.getByRole('link', { name: 'Français' })).toHaveAttribute('title', 'Lire cette page en français');
    await switcher.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${everyLanguage.en}$`));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(new RegExp(`${everyLanguage.es}$`));
  });

  test('the switch says honestly, in each missing language, that the release does not exist in it', async ({ page }) => {
    await page.goto(spanishOnly);
    await expect(page.getByText('This release is not available in English.')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Ce communiqué n’existe pas en français.')).toHaveAttribute('lang', 'fr');
    const switcher = page.getByRole('navigation', { name: 'Idioma' });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(switcher.getByRole('link', { name: 'Français' })).toHaveAttribute('title', 'Actualités en français');

    await page.goto(frenchAndSpanish.fr);
    await expect(page.getByText('This release is not available in English.')).toBeVisible();
    await expect(page.getByText('Este comunicado no existe')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Español' })).toHaveAttribute(
      'href',
      frenchAndSpanish.es,
    );
  });

  test('the 404 page speaks all three languages, the one of the address asked for first', async ({ page }) => {
    for (const [path, order] of [
      ['/es/noticias/no-existe/', ['es', 'en', 'fr']],
      ['/fr/introuvable', ['fr', 'en', 'es']],
      ['/en/missing/', ['en', 'fr', 'es']],
    ] as const) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      const sections = page.locator('[data-not-found] > section');
      await expect.poll(() => sections.evaluateAll((found) => found.map((section) => section.getAttribute('lang'))), path).toEqual(order);
      await expect(page.getByRole('heading', { level: 1 }).locator('[lang]').first()).toHaveAttribute('lang', order[0]);
    }
    await expect(page.getByRole('link', { name: 'Ir a las noticias en español' })).toHaveAttribute('href', '/es/');
  });

  test('hreflang and JSON-LD name every version of a release, and only those', async ({ page, baseURL }) => {
    const absolute = (path: string) =>
      new URL(path, baseURL ?? '').href.replace(new URL(baseURL ?? '').origin, 'https://newsroom.example.org');
    await page.goto(everyLanguage.fr);
    expect(await hreflangAlternates(page)).toEqual({
      en: absolute(everyLanguage.en),
      fr: absolute(everyLanguage.fr),
      es: absolute(everyLanguage.es),
    });
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(2);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.translationOfWork).toEqual({ '@type': 'NewsArticle', '@id': absolute(everyLanguage.en), inLanguage: 'en' });

    await page.goto(everyLanguage.en);
    const original = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(original.workTranslation.map((version: { inLanguage: string }) => version.inLanguage)).toEqual(['fr', 'es']);

    await page.goto(frenchAndSpanish.es);
    expect(await hreflangAlternates(page)).toEqual({ fr: absolute(frenchAndSpanish.fr), es: absolute(frenchAndSpanish.es) });

    await page.goto(spanishOnly);
    expect(await hreflangAlternates(page)).toEqual({});
  });

  test('the sitemap gives each page its alternates in every language it exists in', async ({ page, request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    await page.goto('/');
    const entries: { loc: string; alternates: string[] }[] = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return [...doc.getElementsByTagName('url')].map((url) => ({
        loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
        alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map(
          (link) => link.getAttribute('hreflang') ?? '',
        ),
      }));
    }, xml);
    const alternatesOf = (path: string) => entries.find((entry) => entry.loc.endsWith(path))?.alternates;
    expect(alternatesOf(everyLanguage.es)).toEqual(['en', 'fr', 'es']);
    expect(alternatesOf(frenchAndSpanish.fr)).toEqual(['fr', 'es']);
    expect(alternatesOf(spanishOnly)).toEqual([]);
    expect(alternatesOf('/es/')).toEqual(['en', 'fr', 'es']);
    expect(entries.filter((entry) => entry.loc.includes('/es/')).length).toBeGreaterThan(5);
  });

  test('lists say in the reader’s words which languages a release is only in', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByText('In Spanish only', { exact: true })).toBeVisible();
    await expect(page.getByText('In French and Spanish only', { exact: true })).toBeVisible();
    await expect(page.getByText('Available in: English, French, Spanish')).toBeVisible();
    await page.goto('/es/');
    await expect(page.getByText('Solo en inglés', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'A statement in English only' })).toHaveAttribute('lang', 'en');
    await page.goto('/fr/');
    await expect(page.getByText('En espagnol seulement', { exact: true })).toBeVisible();
    await expect(page.getByText('Disponible en\u00a0: anglais, français, espagnol')).toBeVisible();
  });

  test('feeds carry every release, each marked with its own language when it is not the channel’s', async ({ request }) => {
    const english = await (await request.get('/en/rss.xml')).text();
    expect(english).toContain('<language>en</language>');
    expect(english).toContain('In Spanish only.');
    expect(english).toContain('<dc:language>es</dc:language>');
    expect(english).toContain('with those published in French or Spanish only.');
    const spanish = await (await request.get('/es/rss.xml')).text();
    expect(spanish).toContain('<language>es</language>');
    expect(spanish).toContain('Solo en inglés.');
    expect(spanish).toContain('<title>Noticias en español – Oficina de Cooperación Internacional</title>');
  });

  test('search has a Pagefind bundle for Spanish, one result per release, and finds what exists only in another language', async ({
    page,
    request,
  }) => {
    expect((await request.get('/pagefind/es/pagefind-entry.json')).ok()).toBe(true);
    await page.goto('/es/buscar/');
    await searchFor(page, 'Pangea');
    await expect(searchSummary(page)).toHaveText('1 resultado para Pangea');
    await page.getByLabel('Buscar también en los comunicados en inglés y francés').check();
    // The release in three languages is still one result, in Spanish, naming its other versions.
    await expect(searchSummary(page)).toHaveText('1 resultado para Pangea');
    await expect(page.getByText('También en inglés', { exact: true })).toBeVisible();
    await expect(page.getByText('También en francés', { exact: true })).toBeVisible();
    // The Spanish list shows the English-only statement, so Spanish search finds it, marked.
    await page.getByLabel('Buscar también en los comunicados en inglés y francés').uncheck();
    await searchFor(page, 'statement');
    await expect(resultLinks(page)).toHaveText(['A statement in English only']);
    await expect(page.getByText('En inglés', { exact: true })).toBeVisible();
  });
});

test('the production site keeps two languages: no Spanish page, link or bundle in its output', () => {
  const files = readdirSync(builtSites.seedDist, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => /^(es|pagefind\/es)(\/|$)/.test(file))).toEqual([]);
  for (const file of files.filter((name) => /\.(html|xml|json)$/.test(name))) {
    const text = readFileSync(join(builtSites.seedDist, file), 'utf8');
    expect(text, file).not.toMatch(/(hreflang|lang|inLanguage)=?["':]+es\b|"\/es\/|\/pagefind\/es\//);
  }
});
