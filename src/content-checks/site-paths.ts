import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** `en/index.astro` -> `/en/`, `en/404.astro` -> `/en/404/`, `en/rss.xml.ts` -> `/en/rss.xml`. */
function pageFileToPath(file: string): string | undefined {
  const page = /^(.*?)(?:\.(astro|md|mdx|html))$/.exec(file);
  if (page) {
    const route = (page[1] ?? '').replace(/(^|\/)index$/, '');
    return route === '' ? '/' : `/${route}/`;
  }
  const endpoint = /^(.*\.[a-z0-9]+)\.(ts|js|mjs)$/.exec(file);
  return endpoint ? `/${endpoint[1]}` : undefined;
}

/**
 * The site's paths that do not come from release files: the fixed routes in `src/pages/` (dynamic
 * `[param]` routes are left out: the content check knows the release and list pages itself) and
 * the files in `public/`.
 */
export function readOtherSitePaths(pagesDir: string, publicDir: string): { sitePaths: Set<string>; publicPaths: Set<string> } {
  const pages = filesUnder(pagesDir)
    .filter((file) => !file.includes('[') && !file.split('/').some((part) => part.startsWith('_')))
    .map(pageFileToPath)
    .filter((path) => path !== undefined);
  const publicPaths = new Set(filesUnder(publicDir).map((file) => `/${file}`));
  return { sitePaths: new Set([...pages, ...publicPaths]), publicPaths };
}
