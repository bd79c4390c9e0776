import { expect, test, type Page } from '@playwright/test';
import { frenchOnlyRelease, pairedRelease } from './support/seed';

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`);

async function jsonLd(page: Page) {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
}

test.describe('metadata of a release', () => {
  test('makes a shared link show its title and standfirst, and names the translation', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${pairedRelease.en.path}$`));
    await expect(meta(page, 'og:title')).toHaveAttribute('content', pairedRelease.en.title);
    await expect(meta(page, 'og:description')).toHaveAttribute('content', 'Pivotal French law enforcement role lauded by INTERPOL leaders');
    await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
    await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'en_GB');
    await expect(meta(page, 'twitter:title')).toHaveAttribute('content', pairedRelease.en.title);
    const article = await jsonLd(page);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: pairedRelease.en.title,
      inLanguage: 'en',
      datePublished: '2013-01-31',
      author: { '@type': 'Organization', name: 'INTERPOL', url: 'https://www.interpol.int/' },
      publisher: {
        '@type': 'Organization',
        name: 'International Cooperation Office',
        logo: { '@type': 'ImageObject', width: 512, height: 512 },
      },
      workTranslation: { '@type': 'NewsArticle', inLanguage: 'fr' },
    });
    expect(article.workTranslation['@id']).toMatch(new RegExp(`${pairedRelease.fr.path}$`));
    expect(article.translationOfWork).toBeUndefined();
    expect(new URL(article.publisher.url).pathname).toBe('/en/');
    // The logo it names is served by the site.
    expect((await page.request.get(new URL(article.publisher.logo.url).pathname)).ok()).toBe(true);
    // Without a photo, the release's own card stands for it.
    expect(article.image).toEqual([expect.stringMatching(/\/share-cards\/en\/interior-minister-valls-visits-interpol\.png$/)]);
  });

  test('states the translation the other way on the translation, as schema.org defines the pair', async ({ page }) => {
    await page.goto(pairedRelease.fr.path);
    const article = await jsonLd(page);
    expect(article).toMatchObject({
      inLanguage: 'fr',
      publisher: { name: 'Bureau de la coopération internationale' },
      translationOfWork: { '@type': 'NewsArticle', inLanguage: 'en' },
    });
    expect(article.translationOfWork['@id']).toMatch(new RegExp(`${pairedRelease.en.path}$`));
    expect(article.workTranslation).toBeUndefined();
  });

  test('claims no translation for a release in one language', async ({ page }) => {
    await page.goto(frenchOnlyRelease.path);
    const article = await jsonLd(page);
    expect(article.inLanguage).toBe('fr');
    expect(article.workTranslation).toBeUndefined();
    expect(article.translationOfWork).toBeUndefined();
    expect(article.author).toMatchObject({ name: 'Organisation mondiale des douanes (OMD)', url: 'https://www.wcoomd.org/' });
    await expect(meta(page, 'og:locale:alternate')).toHaveCount(0);
  });

  test('gives a year-only date no invented day', async ({ page }) => {
    await page.goto('/fr/actualites/conference-chefs-bcn-interpol-2024/');
    expect((await jsonLd(page)).datePublished).toBe('2024');
  });
});
