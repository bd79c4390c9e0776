import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { releasePages } from '../../scripts/bench/page-weight.ts';
import { builtSites } from './support/built-sites.ts';
import { gotoWithSiteFont, renderedFonts, siteFont } from './support/fonts.ts';
import { everyTemplate, pairedRelease, unknownAddresses } from './support/seed.ts';

// Read in beforeAll, not at load: listing the tests needs no built site.
let releasePaths: string[] = [];
test.beforeAll(() => {
  releasePaths = releasePages(builtSites.seedDist).map(({ file }) => `/${relative(builtSites.seedDist, file)}`.replace(/index\.html$/, ''));
});

test.describe('the header', () => {
  test('stays one row on a 375 px phone: the name, search and the language switch side by side, on every template', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of everyTemplate) {
      await page.goto(path);
      const banner = page.getByRole('banner');
      const parts = [banner.locator('.brand'), banner.locator('[data-search-entry]'), banner.locator('[data-language-switch]')];
      const middles: number[] = [];
      for (const part of parts) {
        if ((await part.count()) === 0) continue; // The chooser has no switch: it is one.
        const box = (await part.boundingBox())!;
        middles.push(box.y + box.height / 2);
      }
      expect(Math.max(...middles) - Math.min(...middles), path).toBeLessThanOrEqual(2);
      // The section links below keep to one row too (the chooser and the 404 page, in every language, have none).
      if (path === '/' || unknownAddresses().includes(path)) continue;
      const nav = (await banner.getByRole('navigation', { name: /Main|Principal/ }).boundingBox())!;
      expect(nav.height, path).toBeLessThan(48);
    }
  });

  test('names the organisation in the reader’s language, with its logo', async ({ page }) => {
    for (const [path, name] of [
      ['/en/', 'International Cooperation Office Newsroom'],
      ['/fr/', 'Bureau de la coopération internationale Salle de presse'],
    ] as const) {
      await page.goto(path);
      const home = page.getByRole('banner').getByRole('link', { name });
      await expect(home).toHaveAttribute('href', path);
      const logo = home.locator('img');
      await expect(logo).toHaveAttribute('src', '/logo.svg');
      expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    }
  });
});

test.describe('type', () => {
  test(`text is drawn in the site’s own ${siteFont}, served from the site`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (/\.woff2$/.test(response.url())) fonts.push(new URL(response.url()).pathname);
    });
    await gotoWithSiteFont(page, pairedRelease.fr.path, '.release-body p');
    expect((await renderedFonts(page, 'h1')).some((family) => family.startsWith(siteFont))).toBe(true);
    expect(new Set(fonts).size).toBe(1);
    expect(fonts[0]).toMatch(/^\/_astro\/.+\.woff2$/);
  });

  test('headlines in lists read as headlines: the text’s colour, not underlined links', async ({ page }) => {
    for (const path of ['/en/', '/fr/', '/en/topics/terrorism/', '/fr/annees/2013/']) {
      await page.goto(path);
      const textColour = await page.locator('body').evaluate((body) => getComputedStyle(body).color);
      for (const headline of await page.locator('.news-item-title a').all()) {
        const style = await headline.evaluate((link) => ({
          colour: getComputedStyle(link).color,
          line: getComputedStyle(link).textDecorationLine,
        }));
        expect(style, path).toEqual({ colour: textColour, line: 'none' });
      }
    }
  });

  test('the first page of the news leads with the newest release, larger than the rest', async ({ page }) => {
    for (const path of ['/en/', '/fr/']) {
      await page.goto(path);
      const titles = page.locator('.news-item-title');
      const sizes = await titles.evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)));
      expect(sizes[0], path).toBeGreaterThan(sizes[1]!);
      expect(new Set(sizes.slice(1)).size, path).toBe(1);
    }
    // A topic list is a list, not a front page.
    await page.goto('/en/topics/terrorism/');
    const sizes = await page
      .locator('.news-item-title')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).fontSize));
    expect(new Set(sizes).size).toBe(1);
  });
});

test.describe('a release page', () => {
  test('every dateline sits on the first line of its first paragraph, at the start of it', async ({ page }) => {
    let datelines = 0;
    for (const path of releasePaths) {
      await page.goto(path);
      const dateline = page.locator('.release-dateline');
      if ((await dateline.count()) === 0) continue;
      datelines++;
      const [line, paragraph, body] = await page.evaluate(() => {
        const span = document.querySelector('.release-dateline')!;
        const first = span.nextElementSibling!;
        return [
          span.getClientRects()[0]!,
          first.getClientRects()[0]!,
          document.querySelector('.release-body')!.getBoundingClientRect(),
        ].map(({ top, bottom, left }) => ({ top: Math.round(top), bottom: Math.round(bottom), left: Math.round(left) }));
      });
      expect(line!.top, path).toBe(paragraph!.top);
      expect(line!.bottom, path).toBe(paragraph!.bottom);
      expect(line!.left, path).toBe(body!.left);
    }
    expect(datelines).toBeGreaterThanOrEqual(4);
  });

  test('documents without an address are cited as references, not under a heading that promises links', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    await expect(page.getByRole('region', { name: 'Related links' })).toHaveCount(0);
    const references = page.getByRole('region', { name: 'References' });
    await expect(references.getByRole('listitem')).toHaveCount(2);
    await expect(references.getByRole('link')).toHaveCount(0);
    await page.goto(pairedRelease.fr.path);
    await expect(page.getByRole('region', { name: 'Références' }).getByRole('listitem')).toHaveCount(2);
  });
});

test.describe('focus and form controls', () => {
  test('the keyboard’s focus is a yellow block with a dark edge, never an error’s red', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/en/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { background: style.backgroundColor, colour: style.color, tag: document.activeElement!.tagName };
      });
      expect(focused).toEqual({ background: 'rgb(255, 221, 0)', colour: 'rgb(11, 12, 12)', tag: 'A' });
    }
  });

  test('checkboxes and radios are drawn by the site, filled with its accent colour once chosen', async ({ page }) => {
    await page.goto('/en/search/');
    const box = page.getByRole('checkbox', { name: 'Also search the releases in French' });
    const accent = await page.locator('.search-field button').evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(await box.evaluate((input) => getComputedStyle(input).appearance)).toBe('none');
    await box.check();
    expect(await box.evaluate((input) => getComputedStyle(input).backgroundColor)).toBe(accent);
    const radio = page.getByRole('radio', { name: 'Newest first' });
    await radio.check();
    expect(await radio.evaluate((input) => getComputedStyle(input).backgroundColor)).toBe(accent);
  });
});

test.describe('printing a release', () => {
  test('puts the site’s name, the release’s address and its date on paper, and no topic chips nor site chrome', async ({ page }) => {
    await page.goto(pairedRelease.fr.path);
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('.print-source');
    await expect(source).toBeVisible();
    await expect(source).toContainText('Salle de presse – Bureau de la coopération internationale');
    await expect(source).toContainText(new RegExp(`https?://[^ ]+${pairedRelease.fr.path}`));
    await expect(page.getByRole('article').locator('time')).toBeVisible();
    await expect(page.getByRole('article').locator('time')).toHaveText('31 janvier 2013');
    await expect(page.locator('.release-topics')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Partager ce communiqué' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
  });

  test('fits each sample release on as few A4 pages as its length needs: one for the average one', async ({ page }) => {
    const pageCounts: Record<string, number> = {};
    for (const path of releasePaths) {
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4' });
      // Chromium writes one `/Type /Page` object per page, and one `/Type /Pages` tree over them.
      pageCounts[path] = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
    }
    expect(pageCounts[pairedRelease.en.path]).toBe(1);
    for (const [path, count] of Object.entries(pageCounts)) expect(count, path).toBeLessThanOrEqual(2);
  });
});
