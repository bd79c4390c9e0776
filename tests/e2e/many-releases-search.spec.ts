import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchPages, searchResults } from './support/search.ts';

// The generated corpus: "Operation 001" is the newest release; release 002 carries a photo.
test.describe('search over many releases', () => {
  test('a result shows the release photo, taken from the index metadata', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, '002');
    const result = searchResults(page).locator('li').filter({ hasText: 'Operation 002' });
    await expect(result.locator('img')).toHaveAttribute('src', /^\/_astro\/.+\.(?:webp|jpe?g|avif)$/);
  });

  test('newest first puts the newest release first, relevance order does not have to', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'operation');
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await expect(resultLinks(page).first()).toHaveText('Operation 001');
    await expect(resultLinks(page).nth(1)).toHaveText('Operation 002');
  });
});
