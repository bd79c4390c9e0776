import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { infoPath } from '../../src/i18n/paths.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { infoPageIds, phoneToHref, pressOffice } from '../../src/press-office.ts';
import { frenchOnlyRelease, pairedRelease } from './support/seed.ts';

// The layouts of issue 23, measured: each test fails on the defect it names.

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test.describe('a release without a photo', () => {
  // The seed's photos have no file (content/fr/presidente-interpol-accueillie-omd.md): nothing may be drawn or kept for one.
  for (const width of [390, 414, 768, 900, 1280]) {
    test(`at ${width} px: the lead item's headline takes the whole column, with no box kept for a photo`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/en/', '/fr/']) {
        await page.goto(path);
        const lead = page.locator('.news-item-lead');
        await expect(lead.locator('img, figure, picture'), path).toHaveCount(0);
        const column = await box(page, '.news-list');
        const article = await box(page, '.news-item-lead > article');
        const headline = await box(page, '.news-item-lead .news-item-title');
        expect(headline.width / column.width, `${path} at ${width}`).toBeGreaterThan(0.9);
        // The headline's block starts the item: nothing above it, nothing beside it.
        expect((await box(page, '.news-item-lead .news-item-text')).y - article.y, path).toBeLessThan(2);
        expect(article.height - (await box(page, '.news-item-lead .news-item-text')).height, path).toBeLessThan(40);
      }
    });

    test(`at ${width} px: a release page goes from its header to its text, with no photo box between`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [pairedRelease.en.path, pairedRelease.fr.path, frenchOnlyRelease.path]) {
        await page.goto(path);
        await expect(page.getByRole('main').locator('img, .lead-photo'), path).toHaveCount(0);
        const header = await box(page, '.release-header');
        expect((await box(page, '.release-body')).y - (header.y + header.height), path).toBeLessThan(64);
      }
      // A photo whose file is missing is its caption and a note, further down, never an empty frame.
      await expect(page.locator('.release-photos figure')).toContainText('Kunio Mikuriya');
      await expect(page.getByRole('note')).toBeVisible();
    });
  }
});

test.describe('the header', () => {
  // A page keeps the font it drew first (font-display: optional): on a slow first visit, the scaled
  // fallback of base.css, which must break lines where the font does.
  for (const [width, font] of [375, 390, 414, 768, 900, 990, 1280].flatMap((width) => [
    [width, 'the site font'] as const,
    [width, 'the fallback'] as const,
  ])) {
    test(`at ${width} px in ${font}: the organisation on at most two lines, a search icon of full size, the tools inside their borders`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      if (font === 'the fallback') await page.route('**/*.woff2', (route) => route.abort());
      for (const path of ['/en/', '/fr/', pairedRelease.fr.path, '/fr/recherche/']) {
        await page.goto(path);
        // `fonts.ready` alone does not wait for a face no text has asked for yet.
        await page.evaluate(async () => {
          await document.fonts.load('700 1em "Source Sans 3"').catch(() => undefined);
          await document.fonts.ready;
        });
        const organisation = page.locator('.brand-organisation');
        await expect(organisation).toBeVisible();
        const lineHeight = await organisation.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
        expect((await organisation.boundingBox())!.height / lineHeight, `${path} at ${width}`).toBeLessThan(2.1);
        const icon = await box(page, '[data-search-entry] svg');
        expect(icon.width, path).toBeGreaterThanOrEqual(17);
        const entry = await box(page, '[data-search-entry]');
        const hint = page.locator('[data-search-entry] kbd');
        if (await hint.isVisible()) {
          const kbd = (await hint.boundingBox())!;
          expect(entry.x + entry.width - (kbd.x + kbd.width), path).toBeGreaterThanOrEqual(4);
        }
        const top = await box(page, '.site-header-top');
        expect(top.height, `${path} at ${width}`).toBeLessThanOrEqual(80);
      }
    });
  }

  test('on a phone, Tab follows the eye: every header link after the one above or to its left', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/en/');
    const links = page.getByRole('banner').locator('a');
    const boxes = [];
    for (const link of await links.all()) if (await link.isVisible()) boxes.push((await link.boundingBox())!);
    for (let index = 1; index < boxes.length; index++) {
      const [before, after] = [boxes[index - 1]!, boxes[index]!];
      const sameRow = Math.abs(before.y + before.height / 2 - (after.y + after.height / 2)) < 8;
      expect(sameRow ? after.x > before.x : after.y >= before.y + before.height - 1, `link ${index}`).toBe(true);
    }
  });

  test('aria-current="page" only on the page itself; a page inside a section says "true"', async ({ page }) => {
    const cases = [
      ['/en/', 'News', 'page'],
      ['/en/browse/', 'Topics and years', 'page'],
      [pairedRelease.en.path, 'News', 'true'],
      ['/en/topics/terrorism/', 'Topics and years', 'true'],
      ['/fr/annees/2013/', 'Thèmes et années', 'true'],
    ] as const;
    for (const [path, name, current] of cases) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: /Main|Principal/ });
      await expect(nav.getByRole('link', { name }), path).toHaveAttribute('aria-current', current);
      for (const link of await nav.locator('[aria-current="page"]').all()) {
        expect(new URL(await link.evaluate((a: HTMLAnchorElement) => a.href)).pathname, path).toBe(path);
      }
    }
  });

  test('the current topic or year in the aside looks unlike the others', async ({ page }) => {
    await page.goto('/en/topics/terrorism/');
    const current = page.locator('.list-aside a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    const other = page.locator('.list-aside a:not([aria-current])').first();
    const style = (link: typeof current) =>
      link.evaluate((a) => `${getComputedStyle(a).backgroundColor} ${getComputedStyle(a).fontWeight}`);
    expect(await style(current)).not.toBe(await style(other));
  });
});

test.describe('a release page', () => {
  test('a missing photo is no empty box, on screen or in print', async ({ page }) => {
    for (const media of ['screen', 'print'] as const) {
      await page.goto(pairedRelease.en.path);
      await page.emulateMedia({ media });
      for (const note of await page.locator('.photo-unavailable').all()) {
        if (!(await note.isVisible())) continue;
        expect(await note.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('none');
      }
    }
  });

  test('a long headline keeps to four lines on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pairedRelease.fr.path);
    await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      h1.textContent =
        'x'.repeat(0) +
        'Une très longue manchette de communiqué de presse qui court sur cent quarante-six caractères pour voir comment elle se tient bien';
      h1.classList.add('long-title');
    });
    const h1 = page.locator('h1');
    const lineHeight = await h1.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect((await h1.boundingBox())!.height / lineHeight).toBeLessThan(4.1);
  });

  test('prints its references with their heading, never alone on a page', async ({ page }) => {
    await page.goto(pairedRelease.fr.path);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    // Kept whole, and kept with the text's last lines: a page never starts with "Références".
    expect(
      await page
        .locator('.release-references, .release-related')
        .first()
        .evaluate((element) => `${getComputedStyle(element).breakInside} ${getComputedStyle(element).breakBefore}`),
    ).toBe('avoid avoid');
  });
});

test.describe('a printed release', () => {
  for (const [locale, path] of [
    ['en', pairedRelease.en.path],
    ['fr', pairedRelease.fr.path],
    ['fr', frenchOnlyRelease.path],
  ] as const) {
    test(`${path} carries its press contacts on paper, whole, after its text`, async ({ page }) => {
      const t = useTranslations(locale);
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const contacts = page.getByRole('region', { name: t('contact.heading') });
      await expect(contacts).toBeVisible();
      for (const contact of pressOffice.contacts) {
        await expect(contacts.getByText(contact.name)).toBeVisible();
        await expect(contacts.getByRole('link', { name: contact.email })).toBeVisible();
        await expect(contacts.getByRole('link', { name: contact.phone })).toBeVisible();
      }
      expect(await contacts.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
      // Below the text, and no site chrome around it.
      const body = (await page.locator('.release-body').boundingBox())!;
      expect((await contacts.boundingBox())!.y).toBeGreaterThan(body.y + body.height - 1);
      await expect(page.getByRole('banner')).toBeHidden();
      // A link to a page is no use on paper; the names, numbers and addresses are.
      await expect(contacts.getByRole('link', { name: t('info.press-office.title') })).toBeHidden();
    });
  }
});

test.describe('contacts and the footer, from the settings record, in every language', () => {
  for (const locale of locales) {
    const t = useTranslations(locale);
    test(`in ${locale}: each release says who to call, the footer links every information page, and each page exists`, async ({ page }) => {
      await page.goto(locale === 'en' ? pairedRelease.en.path : locale === 'fr' ? frenchOnlyRelease.path : `/${locale}/`);
      if (locale === 'en' || locale === 'fr') {
        const contacts = page.getByRole('region', { name: t('contact.heading') });
        for (const contact of pressOffice.contacts) {
          await expect(contacts.getByRole('link', { name: contact.phone })).toHaveAttribute('href', phoneToHref(contact.phone));
          await expect(contacts.getByRole('link', { name: contact.email })).toHaveAttribute('href', `mailto:${contact.email}`);
        }
      }
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: pressOffice.desk.email })).toHaveAttribute('href', `mailto:${pressOffice.desk.email}`);
      for (const network of pressOffice.social)
        await expect(footer.getByRole('link', { name: network.name })).toHaveAttribute('href', network.url);
      await expect(footer).toContainText(t('footer.copyright', { year: pressOffice.copyrightSince, organisation: t('site.organisation') }));
      for (const id of infoPageIds) {
        await expect(footer.locator(`a[href="${infoPath(locale, id)}"]`)).toHaveCount(1);
        const response = await page.request.get(infoPath(locale, id));
        expect(response.status(), infoPath(locale, id)).toBe(200);
      }
    });
  }

  test('the accessibility statement states the conformance the tests check', async ({ page }) => {
    await page.goto(infoPath('en', 'accessibility'));
    await expect(page.getByRole('main')).toContainText('WCAG 2.2 level AA');
    await expect(page.getByRole('main')).toContainText('axe');
  });

  test('the chooser speaks every language in its chrome, each marked with its lang', async ({ page }) => {
    await page.goto('/');
    const footers = page.getByRole('contentinfo').locator('.site-footer');
    await expect(footers).toHaveCount(locales.length);
    for (const [index, locale] of locales.entries()) {
      const t = useTranslations(locale);
      await expect(footers.nth(index)).toContainText(t('footer.about'));
      await expect(page.getByRole('banner').locator('.brand-organisation').nth(index)).toHaveText(t('site.organisation'));
      // The page's own language is the document's; every other one is marked.
      if (index > 0) await expect(footers.nth(index)).toHaveAttribute('lang', locale);
      if (index > 0) await expect(page.getByRole('banner').locator('.brand-organisation').nth(index)).toHaveAttribute('lang', locale);
    }
  });
});
