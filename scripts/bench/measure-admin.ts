// `node scripts/measure-admin.ts <built site> <path> <button text>`: how heavy the editing form is
// and how soon an editor can use it. The built folder is served gzipped (scripts/support/
// counting-server.ts); Chromium opens <path> five times, cold, and each time records the time until
// the sign-in button is enabled and the JavaScript received by then. Prints the medians.
// Used to compare CMSes on the same machine: see the README, "Editing in the browser".
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium.ts';
import { startCountingServer } from './support/counting-server.ts';

const [root, path = '/admin/', buttonText = 'Login'] = process.argv.slice(2);
if (!root) {
  console.error('Usage: node scripts/measure-admin.ts <built site folder> [path] [button text]');
  process.exit(1);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const server = await startCountingServer(root);
const browser = await chromium.launch(chromiumLaunchOptions());
const runs: { ms: number; jsBytes: number }[] = [];
try {
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.requests.length = 0;
    const started = performance.now();
    await page.goto(`${server.origin}${path}`);
    await page
      .getByRole('button', { name: new RegExp(buttonText, 'i') })
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('button')].some((button) => button.textContent?.toLowerCase().includes(text) && !button.disabled),
      buttonText.toLowerCase(),
    );
    const ms = performance.now() - started;
    const jsBytes = server.requests.filter((request) => /\.m?js$/.test(request.path)).reduce((sum, request) => sum + request.bytes, 0);
    runs.push({ ms, jsBytes });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`runs: ${runs.map(({ ms }) => `${Math.round(ms)} ms`).join(', ')}`);
console.log(
  `median time to usable: ${Math.round(median(runs.map(({ ms }) => ms)))} ms; JavaScript received: ${(median(runs.map(({ jsBytes }) => jsBytes)) / 1e6).toFixed(2)} MB gzipped`,
);
