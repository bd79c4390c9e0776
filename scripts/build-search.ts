// `node scripts/build-search.ts`, the second step of `npm run build`: the search index, the
// offline lists and the service worker for the site `astro build` has just written. A process of
// its own, so Pagefind never runs beside the memory Astro still held at the end of its build.
import { resolve } from 'node:path';
import { buildSearchAndOffline } from '../src/search/build/build-search-and-offline.ts';
import { cacheDir, outDir } from '../src/site-settings.mjs';

const started = performance.now();
const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [newsroom-search] ${message}`);
try {
  await buildSearchAndOffline(resolve(outDir), resolve(cacheDir), log);
  log(`Completed in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
