// `npm run lighthouse -- [--dir <built site>] [--json file]`: Lighthouse on a phone (simulated slow
// 4G) and a desktop, on the chooser, each language's news list and a release in each, and the search
// page, served gzipped like a CDN would. Without --dir it builds the site from ./content first. Exits
// with 1 below the targets: performance 0.98, accessibility, best practices and SEO 1.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { locales, localeToRecord, primaryLocale } from '../src/i18n/locales.ts';
import { chooserPath, newsListPath, releasePath, releasesFolderPath, searchPath } from '../src/i18n/paths.ts';
import { startCountingServer } from './support/counting-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'string' } } });
const targets = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
const categories = Object.keys(targets) as (keyof typeof targets)[];

let siteDir = values.dir ? resolve(values.dir) : '';
if (!siteDir) {
  // Inside the repository, for the reason given in scripts/bench.ts (Astro's shared prerender folder).
  siteDir = resolve('.e2e', 'lighthouse', 'dist');
  console.log(`Building the site into ${siteDir}`);
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, NEWSROOM_OUT_DIR: siteDir } });
}
// The chooser, each language's news list and its first release in file order, and one search page.
const pages: Record<string, string> = { chooser: chooserPath() };
for (const locale of locales) {
  const { englishName } = localeToRecord(locale);
  const [release] = readdirSync(join(siteDir, releasesFolderPath(locale))).sort();
  pages[`${englishName} news list`] = newsListPath(locale);
  if (release) pages[`${englishName} release`] = releasePath(locale, release);
}
pages['search page'] = searchPath(primaryLocale);
// A phone is Lighthouse's default; the desktop configuration changes the screen and the throttling only.
const formFactors = { phone: undefined, desktop: desktopConfig } as const;

const server = await startCountingServer(siteDir);
const chrome = await launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const scores: Record<string, Record<string, number>> = {};
try {
  for (const [formFactor, config] of Object.entries(formFactors))
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(
        `${server.origin}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
        config,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
      scores[`${name} (${path}), ${formFactor}`] = Object.fromEntries(
        categories.map((category) => [category, result.lhr.categories[category]?.score ?? 0]),
      );
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ];
      console.log(`${path} (${formFactor}): ${metrics.map((id) => `${id} ${result.lhr.audits[id]?.displayValue ?? '?'}`).join(', ')}`);
      const failed = Object.values(result.lhr.audits).filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      );
      for (const audit of failed) console.log(`  ${path}: ${audit.id}: ${audit.title}`);
      // Which elements moved, so a layout shift can be fixed rather than guessed at.
      const shifts =
        (result.lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined)
          ?.items ?? [];
      for (const shift of shifts)
        console.log(`  ${path}: layout shift ${shift.score?.toFixed(3)} of ${shift.node?.selector ?? 'an element'}`);
    }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`\n| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|`);
for (const [page, pageScores] of Object.entries(scores))
  console.log(`| ${page} | ${categories.map((category) => pageScores[category]).join(' | ')} |`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(scores, null, 2)}\n`);
const belowTarget = Object.values(scores).some((pageScores) =>
  categories.some((category) => (pageScores[category] ?? 0) < targets[category]),
);
process.exitCode = belowTarget ? 1 : 0;
