import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchPages, searchResults, searchSummary } from './support/search.ts';
import { frenchOnlyRelease, pairedRelease } from './support/seed.ts';

test.describe('search from every page', () => {
  test('the header offers search, with the / shortcut announced to assistive technology', async ({ page }) => {
    for (const [path, name] of [
      ['/en/', /^Search/],
      [frenchOnlyRelease.path, /^Rechercher/],
    ] as const) {
      await page.goto(path);
      const entry = page.getByRole('banner').getByRole('link', { name });
      await expect(entry).toBeVisible();
      await expect(entry).toHaveAttribute('aria-keyshortcuts', '/');
    }
    await page.goto('/en/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Search/ })
      .click();
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search the news' })).toBeVisible();
  });

  test('pressing / on a release page opens search in its language, with the field focused', async ({ page }) => {
    await page.goto(frenchOnlyRelease.path);
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/fr\/recherche\/$/);
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('Ballestrazzi');
    await expect(searchSummary(page)).toContainText('résultats pour Ballestrazzi');
  });

  test('a release page loads no search code until the reader asks for search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(pairedRelease.en.path);
    await page.waitForLoadState('networkidle');
    // Only data may arrive, when the service worker keeps the language's results for offline use.
    expect(requested.filter((path) => /^\/pagefind\/.*\.(?:js|css|pagefind)$/.test(path))).toEqual([]);
    const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
    expect(scripts.every((src) => src?.startsWith('/_astro/'))).toBe(true);
    // No inline code and no inline event handlers: a strict Content Security Policy can forbid both.
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('[onclick], [onkeydown], [onload]').count()).toBe(0);
  });
});

test.describe('the search page', () => {
  test('shows results as the reader types, with a count and the matched words highlighted', async ({ page }) => {
    await page.goto(searchPages.en);
    await page.getByRole('searchbox', { name: 'Search releases' }).pressSequentially('Valls', { delay: 50 });
    await expect(searchSummary(page)).toHaveText('1 result for Valls');
    const result = resultLinks(page).first();
    await expect(result).toHaveText(pairedRelease.en.title);
    await expect(searchResults(page).locator('mark').first()).toHaveText(/Valls/i);
    await expect(searchResults(page).locator('.search-result-meta')).toHaveText('31 January 2013 · Media release · Also in French');
  });

  test('is written in the page language: French labels, counts and dates on the French page', async ({ page }) => {
    await page.goto(searchPages.fr);
    await expect(page.getByRole('heading', { level: 1, name: 'Rechercher dans les actualités' })).toBeVisible();
    await searchFor(page, 'Valls');
    await expect(searchSummary(page)).toHaveText('Un résultat pour Valls');
    await expect(searchResults(page).locator('.search-result-meta')).toHaveText(
      '31 janvier 2013 · Communiqué de presse · Existe aussi en anglais',
    );
    await page.getByText('Filtrer les résultats').click();
    await expect(page.getByRole('group', { name: 'Thème' })).toBeVisible();
  });

  test('carries the highlight into the release page', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'Ballestrazzi');
    await resultLinks(page).filter({ hasText: pairedRelease.en.title }).click();
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.en.path}\\?highlight=ballestrazzi$`));
    await expect(page.locator('article mark').first()).toHaveText('Ballestrazzi');
  });

  test('hands Pagefind its files unpacked by the browser, not by JavaScript', async ({ page }) => {
    await page.goto(searchPages.fr);
    await searchFor(page, 'INTERPOL');
    const entry = await (await page.request.get('/pagefind/fr/pagefind-entry.json')).json();
    const metadata = `/pagefind/fr/pagefind.${entry.languages.fr.hash}.pf_meta`;
    // Served packed (gzip) ...
    const served = await (await page.request.get(metadata)).body();
    expect([...served.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    // ... and read on the page through the `fetch` pagefind.js calls: unpacked, with Pagefind's signature.
    const seenByPagefind = await page.evaluate(
      async (url) => new TextDecoder().decode((await (await fetch(url)).arrayBuffer()).slice(0, 12)),
      metadata,
    );
    expect(seenByPagefind).toBe('pagefind_dcd');
  });

  test('indexes only release text: no page chrome, no lists, no titles of related releases', async ({ page }) => {
    await page.goto(searchPages.en);
    for (const words of ['Skip', 'RSS']) {
      await searchFor(page, words);
      await expect(searchSummary(page)).toHaveText(`No results for ${words}`);
    }
    // One bundle per language, each holding that language's release pages and the releases its
    // list shows in another language only (the seed's three French-only releases, in English).
    for (const [language, pages] of [
      ['en', 4],
      ['fr', 4],
    ] as const) {
      const entry = await (await page.request.get(`/pagefind/${language}/pagefind-entry.json`)).json();
      expect(Object.keys(entry.languages)).toEqual([language]);
      expect(entry.languages[language].page_count).toBe(pages);
    }
    // The text Pagefind keeps for the English seed: its own words, not the title of a release it
    // links to, nor the "Published by" line that ends every release.
    const indexedText = await page.evaluate(async (bundle) => {
      const pagefind = await import(bundle);
      const [result] = (await pagefind.search('Valls')).results;
      return (await result.data()).content as string;
    }, '/pagefind/en/pagefind.js');
    // The index reads the text with its typography folded (’ to '), so that words after ’ are found.
    expect(indexedText).toContain("Manuel Valls's first visit");
    expect(indexedText).not.toContain('Statement by French Interior Minister');
    expect(indexedText).not.toContain('Published by');
  });

  test('orders results by relevance or newest first', async ({ page }) => {
    await page.goto(searchPages.fr);
    await searchFor(page, 'INTERPOL');
    await page.getByRole('radio', { name: 'Les plus récents d’abord' }).check();
    await expect(resultLinks(page).first()).toHaveText(/Conférence|chefs|BCN/i);
    await expect(resultLinks(page).last()).toHaveText(pairedRelease.fr.title);
    await page.getByRole('radio', { name: 'Les plus pertinents d’abord' }).check();
    await expect(page.getByRole('radio', { name: 'Les plus pertinents d’abord' })).toBeChecked();
    await expect(resultLinks(page)).toHaveCount(4);
  });

  test('filters by year, type, topic and languages available, with counts in the reader’s language', async ({ page }) => {
    await page.goto(searchPages.fr);
    await searchFor(page, 'INTERPOL');
    await expect(resultLinks(page)).toHaveCount(4);
    await page.getByText('Filtrer les résultats').click();
    for (const [facet, value, count] of [
      ['Année', '2024', 1],
      ['Type de communiqué', 'Actualité', 1],
      ['Thème', 'Coopération douanière', 1],
      ['Disponible en', 'anglais', 1],
    ] as const) {
      const choice = page.getByRole('group', { name: facet }).getByRole('checkbox', { name: new RegExp(`^${value} \\(${count}\\)$`) });
      await choice.check();
      await expect(resultLinks(page)).toHaveCount(count);
      await choice.uncheck();
      await expect(resultLinks(page)).toHaveCount(4);
    }
    // Two values of one facet widen the search; two facets narrow it.
    const topics = page.getByRole('group', { name: 'Thème' });
    await topics.getByRole('checkbox', { name: /^Coopération douanière/ }).check();
    await topics.getByRole('checkbox', { name: /^Coopération policière/ }).check();
    await expect(resultLinks(page)).toHaveCount(4);
    await page
      .getByRole('group', { name: 'Disponible en' })
      .getByRole('checkbox', { name: /^anglais/ })
      .check();
    await expect(resultLinks(page)).toHaveCount(1);
  });

  test('has no accessibility violations with results shown, nor have the offline pages', async ({ page }) => {
    for (const path of [...Object.values(searchPages), '/en/offline/', '/fr/hors-ligne/']) {
      await page.goto(path);
      if (path.includes('search') || path.includes('recherche')) await searchFor(page, 'INTERPOL');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and offers the news lists', async ({ page }) => {
    await page.goto('/en/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Search/ })
      .click();
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    // Keeping releases offline needs a script too: its button is not offered.
    await expect(page.getByRole('button', { name: 'Make every release available offline' })).toBeHidden();
    await expect(page.getByRole('main').getByRole('link', { name: 'News' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Actualités' })).toHaveAttribute('href', '/fr/');
    await page.goto(searchPages.fr);
    await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Actualités' })).toHaveAttribute('href', '/fr/');
  });
});
