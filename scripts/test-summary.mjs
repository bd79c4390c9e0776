// Adds up the results of every test runner (Vitest and Playwright JSON reports) into one line:
// "N passed, N failed". A runner that did not report counts as one failure, so a crash never reads as green.
import { existsSync, readFileSync } from 'node:fs';

const reports = {
  vitest: 'test-results/vitest.json',
  playwright: 'test-results/playwright.json',
};

let passed = 0;
let failed = 0;
for (const [runner, path] of Object.entries(reports)) {
  if (!existsSync(path)) {
    console.log(`${runner}: no report at ${path} (the runner did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if (runner === 'vitest') {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else {
    // A flaky test that passed on retry counts as passed; skipped tests are neither.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
