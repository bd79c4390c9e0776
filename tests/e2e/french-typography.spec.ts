import { expect, test, type Page } from '@playwright/test';
import { resultLinks, searchPages, searchResults, searchSettled, searchSummary } from './support/search.ts';

// tests/fixtures/content/french-typography/: a pair (voeux-2024) typeset as French is, a French-only
// customs release and an English-only cyber release.
const titles = {
  voeuxFr: 'Les vœux du Secrétaire général à l’Organisation',
  voeuxEn: 'The Secretary General’s New Year message to the Organization',
  saisie: 'Saisie douanière record de médicaments contrefaits',
  cyber: 'Cyber awareness week brings officers together',
};

/** Searches through the address, as a shared link would, and waits for the summary. */
async function resultTitles(page: Page, path: string, words: string, extra = ''): Promise<string[]> {
  await page.goto(`${path}?q=${encodeURIComponent(words)}${extra}`);
  await searchSettled(page, words);
  return await resultLinks(page).allTextContents();
}

test.describe('search on French typography', () => {
  const french: [string, string[]][] = [
    ['interface', [titles.voeuxFr]],
    ['l’Interface', [titles.voeuxFr]],
    ['Membres', [titles.voeuxFr]],
    ['efficacité', [titles.voeuxFr]],
    ['EFFICACITE', [titles.voeuxFr]],
    ['voeux', [titles.voeuxFr]],
    ['vœux', [titles.voeuxFr]],
    ['oeuvre', [titles.voeuxFr]],
    ['année', [titles.voeuxFr]],
    ['présent', [titles.voeuxFr]],
    ['aucune', [titles.voeuxFr]],
    ['avance', [titles.voeuxFr]],
    ['agit', [titles.voeuxFr]],
    ['ouvre', [titles.voeuxFr]],
    ['éthique', [titles.voeuxFr]],
    ['opération', [titles.saisie]],
    ['colis', [titles.saisie]],
    ['douane', [titles.saisie]],
    ['ransomware', [titles.cyber]],
    ['pays', [titles.voeuxFr, titles.saisie]],
    ['éthiques', [titles.voeuxFr]],
    ['ethnique', []],
    ['Mikuriya', []],
    ['do', []],
  ];
  for (const [words, expected] of french) {
    test(`French search for “${words}” finds exactly ${expected.length} release(s)`, async ({ page }) => {
      expect((await resultTitles(page, searchPages.fr, words)).sort()).toEqual([...expected].sort());
    });
  }

  test('English search finds a word after ’s and a French-only release, marked as French', async ({ page }) => {
    expect(await resultTitles(page, searchPages.en, 'interpol')).toEqual([titles.voeuxEn]);
    expect(await resultTitles(page, searchPages.en, 'douane')).toEqual([titles.saisie]);
    await expect(searchResults(page)).toContainText('In French');
  });

  test('a word nowhere in a language says no results and what to try next, never prefix junk', async ({ page }) => {
    expect(await resultTitles(page, searchPages.en, 'ethique')).toEqual([]);
    await expect(searchSummary(page)).toHaveText('No results for ethique');
    await expect(page.getByText('Check the spelling')).toBeVisible();
    expect(await resultTitles(page, searchPages.en, 'ethique', '&include-other=on')).toEqual([titles.voeuxFr]);
  });

  test.describe('what the search reads', () => {
    // Counted on the page's own requests: once the service worker controls the page, the page keeps
    // its language's search results offline (keep-offline.ts), which fetches every fragment when the
    // browser is next idle: that came before the check in a CI run, then in most runs on this machine.
    test.use({ serviceWorkers: 'block' });

    test('a word found only as the prefix of others, or nowhere, reads no page: Pagefind’s prefix matches are never fetched', async ({
      page,
    }) => {
      const fragments: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/fragment/')) fragments.push(request.url());
      });
      // Unquoted, Pagefind matches "et" for "ethique" and "M." for "Mikuriya". (A quoted form can still
      // share a stem with another word, as some French words do: those pages are read, then dropped.)
      for (const [path, words] of [
        [searchPages.en, 'ethique'],
        [searchPages.fr, 'Mikuriya'],
      ] as const) {
        expect(await resultTitles(page, path, words), words).toEqual([]);
        expect(fragments, words).toEqual([]);
      }
    });
  });

  test('a translated pair is one result, in the reader’s language, naming its other version', async ({ page }) => {
    expect(await resultTitles(page, searchPages.en, 'Organization', '&include-other=on')).toEqual([titles.voeuxEn]);
    await expect(searchResults(page)).toContainText('Also in French');
    expect(await resultTitles(page, searchPages.fr, 'secretaire', '&include-other=on')).toEqual([titles.voeuxFr]);
    await expect(searchResults(page)).toContainText('Existe aussi en anglais');
  });

  test('excerpts show the release’s own typography, ’ œ « » and non-breaking spaces, with the matched words marked', async ({ page }) => {
    const excerpt = page.locator('.search-result-excerpt').first();
    for (const [words, marked, shown] of [
      ['interface', 'Interface', /l’Interface Public–Membres/],
      ['voeux', 'vœux', /ses vœux[\u00a0\u202f]: «[\u00a0\u202f]L’année qui s’ouvre sera celle de l’efficacité[\u00a0\u202f]»/],
      ['l’oeuvre', 'œuvre', /l’œuvre/],
      ['efficacite', 'efficacité', /l’efficacité/],
    ] as const) {
      await resultTitles(page, searchPages.fr, words);
      await expect(excerpt.locator('mark').first(), words).toBeVisible();
      // Read as is: Playwright's text assertions would make every no-break space a plain one.
      const text = (await excerpt.textContent()) ?? '';
      expect(text, words).toMatch(shown);
      // Nothing folded is left: no straight apostrophe, no "oe" for œ, no dash for an en dash.
      expect(text, words).not.toMatch(/'|voeux|oeuvre|Public-Membres/);
      await expect(excerpt.locator('mark').filter({ hasText: marked }).first(), words).toBeVisible();
    }
    // A French-only release in an English search, and an English possessive.
    await resultTitles(page, searchPages.en, 'Organization');
    await expect(excerpt).toContainText('Organization’s');
    expect(await excerpt.textContent()).not.toContain("'");
  });

  test('each year’s count is the number of results ticking it gives, whatever is ticked', async ({ page }) => {
    for (const ticked of [[], ['2013'], ['2024'], ['2013', '2024']]) {
      const extra = `&include-other=on${ticked.map((year) => `&year=${year}`).join('')}`;
      await resultTitles(page, searchPages.fr, 'pays', extra);
      for (const year of ['2013', '2024']) {
        const label = page.locator(`input[name="year"][value="${year}"] ~ [data-filter-count]`);
        const count = Number((await label.textContent())?.replace(/\D/g, ''));
        const alone = await resultTitles(page, searchPages.fr, 'pays', `&include-other=on&year=${year}`);
        expect(alone, `year ${year} with ${ticked.join('+') || 'nothing'} ticked`).toHaveLength(count);
        await resultTitles(page, searchPages.fr, 'pays', extra);
      }
    }
  });
});
