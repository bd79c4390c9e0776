import { expect, test, type Page } from '@playwright/test';
import { resultLinks, searchFor, searchPages } from './support/search.ts';
import { everyTemplate, pairedRelease, unknownAddresses } from './support/seed.ts';
import { recordPolicyViolations } from './support/policy-violations.ts';

/** Records every CSP violation the page reports and every console error or page error. */
async function watchPolicy(page: Page): Promise<string[]> {
  const incidents: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  await recordPolicyViolations(page, incidents);
  return incidents;
}

test.describe('the Content-Security-Policy', () => {
  test('is strict: no inline or eval for scripts, WebAssembly as Pagefind needs, workers only from this site', async ({ page }) => {
    await page.goto(pairedRelease.en.path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("object-src 'none'");
  });

  test('lets every page template in both languages load with no violation and no console error', async ({ page }) => {
    const incidents = await watchPolicy(page);
    for (const path of everyTemplate) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // An unknown address answers 404, which the browser reports as a console error of its own: only that one is expected.
    const notFound = (path: string) =>
      `console error on ${new URL(path, page.url()).href}: Failed to load resource: the server responded with a status of 404 (Not Found)`;
    expect(incidents.filter((incident) => !unknownAddresses().map(notFound).includes(incident))).toEqual([]);
  });

  test('lets search, its filters and the service worker run with no violation and no console error', async ({ page }) => {
    const incidents = await watchPolicy(page);
    for (const [locale, word] of [
      ['en', 'Valls'],
      ['fr', 'Ballestrazzi'],
    ] as const) {
      await page.goto(searchPages[locale]);
      await searchFor(page, word);
      await expect(resultLinks(page).first()).toBeVisible();
      await resultLinks(page).first().click();
      await page.waitForLoadState('networkidle');
    }
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(incidents).toEqual([]);
  });

  test('blocks a script that was not built into the site', async ({ page }) => {
    const incidents = await watchPolicy(page);
    await page.goto('/en/');
    // As a defaced page would: an inline script added to the page is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expect.poll(() => incidents.some((incident) => incident.includes('script-src'))).toBe(true);
  });
});
