import { expect, test, type Page } from '@playwright/test';
import { resultLinks, searchFor, searchPages, searchResults, searchSummary } from './support/search.ts';
import { pairedRelease } from './support/seed.ts';

/** What the search form says, read back as a reader sees it. */
async function formState(page: Page) {
  return page.locator('[data-search-form]').evaluate((form: HTMLFormElement) => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? ''),
      other: data.has('include-other'),
      order: String(data.get('order')),
      filters: ['year', 'type', 'topic', 'languages'].flatMap((facet) => data.getAll(facet).map((value) => `${facet}=${value}`)),
    };
  });
}

async function resultTitles(page: Page): Promise<string[]> {
  await expect(searchSummary(page)).not.toHaveText('');
  return resultLinks(page).allTextContents();
}

test.describe('the search in the address', () => {
  test('a reload keeps the words, the filters, the order and the other language', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'INTERPOL');
    await page.getByRole('checkbox', { name: 'Also search the releases in French' }).check();
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await page.getByText('Filter results').click();
    await page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /^2013/ }).check();
    // The pair of 2013 is one result: three releases of 2013 mention INTERPOL.
    await expect(resultLinks(page)).toHaveCount(3);
    const url = new URL(page.url());
    expect(url.pathname).toBe(searchPages.en);
    expect([...url.searchParams]).toEqual([
      ['q', 'INTERPOL'],
      ['include-other', 'on'],
      ['order', 'newest'],
      ['year', '2013'],
    ]);
    const before = { state: await formState(page), titles: await resultTitles(page) };
    await page.reload();
    await expect(resultLinks(page)).toHaveCount(3);
    expect({ state: await formState(page), titles: await resultTitles(page) }).toEqual(before);
    await expect(page.getByRole('group', { name: 'Year' })).toBeVisible();
  });

  test('Back from a result returns to the same search; Back after a filter takes the filter away', async ({ page }) => {
    await page.goto(searchPages.fr);
    await searchFor(page, 'INTERPOL');
    await page.getByText('Filtrer les résultats').click();
    await page.getByRole('group', { name: 'Année' }).getByRole('checkbox', { name: /^2024/ }).check();
    await expect(resultLinks(page)).toHaveCount(1);
    await resultLinks(page).first().click();
    await expect(page.getByRole('article')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('searchbox')).toHaveValue('INTERPOL');
    await expect(resultLinks(page)).toHaveCount(1);
    await expect(page.getByRole('group', { name: 'Année' }).getByRole('checkbox', { name: /^2024/ })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('group', { name: 'Année' }).getByRole('checkbox', { name: /^2024/ })).not.toBeChecked();
    await expect(resultLinks(page)).toHaveCount(4);
    await expect(page.getByRole('searchbox')).toHaveValue('INTERPOL');
  });

  test('a shared link opens the same search, in any browser', async ({ browser, baseURL }) => {
    // A fresh context: nothing of an earlier visit, as for someone the link was sent to.
    const page = await browser.newPage(baseURL ? { baseURL } : {});
    await page.goto(`${searchPages.fr}?q=INTERPOL&include-other=on&order=newest&topic=travel-documents`);
    await expect.poll(() => formState(page)).toEqual({ q: 'INTERPOL', other: true, order: 'newest', filters: ['topic=travel-documents'] });
    // The pair is one result, in the reader's language.
    await expect(resultLinks(page)).toHaveText([pairedRelease.fr.title]);
    await page.close();
  });

  test('the language switch carries the search to the other language’s search page', async ({ page }) => {
    await page.goto(searchPages.en);
    await searchFor(page, 'Valls');
    await page.getByRole('checkbox', { name: 'Also search the releases in French' }).check();
    const toFrench = page.getByRole('link', { name: 'Français', exact: true });
    await expect(toFrench).toHaveAttribute('href', /^(http:\/\/[^/]+)?\/fr\/recherche\/\?q=Valls&include-other=on$/);
    await toFrench.click();
    await expect(page).toHaveURL(/\/fr\/recherche\/\?q=Valls&include-other=on$/);
    // The address changes before the new page's script has read it back into the form.
    await expect.poll(() => formState(page)).toEqual({ q: 'Valls', other: true, order: 'relevance', filters: [] });
    await expect(resultLinks(page)).toHaveText([pairedRelease.fr.title]);
  });

  test('any state the form can take comes back whole from its address', async ({ page }) => {
    await page.goto(searchPages.en);
    const values = await page
      .locator('[data-search-filter]')
      .evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`));
    // A fixed sequence of pseudo-random choices, so a failure names a state that can be replayed.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let round = 0; round < 12; round++) {
      const state = {
        q: ['INTERPOL', 'Valls', 'coopération', 'a b  c'][round % 4]!.replace(/\s+/g, ' '),
        other: random() < 0.5,
        order: random() < 0.5 ? 'newest' : 'relevance',
        filters: values.filter(() => random() < 0.2),
      };
      await page.locator('[data-search-form]').evaluate((form: HTMLFormElement, wanted) => {
        (form.elements.namedItem('q') as HTMLInputElement).value = wanted.q;
        (form.querySelector('[name="include-other"]') as HTMLInputElement).checked = wanted.other;
        for (const radio of form.querySelectorAll<HTMLInputElement>('[name="order"]')) radio.checked = radio.value === wanted.order;
        for (const box of form.querySelectorAll<HTMLInputElement>('[data-search-filter]'))
          box.checked = wanted.filters.includes(`${box.name}=${box.value}`);
        form.requestSubmit();
      }, state);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(state.q);
      await page.reload();
      expect(await formState(page), JSON.stringify(state)).toEqual(state);
    }
  });
});

test.describe('the search state without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the language switch on the search page still leads to the other search page', async ({ page }) => {
    await page.goto(`${searchPages.en}?q=Valls`);
    const toFrench = page.getByRole('link', { name: 'Français', exact: true });
    await expect(toFrench).toHaveAttribute('href', searchPages.fr);
    await toFrench.click();
    await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
  });
});

test.describe('search results', () => {
  test('filter counts are right with the other language included, whichever was chosen first', async ({ page }) => {
    for (const filtersFirst of [true, false]) {
      await page.goto(searchPages.fr);
      if (filtersFirst) await page.getByText('Filtrer les résultats').click();
      await page.getByRole('checkbox', { name: 'Chercher aussi dans les communiqués en anglais' }).check();
      if (!filtersFirst) await page.getByText('Filtrer les résultats').click();
      await searchFor(page, 'INTERPOL');
      // Four releases, the pair once.
      await expect(resultLinks(page)).toHaveCount(4);
      const languages = page.getByRole('group', { name: 'Disponible en' });
      await expect(languages.getByRole('checkbox', { name: 'anglais (1)' })).toBeVisible();
      await expect(languages.getByRole('checkbox', { name: 'français (4)' })).toBeVisible();
      const years = page.getByRole('group', { name: 'Année' });
      await expect(years.getByRole('checkbox', { name: '2013 (3)' })).toBeVisible();
      await expect(years.getByRole('checkbox', { name: '2024 (1)' })).toBeVisible();
    }
  });

  test('every topic is in sight: the topic filter is not a box that scrolls', async ({ page }) => {
    await page.goto(searchPages.en);
    await page.getByText('Filter results').click();
    const topics = page.getByRole('group', { name: 'Topic' });
    const { scrollHeight, clientHeight, overflow } = await topics.evaluate((group) => ({
      scrollHeight: group.scrollHeight,
      clientHeight: group.clientHeight,
      overflow: getComputedStyle(group).overflowY,
    }));
    expect(overflow).toBe('visible');
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
    for (const box of await topics.getByRole('checkbox').all()) await expect(box).toBeVisible();
  });

  test('excerpts start with the release’s own text, never its date or type', async ({ page }) => {
    for (const [path, labels] of [
      [searchPages.en, ['Media release', 'News', 'January', '2013']],
      [searchPages.fr, ['Communiqué de presse', 'Actualité', 'janvier', '2013', '2024']],
    ] as const) {
      await page.goto(path);
      const bundle = path === searchPages.en ? '/pagefind/en/pagefind.js' : '/pagefind/fr/pagefind.js';
      // The text Pagefind cuts excerpts from, for every release in the bundle.
      const texts = await page.evaluate(async (url) => {
        const pagefind = await import(url);
        const { results } = await pagefind.search(null, {});
        return Promise.all(results.map(async (result: { data(): Promise<{ content: string }> }) => (await result.data()).content));
      }, bundle);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) for (const label of labels) expect(text.startsWith(label), text.slice(0, 60)).toBe(false);
    }
  });

  test('only results in another language say their language; a pair names its other version', async ({ page }) => {
    await page.goto(searchPages.en);
    await page.getByRole('checkbox', { name: 'Also search the releases in French' }).check();
    await searchFor(page, 'Ballestrazzi');
    await expect(resultLinks(page)).toHaveCount(2);
    for (const item of await searchResults(page).locator('li').all()) {
      const inFrench = (await item.getByRole('link').getAttribute('lang')) === 'fr';
      await expect(item.locator('.search-result-meta')).toHaveText(inFrench ? / · In French$/ : /^[^·]+ · [^·]+ · Also in French$/);
    }
  });

  test('a release dated only by its year reads the same in results as in the lists', async ({ page }) => {
    await page.goto(searchPages.fr);
    await searchFor(page, 'Storm Makers');
    await expect(searchResults(page).locator('.search-result-meta').first()).toHaveText(
      '2024 (date exacte inconnue) · Communiqué de presse',
    );
    await page.goto('/fr/');
    await expect(page.locator('.news-item-meta').first()).toHaveText('2024 (date exacte inconnue) · Communiqué de presse');
  });
});
