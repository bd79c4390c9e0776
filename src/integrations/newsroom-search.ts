import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales, type Locale } from '../i18n/locales.ts';
import { releasePath } from '../i18n/paths.ts';
import { contentDir } from '../site-settings.mjs';
import { buildVersionOf } from './build-version.ts';
import { writeOfflineLists } from './offline-lists.ts';
import { buildSearchIndex } from './pagefind-index.ts';
import { buildServiceWorker } from './service-worker.ts';

/**
 * Search and offline reading, after the pages are built: the Pagefind index, the lists of what
 * to keep offline, then the Workbox service worker that precaches the index (in that order, so
 * the worker's revisions cover the index it serves).
 *
 * The build's version, a hash of what the site is made of, is handed to Pagefind as its
 * `metaCacheTag`: the entry file is cached per deploy, and a new deploy is never served an old one.
 */
export function newsroomSearch(): AstroIntegration {
  let buildVersion = '';
  return {
    name: 'newsroom-search',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        buildVersion = await buildVersionOf([contentDir, 'src', 'public', 'astro.config.mjs', 'package-lock.json']);
        updateConfig({ vite: { define: { __NEWSROOM_BUILD_VERSION__: JSON.stringify(buildVersion) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const counts = await buildSearchIndex(siteDir);
        logger.info(`Search index: ${Object.entries(counts).map(([language, count]) => `${count} ${language} releases`).join(', ')}.`);
        await writeOfflineLists(siteDir, buildVersion, { isListPage, isReleasePage });
        const { count, size } = await buildServiceWorker(siteDir);
        logger.info(`Service worker: ${count} files precached (${Math.round(size / 1024)} KiB).`);
      },
    },
  };
}

/** The folder of each language's release pages: `/en/news/`, `/fr/actualites/`. */
const releaseFolders = locales.map((locale) => releasePath(locale, 'slug').replace(/slug\/$/, ''));

function isReleasePage(url: string): boolean {
  return releaseFolders.some((folder) => url.startsWith(folder) && url !== folder);
}

/** Every other page of a language (news lists, topics, years, search) except its 404 page. */
function isListPage(url: string, locale: Locale): boolean {
  return url.startsWith(`/${locale}/`) && !isReleasePage(url) && !url.startsWith(`/${locale}/404/`);
}
