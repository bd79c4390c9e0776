import { expect, test } from '@playwright/test';
import { manyReleasesFullCheckLimit } from './support/fixture-sites.ts';
import { resultLinks, searchFor, searchPages, searchResults, searchSettled, searchSummary } from './support/search.ts';

// The generated corpus: "Operation 001" is the newest release; release 002 carries a photo.
test.describe('search over many releases', () => {
  // These tests hold and count the page's own requests: a service worker that took the page would
  // fetch fragments past the route (the held-fragments test passed on a retry only, under load).
  test.use({ serviceWorkers: 'block' });

  test('a result shows the release photo, taken from the index metadata', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, '002');
    const result = searchResults(page).locator('li').filter({ hasText: 'Operation 002' });
    await expect(result.locator('img')).toHaveAttribute('src', /^\/_astro\/.+\.(?:webp|jpe?g|avif)$/);
  });

  test('above the full-check limit, the count and the filter counts say they are estimates; below it they are exact', async ({ page }) => {
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/filter/')) filterFiles.push(request.url());
    });
    await page.goto(`${searchPages.en}?q=operation`);
    // Pagefind's count of pages, before the whole-word check: more than the limit, so not every match was read.
    await expect(searchSummary(page)).toHaveText(/^About (\d+) results for operation$/);
    const estimated = Number(/About (\d+)/.exec((await searchSummary(page).textContent()) ?? '')?.[1]);
    expect(estimated).toBeGreaterThan(manyReleasesFullCheckLimit);
    await expect(resultLinks(page)).toHaveCount(10);
    // Its filter counts cost a search a facet over every match: made only once the reader opens the menu.
    expect(filterFiles).toEqual([]);
    await page.getByText('Filter results').click();
    await expect(
      page
        .locator('[data-filter-count]')
        .filter({ hasText: /^\(about \d+\)$/ })
        .first(),
    ).toBeVisible();
    expect(filterFiles.length).toBeGreaterThan(0);
    const counts = await page.locator('[data-filter-count]').allTextContents();
    expect(counts.filter((count) => /^\(about \d+\)$/.test(count)).length).toBeGreaterThan(0);
    expect(counts.every((count) => /^\((about \d+|0)\)$/.test(count))).toBe(true);
    // Every page has one type: the type counts add up to the estimate, every match counted, the first screen's too.
    const typeCounts = await page.locator('input[name="type"] ~ [data-filter-count]').allTextContents();
    expect(typeCounts.reduce((sum, count) => sum + Number(count.replace(/\D/g, '') || 0), 0)).toBe(estimated);
    // A word in one release is read and checked in full: its count is exact.
    await page.goto(`${searchPages.en}?q=002`);
    await expect(searchSummary(page)).toHaveText(/^\d+ results? for 002$/);
    const exact = await page.locator('[data-filter-count]').allTextContents();
    expect(exact.every((count) => /^\(\d+\)$/.test(count))).toBe(true);
  });

  test('a word in eight releases shows the first five once checked, "at least 5" while the rest are read, then the exact count', async ({
    page,
  }) => {
    // Every fifth generated release names customs officers: eight exist in English. The pages after
    // the first five wait until the test lets them through, so the state between shows.
    const fragments: string[] = [];
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    await page.route('**/fragment/**', async (route) => {
      fragments.push(route.request().url());
      if (fragments.length > 5) await held;
      await route.continue();
    });
    await page.goto(`${searchPages.en}?q=customs`);
    await expect(searchSummary(page)).toHaveText('At least 5 results for customs');
    await expect(searchSummary(page)).toHaveAttribute('aria-busy', 'true');
    await expect(resultLinks(page)).toHaveCount(5);
    const first = await resultLinks(page).allTextContents();
    // No filter count is shown before it is known: an old one would lie.
    expect((await page.locator('[data-filter-count]').allTextContents()).every((count) => count === '')).toBe(true);
    letThrough();
    await searchSettled(page, 'customs');
    await expect(searchSummary(page)).toHaveText('8 results for customs');
    const all = await resultLinks(page).allTextContents();
    // What showed first stays in place; the rest follow.
    expect(all.slice(0, 5)).toEqual(first);
    expect([...all].sort()).toEqual(['005', '010', '015', '020', '025', '035', '040', '045'].map((number) => `Operation ${number}`));
    // Only pages holding the word were read: none of Pagefind's other matches.
    expect(fragments).toHaveLength(8);
    // The counts are exact now, and ticking a value gives its count.
    await page.getByText('Filter results').click();
    const statement = page.locator('input[name="type"][value="statement"] ~ [data-filter-count]');
    const count = Number((await statement.textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Statement/ }).check();
    await searchSettled(page, 'customs');
    await expect(resultLinks(page)).toHaveCount(count);
  });

  test('newest first puts the newest release first, relevance order does not have to', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'operation');
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await expect(resultLinks(page).first()).toHaveText('Operation 001');
    await expect(resultLinks(page).nth(1)).toHaveText('Operation 002');
  });
});
