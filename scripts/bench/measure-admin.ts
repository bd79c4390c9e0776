// `npm run bench:admin -- [--site <built folder>] [--button <text>] [--runs N]`: how heavy the
// editing form at /admin/ is and how soon an editor can use it. Without --site, the real content is
// built first into .e2e/admin-bench/ as the deploy builds it (GitHub mode, NEWSROOM_CMS_REPO set), so
// the page shows its sign-in button. The folder is served gzipped (scripts/support/counting-server.ts);
// Chromium opens /admin/ N times (7 unless told), each in a fresh context (nothing cached), and
// records the time until the sign-in button is enabled and the bytes received by then.
// Also measures another CMS's folder, given with --site and --button (README, "Editing in the browser").
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { startCountingServer } from '../support/counting-server.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    path: { type: 'string', default: '/admin/' },
    button: { type: 'string', default: 'Login with GitHub' },
    runs: { type: 'string', default: '7' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number, 1 or more.');

let root = values.site;
if (!root) {
  root = resolve('.e2e', 'admin-bench', 'dist');
  console.log(`Building the site into ${root}, with /admin/ set up for GitHub`);
  execFileSync('npm', ['run', '--silent', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEWSROOM_OUT_DIR: root,
      NEWSROOM_CMS_REPO: 'newsroom/bench',
      NEWSROOM_CMS_LOCAL_BACKEND: '',
      NEWSROOM_PREVIEW: '',
    },
  });
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

const server = await startCountingServer(root);
const browser = await chromium.launch(chromiumLaunchOptions());
const measured: { ms: number; jsBytes: number; allBytes: number; scriptMs: number; taskMs: number }[] = [];
const [loadBefore = 0] = loadavg();
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page's main thread: time spent running script and in all tasks, less at the mercy of other processes than the clock.
    const devtools = await context.newCDPSession(page);
    await devtools.send('Performance.enable');
    server.requests.length = 0;
    const started = performance.now();
    await page.goto(`${server.origin}${values.path}`);
    // Usable: the button is there and enabled (Decap shows it disabled while it checks its backend).
    await page.getByRole('button', { name: values.button }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('button')].some((button) => button.textContent?.includes(text) && !button.disabled),
      values.button,
    );
    const ms = performance.now() - started;
    const { metrics } = await devtools.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((candidate) => candidate.name === name)?.value ?? NaN) * 1000;
    const received = [...server.requests];
    measured.push({
      ms,
      jsBytes: received.filter((request) => /\.m?js$/.test(request.path)).reduce((sum, request) => sum + request.bytes, 0),
      allBytes: received.reduce((sum, request) => sum + request.bytes, 0),
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const [loadAfter = 0] = loadavg();
console.log(`${root}${values.path}, "${values.button}"`);
console.log(`runs: ${measured.map(({ ms }) => `${Math.round(ms)} ms`).join(', ')}`);
console.log(
  `median time to usable: ${Math.round(median(measured.map(({ ms }) => ms)))} ms (fastest ${Math.round(Math.min(...measured.map(({ ms }) => ms)))} ms); ` +
    `received by then: ${megabytes(median(measured.map(({ jsBytes }) => jsBytes)))} of JavaScript, ${megabytes(median(measured.map(({ allBytes }) => allBytes)))} in all, gzipped`,
);
console.log(
  `main thread by then (median): ${Math.round(median(measured.map(({ scriptMs }) => scriptMs)))} ms running script, ${Math.round(median(measured.map(({ taskMs }) => taskMs)))} ms in all tasks`,
);
console.log(`load average: ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
