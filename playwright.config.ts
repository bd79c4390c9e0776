import { defineConfig } from '@playwright/test';
import { builtSites, e2ePort as port } from './tests/e2e/support/built-sites.ts';
import { chromiumLaunchOptions } from './scripts/support/chromium.ts';

// Set E2E_PORT to run two test runs side by side; the generated-corpus site uses the next port, the three-language site the one after.

/** The browser tests read three built sites, served by `tests/e2e/support/serve-sites.mjs`. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `${builtSites.root}/artifacts`,
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
  // Screenshot baselines live beside the spec; a small tolerance absorbs anti-aliasing, not a change of design.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide', scale: 'css' } },
  projects: [
    { name: 'seed-site', testIgnore: /many-releases|screenshots|three-languages/, use: { baseURL: `http://localhost:${port}` } },
    { name: 'screenshots', testMatch: /screenshots\.spec/, use: { baseURL: `http://localhost:${port}` } },
    { name: 'many-releases', testMatch: /many-releases/, use: { baseURL: `http://localhost:${port + 1}` } },
    // Spanish, a language that lives only in the tests: proves a record, a dictionary and a content folder are all a language needs.
    { name: 'three-languages', testMatch: /three-languages/, use: { baseURL: `http://localhost:${port + 2}` } },
  ],
  webServer: {
    command: 'node tests/e2e/support/serve-sites.mjs',
    port,
    timeout: 600_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
  },
});
