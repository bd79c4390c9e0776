import { expect, test } from '@playwright/test';
import { frenchOnlyRelease, pairedRelease } from './support/seed.ts';

test.describe('the news lists', () => {
  test('list every release newest first, with date, type, standfirst and languages', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    // Four releases: one pair and three in French only.
    await expect(items).toHaveCount(4);
    await expect(items.first()).toContainText('2024 (exact date not known)');
    const paired = items.filter({ hasText: pairedRelease.en.title });
    await expect(paired).toContainText('31 January 2013 · Media release');
    await expect(paired).toContainText('Pivotal French law enforcement role lauded by INTERPOL leaders');
    await expect(paired).toContainText('Available in: English, French');
    await expect(items.last()).toContainText(pairedRelease.en.title);
  });

  test('mark a release that exists only in French and link to its real French page', async ({ page }) => {
    await page.goto('/en/');
    const item = page.getByRole('listitem').filter({ hasText: frenchOnlyRelease.title });
    await expect(item).toContainText('In French only');
    const link = item.getByRole('link', { name: frenchOnlyRelease.title });
    await expect(link).toHaveAttribute('hreflang', 'fr');
    await expect(link).toHaveAttribute('lang', 'fr');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${frenchOnlyRelease.path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('are written in French on the French side', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
    const paired = page.getByRole('listitem').filter({ hasText: pairedRelease.fr.shownTitle });
    await expect(paired).toContainText('31 janvier 2013 · Communiqué de presse');
    await expect(paired).toContainText('Disponible en : anglais, français');
    await expect(page.getByText('En anglais seulement')).toHaveCount(0);
  });
});
