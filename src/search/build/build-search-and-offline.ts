import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { locales } from '../../i18n/locales.ts';
import { buildVersionFile } from '../../integrations/build-version.ts';
import { writeOfflineLists } from './write-offline-lists.ts';
import { buildSearchIndex } from './pagefind-index.ts';
import { buildServiceWorker } from './service-worker.ts';

/**
 * Search and offline reading, once Astro has written the pages: the Pagefind index, the lists of
 * what to keep offline, then the Workbox service worker that precaches the index (in that order,
 * so the worker's revisions cover the index it serves).
 *
 * This runs in a process of its own after `astro build` has exited (see `npm run build`): Pagefind
 * holds every page it parses, and next to the memory Astro still held at the end of its build,
 * the two together needed twice what either needs alone.
 */
export async function buildSearchAndOffline(siteDir: string, cacheDir: string, log: (message: string) => void): Promise<void> {
  const version = (await readFile(join(siteDir, buildVersionFile), 'utf8').catch(() => '')).trim();
  if (!version)
    throw new Error(`${join(siteDir, buildVersionFile)} is missing: run \`astro build\` first (\`npm run build\` runs both steps).`);

  const { foldingSeconds, languages } = await buildSearchIndex(siteDir, cacheDir);
  const summary = locales.map((locale) => {
    const language = languages[locale];
    if (!language) throw new Error(`The search index has no bundle for ${locale}.`);
    const { pages, parts, fromCache, seconds } = language;
    const steps = Object.entries(seconds).map(([step, time]) => `${step} ${time.toFixed(1)} s`);
    return `${pages} ${locale} releases in ${parts} part${parts === 1 ? '' : 's'}, ${fromCache} copied from the cache (${steps.join(', ')})`;
  });
  log(`Search index: pages folded in ${foldingSeconds.toFixed(1)} s; ${summary.join('; ')}.`);
  await writeOfflineLists(siteDir, version);
  const { count, size } = await buildServiceWorker(siteDir);
  log(`Service worker: ${count} files precached (${Math.round(size / 1024)} KiB).`);
}
