import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/support/chromium.ts';
import { siteUrl, underFolderBase } from './tests/e2e/support/fixture-sites.ts';

/**
 * The browser tests read the fixture sites of tests/e2e/support/fixture-sites.ts, built once per run
 * and served on free ports by the global setup. Workers load this file again after the setup, so
 * `siteUrl` finds the addresses there; when Playwright only lists the tests, nothing is built.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.e2e/artifacts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
  // Screenshot baselines live beside the spec; a small tolerance absorbs anti-aliasing, not a change of design.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide', scale: 'css' } },
  projects: [
    {
      name: 'seed-site',
      testIgnore: /many-releases|index-in-parts|screenshots|three-languages|french-typography|under-a-folder/,
      use: { baseURL: siteUrl('seed') },
    },
    { name: 'screenshots', testMatch: /screenshots\.spec/, use: { baseURL: siteUrl('seed') } },
    { name: 'many-releases', testMatch: /many-releases/, use: { baseURL: siteUrl('many-releases') } },
    // A search index in three parts by year, merged in the browser, as a large archive's is.
    { name: 'index-in-parts', testMatch: /index-in-parts/, use: { baseURL: siteUrl('index-in-parts') } },
    // Spanish, a language that lives only in the tests: proves a record, a dictionary and a content folder are all a language needs.
    { name: 'three-languages', testMatch: /three-languages/, use: { baseURL: siteUrl('three-languages') } },
    { name: 'french-typography', testMatch: /french-typography/, use: { baseURL: siteUrl('french-typography') } },
    // The seed content served from a folder, as a pull request's preview is: nothing may lead outside it.
    {
      name: 'under-folder',
      testMatch: /under-a-folder/,
      use: { baseURL: siteUrl('under-folder') && `${siteUrl('under-folder')}${underFolderBase}` },
    },
  ],
});
