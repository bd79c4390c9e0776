import { expect, test } from '@playwright/test';
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
  test('answers an unknown address in both languages, with a way back to the news', async ({ page }) => {
    const response = await page.goto('/fr/actualites/nothing-here/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Aller aux actualités en français' })).toHaveAttribute('href', '/fr/');
  });

  test('exists in each language, each switching to the other', async ({ page }) => {
    await page.goto('/fr/404/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/404\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
