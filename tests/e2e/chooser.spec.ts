import { expect, test } from '@playwright/test';

test.describe('the language chooser', () => {
  test('offers English and French, each marked with its language', async ({ page }) => {
    await page.goto('/');
    const english = page.getByRole('link', { name: 'English', exact: true });
    const french = page.getByRole('link', { name: 'Français', exact: true });
    await expect(english).toHaveAttribute('hreflang', 'en');
    await expect(french).toHaveAttribute('lang', 'fr');
    await french.click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('remembers the choice and goes straight to that language on the next visit', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr\/$/);
  });

  test('remembers a choice made with the switch on any page', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});
