import { expect, type Page } from '@playwright/test';

/** The search pages, and words from the seed releases that each finds. */
export const searchPages = { en: '/en/search/', fr: '/fr/recherche/' } as const;

/** The sentence that says how many results a search found, read out as a status. */
export function searchSummary(page: Page) {
  return page.locator('[data-search-summary]');
}

/** The list of results. */
export function searchResults(page: Page) {
  return page.locator('[data-search-results]');
}

/** Types words into the search page's field, as a reader would, and waits for the count. */
export async function searchFor(page: Page, words: string): Promise<void> {
  const field = page.getByRole('searchbox');
  await field.fill(words);
  await searchSettled(page, words);
}

/** Waits until the summary names `words` and is no longer busy: every match read, the count exact or said to be an estimate. */
export async function searchSettled(page: Page, words: string): Promise<void> {
  await expect(searchSummary(page)).toContainText(words);
  await expect(searchSummary(page)).not.toHaveAttribute('aria-busy', 'true');
}

/** The result links, in the order shown. */
export function resultLinks(page: Page) {
  return searchResults(page).getByRole('link');
}

/**
 * Waits until the service worker controls the page and has kept the page's language for offline
 * reading (the page notes the build it kept in localStorage).
 */
export async function waitUntilKeptOffline(page: Page, locale: 'en' | 'fr'): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, `newsroom.offline.${locale}`, { timeout: 20_000 });
}
