import { expect, test } from '@playwright/test';
import { pairedRelease } from './support/seed';

test.describe('browsing by topic and year', () => {
  test('a topic on a release leads to that topic in both languages', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    await page.getByRole('link', { name: 'Travel documents' }).click();
    await expect(page).toHaveURL(/\/en\/topics\/travel-documents\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic: Travel documents');
    await expect(page.getByRole('link', { name: pairedRelease.en.title })).toBeVisible();
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/themes\/travel-documents\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thème : Documents de voyage');
  });

  test('a year page lists that year’s releases, French-only ones marked', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    await page.getByRole('link', { name: 'All news from 2013' }).click();
    await expect(page).toHaveURL(/\/en\/years\/2013\/$/);
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.filter({ hasText: 'In French only' })).toHaveCount(2);
  });

  test('the overview lists the topics and years in use, each paired across languages', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('banner').getByRole('link', { name: 'Thèmes et années' }).click();
    await expect(page).toHaveURL(/\/fr\/parcourir\/$/);
    await expect(page.getByRole('link', { name: '2024' })).toHaveAttribute('href', '/fr/annees/2024/');
    await expect(page.getByRole('link', { name: 'Paris illégaux' })).toHaveAttribute('href', '/fr/themes/illegal-betting/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/browse\/$/);
  });
});
