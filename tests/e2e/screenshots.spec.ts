import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/support/chromium.ts';
import { siteUrl } from './support/fixture-sites.ts';
import { gotoWithSiteFont } from './support/fonts.ts';
import { searchSummary } from './support/search.ts';
import { pairedRelease } from './support/seed.ts';

// Every template, on a phone and a desktop, light and dark, in both languages: compared with the
// committed baselines in tests/e2e/screenshots/, and written as plain PNGs to test-results/screenshots/.
// `npm run test:screenshots:update` takes new baselines. Baselines depend on the browser build that
// drew them, so they are compared only in the browser named in taken-with.json; in another, the run
// fails saying so (see the README).

const baselineBrowserFile = 'tests/e2e/screenshots/taken-with.json';
const outputFolder = 'test-results/screenshots';

/** The browser this run uses: its major version and which build (a system executable, or Playwright's own). */
function browserIdentity(version: string): { majorVersion: number; executable: string } {
  return { majorVersion: Number(version.split('.')[0]), executable: chromiumLaunchOptions().executablePath ?? "Playwright's own Chromium" };
}

function baselineBrowser(): { majorVersion: number; executable: string } | undefined {
  return existsSync(baselineBrowserFile) ? JSON.parse(readFileSync(baselineBrowserFile, 'utf8')) : undefined;
}

/** A page of the generated corpus, whose newest release (001) has a photo: the seed's have no file. */
const withPhoto = (path: string) => `${siteUrl('many-releases') ?? ''}${path}`;

const templates: { name: string; paths: Record<'en' | 'fr', string>; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'chooser', paths: { en: '/', fr: '/' } },
  { name: 'news-list', paths: { en: '/en/', fr: '/fr/' } },
  { name: 'release', paths: { en: pairedRelease.en.path, fr: pairedRelease.fr.path } },
  { name: 'news-list-photo', paths: { en: withPhoto('/en/'), fr: withPhoto('/fr/') } },
  {
    name: 'release-photo',
    paths: { en: withPhoto('/en/news/generated-release-001/'), fr: withPhoto('/fr/actualites/generated-release-001/') },
  },
  { name: 'topic-list', paths: { en: '/en/topics/terrorism/', fr: '/fr/themes/terrorism/' } },
  { name: 'browse', paths: { en: '/en/browse/', fr: '/fr/parcourir/' } },
  {
    name: 'search-results',
    paths: { en: '/en/search/?q=INTERPOL&include-other=on', fr: '/fr/recherche/?q=INTERPOL' },
    ready: async (page) => {
      await expect(searchSummary(page)).toContainText('INTERPOL');
      await expect(page.locator('[data-search-results] li')).not.toHaveCount(0);
    },
  },
  // Hosts answer every unknown address with the one 404 page, which puts the address's language first.
  { name: '404', paths: { en: '/en/news/nothing-here/', fr: '/fr/actualites/introuvable/' } },
  { name: 'offline', paths: { en: '/en/offline/', fr: '/fr/hors-ligne/' } },
];

const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

test.use({ reducedMotion: 'reduce', serviceWorkers: 'block', deviceScaleFactor: 1 });

/** Set to compare nothing in another browser, knowingly; CI never sets it, and a run under CI refuses it. */
const otherBrowserOptOut = process.env['SCREENSHOTS_IN_OTHER_BROWSER'] === 'skip';

test('the screenshot baselines were taken with this browser', async ({ browser }, testInfo) => {
  const running = browserIdentity(browser.version());
  if (testInfo.config.updateSnapshots === 'all' || testInfo.config.updateSnapshots === 'changed') {
    writeFileSync(baselineBrowserFile, `${JSON.stringify(running, null, 2)}\n`);
  }
  const baseline = baselineBrowser();
  if (JSON.stringify(baseline) === JSON.stringify(running)) return;
  const reason =
    `The screenshot baselines were taken in ${JSON.stringify(baseline)}, this run uses ${JSON.stringify(running)}, so no screenshot was compared. ` +
    "Run the tests in the baseline's browser (Debian's Chromium, as .ci/run and the pull-request workflow do), " +
    'or take new baselines in this one with `npm run test:screenshots:update` and commit them after looking at them.';
  test.skip(otherBrowserOptOut && !process.env['CI'], `${reason} (SCREENSHOTS_IN_OTHER_BROWSER=skip is set)`);
  throw new Error(`${reason} To run the other tests without comparing, set SCREENSHOTS_IN_OTHER_BROWSER=skip (refused under CI).`);
});

for (const template of templates) {
  for (const locale of template.name === 'chooser' ? (['en'] as const) : (['en', 'fr'] as const)) {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      for (const scheme of ['light', 'dark'] as const) {
        const name =
          template.name === 'chooser'
            ? `${template.name}-${viewportName}-${scheme}`
            : `${template.name}-${locale}-${viewportName}-${scheme}`;
        test(`${name} looks as it did`, async ({ page, browser }) => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
          await gotoWithSiteFont(page, template.paths[locale]);
          await template.ready?.(page);
          mkdirSync(outputFolder, { recursive: true });
          await page.screenshot({ path: `${outputFolder}/${name}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
          const baseline = baselineBrowser();
          const running = browserIdentity(browser.version());
          if (JSON.stringify(baseline) !== JSON.stringify(running) && test.info().config.updateSnapshots !== 'all') {
            // The test above fails the run (or is skipped by the explicit opt-out) and says why.
            test.skip(true, `not compared: baselines are from ${JSON.stringify(baseline)}`);
          }
          // A long list page takes longer than the default five seconds to settle on a busy machine.
          await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: true, timeout: 20_000 });
        });
      }
    }
  }
}
