import { expect, test, type Page } from '@playwright/test';
import { frenchOnlyRelease, pairedRelease, undatedRelease } from './support/seed';

test.describe('a release page', () => {
  test('shows everything the release carries', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pairedRelease.en.title);
    const article = page.getByRole('article');
    await expect(article).toContainText('31 January 2013 · Media release');
    await expect(article).toContainText('Pivotal French law enforcement role lauded by INTERPOL leaders');
    await expect(article).toContainText('LYON, France – National and international security issues');
    const about = article.getByRole('complementary', { name: 'About this release' });
    await expect(about.getByRole('heading', { name: 'Published by' })).toBeVisible();
    await expect(about).toContainText('INTERPOL');
    await expect(article.getByRole('heading', { name: 'Topics' })).toBeVisible();
    await expect(article.getByRole('listitem').filter({ hasText: 'Travel documents' })).toBeVisible();
    const related = article.getByRole('region', { name: 'References' });
    await expect(related.getByText("Visite du Ministre de I'Intérieur français, M Manuel Valls au siège d'INTERPOL")).toHaveAttribute(
      'lang',
      'fr',
    );
  });

  test('writes dates the French way on French pages', async ({ page }) => {
    await page.goto(pairedRelease.fr.path);
    await expect(page.getByRole('article')).toContainText('31 janvier 2013 · Communiqué de presse');
    await expect(page.getByRole('article').locator('time')).toHaveAttribute('datetime', '2013-01-31');
  });

  test('says when only the year of a release is known, instead of inventing a day', async ({ page }) => {
    await page.goto(undatedRelease.path);
    await expect(page.getByRole('article').locator('time')).toHaveAttribute('datetime', '2024');
    await expect(page.getByRole('article')).toContainText('2024 (date exacte inconnue)');
  });

  test('describes a photo whose file the newsroom does not have, without a broken image', async ({ page }) => {
    await page.goto(frenchOnlyRelease.path);
    const photos = page.getByRole('region', { name: 'Photos' });
    await expect(photos.getByRole('figure')).toContainText('Kunio Mikuriya, serre la main');
    await expect(photos).toContainText('Le fichier de l’image n’est pas disponible sur ce site.');
    await expect(photos.getByRole('img')).toHaveCount(0);
  });

  test('prints the release without the site around it', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
  });

  test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/en/', pairedRelease.fr.path]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('the 404 page', () => {
  /** The 404 page's sections, by their language, in the order the reader sees them. */
  const sectionLanguages = (page: Page) =>
    page.locator('[data-not-found] > section').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang')));

  test('answers an unknown address in both languages, with a way back to the news', async ({ page }) => {
    const response = await page.goto('/fr/actualites/nothing-here/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Aller aux actualités en français' })).toHaveAttribute('href', '/fr/');
  });

  test('puts the language of the address asked for first: French under /fr/, English under /en/', async ({ page }) => {
    for (const [path, first] of [
      ['/fr/actualites/introuvable/', ['fr', 'en']],
      ['/fr/n’importe-quoi', ['fr', 'en']],
      ['/en/news/nothing-here/', ['en', 'fr']],
      ['/en/whatever?q=1', ['en', 'fr']],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect.poll(() => sectionLanguages(page), path).toEqual(first);
      const title = page.getByRole('heading', { level: 1 });
      await expect(title, path).toHaveText(first[0] === 'fr' ? 'Page introuvable · Page not found' : 'Page not found · Page introuvable');
      await expect(title.locator('[lang]').first(), path).toHaveAttribute('lang', first[0]);
    }
  });

  test('an unknown address in no language follows the reader’s choice, else the site’s order', async ({ page }) => {
    await page.goto('/nothing-at-all');
    await expect.poll(() => sectionLanguages(page)).toEqual(['en', 'fr']);
    await page.getByRole('link', { name: 'Aller aux actualités en français' }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await page.goto('/nothing-at-all/either/');
    await expect.poll(() => sectionLanguages(page)).toEqual(['fr', 'en']);
  });

  test('has no language switch and no language has a "not found" page of its own that answers 200', async ({ page, request }) => {
    await page.goto('/fr/introuvable/');
    await expect(page.locator('[data-language-switch]')).toHaveCount(0);
    for (const link of await page.getByRole('main').getByRole('link').all()) {
      const response = await request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(await response.text()).not.toContain('Page introuvable');
    }
    for (const path of ['/en/404/', '/fr/404/']) expect((await request.get(path)).status(), path).toBe(404);
  });

  test('reads in every language without JavaScript, in the site’s order', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/fr/actualites/introuvable/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-not-found] > section')).toHaveText([/Aucune page|There is no page/, /Aucune page|There is no page/]);
    await expect(page.getByRole('heading', { name: 'Français' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'English' })).toBeVisible();
    await context.close();
  });
});

test.describe('an address without its trailing slash', () => {
  test('redirects to the address with it, keeping the query, as npm start serves the site', async ({ request }) => {
    for (const path of ['/en', '/fr', pairedRelease.en.path.slice(0, -1), pairedRelease.fr.path.slice(0, -1), '/fr/recherche']) {
      const response = await request.get(`${path}?q=interpol&order=newest`, { maxRedirects: 0 });
      expect([301, 308], path).toContain(response.status());
      expect(response.headers()['location'], path).toBe(`${path}/?q=interpol&order=newest`);
    }
  });

  test('lands a reader on the page, and a search keeps its words', async ({ page }) => {
    await page.goto('/fr');
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.goto('/en/search?q=interpol');
    await expect(page).toHaveURL(/\/en\/search\/\?q=interpol$/);
    await expect(page.getByRole('searchbox')).toHaveValue('interpol');
  });
});
