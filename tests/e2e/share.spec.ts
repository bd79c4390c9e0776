import { expect, test } from '@playwright/test';
import { pairedRelease } from './support/seed';

test.describe('sharing a release', () => {
  test('opens the system share sheet where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto(pairedRelease.en.path);
    await page.getByRole('button', { name: 'Share this release' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toMatch(new RegExp(`${pairedRelease.en.path}$`));
  });

  test('copies the link where there is no share sheet, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(pairedRelease.fr.path);
    await page.getByRole('button', { name: 'Partager ce communiqué' }).click();
    await expect(page.getByRole('status')).toHaveText('Lien copié dans le presse-papiers.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${pairedRelease.fr.path}$`));
  });

  test('is not offered without JavaScript, where it could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(pairedRelease.en.path, test.info().project.use.baseURL).href);
    await expect(page.getByRole('button', { name: 'Share this release' })).toBeHidden();
    await context.close();
  });
});
