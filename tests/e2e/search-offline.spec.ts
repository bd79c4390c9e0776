import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchPages, searchResults, waitUntilKeptOffline } from './support/search.ts';
import { frenchOnlyRelease, pairedRelease, undatedRelease } from './support/seed.ts';

test.describe('offline reading', () => {
  test('after one visit, English news lists, opened releases and English search work with the network cut', async ({ page, context }) => {
    await page.goto(pairedRelease.en.path);
    await waitUntilKeptOffline(page, 'en');
    await page.reload();

    await context.setOffline(true);
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    await page.goto(pairedRelease.en.path);
    await expect(page.getByRole('heading', { level: 1, name: pairedRelease.en.title })).toBeVisible();
    await page.goto(searchPages.en);
    await searchFor(page, 'Ballestrazzi');
    // The English list shows the French-only release too, so English search finds it, offline as well.
    await expect
      .poll(async () => (await resultLinks(page).allTextContents()).sort())
      .toEqual([frenchOnlyRelease.title, pairedRelease.en.title].sort());
    await resultLinks(page).filter({ hasText: pairedRelease.en.title }).click();
    await expect(page.locator('article mark').first()).toHaveText('Ballestrazzi');
  });

  test('after one visit, French lists and French search work with the network cut', async ({ page, context }) => {
    await page.goto('/fr/');
    await waitUntilKeptOffline(page, 'fr');
    await page.reload();

    await context.setOffline(true);
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
    // Drawn as online: the header's logo and the site's font come from the precache.
    await expect
      .poll(() => page.locator('.brand img').evaluate((logo: HTMLImageElement) => logo.complete && logo.naturalWidth))
      .toBeGreaterThan(0);
    const font = await page.evaluate(async () => (await document.fonts.load('700 1em "Source Sans 3"')).map((face) => face.status));
    expect(font).toEqual(['loaded']);
    await page.goto(searchPages.fr);
    await searchFor(page, 'dirigeant');
    await expect(resultLinks(page)).toHaveText([frenchOnlyRelease.title]);
    await expect(searchResults(page).locator('mark').first()).toHaveText('dirigeants');
  });

  test('a reader can make every release available offline with one button', async ({ page, context }) => {
    await page.goto(searchPages.en);
    await waitUntilKeptOffline(page, 'en');
    await page.getByRole('button', { name: 'Make every release available offline' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Every release is available offline.' })).toBeVisible({ timeout: 20_000 });

    await context.setOffline(true);
    // Never opened, in the other language: kept by the button.
    await page.goto(undatedRelease.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // And the other language's results show too.
    await page.goto(searchPages.en);
    await page.getByRole('checkbox', { name: 'Also search the releases in French' }).check();
    await searchFor(page, 'Ballestrazzi');
    await expect(resultLinks(page)).toHaveCount(2);
    await expect(page.locator('[data-search-notice]')).toBeHidden();
    // The other language's list and search page open too, never visited.
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
    await page.goto(searchPages.fr);
    await searchFor(page, 'dirigeant');
    await expect(resultLinks(page)).toHaveText([frenchOnlyRelease.title]);
  });

  test('offline, including the other language says its releases are not kept here, and searches this language', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(searchPages.en);
    await waitUntilKeptOffline(page, 'en');
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('checkbox', { name: 'Also search the releases in French' }).check();
    await searchFor(page, 'Ballestrazzi');
    await expect(page.locator('[data-search-notice]')).toHaveText(
      'You are offline, and the releases in French are not kept on this device: only releases in English are searched. Online, “Make every release available offline” keeps both languages.',
    );
    await expect
      .poll(async () => (await resultLinks(page).allTextContents()).sort())
      .toEqual([frenchOnlyRelease.title, pairedRelease.en.title].sort());
    await expect(page.getByRole('status').filter({ hasText: '2 results for Ballestrazzi' })).toBeVisible();
    // The address still says both languages: online again, the same link searches both.
    expect(new URL(page.url()).searchParams.get('include-other')).toBe('on');
    await context.setOffline(false);
    await page.reload();
    // Online, the French versions are searched too; the pair stays one result.
    await expect(resultLinks(page)).toHaveCount(2);
    await expect(page.locator('[data-search-notice]')).toBeHidden();
    expect(errors).toEqual([]);
  });
});

test.describe('a new deploy', () => {
  // Pagefind reads its entry file from a Web Worker: counted at the browser context, with no service worker answering.
  test.use({ serviceWorkers: 'block' });

  test('never mixes index versions: the index is precached by revision and its entry file is tagged per build', async ({ page }) => {
    const entryRequests: string[] = [];
    page.context().on('request', (request) => {
      if (request.url().includes('pagefind-entry.json')) entryRequests.push(new URL(request.url()).search);
    });
    await page.goto(searchPages.en);
    await searchFor(page, 'Valls');
    const { version } = await (await page.request.get('/offline/en.json')).json();
    expect(entryRequests).toContain(`?ts=${version}`);

    const worker = await (await page.request.get('/sw.js')).text();
    for (const file of [
      'pagefind/en/pagefind-entry.json',
      'pagefind/en/pagefind.js',
      'pagefind/en/wasm.en.pagefind',
      'pagefind/fr/wasm.fr.pagefind',
    ]) {
      expect(worker, `${file} is precached`).toContain(`"${file}"`);
    }
    expect(worker).toMatch(/pagefind\/en\/index\/en_\w+\.pf_index/);
    expect(worker).toMatch(/pagefind\/fr\/index\/fr_\w+\.pf_index/);
    // The new worker waits for every tab of the old one to close: it skips waiting only if a page asks.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toContain('"SKIP_WAITING"===e.data.type&&self.skipWaiting()');
  });
});

test.describe('a page never kept', () => {
  test('offline, says so in its language and offers the pages that are kept', async ({ page, context }) => {
    await page.goto('/fr/');
    await waitUntilKeptOffline(page, 'fr');
    await context.setOffline(true);
    await page.goto('/fr/actualites/delegation-chinoise-visite-interpol/');
    await expect(page.getByRole('heading', { level: 1, name: 'Vous êtes hors ligne' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Actualités', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
  });
});
