/**
 * Bytes and time of one English and one French search on a built site (the seed site by default),
 * for the search issue's closing note. Reuses the bench's measure: cold browser, no service worker,
 * bytes counted at the server (Pagefind fetches from a Web Worker).
 *
 *   NEWSROOM_OUT_DIR=.e2e/search/dist npm run build
 *   node scripts/measure-seed-search.ts .e2e/search/dist
 */
import { measureSearch } from './bench/measure-search.ts';

const siteDir = process.argv[2] ?? 'dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const measures = await measureSearch(siteDir, [
  { locale: 'en', query: 'Ballestrazzi' },
  { locale: 'fr', query: 'organisation' },
]);
for (const { locale, query, bytes, searchBytes, requests, coldMs, warmMs } of measures) {
  console.log(
    `${locale} "${query}": Pagefind ${kb(searchBytes)} of ${kb(bytes)} in ${requests} requests; ` +
      `first results ${coldMs} ms after opening the search page, ${warmMs} ms after the last keystroke once loaded`,
  );
}
