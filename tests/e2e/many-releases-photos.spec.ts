import { expect, test } from '@playwright/test';

// Release 002 of the generated corpus carries a photo the project ships (tests/fixtures/photos/).
const releaseWithPhoto = '/en/news/generated-release-002/';

test.describe('a release with a photo', () => {
  test('shows a responsive, sized image with alt text, caption and credit', async ({ page }) => {
    await page.goto(releaseWithPhoto);
    const photo = page.getByRole('img', { name: 'A city skyline at dusk above a river, windows lit' });
    await expect(photo).toHaveAttribute('width', '1600');
    await expect(photo).toHaveAttribute('height', '1000');
    expect((await photo.getAttribute('srcset'))?.split(',').length).toBeGreaterThanOrEqual(3);
    await expect(photo).toHaveAttribute('sizes', /.+/);
    await expect(page.getByRole('figure')).toContainText('The city at dusk. Photo: Newsroom project, CC0');
  });

  test('offers the full-size photo for download, giving the size of the file it serves', async ({ page }) => {
    await page.goto(releaseWithPhoto);
    const download = page.getByRole('link', { name: /Download the original image/ });
    // The site's own copy, without the editor's file's metadata (src/photos/), under a name of its own.
    await expect(download).toHaveAttribute('href', /^\/photos\/city-at-dusk-\w+\.jpg$/);
    const response = await page.request.get((await download.getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    const kilobytes = Math.round((await response.body()).length / 1000);
    await expect(download).toHaveText(`Download the original image (JPG, ${kilobytes} KB)`);
  });

  test('is shared with its image, title and standfirst', async ({ page }) => {
    await page.goto(releaseWithPhoto);
    const image = page.locator('meta[property="og:image"]');
    await expect(image).toHaveAttribute('content', /^https?:\/\/.+\.jpe?g$/);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /city skyline/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const localImage = new URL(new URL((await image.getAttribute('content'))!).pathname, page.url());
    expect((await page.request.get(localImage.href)).ok()).toBe(true);
    // Search engines get the same image in the JSON-LD.
    const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(article.image).toEqual([await image.getAttribute('content')]);
  });

  test('is shown as a thumbnail beside its headline in the news lists, sized and decorative', async ({ page }) => {
    await page.goto('/en/');
    const item = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Operation 002' });
    const thumbnail = item.locator('img');
    await expect(thumbnail).toHaveAttribute('alt', '');
    await expect(thumbnail).toHaveAttribute('width', /\d+/);
    await expect(thumbnail).toHaveAttribute('height', /\d+/);
    await expect(thumbnail).toHaveAttribute('srcset', /\/_astro\/.+/);
    await thumbnail.scrollIntoViewIfNeeded();
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    // Releases without a photo have none.
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Operation 003' }).locator('img')).toHaveCount(0);
  });

  test('marks related links that leave the site', async ({ page }) => {
    await page.goto(releaseWithPhoto);
    const related = page.getByRole('region', { name: 'Related links' });
    const external = related.getByRole('listitem').filter({ hasText: 'Annual report' });
    await expect(external).toContainText('(another site)');
    await expect(external.getByRole('link')).toHaveAttribute('rel', 'external');
    const internal = related.getByRole('listitem').filter({ hasText: 'Operation 001' });
    await expect(internal).not.toContainText('(another site)');
  });
});
