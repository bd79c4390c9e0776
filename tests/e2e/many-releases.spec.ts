import { expect, test } from '@playwright/test';

// This site is built from 45 generated releases plus one hostile-but-valid pair, the oldest
// (tests/fixtures/generate-releases.mjs): three list pages of 20, 20 and 6; release 001 is the newest.
test.describe('a long news list', () => {
  test('is paged 20 at a time, and the reader pages through it and back', async ({ page }) => {
    await page.goto('/en/');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(20);
    await expect(items.first()).toContainText('Operation 001');
    await expect(page.getByText('Page 1 of 3', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Older releases' }).click();
    await expect(page).toHaveURL(/\/en\/page\/2\/$/);
    await expect(items.first()).toContainText('021');
    await page.getByRole('link', { name: 'Older releases' }).click();
    await expect(page).toHaveURL(/\/en\/page\/3\/$/);
    await expect(items).toHaveCount(6);
    await expect(page.getByRole('link', { name: 'Older releases' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Newer releases' }).click();
    await expect(page).toHaveURL(/\/en\/page\/2\/$/);
  });

  test('switches language to the same page number', async ({ page }) => {
    await page.goto('/en/page/2/');
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/page\/2\/$/);
    await expect(page.getByText('Page 2 sur 3', { exact: true })).toBeVisible();
  });

  test('lists releases of the other language in their place, marked', async ({ page }) => {
    // Release 003 exists in English only: on the French list it appears among its neighbours.
    await page.goto('/fr/');
    const item = page.getByRole('listitem').filter({ hasText: 'Operation 003' });
    await expect(item).toContainText('En anglais seulement');
    await expect(item.getByRole('link')).toHaveAttribute('href', '/en/news/generated-release-003/');
  });
});
