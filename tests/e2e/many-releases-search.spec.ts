import { expect, test } from '@playwright/test';
import { manyReleasesFullCheckLimit } from './support/fixture-sites.ts';
import { resultLinks, searchFor, searchPages, searchResults, searchSummary } from './support/search.ts';

// The generated corpus: "Operation 001" is the newest release; release 002 carries a photo.
test.describe('search over many releases', () => {
  test('a result shows the release photo, taken from the index metadata', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, '002');
    const result = searchResults(page).locator('li').filter({ hasText: 'Operation 002' });
    await expect(result.locator('img')).toHaveAttribute('src', /^\/_astro\/.+\.(?:webp|jpe?g|avif)$/);
  });

  test('above the full-check limit, the count and the filter counts say they are estimates; below it they are exact', async ({ page }) => {
    await page.goto(`${searchPages.en}?q=operation`);
    // Pagefind's count of pages, before the whole-word check: more than the limit, so not every match was read.
    await expect(searchSummary(page)).toHaveText(/^About (\d+) results for operation$/);
    const estimated = Number(/About (\d+)/.exec((await searchSummary(page).textContent()) ?? '')?.[1]);
    expect(estimated).toBeGreaterThan(manyReleasesFullCheckLimit);
    await page.getByText('Filter results').click();
    const counts = await page.locator('[data-filter-count]').allTextContents();
    expect(counts.filter((count) => /^\(about \d+\)$/.test(count)).length).toBeGreaterThan(0);
    expect(counts.every((count) => /^\((about \d+|0)\)$/.test(count))).toBe(true);
    // A word in one release is read and checked in full: its count is exact.
    await page.goto(`${searchPages.en}?q=002`);
    await expect(searchSummary(page)).toHaveText(/^\d+ results? for 002$/);
    const exact = await page.locator('[data-filter-count]').allTextContents();
    expect(exact.every((count) => /^\(\d+\)$/.test(count))).toBe(true);
  });

  test('newest first puts the newest release first, relevance order does not have to', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'operation');
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await expect(resultLinks(page).first()).toHaveText('Operation 001');
    await expect(resultLinks(page).nth(1)).toHaveText('Operation 002');
  });
});
