/**
 * For the search issue's closing note: one English and one French search on a built site (the
 * seed site by default), in a cold Chromium with no service worker. Counts every byte the server
 * sent under /pagefind/ (Pagefind fetches from a Web Worker, which page hooks miss) and the time
 * from typing the query into the search page to its first result.
 *
 *   NEWSROOM_OUT_DIR=.e2e/search/dist npm run build
 *   node scripts/measure-seed-search.ts .e2e/search/dist
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromium.ts';
import { startCountingServer } from './bench/counting-server.ts';

const siteDir = process.argv[2] ?? 'dist';
const searches = [
  { path: '/en/search/', query: 'Ballestrazzi' },
  { path: '/fr/recherche/', query: 'organisation' },
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startCountingServer(siteDir);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const { path, query } of searches) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const first = server.requests.length;
    await page.goto(`${server.origin}${path}`);
    await page.getByRole('searchbox').waitFor();
    const typed = await page.evaluate(() => performance.now());
    await page.getByRole('searchbox').fill(query);
    const shown = (await (
      await page.waitForFunction(
        (words) => (document.querySelector('pagefind-summary')?.textContent ?? '').includes(words) && document.querySelector('pagefind-results li') !== null && performance.now(),
        query,
        { polling: 'raf' },
      )
    ).jsonValue()) as number;
    // Let late responses (the rest of the results' fragments) finish before counting.
    await page.waitForTimeout(1000);
    const served = server.requests.slice(first).filter((request) => request.path.startsWith('/pagefind/'));
    const byFile = served.map((request) => `${request.path.replace('/pagefind/', '')} ${kb(request.bytes)}`).join(', ');
    const total = served.reduce((sum, request) => sum + request.bytes, 0);
    console.log(`${path} "${query}": Pagefind sent ${kb(total)} in ${served.length} responses; first result ${Math.round(shown - typed)} ms after typing.`);
    console.log(`  ${byFile}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
