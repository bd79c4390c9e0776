import { expect, test } from '@playwright/test';
import { pairedRelease } from './support/seed';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('a reader chooses a language, reads the list, opens a release and switches language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.getByRole('link', { name: pairedRelease.en.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pairedRelease.en.title);
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pairedRelease.fr.shownTitle);
    await page.getByRole('link', { name: 'Toutes les actualités', exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
  });
});
