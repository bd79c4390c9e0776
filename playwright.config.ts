import { defineConfig } from '@playwright/test';
import { builtSites, e2ePort as port } from './tests/e2e/support/built-sites.ts';
import { chromiumLaunchOptions } from './scripts/support/chromium.ts';

// Set E2E_PORT to run two test runs side by side; the generated-corpus site uses the next port.

/** The browser tests read two built sites, served by `tests/e2e/support/serve-sites.mjs`. */
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
    { name: 'seed-site', testIgnore: /many-releases|screenshots/, use: { baseURL: `http://localhost:${port}` } },
    { name: 'screenshots', testMatch: /screenshots\.spec/, use: { baseURL: `http://localhost:${port}` } },
    { name: 'many-releases', testMatch: /many-releases/, use: { baseURL: `http://localhost:${port + 1}` } },
  ],
  webServer: {
    command: 'node tests/e2e/support/serve-sites.mjs',
    port,
    timeout: 600_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
  },
});
