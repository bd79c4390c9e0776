import { expect, test } from '@playwright/test';
import { frenchOnlyRelease, pairedRelease } from './support/seed';

test.describe('the language switch', () => {
  test('leads from the English release of 31 January 2013 to its French twin and back', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    const toFrench = page.getByRole('link', { name: 'Français', exact: true });
    await expect(toFrench).toHaveAttribute('lang', 'fr');
    await expect(toFrench).toHaveAttribute('hreflang', 'fr');
    await toFrench.click();
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.fr.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pairedRelease.fr.shownTitle);

    const toEnglish = page.getByRole('link', { name: 'English', exact: true });
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.en.path}$`));
  });

  test('explains in English that a French-only release has no English version, and offers the English news', async ({ page }) => {
    await page.goto(frenchOnlyRelease.path);
    const notice = page.getByText('This release is not available in English.');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('lang', 'en');
    const link = page.getByRole('link', { name: 'English news' });
    await expect(link).toHaveAttribute('hreflang', 'en');
    await link.click();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('announces alternates to search engines only for real pairs', async ({ page }) => {
    await page.goto(pairedRelease.fr.path);
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(2);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${pairedRelease.en.path}$`));

    await page.goto(frenchOnlyRelease.path);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test('leads from one news list to the same page of the other', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actualités');
  });
});
