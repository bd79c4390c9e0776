import { expect, test, type Page } from '@playwright/test';
import { resultLinks, searchFor, searchPages, searchSettled, searchSummary, waitUntilKeptOffline } from './support/search.ts';

// The site's search index is in three parts a language (tests/e2e/support/fixture-sites.ts):
// 2021 (Operation 000, the newest part, the smallest), 2020 (Operations 001 to 045) and up to 2019
// (the release of 2001, whose title is markup shown as text). "this" is in all three.
const newest = 'Operation 000';
const oldest = /<b>bold<\/b>/;

/** Shows every result of the current search. */
async function showAll(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) await more.click();
  return resultLinks(page).allTextContents();
}

test.describe('a search index in parts by year', () => {
  test('the search page names the parts, each served from its folder, the runtime from the newest only', async ({ page, request }) => {
    const searchPage = await (await request.get(searchPages.en)).text();
    expect(searchPage).toContain('<meta name="newsroom-search-parts" content="2020 2021">');
    for (const locale of ['en', 'fr'])
      for (const part of ['', '2020-2020/', 'until-2019/'])
        expect((await request.get(`/pagefind/${locale}/${part}pagefind-entry.json`)).status(), `${locale} ${part}`).toBe(200);
    expect((await request.get('/pagefind/en/2020-2020/pagefind.js')).status()).toBe(404);
    // The reader's page asks for every part's entry file with the page.
    await page.goto(searchPages.en);
    for (const part of ['', '2020-2020/', 'until-2019/'])
      await expect(page.locator(`link[rel="preload"][href^="/pagefind/en/${part}pagefind-entry.json?ts="]`)).toHaveCount(1);
  });

  test('newest first lists every match of every part in date order, each once', async ({ page }) => {
    await page.goto(searchPages.en);
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await searchFor(page, 'this');
    const titles = await showAll(page);
    await expect(searchSummary(page)).toHaveText(`${titles.length} results for this`);
    expect(new Set(titles).size).toBe(titles.length);
    // Pagefind's own merge would put 2020's releases first: a sorted result's score is its place in its own part.
    expect(titles[0]).toBe(newest);
    expect(titles.at(-1)).toMatch(oldest);
    const operations = titles.slice(0, -1);
    expect(operations.every((title) => /^Operation \d{3}$/.test(title))).toBe(true);
    expect(operations).toEqual([...operations].sort());
  });

  test('by relevance, a word finds its release in whichever part holds it', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'Hostilemarkupword');
    await expect(resultLinks(page)).toHaveText([oldest]);
    await searchFor(page, 'opened');
    await expect(resultLinks(page)).toHaveText([newest]);
  });

  test('a filter’s count adds up the parts, and ticking it gives that many, from every part', async ({ page }) => {
    await page.goto(searchPages.en);
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await searchFor(page, 'this');
    await page.getByText('Filter results').click();
    const cybercrime = page.locator('input[name="topic"][value="cybercrime"] ~ [data-filter-count]');
    const count = Number((await cybercrime.textContent())?.replace(/\D/g, ''));
    await page.getByRole('checkbox', { name: /Cybercrime/ }).check();
    await searchSettled(page, 'this');
    const titles = await showAll(page);
    expect(titles).toHaveLength(count);
    expect(titles[0]).toBe(newest);
    expect(titles.at(-1)).toMatch(oldest);
  });

  test('after one visit, every part answers with the network cut', async ({ page, context }) => {
    await page.goto('/en/');
    await waitUntilKeptOffline(page, 'en');
    await page.reload();
    await context.setOffline(true);
    await page.goto(searchPages.en);
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await searchFor(page, 'this');
    const titles = await showAll(page);
    expect(titles[0]).toBe(newest);
    expect(titles.at(-1)).toMatch(oldest);
  });
});
