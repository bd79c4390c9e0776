import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchPages, searchResults, searchSummary } from './support/search.ts';
import { frenchOnlyRelease, pairedRelease } from './support/seed.ts';

test.describe('search across languages', () => {
  test('an English reader finds the French-only releases about Ballestrazzi, as the English list shows them, marked French', async ({
    page,
  }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'Ballestrazzi');
    await expect(searchSummary(page)).toHaveText('2 results for Ballestrazzi');
    const frenchOnly = searchResults(page).locator('li').filter({ hasText: frenchOnlyRelease.title });
    await expect(frenchOnly).toContainText('22 February 2013 · News · In French');
    const link = frenchOnly.getByRole('link', { name: frenchOnlyRelease.title });
    await expect(link).toHaveAttribute('lang', 'fr');
    await expect(link).toHaveAttribute('hreflang', 'fr');

    // Asking for the French versions too adds none: the pair is still one result, in English.
    await page.getByRole('checkbox', { name: 'Also search the releases in French' }).check();
    await expect(searchSummary(page)).toHaveText('2 results for Ballestrazzi');
    await expect(searchResults(page).locator('li').filter({ hasText: pairedRelease.en.title })).toContainText('Also in French');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${frenchOnlyRelease.path}\\?highlight=`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('a French reader who adds the English releases sees a pair once, in French, saying it exists in English', async ({ page }) => {
    await page.goto(searchPages.fr);
    await searchFor(page, 'Valls');
    await expect(resultLinks(page)).toHaveText([pairedRelease.fr.title]);
    await page.getByRole('checkbox', { name: 'Chercher aussi dans les communiqués en anglais' }).check();
    await expect(resultLinks(page)).toHaveText([pairedRelease.fr.title]);
    await expect(searchResults(page).locator('li')).toContainText('31 janvier 2013 · Communiqué de presse · Existe aussi en anglais');
    // Unticking keeps the words and the one result.
    await page.getByRole('checkbox', { name: 'Chercher aussi dans les communiqués en anglais' }).uncheck();
    await expect(resultLinks(page)).toHaveText([pairedRelease.fr.title]);
    await expect(page.getByRole('searchbox')).toHaveValue('Valls');
  });
});

test.describe('French search quality', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(searchPages.fr);
  });

  test('accents are optional: "presidente" finds "Présidente", "securite" finds "Sécurité"', async ({ page }) => {
    await searchFor(page, 'presidente');
    await expect(resultLinks(page).filter({ hasText: frenchOnlyRelease.title })).toHaveCount(1);
    await expect(searchResults(page).locator('mark').first()).toHaveText(/^Présidente$/);
    await searchFor(page, 'securite');
    await expect(searchResults(page).locator('mark').first()).toHaveText(/^sécurité$/i);
  });

  test('elision: "organisation" finds releases that only write "l’Organisation" or "l\'organisation"', async ({ page }) => {
    await searchFor(page, 'organisation');
    // Two releases have the word only after an elided article: "l’Organisation" (one straight "l'organisation").
    await expect(resultLinks(page)).toHaveCount(4);
    await expect(resultLinks(page).filter({ hasText: 'Conférence annuelle des chefs' })).toHaveCount(1);
    await expect(resultLinks(page).filter({ hasText: pairedRelease.fr.title })).toHaveCount(1);
    await expect(
      searchResults(page)
        .locator('mark')
        // The file writes "l'organisation"; the page, set in French typography, shows "l’organisation",
        // which Pagefind splits at the typographic apostrophe and so highlights "organisation" alone.
        .filter({ hasText: /^(l[’'])?organisation$/ })
        .first(),
    ).toBeVisible();
  });

  test('plurals: the singular "dirigeant" finds "dirigeants", "operation" finds "opérations"', async ({ page }) => {
    await searchFor(page, 'dirigeant');
    await expect(resultLinks(page)).toHaveText([frenchOnlyRelease.title]);
    await expect(searchResults(page).locator('mark').first()).toHaveText('dirigeants');
    await searchFor(page, 'operation');
    await expect(
      searchResults(page)
        .locator('mark')
        .filter({ hasText: /^opérations$/ })
        .first(),
    ).toBeVisible();
  });
});
