// Adds up the results of every test runner (Vitest and Playwright JSON reports) into one line:
// "N passed, N failed". A runner that did not report counts as one failure, and so does an error outside
// any test (a build that failed in global setup), so a crash never reads as green.
import { existsSync, readFileSync } from 'node:fs';

// One entry per step of `npm test`, with the format of its report.
const reports = {
  unit: { path: 'test-results/vitest.json', format: 'vitest' },
  integration: { path: 'test-results/integration.json', format: 'vitest' },
  playwright: { path: 'test-results/playwright.json', format: 'playwright' },
};

let passed = 0;
let failed = 0;
for (const [runner, { path, format }] of Object.entries(reports)) {
  if (!existsSync(path)) {
    console.log(`${runner}: no report at ${path} (the runner did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if (format === 'vitest') {
    passed += report.numPassedTests;
    // A file that fails to load fails no test, but fails the run: it counts as one.
    failed += report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else {
    // A flaky test that passed on retry counts as passed; skipped tests are neither.
    passed += report.stats.expected + report.stats.flaky;
    // Errors outside tests (a global setup whose build failed, a spec that fails to load) count one each.
    failed += report.stats.unexpected + (report.errors ?? []).length;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
