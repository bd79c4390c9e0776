// Checks a built site: every internal link, anchor and image resolves, no page strays into the
// other language unmarked, and every page is valid HTML. `npm run site:check [folder]` (default dist/);
// a site built under a folder is checked with the same NEWSROOM_BASE_PATH.
import { findHtmlErrors } from './site-checks/html.ts';
import { htmlFiles, readBuiltPage } from './site-checks/built-pages.ts';
import { findLinkProblems } from './site-checks/links.ts';
import { outDir, siteUrl } from '../src/site-settings.mjs';

const siteDir = process.argv[2] ?? outDir;
const files = htmlFiles(siteDir);
if (files.length === 0) {
  console.error(`No HTML files in ${siteDir}: build the site first (npm run build).`);
  process.exit(1);
}
const pages = files.map((file) => readBuiltPage(siteDir, file));
const problems = [...findLinkProblems(siteDir, pages, new URL(siteUrl).origin), ...(await findHtmlErrors(siteDir, files))];
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`${files.length} pages checked in ${siteDir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
process.exit(problems.length === 0 ? 0 : 1);
