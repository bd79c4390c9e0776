import { expect, test, type Locator, type Page } from '@playwright/test';

// Release 001 of the generated corpus (tests/fixtures/generate-releases.mjs), the newest, carries a
// photo: it leads the news lists, large, and its page shows it large. Each test fails if the photo
// is small, cropped, stretched, unsized or missing, at a phone's width as at a desktop's.

const widths = [390, 414, 768, 900, 1280];
const lead = {
  en: {
    list: '/en/',
    page: '/en/news/generated-release-001/',
    alt: "Lit windows of a city's towers at dusk, seen across a river",
    caption: "The operation was coordinated from the city's command centre.",
    credit: 'Photo: Newsroom project, CC0',
  },
  fr: {
    list: '/fr/',
    page: '/fr/actualites/generated-release-001/',
    alt: 'Les tours éclairées d’une ville au crépuscule, vues depuis le fleuve',
    // As the page sets it: narrow no-break spaces before the colon and inside the guillemets.
    caption: 'L’opération a été coordonnée depuis le centre de commandement de la ville\u202f: «\u202fune première\u202f».',
    credit: 'Photo\u00a0: Projet Salle de presse, CC0',
  },
} as const;

/** Fails unless the image is drawn, sized by its attributes, in its own proportions, from a responsive set. */
async function expectWholePhoto(photo: Locator, alt: string): Promise<void> {
  await expect(photo).toHaveAttribute('alt', alt);
  await expect(photo).toHaveAttribute('width', /^\d+$/);
  await expect(photo).toHaveAttribute('height', /^\d+$/);
  expect(
    (await photo.getAttribute('srcset'))?.split(',').filter((candidate) => candidate.includes('/_astro/')).length,
  ).toBeGreaterThanOrEqual(3);
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  const [natural, drawn] = await photo.evaluate((image: HTMLImageElement) => [
    image.naturalHeight / image.naturalWidth,
    image.getBoundingClientRect().height / image.getBoundingClientRect().width,
  ]);
  expect(Math.abs(drawn! - natural!) / natural!).toBeLessThan(0.02);
}

async function widthOf(page: Page, selector: string): Promise<number> {
  return (await page.locator(selector).first().boundingBox())!.width;
}

for (const [locale, release] of Object.entries(lead)) {
  for (const width of widths) {
    test(`${locale} at ${width} px: the lead item shows its photo across the column, above its headline, with caption and credit`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(release.list);
      const item = page.locator('.news-item-lead');
      const photo = item.getByRole('img', { name: release.alt });
      await expectWholePhoto(photo, release.alt);
      const column = await widthOf(page, '.news-list');
      expect((await photo.boundingBox())!.width / column).toBeGreaterThan(0.97);
      const headline = (await item.getByRole('heading').boundingBox())!;
      expect((await photo.boundingBox())!.y + (await photo.boundingBox())!.height).toBeLessThanOrEqual(headline.y);
      await expect(item.getByRole('figure')).toContainText(release.caption);
      await expect(item.getByRole('figure')).toContainText(release.credit);
      // The next items keep thumbnails.
      const thumbnail = page.locator('.news-item:not(.news-item-lead) img').first();
      await thumbnail.scrollIntoViewIfNeeded();
      expect((await thumbnail.boundingBox())!.width).toBeLessThanOrEqual(180);
    });

    test(`${locale} at ${width} px: the release page shows its photo across the text's column, with caption, credit and download`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(release.page);
      const figure = page.getByRole('main').getByRole('figure').first();
      const photo = figure.getByRole('img', { name: release.alt });
      await expectWholePhoto(photo, release.alt);
      expect((await photo.boundingBox())!.width / (await widthOf(page, '.release-body'))).toBeGreaterThan(0.97);
      await expect(figure).toContainText(release.caption);
      await expect(figure).toContainText(release.credit);
      await expect(figure.getByRole('link', { name: /Download|Télécharger/ })).toHaveAttribute('href', /\/photos\//);
      // Shown once: the photo the page leads with is not repeated under the text.
      await expect(page.getByRole('main').getByRole('img', { name: release.alt })).toHaveCount(1);
    });
  }
}

test('the lead photo does not move the page as it loads', async ({ page }) => {
  await page.goto(lead.en.list, { waitUntil: 'load' });
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBe(0);
});
