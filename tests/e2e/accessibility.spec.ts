import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { searchResults } from './support/search.ts';
import { everyTemplate, pairedRelease } from './support/seed.ts';

test.describe('accessibility (WCAG 2.2 AA, by axe)', () => {
  for (const path of everyTemplate) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} has no violations in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  test('headings go in order, one h1 a page, and every page has its landmarks', async ({ page }) => {
    // One visit a template, and the list of templates grows: a few seconds each on a busy machine.
    test.setTimeout(everyTemplate.length * 4_000);
    for (const path of everyTemplate) {
      await page.goto(path);
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1);
      levels.reduce((previous, level) => {
        expect(level - previous, `${path}: h${previous} followed by h${level}`).toBeLessThanOrEqual(1);
        return level;
      });
      await expect(page.getByRole('main'), path).toHaveCount(1);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    }
  });

  test('respects a reader who asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pairedRelease.en.path);
    const duration = await page
      .locator('a')
      .first()
      .evaluate((link) => getComputedStyle(link).transitionDuration);
    expect(duration).toBe('0s');
  });

  test('follows the system colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
  });
});

test.describe('with the keyboard only', () => {
  test('a reader skips to the content, chooses French, opens a release, switches to English and searches', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    // Tab through until the French choice has focus; every stop must show a focus outline.
    await tabUntilFocused(page, 'Français');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fr\/$/);

    await tabUntilFocused(page, pairedRelease.fr.shownTitle);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.fr.path}$`));

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await tabUntilFocused(page, 'English', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.en.path}$`));

    // The announced shortcut opens search with the field focused; results are reached with Tab.
    // (Its listener is a module script: wait for the page to finish loading, as a reader would.)
    await page.waitForLoadState('load');
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('Valls');
    await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    await tabUntilFocused(page, pairedRelease.en.title);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${pairedRelease.en.path}`));
  });
});

async function tabUntilFocused(page: import('@playwright/test').Page, name: string, key = 'Tab') {
  for (let stop = 0; stop < 40; stop++) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      // The indicator is an outline on the element, or a ring drawn on its card (Pagefind's results).
      const shows = (node: Element | null | undefined) =>
        !!node && (getComputedStyle(node).outlineStyle !== 'none' || getComputedStyle(node).boxShadow !== 'none');
      let visible = false;
      for (let node: Element | null | undefined = element, depth = 0; node && depth < 5; node = node.parentElement, depth++)
        visible ||= shows(node);
      return { text: element?.textContent?.trim() ?? '', visible };
    });
    if (focused.text === name) {
      expect(focused.visible, `focus on "${name}" is visible`).toBe(true);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`"${name}" never received focus with ${key}`);
}
